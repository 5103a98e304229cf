/* See rt.h. */
#include "rt.h"

#define COM1 0x3f8
#define LINE_STATUS (COM1 + 5)
#define TRANSMIT_EMPTY 0x20
#define EXIT_PORT 0xf4

static inline void outb(u16 port, u8 value) { __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port)); }
static inline u8 inb(u16 port) {
  u8 value;
  __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
  return value;
}

void putc_com1(u8 c) {
  while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) __asm__ volatile("pause");
  outb(COM1, c);
}

void print(const char *s) {
  for (; *s; s++) putc_com1((u8)*s);
}

void println(const char *s) {
  print(s);
  putc_com1('\n');
}

void print_u32(u32 n) {
  if (n >= 10) print_u32(n / 10);
  putc_com1((u8)('0' + n % 10));
}

void print_hex(u32 n) {
  print("0x");
  for (u32 shift = 28;; shift -= 4) {
    u32 digit = (n >> shift) & 15;
    putc_com1((u8)(digit < 10 ? 48 + digit : 87 + digit));
    if (shift == 0) break;
  }
}

void bench_exit(u8 code) {
  outb(EXIT_PORT, code);
  for (;;) __asm__ volatile("cli; hlt");
}
