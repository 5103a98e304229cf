// 30 numbered lines, the last without a newline, so the screen scrolls five
// times; colours change before the last two. Reports the cursor on COM1 as
// vgaCursorPosition() and as the CRT controller holds it; exits with 0.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
import { vgaCursorPosition, VgaColor, vgaInit, vgaSetColor } from "../../kernel/drivers/vga";
import { printk } from "../../kernel/lib/printk";

const CRT_INDEX: u16 = 0x3d4;
const CRT_DATA: u16 = 0x3d5;
const CURSOR_HIGH: u8 = 0x0e;
const CURSOR_LOW: u8 = 0x0f;

function hardwareCursor(): u32 {
  outb(CRT_INDEX, CURSOR_HIGH);
  const high = inb(CRT_DATA);
  outb(CRT_INDEX, CURSOR_LOW);
  return (u32(high) << 8) | inb(CRT_DATA);
}

export function main(): void {
  vgaInit();
  for (let n: u32 = 1; n <= 28; n++) printk("line %u\n", n);
  vgaSetColor(VgaColor.White, VgaColor.Red); // the scroll after line 29 blanks the bottom row in this
  printk("line %u\n", 29);
  vgaSetColor(VgaColor.Yellow, VgaColor.Blue);
  printk("line %u", 30);
  println("");
  print("cursor ");
  printU32(vgaCursorPosition());
  print(", hardware ");
  printU32(hardwareCursor());
  println("");
  exit(0);
}
