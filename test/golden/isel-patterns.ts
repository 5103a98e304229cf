// Instruction selection's patterns (x86/isel.ts, x86/trees.ts): narrow loads compared
// in memory (`cmp byte [m], imm`, a signed condition made unsigned for a zero-extended
// byte), rotates (`rol` by a constant and by cl), division by powers of two (the signed
// one rounding toward zero), and u16 elements at [i*2 + symbol], which NASM splits into
// [i + i*1 + symbol], and a branch on a difference's sign read from the flags its `sub`
// left (`jns`, not `test` and `jge`: 0x80000000 - 1 wraps to a positive value). Operands
// arrive as parameters (of @noinline functions) so that the instructions run.
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
const bytes = new StaticArray<u8>(8);
const words = new StaticArray<u16>(8);
const sbytes = new StaticArray<i8>(8);
const swords = new StaticArray<i16>(8);
/** @noinline */ function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
/** @noinline */ function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
/** @noinline */ function sdiv(x: i32): i32 { return x / 8; }
/** @noinline */ function sdiv2(x: i32): i32 { return x / 2; }
/** @noinline */ function udiv(x: u32): u32 { return x / 16; }
/** @noinline */ function urem(x: u32): u32 { return x % 16; }
/** @noinline */ function srem(x: i32): i32 { return x % 4; }
/** @noinline */ function countDown(x: i32): u32 {
  let n: u32 = 0;
  while (n < 3) {
    x -= 1;
    if (x < 0) break;
    n++;
  }
  return n;
}
export function main(): void {
  for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
  let c: u32 = 0;
  for (let i: i32 = 0; i < 8; i++) {
    if (bytes[i] < 200) c += 1;
    if (bytes[i] == 0) c += 10;
    if (words[i] >= 0xffff) c += 100;
    if (words[i] < 40000) c += 1000;
    if (sbytes[i] < -10) c += 10000;
    if (swords[i] > -1) c += 100000;
  }
  printU32(c); println("");
  printU32(rotl(0x80000001, 4)); println("");
  printU32(rotl(0x12345678, 0)); println("");
  printU32(rotc(0x80000001)); println("");
  printU32(u32(sdiv(-17))); println("");
  printU32(u32(sdiv(17))); println("");
  printU32(u32(sdiv2(-7))); println("");
  printU32(udiv(0xffffffff)); println("");
  printU32(urem(0xffffffff)); println("");
  printU32(u32(srem(-7))); println("");
  printU32(countDown(-2147483648) * 10 + countDown(1)); println("");
  exit(0);
}
