/* C twin of bench/programs/matmul.ts: 64x64 u32 matrix product, 20 times. */
#include "rt.h"

#define N 64
#define ROUNDS 20
static u32 a[N * N], b[N * N], c[N * N]; /* row-major: a[i * N + j] */

static void fill(void) {
  for (i32 i = 0; i < N; i++) {
    for (i32 j = 0; j < N; j++) {
      a[i * N + j] = (u32)(i + j);
      b[i * N + j] = (u32)(i ^ j);
    }
  }
}

static void multiply(void) {
  for (i32 i = 0; i < N; i++) {
    for (i32 j = 0; j < N; j++) {
      u32 sum = 0;
      for (i32 k = 0; k < N; k++) sum += a[i * N + k] * b[k * N + j];
      c[i * N + j] = sum;
    }
  }
}

static u32 checksum(void) {
  u32 sum = 0;
  for (i32 i = 0; i < N * N; i++) sum += c[i];
  return sum;
}

int main(void) {
  fill();
  for (i32 round = 0; round < ROUNDS; round++) multiply();
  print_u32(checksum());
  println("");
  bench_exit(0);
}
