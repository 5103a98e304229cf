// In-range arithmetic, for the differential test (test/differential.test.ts): no
// value leaves its type's range and every division is written u32(a / b) or
// i32(a / b), so tskc on i386 and plain JavaScript must print the same lines and
// exit with the same code. Covers comparisons of both signednesses, loops,
// recursion, load/store round trips, conversions, strings, && || ! and ?:.
// Operands arrive as parameters so that the machine instructions run, not the
// constant folder.
import { print, printHex, printI32, println, printU32, putc } from "tskc/serial";
import { exit } from "tskc/exit";

const SCRATCH: usize = 0x200000; // 2 MiB: free RAM above the kernel
const SIEVE_SIZE: u32 = 1000;

function showI(label: string, value: i32): void {
  print(label);
  print(" = ");
  printI32(value);
  println("");
}

function showU(label: string, value: u32): void {
  print(label);
  print(" = ");
  printU32(value);
  println("");
}

function flag(label: string, value: bool): void {
  print(label);
  println(value ? " yes" : " no");
}

/** Values past 2^31 stay positive as u32; negative i32 stay below zero. */
function comparisons(s: i32, t: i32, u: u32, v: u32): void {
  flag("s < t", s < t);
  flag("s <= t", s <= t);
  flag("s > t", s > t);
  flag("s >= t", s >= t);
  flag("s == t", s == t);
  flag("s != t", s != t);
  flag("s < 0", s < 0);
  flag("u < v", u < v);
  flag("u >= v", u >= v);
  flag("u > 0x7fffffff", u > 0x7fffffff);
  flag("u == v", u == v);
}

function signedArithmetic(a: i32, b: i32): void {
  showI("a + b", a + b);
  showI("a - b", a - b);
  showI("a * b", a * b);
  showI("a / b", i32(a / b)); // truncates toward zero in both
  showI("a % b", a % b); // the sign of the dividend in both
  showI("-a", -a);
  showI("a >> 2", a >> 2);
  showI("a << 3", a << 3);
  showI("a & b | 1", (a & b) | 1);
  showI("a ^ b", a ^ b);
  showI("~a", ~a);
}

/** Kept below 2^31 wherever a bitwise operator applies: JavaScript's are signed. */
function unsignedArithmetic(x: u32, y: u32): void {
  showU("x + y", x + y);
  showU("x - y", x - y);
  showU("x * y", x * y);
  showU("x / y", u32(x / y));
  showU("x % y", x % y);
  showU("x >> 3", x >> 3);
  showU("x >>> 1", x >>> 1);
  showU("y << 4", y << 4);
  showU("u32(~x)", u32(~x));
  showU("max - x", 0xffffffff - x);
}

function compound(seed: i32): void {
  let v = seed;
  v += 5;
  v -= 2;
  v *= 3;
  v <<= 2;
  v >>= 1;
  v |= 0x100;
  v &= 0xfff;
  v ^= 0x55;
  showI("compound", v);
  let i = 0;
  const before = i++;
  const after = ++i;
  i--;
  --i;
  showI("i++ ++i", before * 100 + after * 10 + i);
}

function loops(n: u32): void {
  let total: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    if (i % 2 == 0) continue;
    if (i > 15) break;
    total += i * i;
  }
  showU("odd squares", total);

  let steps = 0;
  let k: i32 = 100;
  while (k > -100) {
    k -= 7;
    steps++;
  }
  showI("while steps", steps);
  showI("k", k);

  let digits = 0;
  let m: u32 = 4000000000;
  do {
    m = u32(m / 10);
    digits++;
  } while (m != 0);
  showI("digits", digits);

  let found = -1;
  search: for (let a = 1; a < 20; a++) {
    for (let b = a; b < 20; b++) {
      if (a * a + b * b == 169) {
        found = a * 100 + b;
        break search;
      }
    }
  }
  showI("5-12-13", found);
}

function gcd(a: u32, b: u32): u32 {
  return b == 0 ? a : gcd(b, a % b);
}

