// Reduced by the random differential tester (test/random) from seed 1288.
// `>>>` on i8 values stored to an i8 field: -5 >>> 27 is 31 in TypeScript.
// The evaluator expects: p0 31
// tskc gave: p0 0
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

@unmanaged
class P0S0 {
  f0: i8;
  f1: i16;
  f2: i8;
}
const p0_s0 = new P0S0();
function p0_main(): u32 {
  let h: u32 = 947266083;
  (p0_s0.f0 = (i8(-5) >>> i8(-5)));
  (h = u32(p0_s0.f0));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
