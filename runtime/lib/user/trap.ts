// What a failed bounds check or stack check calls in a ring-3 program (includeProgram).
// In: the place and values of the failed check. Out: a Sys.Trap system call carrying a
// TrapReport; the kernel reports the fault and stops the task, so these never return.
// tskc compiles this module into every ring-3 program in place of runtime/lib/trap.ts.
import { Sys, TrapKind, TrapReport } from "./abi";

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

function stop(): void {
  while (true) syscall(Sys.Trap, changetype<usize>(report));
}
