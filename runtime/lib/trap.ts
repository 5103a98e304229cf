// What a failed bounds check calls. In: the place (file, line), the index and the
// length. Out: the kernel's chosen reaction: by default a report on COM1 and a stop;
// a kernel installs its own with onBoundsError (e.g. to kill the faulting task).
// tskc compiles this module into every kernel and calls boundsTrap itself.
import { print, printU32, println } from "./serial";

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
}
