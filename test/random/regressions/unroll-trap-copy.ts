// Found by the random differential tester (test/random), seed 490, reduced: a crash.
// Full unrolling (compiler/passes/unroll.ts) gave each trip its own copy of the loop's
// bounds-trap block, but renamed the original `addr` instruction in place, so every copy
// defined the same temp (the SSA verifier's "defined twice").
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

// program p0 (seed 490)
const p0_a1 = new StaticArray<u8>(8);
function p0_main(): u32 {
  let h: u32 = 2173224129;
  let n14: i32 = 2;
  while (n14 > 0) {
    n14--;
    let v15: u32 = p0_a1[n14];
  }
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
