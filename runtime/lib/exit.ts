// Ending a run: `import { exit } from "tskc/exit"`. In: an exit code. Out: the
// write to port 0xF4 that the v86 harness (and QEMU's isa-debug-exit device)
// treat as the end of the run; see runtime/EXIT_PROTOCOL.md. If nothing is
// listening on the port, the CPU stops here for good.

export function exit(code: u8): void {
  outb(0xf4, code);
  cli();
  while (true) hlt();
}
