// A call to itself in the entry block (an endless loop written as recursion, which
// passes/recursion.ts rewrites while the entry's parameters move to a new entry).
// A million frames would overflow the 16 KiB boot stack; as a loop it counts to the end.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function step(n: u32): void {
  if (n == 1000000) {
    printU32(n);
    println("");
    exit(0);
  }
}

function poll(n: u32): void {
  step(n);
  poll(n + 1);
}

export function main(): void {
  poll(0);
}
