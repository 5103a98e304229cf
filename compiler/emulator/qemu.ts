// Booting under QEMU (`tskc run --qemu`, optionally `--gdb`). In: the path of a
// kernel ELF (its DWARF lets gdb debug it at source level) and the run options.
// Out: QEMU's console on our stdout/stdin, and the kernel's exit status.
// Needs qemu-system-i386 on PATH; the caller checks that with `qemuAvailable`.
//
// The exit port is QEMU's isa-debug-exit device at 0xF4 (runtime/EXIT_PROTOCOL.md):
// QEMU then exits with (code << 1) | 1, which we turn back into the kernel's code.

import { spawn, spawnSync } from "node:child_process";

export const QEMU = "qemu-system-i386";

export function qemuAvailable(): boolean {
  return spawnSync("sh", ["-c", `command -v ${QEMU}`]).status === 0;
}

export interface QemuOptions {
  memMiB: number;
  timeoutMs?: number;
  /** Stop at the first instruction and wait for gdb on this loopback port. */
  gdbPort?: number;
  /** The multiboot command line (-append). */
  cmdline?: string;
  /** COM1 multiplexed with QEMU's monitor (-serial mon:stdio), for a terminal: Ctrl-A x quits,
   * Ctrl-A c switches to the monitor, and Ctrl-C reaches the guest instead of ending QEMU. */
  escapeKey?: boolean;
  /** Told the command line to attach with, before QEMU starts. */
  onGdbCommand?: (command: string) => void;
}

export type QemuResult = { reason: "exit"; exitCode: number } | { reason: "stopped"; status: number } | { reason: "timeout" };

/** The arguments for booting `elf`: COM1 on stdio, the exit device, and with a gdb port
 * `-S -gdb tcp:127.0.0.1:PORT` (what `-s -S` does, but on loopback only). */
export function qemuArgs(elf: string, options: QemuOptions): string[] {
  return [
    "-kernel", elf, "-m", String(options.memMiB), "-display", "none", "-serial", options.escapeKey ? "mon:stdio" : "stdio", "-monitor", "none", "-no-reboot",
    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
    ...(options.cmdline !== undefined ? ["-append", options.cmdline] : []),
    ...(options.gdbPort !== undefined ? ["-S", "-gdb", `tcp:127.0.0.1:${options.gdbPort}`] : []),
  ];
}

/** The gdb command line that loads `elf`'s symbols and attaches to QEMU. */
export function gdbCommand(elf: string, port: number): string {
  return `gdb -q ${quote(elf)} -ex ${quote(`target remote 127.0.0.1:${port}`)}`;
}

export function runQemu(elf: string, options: QemuOptions): Promise<QemuResult> {
  if (options.gdbPort !== undefined) options.onGdbCommand?.(gdbCommand(elf, options.gdbPort));
  const child = spawn(QEMU, qemuArgs(elf, options), { stdio: "inherit" });
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = options.timeoutMs !== undefined && Number.isFinite(options.timeoutMs)
      ? setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, options.timeoutMs)
      : undefined;
    child.once("error", reject);
    child.once("exit", (status) => {
      clearTimeout(timer);
      if (timedOut) resolve({ reason: "timeout" });
      else if (status !== null && status % 2 === 1) resolve({ reason: "exit", exitCode: status >> 1 });
      else resolve({ reason: "stopped", status: status ?? 1 });
    });
  });
}

function quote(s: string): string {
  return /^[\w./:-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
