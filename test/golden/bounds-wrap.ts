// A signed loop guard `i < a.length` proves a[i] in range only if i is never negative.
// Here a constant assigned between the guard and the loop's i++ wraps i to
// -2147483648, which passes the signed guard: the check on a[i] must stay, and trap.
// (It was removed, and a[-2147483648] was stored with no trap.)
import { print, printI32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const a = new StaticArray<i32>(4);

function run(jump: bool): void {
  let i = 0;
  while (i < a.length) {
    a[i] = 5;
    print("stored a[");
    printI32(i);
    println("]");
    if (jump) i = 0x7fffffff;
    i++;
  }
}

export function main(): void {
  run(true);
  exit(0);
}
