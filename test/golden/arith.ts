// 32-bit arithmetic: signed and unsigned division, remainders and shifts of
// negative values, wrap-around. Operands arrive as parameters (of @noinline functions) so that the
// machine instructions run, not the constant folder.
import { print, printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

function show(label: string, value: i32): void {
  print(label);
  print(" = ");
  printI32(value);
  println("");
}

function showU(label: string, value: u32): void {
  print(label);
  print(" = ");
  printU32(value);
  println("");
}

/** @noinline */ function signed(a: i32, b: i32): void {
  show("a + b", a + b);
  show("a - b", a - b);
  show("a * b", a * b);
  show("a / b", a / b);
  show("a % b", a % b);
  show("b / 2", b / 2);
  show("b % 2", b % 2);
  show("b >> 1", b >> 1);
  show("b << 3", b << 3);
  show("b >>> 28", b >>> 28);
  show("-a", -a);
  show("~a", ~a);
  show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
  show("max + 1", (a - a + 2147483647) + 1);
}

/** @noinline */ function unsigned(x: u32, y: u32): void {
  showU("x / y", x / y);
  showU("x % y", x % y);
  showU("x >> 4", x >> 4);
  showU("x + 10", x + 10);
  showU("y - 11", y - 11);
  showU("y * y * y * y", y * y * y * y);
  showU("x << y", x << y);
}

export function main(): void {
  signed(1000, -7);
  unsigned(0xfffffff9, 10);
  exit(0);
}
