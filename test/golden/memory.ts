// Memory and ports: load/store of each width (zero- and sign-extending), port
// input, and the VGA text buffer at 0xB8000 written and read back.
import { print, printHex, printI32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const VGA: usize = 0xb8000;
const SCRATCH: usize = 0x200000; // 2 MiB: free RAM above the kernel

function vgaWrite(text: string, row: u32, color: u8): void {
  for (let i = 0; i < text.length; i++) {
    const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
  }
}

function widths(at: usize): void {
  store<u32>(at, 0x80c0ffee);
  printHex(load<u32>(at));
  println("");
  printI32(load<i8>(at, 3));
  print(" ");
  printI32(i32(load<u8>(at, 3)));
  print(" ");
  printI32(load<i16>(at, 2));
  print(" ");
  printI32(i32(load<u16>(at, 2)));
  println("");
  store<u8>(at, 0x7f, 1);
  store<u16>(at, 0xbeef, 2);
  printHex(load<u32>(at));
  println("");
}

export function main(): void {
  widths(SCRATCH);
  vgaWrite("tskc", 0, 0x1f);
  printHex(u32(load<u16>(VGA)));
  print(" ");
  printHex(u32(load<u8>(VGA, 6)));
  println("");
  const lineStatus = inb(0x3fd);
  print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
  println("");
  exit(0);
}
