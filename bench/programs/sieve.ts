// Benchmark: sieve of Eratosthenes up to 2,000,000. In: nothing. Out: the number of
// primes (148933) on COM1, then exit(0). Measures a tight loop of bounds-checked
// byte loads and stores over a static array.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const LIMIT: i32 = 2000000;
const flags = new StaticArray<u8>(LIMIT + 1); // flags[n] == 1: n is composite

function countPrimes(): u32 {
  for (let i: i32 = 2; i * i <= LIMIT; i++) {
    if (flags[i] != 0) continue;
    for (let j: i32 = i * i; j <= LIMIT; j += i) flags[j] = 1;
  }
  let count: u32 = 0;
  for (let n: i32 = 2; n <= LIMIT; n++) {
    if (flags[n] == 0) count++;
  }
  return count;
}

export function main(): void {
  printU32(countPrimes());
  println("");
  exit(0);
}
