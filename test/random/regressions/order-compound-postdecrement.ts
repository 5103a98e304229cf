// Reduced by the random differential tester (test/random) from seed 1171.
// Evaluation order: `v -= v--` must read v's old value before the right operand.
// The evaluator expects: p0 0
// tskc gave: p0 255
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 1818258665;
  let v0: u8 = u8(97);
  (h = u32((v0 -= (v0--))));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
