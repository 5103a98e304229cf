// Backspace, carriage return, tab and wrapping on the screen, one case a row.
// Reports vgaCursorPosition() on COM1 after the cases that move between rows;
// exits with 0.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
import { vgaCursorPosition, vgaInit, vgaPutChar, vgaWrite } from "../../kernel/drivers/vga";

const BACKSPACE: u8 = 8;
const TAB: u8 = 9;

function report(what: string): void {
  print(what);
  print(" ");
  printU32(vgaCursorPosition());
  println("");
}

function repeat(c: u8, times: u32): void {
  for (let i: u32 = 0; i < times; i++) vgaPutChar(c);
}

export function main(): void {
  vgaInit();
  vgaPutChar(BACKSPACE);
  report("backspace at the top left"); // nothing to undo
  vgaWrite("abc\bd\n"); // row 0
  vgaWrite("hello\rJ\n"); // row 1
  vgaWrite("\ta\tb\n"); // row 2
  vgaWrite("1234567\tX\n"); // row 3: the tab is one blank
  vgaWrite("12345678\tY\n"); // row 4: a full tab stop
  repeat(35, 80); // row 5 filled with '#': wraps to row 6
  report("after 80 columns");
  vgaPutChar(BACKSPACE); // undoes the wrap and the last '#'
  report("after backspace");
  vgaWrite("\n");
  repeat(45, 76); // row 6: '-' up to column 76, then a tab to column 80
  vgaPutChar(TAB);
  report("after a tab at column 76");
  exit(0);
}
