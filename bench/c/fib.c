/* C twin of bench/programs/fib.ts: recursive fib(27). */
#include "rt.h"

static u32 fib(u32 n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  print_u32(fib(27));
  println("");
  bench_exit(0);
}
