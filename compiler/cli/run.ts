// `tskc run`: boots a kernel, headless in v86 or under QEMU, with this terminal as its console.
// In: an entry .ts (or a folder with main.ts), compiled first, or a built .bin/.elf; the run
// options. Out: COM1 on stdout, what the user types on the kernel's input, and the exit status
// (the kernel's exit code, or 123/124/125 for a crash, a timeout, an emulator abort;
// runtime/EXIT_PROTOCOL.md). A built image boots without loading the compiler: the compiler
// and TypeScript are imported only for a source entry, which takes seconds.

import fs from "node:fs";
import path from "node:path";
import { entryFile } from "../paths.js";
import { bootKernel, type GuestInput } from "../emulator/v86.js";
import { QEMU, qemuAvailable, runQemu } from "../emulator/qemu.js";
import { type Locate, locateInImage } from "../debug/locate.js";
import { defaultName, readImage, UsageError } from "./common.js";
import { ESCAPE_HELP, TerminalInput } from "./terminal.js";
import { Timings } from "./timings.js";

export interface RunOptions {
  timeout?: number; // ms
  mem: number; // MiB
  cmdline?: string; // the multiboot command line
  qemu?: boolean;
  gdb?: number | true; // a port, or 1234
  verbose?: boolean; // the time of each phase, on stderr after the run
}

/** Exit statuses of `tskc run` for endings other than the kernel's own exit. */
export const EXIT_CRASH = 123, EXIT_TIMEOUT = 124, EXIT_ABORT = 125, EXIT_INTERRUPTED = 130;

export async function runCommand(kernelArg: string, opts: RunOptions): Promise<void> {
  if (opts.gdb !== undefined && !opts.qemu) throw new UsageError("--gdb needs --qemu: v86 has no gdb stub");
  if (opts.qemu) return runUnderQemu(kernelArg, opts);
  const timings = new Timings();
  const { image, locate } = await loadKernel(kernelArg, timings);
  const terminal = process.stdin.isTTY ? new TerminalInput() : undefined;
  if (terminal) console.error("tskc: Ctrl-A x ends the run; Ctrl-C and the arrow keys go to the kernel (Ctrl-A h: help)");
  const booted = performance.now();
  const result = await bootKernel(image, {
    timeoutMs: opts.timeout ?? Number.POSITIVE_INFINITY,
    memMiB: opts.mem,
    cmdline: opts.cmdline,
    locate,
    onSerial: (text) => process.stdout.write(text, "latin1"),
    onReady: (input) => forwardStdin(input, terminal),
  }).catch((error: unknown) => {
    // An image v86 cannot load (no multiboot header, a malformed ELF) is the user's file, not a bug.
    throw new UsageError(`cannot boot '${kernelArg}': ${error instanceof Error ? error.message : String(error)}`);
  });
  stopForwardingStdin();
  timings.record("boot", performance.now() - booted);
  if (opts.verbose) console.error(`\n${timings.report()}`);
  switch (result.reason) {
    case "exit":
      process.exitCode = (result.exitCode ?? 0) & 0xff; // a process status is one byte
      return;
    case "halt":
      console.error(`\ntskc: the kernel halted with interrupts disabled (cli; hlt)`);
      return;
    case "crash":
      console.error(`\ntskc: the kernel crashed: ${result.detail ?? "the emulator stopped"}`);
      process.exitCode = EXIT_CRASH;
      return;
    case "abort":
      console.error(`\ntskc: ${result.detail ?? "the emulator aborted"}`);
      process.exitCode = EXIT_ABORT;
      return;
    case "timeout":
      console.error(`\ntskc: the kernel was stopped after ${opts.timeout} ms (--timeout)`);
      process.exitCode = EXIT_TIMEOUT;
  }
}

/** The image to boot and what names its code addresses: a built image as it is (with the
 * symbols of an .elf, or of the .map beside a .bin), or a source entry compiled here. */
