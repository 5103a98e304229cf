/* C twin of bench/programs/sieve.ts: sieve of Eratosthenes up to 2,000,000. */
#include "rt.h"

#define LIMIT 2000000
static u8 flags[LIMIT + 1]; /* flags[n] == 1: n is composite */

static u32 count_primes(void) {
  for (i32 i = 2; i * i <= LIMIT; i++) {
    if (flags[i] != 0) continue;
    for (i32 j = i * i; j <= LIMIT; j += i) flags[j] = 1;
  }
  u32 count = 0;
  for (i32 n = 2; n <= LIMIT; n++) {
    if (flags[n] == 0) count++;
  }
  return count;
}

int main(void) {
  print_u32(count_primes());
  println("");
  bench_exit(0);
}
