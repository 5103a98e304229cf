// The kernel the shrink-wrapping gdb test steps through (test/debug.test.ts): nest's
// base case runs before its prologue (x86/shrink-wrap.ts) and calls bottom from there;
// the recursion above it runs inside the frame. A backtrace from bottom (@noinline, or it would be nest's code) crosses both.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

/** @noinline */ function bottom(n: u32): u32 {
  let sum: u32 = 0;
  for (let i: u32 = 0; i < 3; i++) {
    printU32(i + n);
    sum += i;
  }
  println("");
  return sum;
}

function nest(n: u32): u32 {
  if (n == 0) return bottom(n);
  return nest(n - 1) * 3 + n;
}

export function main(): void {
  printU32(nest(2));
  println("");
  exit(0);
}
