// Evaluation order: TypeScript evaluates left to right, so a read of a local keeps
// the value it had when it was read, whatever a later operand assigns
// (docs/language.md, "Evaluation order"). Each line prints what node prints for
// the same code; test/differential.test.ts runs this file as JavaScript to check.
import { print, printI32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function show(label: string, value: i32): void {
  print(label);
  print(" = ");
  printI32(value);
  println("");
}

function pair(a: i32, b: i32): i32 {
  return a * 10 + b;
}

/** @noinline */ function triple(a: i32, b: i32, c: i32): i32 {
  return a * 100 + b * 10 + c;
}

function diff(a: i32, b: i32): i32 {
  return a - b;
}

/** Operands arrive as parameters (@noinline), so the machine code runs, not the constant folder. */
/** @noinline */ function operands(x: i32, i: i32, k: i32, p: i8): void {
  show("x + (x = 5)", x + (x = 5));
  show("i + i++", i + i++);
  show("k * k++", k * k++);
  show("k - --k", k - --k);
  show("p > --p", p > --p ? 1 : 0);
  show("(x << (x = 1))", x << (x = 1));
}

/** @noinline */ function assignments(y: i32, w: i32, s: i32, v: u8): void {
  y += (y = 5);
  show("y += (y = 5)", y);
  w |= --w;
  show("w |= --w", w);
  s = s++ + s;
  show("s = s++ + s", s);
  v -= v++;
  show("v -= v++", v);
}

/** @noinline */ function argumentsInOrder(n: i32, m: i32): void {
  show("pair(n, ++n)", pair(n, ++n));
  show("triple(m, m = 2, m)", triple(m, m = 2, m));
  let f: (a: i32, b: i32) => i32 = pair;
  show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
  show("f(1, 2)", f(1, 2));
}

export function main(): void {
  operands(3, 1, 7, 0);
  assignments(3, 6, 5, 1);
  argumentsInOrder(0, 9);
  exit(0);
}
