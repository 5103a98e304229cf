// A kernel's own names never take a symbol the compiler generates: this kernel's
// _start, __stack, __bss_end and __tskc_stack_overflow become _start_2, … in the
// listing, and the boot stub, the boot stack and the section bounds keep theirs.
// (A function named _start used to replace the entry point, so main never ran, and a
// global named __stack shared the boot stack's symbol and read 0.)
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

let __stack: u32 = 7;
let __bss_end: u32 = 8;

/** @noinline */ function _start(): u32 {
  return 5;
}

/** @noinline */ function __tskc_stack_overflow(): u32 {
  return 6;
}

export function main(): void {
  printU32(__stack);
  printU32(_start());
  printU32(__bss_end);
  printU32(__tskc_stack_overflow());
  println("");
  exit(0);
}
