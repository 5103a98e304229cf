// A kernel for the debug-info test of live-range splitting (test/debug.test.ts): `op`
// is live across the calls of its cold branch while pc, steps and sum hold the three
// callee-saved registers, so the allocator splits it: a register on the hot path, its
// frame slot across the calls.
import { exit } from "tskc/exit";

const codes: StaticArray<u8> = [1, 2, 3, 250, 4];
let reported: u32 = 0;

/** @noinline: a call, for op to live across (a leaf this small is inlined otherwise). */
function report(value: u32): void {
  reported += value;
}

export function main(): void {
  let pc: i32 = 0;
  let steps: u32 = 0;
  let sum: u32 = 0;
  while (pc < codes.length) {
    const op = codes[pc];
    steps++;
    if (op > 200) {
      report(steps);
      report(op);
      sum += op;
    } else {
      sum += op * 3;
    }
    pc++;
  }
  exit(u8(sum + steps + reported));
}
