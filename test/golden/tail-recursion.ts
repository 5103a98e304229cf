// Tail-recursion elimination (passes/recursion.ts). The listing is the claim: sum,
// fib, factorial, parity, gcd and countdown call themselves no more in tail position
// (a jump back instead); effectsBefore keeps its effect before the loop's next turn, and
// effectsAfter and twoOps keep calls that are not in tail position. The output checks
// the values: sum(1000000) recursing for real would need 12 MB of stack (the boot
// stack has 16 KiB), so it now ends, with the exact wrapped sum. The bounds trap at the
// end reports the recursive function's own line.
import { print, printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";
import { onBoundsError } from "tskc/trap";

/** n + (n - 1) + ... + 1, wrapping: an accumulator of adds. */
function sum(n: u32): u32 {
  if (n == 0) return 0;
  return n + sum(n - 1);
}

/** One call stays; the other is the loop. */
function fib(n: u32): u32 {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

/** Wrapping multiplication, signed. */
function factorial(n: i32): i32 {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** xor, with its other operand computed after the call: a pure computation moves freely. */
function parity(x: u32, n: u32): u32 {
  if (n == 0) return 0;
  return parity(x >> 1, n - 1) ^ (x & 1);
}

/** A plain tail call whose arguments swap the parameters. */
function gcd(a: u32, b: u32): u32 {
  if (b == 0) return a;
  return gcd(b, a % b);
}

/** A void function: the call is followed by a jump to the shared return. */
function countdown(n: u32): void {
  if (n > 0) {
    printU32(n);
    print(" ");
    countdown(n - 1);
  }
}

/** The print before the call runs before the next turn, as before. */
function effectsBefore(n: u32): u32 {
  if (n == 0) return 0;
  printU32(n);
  print(" ");
  return n + effectsBefore(n - 1);
}

function noisy(n: u32): u32 {
  printU32(n);
  print(" ");
  return n;
}

/** The call to noisy comes after the recursive call: not a tail call, it stays. */
function effectsAfter(n: u32): u32 {
  if (n == 0) return 0;
  return effectsAfter(n - 1) + noisy(n);
}

/** Two operations: the sum becomes the loop, the product stays a call. */
function twoOps(n: u32): u32 {
  if (n == 0) return 1;
  if ((n & 1) == 0) return n + twoOps(n - 1);
  return n * twoOps(n - 1);
}

const table = new StaticArray<u32>(8);

/** A bounds check in the loop: the trap names this function's line. */
function walk(i: i32, acc: u32): u32 {
  return walk(i + 1, acc + table[i]);
}

function stop(file: string, line: u32, index: u32, length: u32): void {
  print("trapped at ");
  print(file);
  print(":");
  printU32(line);
  print(": index ");
  printU32(index);
  print(" of ");
  printU32(length);
  println("");
  exit(0);
}

export function main(): void {
  printU32(sum(1000000)); // 500000500000 mod 2^32
  println("");
  printU32(fib(24));
  println("");
  printI32(factorial(13)); // 6227020800 wraps to 1932053504
  println("");
  printI32(factorial(17)); // wraps negative
  println("");
  printU32(parity(0xdeadbeee, 32));
  println("");
  printU32(gcd(1071, 462));
  println("");
  countdown(5);
  println("");
  printU32(effectsBefore(4));
  println("");
  printU32(effectsAfter(4));
  println("");
  printU32(twoOps(7));
  println("");
  onBoundsError(stop);
  printU32(walk(0, 0));
  println("");
  exit(1);
}
