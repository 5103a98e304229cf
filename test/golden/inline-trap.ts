// A bounds check inside a function the inliner copies into its caller (passes/inline.ts):
// the copy still traps before the out-of-range load, and the report names the inlined
// function's own file and line (line 13), not the caller's. The listing is the claim:
// main holds no call to get, and its trap stub pushes 13.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const table = new StaticArray<u32>(8);
let hits: u32 = 0;

/** A small leaf called in a loop: inlined. */
function get(i: i32): u32 {
  return table[i]; // line 13: traps at i = 8
}

export function main(): void {
  for (let i = 0; i < 8; i++) table[i] = u32(i * 3);
  let sum: u32 = 0;
  for (let i = 0; i < 10; i++) {
    sum += get(i);
    hits = u32(i);
  }
  printU32(sum);
  println("");
  exit(0);
}
