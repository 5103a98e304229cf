// Benchmark: 64x64 u32 matrix multiply, repeated 20 times. In: nothing. Out: the
// wrapping u32 sum of the product's elements on COM1, then exit(0). Measures nested
// loops with index arithmetic, multiplies and bounds-checked u32 loads.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const N: i32 = 64;
const ROUNDS: i32 = 20;
const a = new StaticArray<u32>(N * N); // row-major: a[i * N + j]
const b = new StaticArray<u32>(N * N);
const c = new StaticArray<u32>(N * N);

function fill(): void {
  for (let i: i32 = 0; i < N; i++) {
    for (let j: i32 = 0; j < N; j++) {
      a[i * N + j] = u32(i + j);
      b[i * N + j] = u32(i ^ j);
    }
  }
}

/** c = a * b, wrapping at 32 bits. */
function multiply(): void {
  for (let i: i32 = 0; i < N; i++) {
    for (let j: i32 = 0; j < N; j++) {
      let sum: u32 = 0;
      for (let k: i32 = 0; k < N; k++) sum += a[i * N + k] * b[k * N + j];
      c[i * N + j] = sum;
    }
  }
}

function checksum(): u32 {
  let sum: u32 = 0;
  for (const v of c) sum += v;
  return sum;
}

export function main(): void {
  fill();
  for (let round: i32 = 0; round < ROUNDS; round++) multiply();
  printU32(checksum());
  println("");
  exit(0);
}
