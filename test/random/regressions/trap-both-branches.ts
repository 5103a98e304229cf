// Found by the random differential tester (test/random), seed 4077, reduced: a crash. Once constants
// were folded, both sides of the loop's branch were bounds traps; isel took one as the jcc's out-of-line
// stub and left a jmp to the other, which it had dropped too.
// The evaluator expects: bounds check failed: index 2 is out of range for length 2 at kernel.ts:22
// tskc gave: internal compiler error: TypeError: Cannot read properties of undefined (reading 'push')
//     at file:///work/wt-tester/dist/compiler/x86/coloring.js:38:57
//     at Array.forEach (<anonymous>)
//     at file:///work/wt-tester/dist/compiler/x86/coloring.js:38:33
//     at Array.forEach (<anonymous>)
//     at loopDepths (file:///work/wt-tester/dist/compiler/x86/coloring.js:38:11)
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

function rt_trace(v: u32): void {
  print("t ");
  printU32(v);
  println("");
}

function rt_result(id: string, v: u32): void {
  print(id);
  printU32(v);
  println("");
}

// program p0 (seed 4077)
const p0_a0: StaticArray<i16> = [32767, -24312];
function p0_main(): u32 {
  let h: u32 = 2602590249;
  for (let n5: i32 = 0; n5 < 4; n5++) {
    u32((changetype<StaticArray<i16>>(changetype<usize>(p0_a0))[1] | p0_a0[(n5 + 2)]));
  }
  return h;
}

export function main(): void {
  rt_result("p0 ", p0_main());
  exit(0);
}
