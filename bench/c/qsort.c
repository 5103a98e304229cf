/* C twin of bench/programs/qsort.ts: recursive quicksort of 100,000 xorshift32 values. */
#include "rt.h"

#define COUNT 100000
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

/* Sorts values[lo..hi], both ends included. */
static void quicksort(i32 lo, i32 hi) {
  if (lo >= hi) return;
  u32 pivot = values[lo + ((hi - lo) >> 1)];
  i32 i = lo - 1;
  i32 j = hi + 1;
  for (;;) {
    do i++;
    while (values[i] < pivot);
    do j--;
    while (values[j] > pivot);
    if (i >= j) break;
    u32 t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  quicksort(lo, j);
  quicksort(j + 1, hi);
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
  quicksort(0, COUNT - 1);
  print_u32(checksum());
  println(is_sorted() ? " sorted" : " NOT SORTED");
  bench_exit(0);
}
