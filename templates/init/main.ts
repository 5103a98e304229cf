// __NAME__: a kernel in TypeScript, compiled by tskc. `npm run build` writes out/kernel.bin (the
// multiboot image), .elf (with DWARF, for gdb and QEMU) and .map; `npm run run` boots it in v86
// with this terminal as COM1 (Ctrl-A x ends the run); `npm test` boots it and checks its output.
import { println } from "tskc/serial";
import { exit } from "tskc/exit";

export function main(): void {
  println("Hello from __NAME__!");
  exit(0); // the run's exit status
}
