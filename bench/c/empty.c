/* Not a benchmark: a kernel that only exits, to measure the start-up and exit cost. */
#include "rt.h"

int main(void) { bench_exit(0); }
