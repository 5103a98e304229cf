// Benchmark: a hash table with open addressing (linear probing) keyed by FNV-1a.
// In: nothing. Out: the number of distinct keys inserted, the number of lookups that
// found their key and the wrapping sum of the values found, on COM1, then exit(0).
// 50,000 inserts of 17-bit xorshift32 keys (a repeated key adds to its value) into
// 65,536 slots, then 200,000 lookups of keys from a second xorshift32 stream.
// Measures the hash's byte loop of xors and multiplies, masked probing and
// data-dependent loops of bounds-checked loads and stores.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const SLOTS: i32 = 65536; // a power of two: a slot index is hash & MASK
const MASK: u32 = 65535;
const INSERTS: i32 = 50000;
const LOOKUPS: i32 = 200000;
const KEY_BITS: u32 = 0x1ffff;

const keys = new StaticArray<u32>(SLOTS);
const values = new StaticArray<u32>(SLOTS);
const used = new StaticArray<u8>(SLOTS); // 1: the slot holds a key

/** 32-bit FNV-1a over the key's four bytes, lowest first. */
function fnv1a(key: u32): u32 {
  let hash: u32 = 2166136261;
  let rest = key;
  for (let i = 0; i < 4; i++) {
    hash ^= rest & 0xff;
    hash *= 16777619;
    rest >>= 8;
  }
  return hash;
}

/** Adds `value` to the key's value, inserting the key first if it is new; true if it was new. */
function insert(key: u32, value: u32): bool {
  let slot = fnv1a(key) & MASK;
  while (used[slot] != 0) {
    if (keys[slot] == key) {
      values[slot] += value;
      return false;
    }
    slot = (slot + 1) & MASK;
  }
  used[slot] = 1;
  keys[slot] = key;
  values[slot] = value;
  return true;
}

/** The slot holding `key`, or -1. */
function find(key: u32): i32 {
  let slot = fnv1a(key) & MASK;
  while (used[slot] != 0) {
    if (keys[slot] == key) return i32(slot);
    slot = (slot + 1) & MASK;
  }
  return -1;
}

/** One xorshift32 step (Marsaglia's 13, 17, 5). */
function next(x: u32): u32 {
  let y = x;
  y ^= y << 13;
  y ^= y >> 17;
  y ^= y << 5;
  return y;
}

export function main(): void {
  let distinct: u32 = 0;
  let x: u32 = 2463534242;
  for (let i = 0; i < INSERTS; i++) {
    x = next(x);
    if (insert(x & KEY_BITS, u32(i))) distinct++;
  }
  let hits: u32 = 0;
  let sum: u32 = 0;
  let y: u32 = 88675123;
  for (let i = 0; i < LOOKUPS; i++) {
    y = next(y);
    const slot = find(y & KEY_BITS);
    if (slot >= 0) {
      hits++;
      sum += values[slot];
    }
  }
  printU32(distinct);
  print(" ");
  printU32(hits);
  print(" ");
  printU32(sum);
  println("");
  exit(0);
}
