// Bytes received on COM1, taken by the IRQ 4 handler. In: what the other end of
// the line types. Out: those bytes in a ring buffer, read with serialInputRead(),
// with a terminal's Enter ('\r', or "\r\n") turned into one '\n' as the keyboard
// gives it. Needs serialInit (which enables the UART's receive interrupt),
// idtInit and picInit first; bytes arrive once interrupts are enabled.
import { IRQ_BASE, picUnmask } from "../arch/x86/pic";
import { registerInterruptHandler } from "../arch/x86/interrupts";
import { serialReadByte, serialReceived } from "./serial";
import { RingBuffer } from "../lib/ring";

const COM1_IRQ: u32 = 4;
const CARRIAGE_RETURN: u8 = 13;
const NEWLINE: u8 = 10;

const storage = new StaticArray<u8>(1024); // a terminal's paste arrives as fast as the line runs
const received = new RingBuffer();
let afterCarriageReturn = false; // a '\n' right after '\r' is the same Enter

/** Starts taking COM1 input: registers the IRQ 4 handler and unmasks the line. */
export function serialInputInit(): void {
  received.init(storage);
  registerInterruptHandler(IRQ_BASE + COM1_IRQ, onSerialInterrupt);
  picUnmask(COM1_IRQ);
}

/** The next byte received (0-255), or -1 if none is waiting. Never blocks. */
export function serialInputRead(): i32 {
  return received.pop();
}

/** Empties the UART's receive FIFO: reading the data register is what clears its interrupt. */
function onSerialInterrupt(frame: InterruptFrame): void {
  while (serialReceived()) {
    const byte = serialReadByte();
    const isLineFeedOfCrLf = byte == NEWLINE && afterCarriageReturn;
    afterCarriageReturn = byte == CARRIAGE_RETURN;
    if (isLineFeedOfCrLf) continue;
    received.push(byte == CARRIAGE_RETURN ? NEWLINE : byte);
  }
}
