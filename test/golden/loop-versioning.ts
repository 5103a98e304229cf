// Loop versioning (passes/versioning.ts): a counted loop whose checks range analysis cannot
// prove runs check-free when one test before the loop shows every index in bounds, and
// as written when it does not, so a bad index still traps at its own iteration, after
// what the iterations before it printed and stored, with the same report.
import { print, printI32, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const a = new StaticArray<u8>(10);

/** Marks a[j + shift] for j = first, first + step, ... up to last, printing each j first. */
function mark(first: i32, last: i32, step: i32, shift: i32): void {
  for (let j = first; j <= last; j += step) {
    printI32(j);
    print(" ");
    a[j + shift] = 1;
  }
  println("");
}

/** Counts down from `top` to `bottom`, summing a[i]. */
function count(top: i32, bottom: i32): u32 {
  let sum: u32 = 0;
  for (let i = top; i > bottom; i--) sum += a[i];
  return sum;
}

export function main(): void {
  mark(0, 9, 3, 0); // 0 3 6 9: in bounds, the copy without checks
  mark(-3, 4, 2, 3); // -3 -1 1 3 at a[0], a[2], a[4], a[6]
  printU32(count(9, -1));
  println("");
  printU32(count(10, 10)); // no iteration: a[10] is never read
  println("");
  mark(2, 11, 4, 0); // 2 6 10: a[10] traps on the third iteration, after printing 10
  exit(0);
}
