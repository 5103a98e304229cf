/* The C twins' runtime, the counterpart of runtime/lib/serial.ts and exit.ts: the
 * same COM1 polling loop and the same recursive decimal printer, so the printing
 * costs about what tskc's does. */
#ifndef BENCH_RT_H
#define BENCH_RT_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef int i32;
typedef _Bool bool;
#define true 1
#define false 0

void putc_com1(u8 c);
void print(const char *s);
void println(const char *s);
void print_u32(u32 n);
void print_hex(u32 n);
__attribute__((noreturn)) void bench_exit(u8 code);

#endif
