/* C twin of bench/programs/crc32.ts: bitwise CRC-32 of 256 KiB of xorshift32 bytes. */
#include "rt.h"

#define SIZE 262144
static u8 buffer[SIZE];

static void fill(void) {
  u32 x = 2463534242u;
  for (i32 i = 0; i < SIZE; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    buffer[i] = (u8)x;
  }
}

static u32 crc32(void) {
  u32 crc = 0xffffffffu;
  for (i32 i = 0; i < SIZE; i++) {
    crc ^= buffer[i];
    for (i32 bit = 0; bit < 8; bit++) {
      if ((crc & 1) != 0) crc = (crc >> 1) ^ 0xedb88320u;
      else crc >>= 1;
    }
  }
  return crc ^ 0xffffffffu;
}

int main(void) {
  fill();
  print_hex(crc32());
  println("");
  bench_exit(0);
}
