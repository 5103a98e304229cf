// Reduced by the random differential tester (test/random) from seed 1155.
// A constant `&&` of two integer types was folded as arithmetic and rejected (TSK3002): compiler/lower/constants.ts.
// The evaluator expects: p0 3486848541
// tskc gave: /tmp/tskc-random-d1d86x/k11706_1044.ts(8,8): error TSK3002: operands have types i8 and u32: convert one explicitly, e.g. u32(x)
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 3486848541;
  if ((i8(0) && u32(6))) {
  }
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
