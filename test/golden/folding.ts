// A constant expression folds to what the same expression computes at run time. Each
// line prints the folded constant, then the same operation on values that arrive as
// parameters of @noinline functions (so the machine code runs); the two numbers on a line must be equal.
import { print, printI32, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function pairI(label: string, folded: i32, computed: i32): void {
  print(label);
  print(": ");
  printI32(folded);
  print(" ");
  printI32(computed);
  println("");
}

function pairU(label: string, folded: u32, computed: u32): void {
  print(label);
  print(": ");
  printU32(folded);
  print(" ");
  printU32(computed);
  println("");
}

const S16: i16 = -88;
const S8: i8 = -128;
const MIN: i32 = -2147483648;
const EXACT: u32 = 1 << 33 >> 2; // untyped: exact, 2^31
const HALF: u8 = 5 >>> 1; // untyped: 2, fits a u8
const PATTERN: u32 = -1 >>> 28; // a negative untyped value shifts as its 32-bit pattern

/** @noinline */ function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
  pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
  pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
  pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
  pairI("i8 -128 << 1", S8 << 1, s8 << 1);
  pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
  pairU("5 >>> 1", HALF, five >>> 1);
  pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
  pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
}

/** @noinline */ function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
  pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
  pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
  pairI("-7 / 2", -7 / 2, -seven / two);
  pairI("-7 % 2", -7 % 2, -seven % two);
  pairI("MIN / 2", MIN / 2, min / two);
}

/** @noinline */ function conditions(four: u8, minusTwo: i8): void {
  // Each operand of && and || is a condition of its own: their types need not agree.
  pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
  pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
}

export function main(): void {
  shifts(-88, -128, 1, 5, -1);
  division(-2147483648, -128, -1, 7, 2);
  conditions(4, -2);
  exit(0);
}
