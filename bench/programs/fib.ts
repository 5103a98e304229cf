// Benchmark: recursive fib(27). In: nothing. Out: "196418" on COM1, then exit(0).
// Measures calls: prologue and epilogue, argument pushes, callee-saved registers.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function fib(n: u32): u32 {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

export function main(): void {
  printU32(fib(27));
  println("");
  exit(0);
}
