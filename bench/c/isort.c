/* C twin of bench/programs/isort.ts: insertion sort of 3,000 xorshift32 values. */
#include "rt.h"

#define COUNT 3000
static u32 values[COUNT];

static void fill(void) {
  u32 x = 2463534242u;
  for (i32 i = 0; i < COUNT; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    values[i] = x;
  }
}

static void sort(void) {
  for (i32 i = 1; i < COUNT; i++) {
    u32 v = values[i];
    i32 j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

static u32 checksum(void) {
  u32 sum = 0;
  for (i32 i = 0; i < COUNT; i++) sum += values[i] * (u32)(i + 1);
  return sum;
}

static bool is_sorted(void) {
  for (i32 i = 1; i < COUNT; i++) {
    if (values[i - 1] > values[i]) return false;
  }
  return true;
}

int main(void) {
  fill();
  sort();
  print_u32(checksum());
  println(is_sorted() ? " sorted" : " NOT SORTED");
  bench_exit(0);
}
