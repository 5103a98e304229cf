// Module-level variables in .data and .bss, function values, tables of handlers
// and indirect calls, and addressof.
import { print, printHex, printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

type Operation = (a: i32, b: i32) => i32;

let calls: u32 = 0; // .bss
let scale: i32 = 3; // .data
let banner: string = "globals";
let current: Operation = add;

function add(a: i32, b: i32): i32 {
  calls++;
  return a + b;
}

function multiply(a: i32, b: i32): i32 {
  calls++;
  return a * b * scale;
}

function subtract(a: i32, b: i32): i32 {
  calls += 1;
  return a - b;
}

const operations: StaticArray<Operation> = [add, multiply, subtract];

function apply(op: Operation, a: i32, b: i32): i32 {
  return op(a, b);
}

export function main(): void {
  println(banner);
  printI32(current(2, 3));
  println("");
  current = subtract;
  printI32(current(2, 3));
  println("");
  scale = -1;
  for (const op of operations) {
    printI32(apply(op, 6, 7));
    print(" ");
  }
  println("");
  print("calls ");
  printU32(calls);
  println("");
  print("globals are page-aligned data: ");
  println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
  print("calls lives in bss: ");
  println(addressof(calls) > addressof(scale) ? "yes" : "no");
  printHex(u32(load<i32>(addressof(scale))));
  println("");
  exit(0);
}
