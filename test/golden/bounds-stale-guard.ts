// A guard proves a check only while its index still holds the compared value: here
// the index is reassigned after the compare, in the same block, before the branch.
// The check on a[i] must stay and trap at 1000. (It was removed, and a[1000] was
// stored past the array.)
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const a = new StaticArray<i32>(4);

function run(k: u32, j: u32): void {
  let i: u32 = k;
  const inRange: bool = i < u32(a.length);
  i = j;
  if (inRange) a[i] = 1234;
  print("no trap: stored a[");
  printU32(i);
  println("]");
}

export function main(): void {
  run(0, 1000);
  exit(0);
}
