// The runtime a ring-3 program (includeProgram) always has: what a failed bounds or stack
// check calls, and where main returns to. In: the place and values of the failed check;
// main's result. Out: a Sys.Trap system call carrying a TrapReport, after which the
// kernel reports the fault and stops the task; or the program's exit. Never return.
// tskc compiles this module into every ring-3 program in place of runtime/lib/trap.ts.
import { Sys, TrapKind, TrapReport } from "./abi";
import { exit } from "./sys";

const report = new TrapReport();

/** Called by compiled code when `index >= length`. */
export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
  report.kind = TrapKind.Bounds;
  report.file = changetype<usize>(file);
  report.line = line;
  report.index = index;
  report.length = length;
  stop();
}

/** Called when a function starts with the stack pointer below the limit setStackLimit set. */
export function stackOverflowTrap(): void {
  report.kind = TrapKind.StackOverflow;
  stop();
}

/** Where _start goes when main returns: `status` is main's result, or 0. */
export function exitProgram(status: i32): void {
  exit(status);
}

function stop(): void {
  while (true) syscall(Sys.Trap, changetype<usize>(report));
}