async function loadKernel(kernelArg: string, timings: Timings): Promise<{ image: Uint8Array; locate?: Locate }> {
  if (/\.(bin|elf)$/.test(kernelArg)) {
    const image = timings.time("read image", () => readImage(kernelArg));
    const mapFile = kernelArg.replace(/\.(bin|elf)$/, ".map");
    return { image, locate: locateInImage(image, fs.existsSync(mapFile) ? fs.readFileSync(mapFile, "utf8") : undefined) };
  }
  const { compile } = await import("../driver.js");
  const compiled = compile(entryFile(kernelArg), { onPhase: (phase, ms) => timings.record(phase, ms) });
  return { image: timings.time("write bin", compiled.flatBinary), locate: compiled.locate };
}

/** `tskc run --qemu [--gdb]`: the ELF (with its DWARF) under QEMU. A source entry is
 * compiled to out/<name>.elf first, so that gdb can read it while QEMU runs. */
async function runUnderQemu(kernelArg: string, opts: RunOptions): Promise<void> {
  if (!qemuAvailable()) throw new UsageError(`--qemu needs ${QEMU} on PATH (Debian and Ubuntu: apt-get install qemu-system-x86); without --qemu, tskc runs the kernel in v86`);
  let elf = kernelArg;
  if (/\.bin$/.test(kernelArg)) throw new UsageError("--qemu boots an ELF: pass the .elf, or the source");
  if (!/\.elf$/.test(kernelArg)) {
    const { compile } = await import("../driver.js");
    const entry = entryFile(kernelArg);
    elf = path.join("out", `${defaultName(entry)}.elf`);
    fs.mkdirSync(path.dirname(elf), { recursive: true });
    fs.writeFileSync(elf, compile(entry).elf());
  } else if (!fs.existsSync(elf)) {
    throw new UsageError(`cannot find kernel image '${elf}'`);
  }
  const gdbPort = opts.gdb === undefined ? undefined : opts.gdb === true ? 1234 : opts.gdb;
  const result = await runQemu(elf, {
    memMiB: opts.mem, timeoutMs: opts.timeout, gdbPort, cmdline: opts.cmdline,
    // On a terminal, QEMU's own multiplexer: Ctrl-A x quits, Ctrl-C reaches the guest.
    escapeKey: process.stdin.isTTY === true,
    onGdbCommand: (command) => console.error(`tskc: QEMU is waiting for gdb. In another terminal:\n  ${command}`),
  });
  if (result.reason === "exit") process.exitCode = result.exitCode & 0xff;
  else if (result.reason === "timeout") {
    console.error(`\ntskc: the kernel was stopped after ${opts.timeout} ms (--timeout)`);
    process.exitCode = EXIT_TIMEOUT;
  } else {
    // With -no-reboot, a triple fault or a reset ends QEMU with status 0, as closing it does.
    console.error(`\ntskc: QEMU stopped without the kernel writing an exit code (a reset or triple fault, or QEMU was closed; status ${result.status})`);
    process.exitCode = EXIT_CRASH;
  }
}

/** Sends what the user types to the guest: from a terminal, through the escape key and the
 * translation of keys without a byte into scancodes (terminal.ts); a piped file as it comes. */
function forwardStdin(input: GuestInput, terminal: TerminalInput | undefined): void {
  const stdin = process.stdin;
  if (terminal) stdin.setRawMode(true);
  stdin.on("data", (chunk: Buffer) => {
    if (!terminal) return input.sendSerial(chunk.toString("latin1"));
    for (const action of terminal.feed(chunk)) {
      if (action.kind === "serial") input.sendSerial(action.text);
      else if (action.kind === "keys") input.sendScancodes(action.codes);
      else if (action.kind === "help") process.stderr.write(`\r\n${ESCAPE_HELP.replace(/\n/g, "\r\n")}\r\n`);
      else {
        stopForwardingStdin();
        console.error("\ntskc: stopped (Ctrl-A x)");
        process.exit(EXIT_INTERRUPTED);
      }
    }
  });
  stdin.resume();
}

function stopForwardingStdin(): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  process.stdin.pause();
}
