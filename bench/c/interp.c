/* C twin of bench/programs/interp.ts: the same byte code on the same stack machine,
 * with a switch dispatch. */
#include "rt.h"

enum Op { Halt, PushC, Load, Store, Add, Sub, Mul, And, Xor, Shr, Lt, Jz, Jmp, Dup };

#define ITERATIONS 100000u
static u32 consts[] = {0, 1, 2463534242u, ITERATIONS, 1103515245u, 12345, 16};

/* vars: 0 i, 1 x, 2 odd, 3 even */
static u8 code[] = {
  PushC, 0, Store, 0,                                            /*  0: i = 0 */
  PushC, 2, Store, 1,                                            /*  4: x = seed */
  PushC, 0, Store, 2,                                            /*  8: odd = 0 */
  PushC, 0, Store, 3,                                            /* 12: even = 0 */
  Load, 0, PushC, 3, Lt, Jz, 67,                                 /* 16 loop: if !(i < ITERATIONS) goto end */
  Load, 1, PushC, 4, Mul, PushC, 5, Add, Dup, Store, 1,          /* 23: x = x * A + C */
  PushC, 6, Shr,                                                 /* 34: t = x >> 16 */
  Dup, PushC, 1, And, Jz, 50,                                    /* 37: if (t & 1) == 0 goto even */
  Load, 2, Add, Store, 2, Jmp, 58,                               /* 43: odd += t; goto next */
  Load, 3, Xor, Load, 0, Sub, Store, 3,                          /* 50 even: even = (t ^ even) - i */
  Load, 0, PushC, 1, Add, Store, 0, Jmp, 16,                     /* 58 next: i = i + 1; goto loop */
  Halt,                                                          /* 67 end */
};

static u32 stack[16];
static u32 vars[4];

/* Runs code from its start to Halt; returns the number of instructions it ran. */
static u32 run(void) {
  i32 pc = 0;
  i32 sp = 0; /* stack[sp - 1] is the top */
  u32 steps = 0;
  for (;;) {
    u8 op = code[pc];
    steps++;
    switch (op) {
      case Halt:
        return steps;
      case PushC:
        stack[sp] = consts[code[pc + 1]];
        sp++;
        pc += 2;
        break;
      case Load:
        stack[sp] = vars[code[pc + 1]];
        sp++;
        pc += 2;
        break;
      case Store:
        sp--;
        vars[code[pc + 1]] = stack[sp];
        pc += 2;
        break;
      case Add:
        sp--;
        stack[sp - 1] += stack[sp];
        pc++;
        break;
      case Sub:
        sp--;
        stack[sp - 1] -= stack[sp];
        pc++;
        break;
      case Mul:
        sp--;
        stack[sp - 1] *= stack[sp];
        pc++;
        break;
      case And:
        sp--;
        stack[sp - 1] &= stack[sp];
        pc++;
        break;
      case Xor:
        sp--;
        stack[sp - 1] ^= stack[sp];
        pc++;
        break;
      case Shr:
        sp--;
        stack[sp - 1] >>= stack[sp] & 31; /* tskc's >> takes the count modulo 32, as the CPU does */
        pc++;
        break;
      case Lt:
        sp--;
        stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0;
        pc++;
        break;
      case Jz:
        sp--;
        if (stack[sp] == 0) pc = code[pc + 1];
        else pc += 2;
        break;
      case Jmp:
        pc = code[pc + 1];
        break;
      case Dup:
        stack[sp] = stack[sp - 1];
        sp++;
        pc++;
        break;
      default:
        print("bad opcode ");
        print_u32(op);
        println("");
        bench_exit(1);
    }
  }
}

int main(void) {
  u32 steps = run();
  print_u32(vars[2]);
  print(" ");
  print_u32(vars[3]);
  print(" ");
  print_u32(steps);
  println("");
  bench_exit(0);
}
