// Constant expressions fold to what the same expression computes at run time, or are
// a compile error where it would trap (docs/language.md, "Constant expressions").
const MIN: i32 = -2147483648;
const NEG1: i32 = -1;
const QUOTIENT: i32 = MIN / NEG1; // the CPU raises #DE for this idiv
const REMAINDER: i32 = MIN % NEG1; // and for this one
const EXACT: u32 = 1 << 32; // untyped constants are exact: 4294967296 fits no type
const NEGATIVE_COUNT: u32 = 1 << -1; // an exact shift has no negative count
const NEG: i8 = -1;
const BIG: u32 = 0xffffffff;
// An untyped operand must fit the other operand's type, folded or not.
const LESS: bool = NEG < 200;
const EQUAL: bool = BIG == -1;
const SUM: u32 = u8(1) + 300;

function divideByZero(x: u32): u32 {
  return x / 0;
}

function remainderByZero(x: i32): i32 {
  x %= 0;
  return x;
}

function roundsToOne(): u8 {
  const a: u8 = 0.99999999999999999;
  return a;
}

function pointZero(): u8 {
  return 1.0;
}

function exponent(): u8 {
  return 1e0;
}

/** No call leaves `p` out, but its default must still fit. */
function defaultTooBig(p: u8 = 300): u8 {
  return p;
}

export function main(): void {
  divideByZero(1);
  remainderByZero(1);
  roundsToOne();
  pointZero();
  exponent();
  defaultTooBig(1);
}
