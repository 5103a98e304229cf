// Two faults an attack on the optimiser found (both gave a wrong answer or a false trap):
// - A view's length word is ordinary memory: the program may write it (a growable list
//   behind changetype), so GVN must not merge two reads of it across a store, nor LICM
//   hoist one out of a loop that stores, nor a check reuse a stale length.
// - `x / -1` and `x % -1` raise #DE for x = INT_MIN, like a division by 0: LICM must not
//   hoist one out of the guard that keeps it from running, nor out of a loop that may
//   run zero times, and dead-code elimination keeps it as it keeps `x / y`.
import { printI32, println } from "tskc/serial";
import { exit } from "tskc/exit";

// A growable list: its length word at 0x300000, then the elements.
const list = changetype<StaticArray<i32>>(0x300004);

function push(v: i32): void {
  const n = list.length;
  store<i32>(0x300000, n + 1);
  list[n] = v;
}

function lengths(): i32 {
  store<i32>(0x300000, 2);
  const first = list.length;
  store<i32>(0x300000, 5);
  return first * 10 + list.length;
}

function growing(): i32 {
  store<i32>(0x300000, 0);
  let seen = 0;
  for (let i = 0; i < 4; i++) {
    seen = list.length;
    store<i32>(0x300000, seen + 1);
  }
  return list.length;
}

function negateAll(x: i32, n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) {
    if (x != -2147483648) s += x / -1;
  }
  return s;
}

function remainders(x: i32, n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) s += x % -1;
  return s;
}

export function main(): void {
  store<i32>(0x300000, 0);
  push(7);
  push(9);
  printI32(list.length); println(""); // 2
  printI32(list[0] + list[1]); println(""); // 16
  printI32(lengths()); println(""); // 25
  printI32(growing()); println(""); // 4
  printI32(negateAll(5, 3)); println(""); // -15
  printI32(negateAll(-2147483648, 3)); println(""); // 0: the guard holds
  printI32(remainders(-2147483648, 0)); println(""); // 0: the loop never runs
  exit(0);
}
