// COM1 serial output for kernels: `import { print, printU32 } from "tskc/serial"`.
// In: strings and integers. Out: bytes on the first serial port (0x3F8), which
// emulators and QEMU's -serial stdio show as the console. Needs no setup: the
// port works at its power-on settings in v86 and QEMU (the kernel's own driver
// programs the baud rate and interrupts).

const COM1: u16 = 0x3f8;
const LINE_STATUS: u16 = COM1 + 5;
const TRANSMIT_EMPTY: u8 = 0x20;

/** Writes one byte, waiting until the transmitter can take it. */
export function putc(c: u8): void {
  while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
  outb(COM1, c);
}

export function print(s: string): void {
  for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
}

export function println(s: string): void {
  print(s);
  putc(10);
}

// The printing helpers are written so that they also print the same digits when
// the file runs as plain JavaScript (test/differential.test.ts): u32(n / 10)
// truncates there as integer division does here.

/** Decimal, no padding. */
export function printU32(n: u32): void {
  if (n >= 10) printU32(u32(n / 10));
  putc(u8(48 + n % 10));
}

export function printI32(n: i32): void {
  if (n < 0) {
    putc(45); // '-'
    printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
  } else {
    printU32(u32(n));
  }
}

/** "0x" and eight hex digits. */
export function printHex(n: u32): void {
  print("0x");
  for (let shift: u32 = 28; ; shift -= 4) {
    const digit = (n >> shift) & 15;
    putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    if (shift == 0) break;
  }
}
