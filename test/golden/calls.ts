// Calls: recursion, several parameters in cdecl order, values that must survive
// calls (callee-saved registers), and enough live values to force spills.
import { printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

function fib(n: u32): u32 {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function ackermann(m: u32, n: u32): u32 {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
  return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
}

/** Twelve values live at once: more than the six allocatable registers. */
/** @noinline */ function pressure(x: i32): i32 {
  const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
  const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
  const mixed = weigh(a, b, c, d, e, f);
  return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
}

export function main(): void {
  printU32(fib(20));
  println("");
  printU32(ackermann(2, 3));
  println("");
  printI32(weigh(1, 2, 3, 4, 5, 6));
  println("");
  printI32(pressure(3));
  println("");
  exit(0);
}
