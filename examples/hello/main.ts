// Hello, world for tskc: one line on the serial console and on the screen.
// Build: tskc build examples/hello     Run: tskc run examples/hello
import { println } from "tskc/serial";
import { exit } from "tskc/exit";

const VGA_TEXT: usize = 0xb8000; // 80x25 cells of (character, colour) bytes
const WHITE_ON_BLUE: u16 = 0x1f00;

function vgaPrint(text: string, row: u32): void {
  for (let i = 0; i < text.length; i++) {
    store<u16>(VGA_TEXT + (row * 80 + u32(i)) * 2, WHITE_ON_BLUE | u16(text.charCodeAt(i)));
  }
}

export function main(): void {
  const greeting = "Hello from TypeScript!";
  println(greeting);
  vgaPrint(greeting, 0);
  exit(0);
}
