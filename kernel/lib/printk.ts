// The kernel console: formatted text on both the VGA screen and COM1, and panic.
// In: a format string and up to six u32 arguments. Out: the same bytes on both
// devices. Call vgaInit() and serialInit() first. Nothing is allocated: numbers
// are formatted in a module-level buffer, so printk runs with interrupts off
// (restoring them after), and handlers that print cannot interrupt it.

import { vgaPutChar, vgaWrite } from "../drivers/vga";
import { serialPutChar, serialWrite } from "../drivers/serial";
import { interruptsOff, restoreInterrupts } from "./interrupt-state";

const EXIT_PORT: u16 = 0xf4; // the test harness's exit device; nothing listens on real hardware
const PANIC_EXIT_CODE: u8 = 0xff;
const NEWLINE: u8 = 10;
const SPACE: u8 = 32;
const MINUS_SIGN: u8 = 0x2d;
const LETTER_DIGITS = 0x61 - 10; // digit 10 is 'a'
const MAX_ARGUMENTS = 6;

/** The characters of a printk directive: % [-] [0] [width] conversion. */
const enum Format {
  Percent = 0x25,
  LeftJustify = 0x2d, // '-'
  Zero = 0x30,
  Nine = 0x39,
  Char = 0x63, // 'c'
  Signed = 0x64, // 'd'
  String = 0x73, // 's'
  Unsigned = 0x75, // 'u'
  Hex = 0x78, // 'x'
}

const argumentList = new StaticArray<u32>(MAX_ARGUMENTS);
// Room for the longest number: "-2147483648". Filled from the end.
const digits = new StaticArray<u8>(11);

const TAB: u8 = 9;
const FIRST_PRINTABLE: u8 = 0x20;
const LAST_PRINTABLE: u8 = 0x7e;
const MARK: u8 = 0x3f; // '?': what stands in for a byte a task may not print

let atLineStart = true;

/** One byte on both consoles. */
export function consolePutChar(c: u8): void {
  vgaPutChar(c);
  serialPutChar(c);
  atLineStart = c == NEWLINE;
}

/** True when the consoles' next byte starts a line. */
export function consoleAtLineStart(): bool {
  return atLineStart;
}

/** A byte a task hands the kernel to print, made harmless: printable ASCII stays, and so do
 * tab and, if `newlineAllowed`, newline; anything else (escape sequences, carriage returns,
 * backspaces that would rewrite what the kernel printed) becomes '?'. */
export function sanitizedTaskByte(c: u8, newlineAllowed: bool): u8 {
  if ((c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE) || c == TAB) return c;
  return c == NEWLINE && newlineAllowed ? c : MARK;
}

/** A string on both consoles. */
export function consoleWrite(s: string): void {
  vgaWrite(s);
  serialWrite(s);
}

/**
 * Prints `format` on both consoles, each directive replaced by the next
 * argument: %d (read as i32), %u, %x (lowercase hex), %s (the argument is a
 * string's address: changetype<usize>(s)), %c (its low byte), and %% for '%'.
 * A width pads on the left with blanks (%8x), with zeros for numbers (%08x),
 * or on the right (%-10s). An unknown or unfinished directive prints as written;
 * directives past the sixth argument print 0.
 */
export function printk(format: string, a: u32 = 0, b: u32 = 0, c: u32 = 0, d: u32 = 0, e: u32 = 0, f: u32 = 0): void {
  // Interrupt handlers print too, and the argument list and digit buffer are shared:
  // a handler must not run in the middle of a printk.
  const wereOn = interruptsOff();
  formatAndPrint(format, a, b, c, d, e, f);
  restoreInterrupts(wereOn);
}

