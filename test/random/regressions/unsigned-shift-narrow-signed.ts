// Reduced by the random differential tester (test/random) from seed 1012.
// `>>>` on an i16: TypeScript shifts the sign-extended 32 bits, then the result wraps to 16 bits (-1720 >>> 6 is 0x3ffffe5 -> -27).
// The evaluator expects: p0 4294967269
// tskc gave: p0 997
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 3873593924;
  (h = u32((i16(-1720) >>> u32(6))));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
