// Narrow integers wrap at their width after arithmetic, and explicit
// conversions truncate or extend.
import { printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

/** @noinline */ function bytes(a: u8, b: i8, w: u16): void {
  const sum: u8 = a + 1;
  printU32(u32(sum));
  println("");
  const negated: i8 = -b;
  printI32(i32(negated));
  println("");
  const grown: u16 = w * 2;
  printU32(u32(grown));
  println("");
  printI32(i32(i8(a)));
  println("");
  printU32(u32(u8(w)));
  println("");
}

export function main(): void {
  bytes(255, -128, 40000);
  exit(0);
}
