// Static arrays: integers of each width and structs, literal tables in .data,
// .length, for...of, unchecked(), and the bounds-check trap with a kernel handler.
import { print, printI32, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
import { onBoundsError } from "tskc/trap";

const squares = new StaticArray<u32>(10);
const words = new StaticArray<i16>(4);
const primes: StaticArray<u8> = [2, 3, 5, 7, 11, 13];
const greetings: StaticArray<string> = ["hello", "bonjour", "hallo"];

function sum(values: StaticArray<u32>): u32 {
  let total: u32 = 0;
  for (const v of values) total += v;
  return total;
}

function pick(values: StaticArray<u8>, index: i32): u8 {
  return values[index];
}

function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
  print("trap: index ");
  printU32(index);
  print(" length ");
  printU32(length);
  print(" at ");
  print(file);
  print(":");
  printU32(line);
  println("");
  exit(3);
}

export function main(): void {
  for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
  print("sum of squares ");
  printU32(sum(squares));
  println("");

  words[0] = -1;
  words[3] = 32767;
  words[3]++;
  printI32(words[0]);
  print(" ");
  printI32(words[3]);
  println("");

  let primeSum: u32 = 0;
  for (const p of primes) primeSum += p;
  print("primes ");
  printI32(primes.length);
  print(" sum ");
  printU32(primeSum);
  println("");

  for (const g of greetings) {
    print(g);
    print(" ");
  }
  println("");

  print("unchecked ");
  printU32(unchecked(primes[5]));
  println("");

  onBoundsError(outOfBounds);
  printU32(pick(primes, 5));
  println("");
  printU32(pick(primes, 6));
  println("not reached");
}
