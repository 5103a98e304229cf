// The COM1 driver: reports the line settings serialInit() programmed, then
// echoes received bytes in brackets until a newline; exits with 0.
import { exit } from "tskc/exit";
import { serialInit, serialPutChar, serialReadByte, serialReceived, serialWrite } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";

const COM1: u16 = 0x3f8;
const INTERRUPT_ENABLE: u16 = COM1 + 1;
const LINE_CONTROL: u16 = COM1 + 3;
const MODEM_CONTROL: u16 = COM1 + 4;
const DIVISOR_LATCH_ACCESS: u8 = 0x80;
const NEWLINE: u8 = 10;

/** The baud divisor, read back with DLAB set for a moment. */
function divisor(): u32 {
  const lineControl = inb(LINE_CONTROL);
  outb(LINE_CONTROL, lineControl | DIVISOR_LATCH_ACCESS);
  const value = (u32(inb(COM1 + 1)) << 8) | inb(COM1);
  outb(LINE_CONTROL, lineControl);
  return value;
}

export function main(): void {
  serialInit();
  printk("divisor %u lcr %02x mcr %02x ier %02x\n", divisor(), inb(LINE_CONTROL), inb(MODEM_CONTROL), inb(INTERRUPT_ENABLE));
  serialWrite("echo: ");
  for (;;) {
    while (!serialReceived()) pause();
    const c = serialReadByte();
    if (c == NEWLINE) break;
    serialPutChar(91); // '['
    serialPutChar(c);
    serialPutChar(93); // ']'
  }
  serialWrite("\n");
  exit(0);
}