function factorial(n: u32): u32 {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

function isEven(n: u32): bool {
  return n == 0 ? true : isOdd(n - 1);
}

function isOdd(n: u32): bool {
  return n == 0 ? false : isEven(n - 1);
}

/** Squaring recursion; 3^19 is the largest power of 3 an i32 holds. */
function power(base: i32, e: u32): i32 {
  if (e == 0) return 1;
  const half = power(base, e >> 1);
  return (e & 1) == 1 ? half * half * base : half * half;
}

function collatz(n: u32): u32 {
  if (n == 1) return 0;
  return 1 + collatz(n % 2 == 0 ? n >> 1 : 3 * n + 1);
}

function recursion(): void {
  showU("gcd", gcd(1071, 462));
  showU("12!", factorial(12));
  flag("even 37", isEven(37));
  flag("odd 37", isOdd(37));
  showI("(-3)^19", power(-3, 19));
  showU("collatz 27", collatz(27));
}

/** Stores of each width read back at the same and at other widths. */
function memory(at: usize): void {
  store<i8>(at, -5);
  showU("i8 -5 as u8", u32(load<u8>(at)));
  showI("i8 -5 as i8", i32(load<i8>(at)));
  store<i16>(at, -2, 2);
  showU("i16 -2 as u16", u32(load<u16>(at, 2)));
  store<u32>(at, 0x12345678, 4);
  printHex(u32(load<u8>(at, 4)));
  print(" ");
  printHex(u32(load<u16>(at, 5)));
  print(" ");
  printHex(load<u32>(at, 4));
  println("");
  store<u16>(at, 0xabcd, 8);
  showI("u16 0xabcd as i16", i32(load<i16>(at, 8)));
  showU("high byte", u32(load<u8>(at, 9)));
  store<i32>(at, -1000000, 12);
  showI("i32", load<i32>(at, 12));
  showU("as u32", load<u32>(at, 12));
  store<usize>(at + 16, at);
  flag("pointer round trip", load<usize>(at + 16) == at);
  store<isize>(at, -7, 20);
  showI("isize", i32(load<isize>(at, 20)));
}

/** The primes below SIEVE_SIZE, one byte of memory per candidate. */
function sieve(at: usize): u32 {
  for (let i: u32 = 0; i < SIEVE_SIZE; i++) store<u8>(at + i, i >= 2 ? 1 : 0);
  for (let p: u32 = 2; p * p < SIEVE_SIZE; p++) {
    if (load<u8>(at + p) == 0) continue;
    for (let q: u32 = p * p; q < SIEVE_SIZE; q += p) store<u8>(at + q, 0);
  }
  let count: u32 = 0;
  let last: u32 = 0;
  for (let i: u32 = 0; i < SIEVE_SIZE; i++) {
    if (load<u8>(at + i) != 0) {
      count++;
      last = i;
    }
  }
  showU("primes", count);
  showU("largest", last);
  return count;
}

/** In-range values convert unchanged; explicit narrowing keeps the low bits in both. */
function conversions(small: i32, big: u32): void {
  showU("u8(small + 100)", u32(u8(small + 100)));
  showI("i8(-small)", i32(i8(-small)));
  showU("u16(big >> 16)", u32(u16(big >> 16)));
  showI("i16(small * -300)", i32(i16(small * -300)));
  showI("i32(big)", i32(big));
  showU("u32(small)", u32(small));
  showU("usize(small) + 1", u32(usize(small) + 1));
  showI("isize(small) - 1", i32(isize(small) - 1));
  showU("u8(0x1234)", u32(u8(0x1234)));
  showI("i8(200)", i32(i8(200)));
  showI("i16(0xffff)", i32(i16(0xffff)));
  showU("u32(-1)", u32(-1));
  showI("i32(0xffffffff)", i32(0xffffffff));
}

function strings(s: string): void {
  showI("length", s.length);
  let vowels = 0;
  let sum: u32 = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 97 || c == 101 || c == 105 || c == 111 || c == 117) vowels++;
    sum += u32(c);
  }
  showI("vowels", vowels);
  showU("code sum", sum);
  for (let i = s.length - 1; i >= 0; i--) putc(u8(s.charCodeAt(i)));
  println("");
  showI("empty", "".length);
}

/** Prints its name and returns v, to show which operands short-circuit evaluates. */
function loud(v: bool, name: string): bool {
  print(name);
  return v;
}

function logic(n: i32): void {
  const mixed = (loud(n > 0, "a") && loud(n < 10, "b")) || loud(n == -1, "c");
  println(mixed ? " -> true" : " -> false");
  const negated = !loud(n > 5, "d") && loud(n != 3, "e");
  println(negated ? " -> true" : " -> false");
  println(n < 0 ? "negative" : n == 0 ? "zero" : n < 10 ? "small" : "large");
  let b: bool = n > 2;
  b = b && n < 50;
  flag("2 < n < 50", b);
}

export function main(): void {
  comparisons(-5, 3, 0xfffffff0, 7);
  comparisons(7, 7, 0x80000000, 0x80000000);
  signedArithmetic(-1234, 37);
  signedArithmetic(50000, -9);
  unsignedArithmetic(3000000, 7);
  unsignedArithmetic(123456789, 17);
  compound(11);
  compound(-40);
  loops(100);
  recursion();
  memory(SCRATCH);
  const primes = sieve(SCRATCH + 0x1000);
  conversions(100, 0x7654321);
  strings("differential");
  logic(-1);
  logic(0);
  logic(3);
  logic(7);
  logic(42);
  exit(u8(primes));
}
