// Reduced by the random differential tester (test/random) from seed 1042.
// Evaluation order: `v >= ++v` compared the incremented value with itself (compiler/lower/expressions.ts).
// The evaluator expects: p0 3956960145
// tskc gave: p0 0
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 3956960145;
  let v8: u8 = u8(0);
  if ((!(v8 >= (++v8)))) {
    return h;
  }
  (h = u32(0));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
