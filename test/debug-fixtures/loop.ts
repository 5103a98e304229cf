// The kernel the debug-info tests step through (test/debug.test.ts): a loop that calls a function
// with parameters (@noinline, as the tests step into its frame), a struct, and a trapping bounds
// check. The tests name lines of this file: keep the marked lines where they are, or update the test.
import { exit } from "tskc/exit";
import { onBoundsError } from "tskc/trap";

@unmanaged
class Point {
  x: u32;
  y: i16;
}

const values = new StaticArray<u32>(4);

/** @noinline */ function scale(value: u32, factor: u8, p: Point): u32 {
  const product = value * u32(factor); // line 16: break here
  return product + p.x;
}

/** @noinline */ function at(index: i32): u32 {
  return values[index]; // line 21: the bounds check that traps
}

function trapped(file: string, line: u32, index: u32, length: u32): void {
  exit(u8(line));
}

export function main(): void {
  onBoundsError(trapped);
  const p = changetype<Point>(0x200000);
  p.x = 7;
  let total: u32 = 0;
  for (let i: u32 = 0; i < 4; i++) {
    total += scale(i, 3, p); // line 34: the loop body
  }
  values[0] = total;
  at(i32(total)); // traps: total is past the end
}
