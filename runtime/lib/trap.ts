// What a failed bounds check or stack check calls. In: for a bounds check, the place
// (file, line), the index and the length. Out: the kernel's chosen reaction: by
// default a report on COM1 and the end of the run with exit code TRAP_EXIT_CODE, so that
// `tskc run` and a CI job see a failure; a kernel installs its own with onBoundsError
// or onStackOverflow (e.g. to kill the faulting task). tskc compiles this module
// into every kernel and calls the traps itself.
import { print, printU32, println } from "./serial";
import { exit } from "./exit";

/** The exit code (port 0xF4, runtime/EXIT_PROTOCOL.md) of a run the default handlers end:
 * 101, the status of a Rust program that panics. */
export const TRAP_EXIT_CODE: u8 = 101;

export type BoundsHandler = (file: string, line: u32, index: u32, length: u32) => void;

let boundsHandler: BoundsHandler = reportOutOfBounds;

/** Replaces the reaction to a failed bounds check. */
export function onBoundsError(handler: BoundsHandler): void {
  boundsHandler = handler;
}

/** Called by compiled code when `index >= length`. Never returns: an access that
 * failed its check cannot be completed. */
export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
  boundsHandler(file, line, index, length);
  cli();
  while (true) hlt();
}

function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
  print("bounds check failed: index ");
  printU32(index);
  print(" is out of range for length ");
  printU32(length);
  print(" at ");
  print(file);
  print(":");
  printU32(line);
  println("");
  exit(TRAP_EXIT_CODE);
}

export type StackOverflowHandler = () => void;

let stackHandler: StackOverflowHandler = reportStackOverflow;

/** Replaces the reaction to a stack overflow found by the checks setStackLimit turns on. */
export function onStackOverflow(handler: StackOverflowHandler): void {
  stackHandler = handler;
}

/** Called (with the limit already cleared, so it can run) when a function starts with the
 * stack pointer below the limit. Never returns. */
export function stackOverflowTrap(): void {
  stackHandler();
  cli();
  while (true) hlt();
}

function reportStackOverflow(): void {
  println("stack overflow");
  exit(TRAP_EXIT_CODE);
}