function formatAndPrint(format: string, a: u32, b: u32, c: u32, d: u32, e: u32, f: u32): void {
  argumentList[0] = a;
  argumentList[1] = b;
  argumentList[2] = c;
  argumentList[3] = d;
  argumentList[4] = e;
  argumentList[5] = f;
  let nextArgument = 0;
  let i = 0;
  while (i < format.length) {
    if (format.charCodeAt(i) != Format.Percent) {
      consolePutChar(u8(format.charCodeAt(i)));
      i++;
      continue;
    }
    const directiveStart = i;
    i++;
    let leftJustify = false;
    let zeroPad = false;
    for (; i < format.length; i++) {
      const flag = format.charCodeAt(i);
      if (flag == Format.LeftJustify) leftJustify = true;
      else if (flag == Format.Zero) zeroPad = true;
      else break;
    }
    let width: u32 = 0;
    for (; i < format.length && isDigit(format.charCodeAt(i)); i++) {
      width = width * 10 + u32(format.charCodeAt(i) - Format.Zero);
    }
    if (i == format.length) {
      writeRange(format, directiveStart, i);
      break;
    }
    const conversion = format.charCodeAt(i);
    i++;
    if (conversion == Format.Percent) {
      consolePutChar(Format.Percent);
    } else if (isConversion(conversion)) {
      const argument = nextArgument < MAX_ARGUMENTS ? argumentList[nextArgument] : 0;
      nextArgument++;
      putConversion(conversion, argument, width, leftJustify, zeroPad && !leftJustify);
    } else {
      writeRange(format, directiveStart, i);
    }
  }
}

/** Prints "PANIC: ", the message and a newline on both consoles, then stops for good. */
export function panic(message: string): void {
  consoleWrite("PANIC: ");
  consoleWrite(message);
  consolePutChar(NEWLINE);
  outb(EXIT_PORT, PANIC_EXIT_CODE);
  cli();
  while (true) hlt();
}

function isDigit(c: i32): bool {
  return c >= Format.Zero && c <= Format.Nine;
}

function isConversion(c: i32): bool {
  return c == Format.Char || c == Format.Signed || c == Format.String || c == Format.Unsigned || c == Format.Hex;
}

/** One directive's text, padded to `width`; `zeroPad` applies to numbers only. */
function putConversion(conversion: i32, argument: u32, width: u32, leftJustify: bool, zeroPad: bool): void {
  const isNumber = conversion != Format.String && conversion != Format.Char;
  const negative = conversion == Format.Signed && i32(argument) < 0;
  let firstDigit = 0;
  let length: u32 = 1;
  if (conversion == Format.String) {
    length = u32(changetype<string>(argument).length);
  } else if (isNumber) {
    const magnitude = negative ? u32(-i32(argument)) : argument; // -(-2^31) wraps to 2^31 as a u32
    firstDigit = formatDigits(magnitude, conversion == Format.Hex ? 16 : 10);
    length = u32(digits.length - firstDigit) + (negative ? 1 : 0);
  }
  const zeros = zeroPad && isNumber;
  if (!leftJustify && !zeros) pad(width, length, SPACE);
  if (negative) consolePutChar(MINUS_SIGN); // before any zeros
  if (zeros) pad(width, length, Format.Zero);
  if (conversion == Format.String) {
    consoleWrite(changetype<string>(argument));
  } else if (conversion == Format.Char) {
    consolePutChar(u8(argument));
  } else {
    for (let at = firstDigit; at < digits.length; at++) consolePutChar(digits[at]);
  }
  if (leftJustify) pad(width, length, SPACE);
}

/** Writes `value` in `base` at the end of `digits`; returns the index of its first digit. */
function formatDigits(value: u32, base: u32): i32 {
  let at = digits.length;
  do {
    const digit = value % base;
    at--;
    digits[at] = u8(digit < 10 ? Format.Zero + digit : LETTER_DIGITS + digit);
    value /= base;
  } while (value != 0);
  return at;
}

/** `fill` until `length` characters make up `width`. */
function pad(width: u32, length: u32, fill: u8): void {
  for (let n = length; n < width; n++) consolePutChar(fill);
}

/** The characters start..end-1 of `s`, as they are. */
function writeRange(s: string, start: i32, end: i32): void {
  for (let i = start; i < end; i++) consolePutChar(u8(s.charCodeAt(i)));
}
