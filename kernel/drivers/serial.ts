// COM1, the first 16550 UART, at 115200 baud 8N1. In: bytes and strings to send,
// unchanged (no "\n" to "\r\n": the other end sees exactly these bytes). Out:
// the bytes on the line, and received bytes for whoever polls or takes IRQ 4: the
// ring-3 receive driver (serial-input/main.ts) imports the two receive functions.
// Call serialInit() first; until then the port runs at its power-on settings.

const COM1: u16 = 0x3f8;
// Register offsets from the base port. With DLAB set, the first two are the divisor.
const DATA: u16 = COM1 + 0;
const INTERRUPT_ENABLE: u16 = COM1 + 1;
const DIVISOR_LOW: u16 = COM1 + 0;
const DIVISOR_HIGH: u16 = COM1 + 1;
const FIFO_CONTROL: u16 = COM1 + 2;
const LINE_CONTROL: u16 = COM1 + 3;
const MODEM_CONTROL: u16 = COM1 + 4;
const LINE_STATUS: u16 = COM1 + 5;

const DIVISOR_LATCH_ACCESS: u8 = 0x80;
const EIGHT_BITS_NO_PARITY_ONE_STOP: u8 = 0x03;
const BAUD_115200_DIVISOR: u16 = 1; // of the UART's 115200 Hz clock
const FIFO_ENABLE_CLEAR_14_BYTES: u8 = 0xc7; // enable, clear both FIFOs, interrupt at 14 bytes
const DTR_RTS_OUT2: u8 = 0x0b; // OUT2 gates the UART's interrupt line to the PIC
const RECEIVED_DATA_INTERRUPT: u8 = 0x01;
const NO_INTERRUPTS: u8 = 0x00;
const DATA_READY: u8 = 0x01;
const ABSENT: u8 = 0xff; // what reading a port with no device behind it gives
const TRANSMITTER_EMPTY: u8 = 0x20; // the transmit holding register can take a byte

/** The ports serialReceived, serialReadByte and serialRearmReceive use, as (first, count)
 * pairs: what a ring-3 receive driver's grant must allow. */
export const SERIAL_RECEIVE_PORTS: StaticArray<u16> = [DATA, 2, LINE_STATUS, 1]; // DATA and INTERRUPT_ENABLE

/**
 * Programs 115200 baud, 8N1, the FIFOs (cleared), DTR/RTS/OUT2, and the
 * received-data interrupt (IRQ 4, which reaches the receive driver once it runs).
 */
export function serialInit(): void {
  outb(INTERRUPT_ENABLE, NO_INTERRUPTS); // none while the port is half set up
  outb(LINE_CONTROL, DIVISOR_LATCH_ACCESS);
  outb(DIVISOR_LOW, u8(BAUD_115200_DIVISOR));
  outb(DIVISOR_HIGH, u8(BAUD_115200_DIVISOR >> 8));
  outb(LINE_CONTROL, EIGHT_BITS_NO_PARITY_ONE_STOP); // also clears DLAB
  outb(FIFO_CONTROL, FIFO_ENABLE_CLEAR_14_BYTES);
  outb(MODEM_CONTROL, DTR_RTS_OUT2);
  outb(INTERRUPT_ENABLE, RECEIVED_DATA_INTERRUPT);
}

/** Sends one byte as it is, once the transmitter can take it. */
export function serialPutChar(c: u8): void {
  while ((inb(LINE_STATUS) & TRANSMITTER_EMPTY) == 0) pause();
  outb(DATA, c);
}

/** Sends each byte of `s`. */
export function serialWrite(s: string): void {
  for (let i = 0; i < s.length; i++) serialPutChar(u8(s.charCodeAt(i)));
}

/** Whether a received byte is waiting for serialReadByte(). False when there is no UART:
 * the line status of an absent port reads 0xff, which would say "data ready" for ever. */
export function serialReceived(): bool {
  const status = inb(LINE_STATUS);
  return status != ABSENT && (status & DATA_READY) != 0;
}

/** The next received byte; only meaningful when serialReceived() said so. */
export function serialReadByte(): u8 {
  return inb(DATA);
}

/** Makes the UART raise IRQ 4 again for the bytes still waiting. Its interrupt line stays
 * high while any byte is unread, and the PIC takes only a rising edge: a reader that
 * leaves bytes behind drops the line and raises it again, or no interrupt would come. */
export function serialRearmReceive(): void {
  outb(INTERRUPT_ENABLE, NO_INTERRUPTS);
  outb(INTERRUPT_ENABLE, RECEIVED_DATA_INTERRUPT);
}
