// Reduced by hand from random differential tester seed 9002 (test/random), where tskc hung.
// A recursive `/** @inline */` function: inlining its body into a caller copied its call to
// itself, whose copy held another call, without end (compiler/passes/inline.ts). Functions on
// a cycle of inline calls, direct (f0) or through another (f1 <-> f2), now stay calls.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

/** @inline */
function p0_f0(d: u8): u32 {
  if (d == 0) return 3;
  return p0_f0(d - 1) * 5 + d;
}

/** @inline */
function p0_f1(d: u8): u32 {
  if (d == 0) return 1;
  return p0_f2(d - 1) + 10;
}

/** @inline */
function p0_f2(d: u8): u32 {
  return p0_f1(d) * 2;
}

function p0_main(): u32 {
  return p0_f0(3) * 1000 + p0_f1(2);
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
