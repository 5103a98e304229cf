// Reduced by the random differential tester (test/random) from seed 1009.
// Evaluation order: the left operand read the local after the right one assigned it (compiler/lower/expressions.ts).
// The evaluator expects: p0 3234998659
// tskc gave: p0 2175030004
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 446399710;
  let v0: u32 = 9;
  let v1: u32 = (v0 + (v0 = u32(3234998650)));
  (h = u32(i32(v1)));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
