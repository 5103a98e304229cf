/* C twin of bench/programs/hash.ts: open addressing with FNV-1a, 50,000 inserts and
 * 200,000 lookups. */
#include "rt.h"

#define SLOTS 65536
#define MASK 65535u
#define INSERTS 50000
#define LOOKUPS 200000
#define KEY_BITS 0x1ffffu

static u32 keys[SLOTS];
static u32 values[SLOTS];
static u8 used[SLOTS]; /* 1: the slot holds a key */

/* 32-bit FNV-1a over the key's four bytes, lowest first. */
static u32 fnv1a(u32 key) {
  u32 hash = 2166136261u;
  u32 rest = key;
  for (i32 i = 0; i < 4; i++) {
    hash ^= rest & 0xff;
    hash *= 16777619u;
    rest >>= 8;
  }
  return hash;
}

static bool insert(u32 key, u32 value) {
  u32 slot = fnv1a(key) & MASK;
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

/* The slot holding key, or -1. */
static i32 find(u32 key) {
  u32 slot = fnv1a(key) & MASK;
  while (used[slot] != 0) {
    if (keys[slot] == key) return (i32)slot;
    slot = (slot + 1) & MASK;
  }
  return -1;
}

static u32 next(u32 x) {
  u32 y = x;
  y ^= y << 13;
  y ^= y >> 17;
  y ^= y << 5;
  return y;
}

int main(void) {
  u32 distinct = 0;
  u32 x = 2463534242u;
  for (i32 i = 0; i < INSERTS; i++) {
    x = next(x);
    if (insert(x & KEY_BITS, (u32)i)) distinct++;
  }
  u32 hits = 0;
  u32 sum = 0;
  u32 y = 88675123u;
  for (i32 i = 0; i < LOOKUPS; i++) {
    y = next(y);
    i32 slot = find(y & KEY_BITS);
    if (slot >= 0) {
      hits++;
      sum += values[slot];
    }
  }
  print_u32(distinct);
  print(" ");
  print_u32(hits);
  print(" ");
  print_u32(sum);
  println("");
  bench_exit(0);
}
