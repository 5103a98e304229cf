// Benchmark: a byte-code interpreter. In: nothing. Out: the interpreted program's two
// results and the number of byte-code instructions it ran, on COM1, then exit(0).
// A stack machine with a `switch` dispatch (a jump table) runs a loop of 100,000
// iterations: a linear congruential generator whose output goes to one of two
// accumulators depending on its low bit. Measures dispatch, bounds-checked loads
// and stores of the code, stack and variables, and a data-dependent branch.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

const enum Op {
  Halt, // stop
  PushC, // k: push consts[k]
  Load, // v: push vars[v]
  Store, // v: pop into vars[v]
  Add, // a b -> a + b (wrapping)
  Sub, // a b -> a - b
  Mul, // a b -> a * b
  And, // a b -> a & b
  Xor, // a b -> a ^ b
  Shr, // a b -> a >> b (logical)
  Lt, // a b -> a < b ? 1 : 0 (unsigned)
  Jz, // t: pop; jump to t if it was 0
  Jmp, // t: jump to t
  Dup, // a -> a a
}

const ITERATIONS: u32 = 100000;
const consts: StaticArray<u32> = [0, 1, 2463534242, ITERATIONS, 1103515245, 12345, 16];

// vars: 0 i, 1 x, 2 odd (sum of the odd outputs), 3 even (a mix of the even ones)
const code: StaticArray<u8> = [
  Op.PushC, 0, Op.Store, 0, //  0: i = 0
  Op.PushC, 2, Op.Store, 1, //  4: x = seed
  Op.PushC, 0, Op.Store, 2, //  8: odd = 0
  Op.PushC, 0, Op.Store, 3, // 12: even = 0
  Op.Load, 0, Op.PushC, 3, Op.Lt, Op.Jz, 67, // 16 loop: if !(i < ITERATIONS) goto end
  Op.Load, 1, Op.PushC, 4, Op.Mul, Op.PushC, 5, Op.Add, Op.Dup, Op.Store, 1, // 23: x = x * A + C
  Op.PushC, 6, Op.Shr, // 34: t = x >> 16
  Op.Dup, Op.PushC, 1, Op.And, Op.Jz, 50, // 37: if (t & 1) == 0 goto even
  Op.Load, 2, Op.Add, Op.Store, 2, Op.Jmp, 58, // 43: odd += t; goto next
  Op.Load, 3, Op.Xor, Op.Load, 0, Op.Sub, Op.Store, 3, // 50 even: even = (t ^ even) - i
  Op.Load, 0, Op.PushC, 1, Op.Add, Op.Store, 0, Op.Jmp, 16, // 58 next: i = i + 1; goto loop
  Op.Halt, // 67 end
];

const stack = new StaticArray<u32>(16);
const vars = new StaticArray<u32>(4);

/** Runs `code` from its start to Halt; returns the number of instructions it ran. */
function run(): u32 {
  let pc: i32 = 0;
  let sp: i32 = 0; // stack[sp - 1] is the top
  let steps: u32 = 0;
  while (true) {
    const op = code[pc];
    steps++;
    switch (op) {
      case Op.Halt:
        return steps;
      case Op.PushC:
        stack[sp] = consts[code[pc + 1]];
        sp++;
        pc += 2;
        break;
      case Op.Load:
        stack[sp] = vars[code[pc + 1]];
        sp++;
        pc += 2;
        break;
      case Op.Store:
        sp--;
        vars[code[pc + 1]] = stack[sp];
        pc += 2;
        break;
      case Op.Add:
        sp--;
        stack[sp - 1] += stack[sp];
        pc++;
        break;
      case Op.Sub:
        sp--;
        stack[sp - 1] -= stack[sp];
        pc++;
        break;
      case Op.Mul:
        sp--;
        stack[sp - 1] *= stack[sp];
        pc++;
        break;
      case Op.And:
        sp--;
        stack[sp - 1] &= stack[sp];
        pc++;
        break;
      case Op.Xor:
        sp--;
        stack[sp - 1] ^= stack[sp];
        pc++;
        break;
      case Op.Shr:
        sp--;
        stack[sp - 1] >>= stack[sp];
        pc++;
        break;
      case Op.Lt:
        sp--;
        stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0;
        pc++;
        break;
      case Op.Jz:
        sp--;
        if (stack[sp] == 0) pc = code[pc + 1];
        else pc += 2;
        break;
      case Op.Jmp:
        pc = code[pc + 1];
        break;
      case Op.Dup:
        stack[sp] = stack[sp - 1];
        sp++;
        pc++;
        break;
      default:
        print("bad opcode ");
        printU32(op);
        println("");
        exit(1);
    }
  }
}

export function main(): void {
  const steps = run();
  printU32(vars[2]);
  print(" ");
  printU32(vars[3]);
  print(" ");
  printU32(steps);
  println("");
  exit(0);
}
