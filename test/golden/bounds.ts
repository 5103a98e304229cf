// Bounds checks the compiler proves unnecessary are removed; the rest stay and trap.
// The listing is the claim: fill() and total() have no check in their loops,
// at() keeps its check, and @inline functions leave no call behind.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
import { onBoundsError } from "tskc/trap";

const table = new StaticArray<u32>(16);

/** @inline */
function square(x: u32): u32 {
  return x * x;
}

/** Guarded by i < values.length: no check. */
/** @noinline */ function fill(values: StaticArray<u32>): void {
  for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
}

/** A static array's length is a constant: no check either. */
/** @noinline */ function total(): u32 {
  let sum: u32 = 0;
  for (let i = 0; i < table.length; i++) sum += table[i];
  return sum;
}

/** Nothing bounds `index`: the check stays. */
function at(values: StaticArray<u32>, index: i32): u32 {
  return values[index];
}

function stop(file: string, line: u32, index: u32, length: u32): void {
  print("trapped: index ");
  printU32(index);
  print(" of ");
  printU32(length);
  println("");
  exit(0);
}

export function main(): void {
  onBoundsError(stop);
  fill(table);
  printU32(total());
  println("");
  printU32(at(table, 15));
  println("");
  printU32(at(table, 16));
}
