// Benchmark: insertion sort of 3,000 xorshift32 values. In: nothing. Out: a
// checksum of the sorted array and "sorted" (or "NOT SORTED") on COM1, then
// exit(0). Measures a data-dependent inner loop of bounds-checked loads and stores.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const values = new StaticArray<u32>(3000);

function fill(): void {
  let x: u32 = 2463534242;
  for (let i = 0; i < values.length; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    values[i] = x;
  }
}

function sort(): void {
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

/** Order-sensitive: sum of value * (index + 1), wrapping at 32 bits. */
function checksum(): u32 {
  let sum: u32 = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * u32(i + 1);
  return sum;
}

function isSorted(): bool {
  for (let i = 1; i < values.length; i++) {
    if (values[i - 1] > values[i]) return false;
  }
  return true;
}

export function main(): void {
  fill();
  sort();
  printU32(checksum());
  println(isSorted() ? " sorted" : " NOT SORTED");
  exit(0);
}
