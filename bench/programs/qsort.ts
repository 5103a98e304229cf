// Benchmark: recursive quicksort of 100,000 xorshift32 values. In: nothing. Out: a
// checksum of the sorted array and "sorted" (or "NOT SORTED") on COM1, then exit(0).
// Hoare's partition around the middle element, recursing into both halves. Measures
// calls with a data-dependent depth, and tight scanning loops of bounds-checked
// loads, compares and swaps.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const values = new StaticArray<u32>(100000);

function fill(): void {
  let x: u32 = 2463534242;
  for (let i = 0; i < values.length; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    values[i] = x;
  }
}

/** Sorts values[lo..hi], both ends included. */
function quicksort(lo: i32, hi: i32): void {
  if (lo >= hi) return;
  const pivot = values[lo + ((hi - lo) >> 1)];
  let i = lo - 1;
  let j = hi + 1;
  while (true) {
    do i++;
    while (values[i] < pivot);
    do j--;
    while (values[j] > pivot);
    if (i >= j) break;
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  quicksort(lo, j);
  quicksort(j + 1, hi);
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
  quicksort(0, values.length - 1);
  printU32(checksum());
  println(isSorted() ? " sorted" : " NOT SORTED");
  exit(0);
}
