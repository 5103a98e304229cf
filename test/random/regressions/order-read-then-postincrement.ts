// Reduced by the random differential tester (test/random) from seed 1382.
// Evaluation order: `v + v++` read v after the increment (compiler/lower/expressions.ts).
// The evaluator expects: p0 770166500
// tskc gave: p0 770166501
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 2440803114;
  let v6: u32 = 2532566898;
  (h = (v6 + (v6++)));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
