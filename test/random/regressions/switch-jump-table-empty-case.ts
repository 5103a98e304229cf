// Reduced by the random differential tester (test/random) from seed 1340.
// A jump table whose cases share an empty block referred to a label that was never defined (internal error in image/link.ts).
// The evaluator expects: p0 1476282917
// tskc gave: internal compiler error: Error: internal error: reference to undefined label c0_main.L5
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function p0_main(): u32 {
  let h: u32 = 1476282917;
  switch (u8(0)) {
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
      if (u8(8)) {
      }
  }
  let v3: usize = u8(h);
  let v6: usize = (usize(37) / (v3 & (v3--)));
  return h;
}

export function main(): void {
  print("p0 ");
  printU32(p0_main());
  println("");
  exit(0);
}
