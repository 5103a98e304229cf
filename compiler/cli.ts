// The tskc command line. In: argv. Out: files written (build) or a booted kernel's
// console on stdout (run), and an exit status:
//   0      success (run: the guest's own exit code, written to port 0xF4)
//   1      compile errors, printed tsc-style on stderr
//   2      bad usage (unknown option, missing file)
//   123    the guest crashed (triple fault)
//   125    the emulator aborted: the guest did something v86 does not model
//   124    the guest ran past --timeout
//   70     an internal compiler error: a bug in tskc, reported without a stack trace
// Set TSKC_DEBUG=1 to see the stack of an internal error.

import fs from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { CompileError, formatReport, isError, wantsColor } from "./diagnostics.js";
import { check, compile, VERSION } from "./driver.js";
import { watchCheck } from "./watch.js";
import type { Target } from "./frontend/program.js";
import { entryFile } from "./paths.js";
import { bootKernel, type GuestInput } from "./emulator/v86.js";
import { QEMU, qemuAvailable, runQemu } from "./emulator/qemu.js";

// A reader that stops early (`tskc run k.ts | head`) closes the pipe: that ends the run
// quietly, as it would for any Unix filter, instead of an EPIPE stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});

const EMIT_KINDS = ["bin", "elf", "asm", "map"] as const;
type EmitKind = (typeof EMIT_KINDS)[number];
const DUMP_KINDS = ["ir", "lowered"] as const;
const TARGETS = ["kernel", "user"] as const;

const program = new Command()
  .name("tskc")
  .description("Compiles kernels written in a typed TypeScript subset to i386 multiboot images.")
  .version(VERSION, "-v, --version")
  .showHelpAfterError();

program
  .command("build")
  .description("compile a kernel to a multiboot flat binary, an ELF32, a NASM listing and a symbol map")
  .argument("<entry>", "the kernel's entry file (exports main), or a folder holding main.ts")
  .option("-o, --out <path>", "output path without extension (default: out/<name>)")
  .option("--emit <kinds>", `comma-separated outputs: ${EMIT_KINDS.join(",")}`, parseList(EMIT_KINDS), ["bin", "elf"] as EmitKind[])
  .option("--dump <what>", `print to stdout: ir (after the passes) or lowered (before them)`, parseOne(DUMP_KINDS))
  .option("--target <target>", "kernel (a multiboot image) or user (a ring-3 program, as includeProgram embeds it; its elf is for gdb, not for booting)", parseOne(TARGETS), "kernel")
  .option("-p, --project <path>", "the tsconfig.json to use, or its folder (default: the nearest that includes the entry)")
  .action((entryArg: string, opts: { out?: string; emit: EmitKind[]; dump?: string; target: Target; project?: string }) => {
    const entry = entryFile(entryArg);
    const compiled = compile(entry, { keepLoweredIr: opts.dump === "lowered", target: opts.target, project: opts.project });
    if (compiled.warnings.length > 0) console.error(formatReport(compiled.warnings, { pretty: wantsColor(process.stderr) }));
    if (opts.dump) process.stdout.write(opts.dump === "ir" ? compiled.irText() : compiled.loweredIrText!);
    const stem = opts.out?.replace(/\.(bin|elf|asm|map)$/, "") ?? path.join("out", defaultName(entry));
    fs.mkdirSync(path.dirname(stem) || ".", { recursive: true });
    const outputs: Record<EmitKind, () => Uint8Array | string> = {
      bin: compiled.flatBinary, elf: compiled.elf, asm: compiled.listing, map: compiled.symbolMap,
    };
    const written = opts.emit.map((kind) => {
      const file = `${stem}.${kind}`;
      const content = outputs[kind]();
      fs.writeFileSync(file, content);
      return `${file} (${content.length} bytes)`;
    });
    if (!opts.dump) console.error(`tskc: wrote ${written.join(", ")}`);
  });

program
  .command("check")
  .description("report every error of a kernel (tsc's and tskc's) without building it; exit status 1 when there are errors")
  .argument("[entry]", "the kernel's entry file, or a folder holding main.ts", ".")
  .option("-p, --project <path>", "the tsconfig.json to use, or its folder (default: the nearest that includes the entry)")
  .option("--target <target>", "kernel or user (a ring-3 program)", parseOne(TARGETS), "kernel")
  .option("-w, --watch", "check again whenever a file of the program, or its tsconfig, changes")
  .action((entryArg: string, opts: { project?: string; target: Target; watch?: boolean }) => {
    const entry = entryFile(entryArg);
    if (opts.watch) return watchCheck(entry, { project: opts.project, target: opts.target }, (report) => process.stdout.write(report));
    const { diagnostics } = check(entry, { project: opts.project, target: opts.target });
    process.stdout.write(`${formatReport(diagnostics, { pretty: wantsColor(process.stdout) })}\n`);
    if (diagnostics.some(isError)) process.exitCode = 1;
  });

program
  .command("run")
  .description("boot a kernel in the v86 emulator (headless), streaming COM1 to stdout")
  .argument("<kernel>", "an entry .ts file or a folder with main.ts (compiled first), or a .bin/.elf image")
  .option("--timeout <ms>", "stop the guest after this many milliseconds (default: no limit)", parseNumber)
  .option("--mem <MiB>", "guest memory in MiB", parseNumber, 32)
  .option("--qemu", `boot with ${QEMU} instead of v86 (COM1 on this terminal)`)
  .option("--gdb [port]", "with --qemu: stop at the first instruction and wait for gdb on 127.0.0.1:port (default 1234)", parsePort)
  .action(async (kernelArg: string, opts: { timeout?: number; mem: number; qemu?: boolean; gdb?: number | true }) => {
    if (opts.gdb !== undefined && !opts.qemu) throw new UsageError("--gdb needs --qemu: v86 has no gdb stub");
    if (opts.qemu) return runUnderQemu(kernelArg, opts);
    const image = /\.(bin|elf)$/.test(kernelArg) ? readImage(kernelArg) : compile(entryFile(kernelArg)).flatBinary();
    const result = await bootKernel(image, {
      timeoutMs: opts.timeout ?? Number.POSITIVE_INFINITY,
      memMiB: opts.mem,
      onSerial: (text) => process.stdout.write(text, "latin1"),
      onReady: forwardStdin,
    });
    stopForwardingStdin();
    switch (result.reason) {
      case "exit":
        process.exitCode = (result.exitCode ?? 0) & 0xff; // a process status is one byte
        return;
      case "halt":
        console.error(`\ntskc: the kernel halted with interrupts disabled (cli; hlt)`);
        return;
      case "crash":
        console.error(`\ntskc: the kernel crashed: ${result.detail ?? "the emulator stopped"}`);
        process.exitCode = 123;
        return;
      case "abort":
        console.error(`\ntskc: ${result.detail ?? "the emulator aborted"}`);
        process.exitCode = 125;
        return;
      case "timeout":
        console.error(`\ntskc: the kernel was stopped after ${opts.timeout} ms (--timeout)`);
        process.exitCode = 124;
    }
  });

/** `tskc run --qemu [--gdb]`: the ELF (with its DWARF) under QEMU. A source entry is
 * compiled to out/<name>.elf first, so that gdb can read it while QEMU runs. */
async function runUnderQemu(kernelArg: string, opts: { timeout?: number; mem: number; gdb?: number | true }): Promise<void> {
  if (!qemuAvailable()) throw new UsageError(`--qemu needs ${QEMU} on PATH (Debian and Ubuntu: apt-get install qemu-system-x86); without --qemu, tskc runs the kernel in v86`);
  let elf = kernelArg;
  if (/\.bin$/.test(kernelArg)) throw new UsageError("--qemu boots an ELF: pass the .elf, or the source");
  if (!/\.elf$/.test(kernelArg)) {
    const entry = entryFile(kernelArg);
    elf = path.join("out", `${defaultName(entry)}.elf`);
    fs.mkdirSync(path.dirname(elf), { recursive: true });
    fs.writeFileSync(elf, compile(entry).elf());
  } else if (!fs.existsSync(elf)) {
    throw new UsageError(`cannot find kernel image '${elf}'`);
  }
  const gdbPort = opts.gdb === undefined ? undefined : opts.gdb === true ? 1234 : opts.gdb;
  const result = await runQemu(elf, {
    memMiB: opts.mem, timeoutMs: opts.timeout, gdbPort,
    onGdbCommand: (command) => console.error(`tskc: QEMU is waiting for gdb. In another terminal:\n  ${command}`),
  });
  if (result.reason === "exit") process.exitCode = result.exitCode & 0xff;
  else if (result.reason === "timeout") {
    console.error(`\ntskc: the kernel was stopped after ${opts.timeout} ms (--timeout)`);
    process.exitCode = 124;
  } else {
    // With -no-reboot, a triple fault or a reset ends QEMU with status 0, as closing it does.
    console.error(`\ntskc: QEMU stopped without the kernel writing an exit code (a reset or triple fault, or QEMU was closed; status ${result.status})`);
    process.exitCode = 123;
  }
}

/** Sends what the user types to the guest's COM1: raw keystrokes from a terminal (Ctrl-C ends
 * the run), or a piped file as it comes. */
function forwardStdin(input: GuestInput): void {
  const stdin = process.stdin;
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.on("data", (chunk: Buffer) => {
    if (stdin.isTTY && chunk.includes(CTRL_C)) {
      stopForwardingStdin();
      console.error("\ntskc: stopped (Ctrl-C)");
      process.exit(130);
    }
    input.sendSerial(chunk.toString("latin1"));
  });
  stdin.resume();
}

function stopForwardingStdin(): void {
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  process.stdin.pause();
}

const CTRL_C = 0x03;

/** A .ts file as given, or the main.ts of a folder. */
/** out/<name>: the file's stem, or its folder's name for main.ts / index.ts. */
function defaultName(entry: string): string {
  const stem = path.basename(entry, ".ts");
  return stem === "main" || stem === "index" ? path.basename(path.dirname(path.resolve(entry))) : stem;
}

function readImage(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UsageError(`cannot find kernel image '${file}'`);
  return new Uint8Array(fs.readFileSync(file));
}

function parseList<T extends string>(allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = items.find((s) => !allowed.includes(s as T));
    if (bad !== undefined || items.length === 0) throw new InvalidArgumentError(`expected some of ${allowed.join(",")}`);
    return items as T[];
  };
}

function parseOne<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`expected one of ${allowed.join(", ")}`);
    return value as T;
  };
}

function parseNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError("expected a TCP port (1-65535)");
  return n;
}

class UsageError extends Error {}

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CompileError) {
      console.error(formatReport(e.diagnostics, { pretty: wantsColor(process.stderr) }));
      process.exitCode = 1;
    } else if (e instanceof UsageError) {
      console.error(`tskc: ${e.message}`);
      process.exitCode = 2;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      console.error(`tskc: internal compiler error: ${message}\nThis is a bug in tskc; please report it with the source that caused it.`);
      if (process.env.TSKC_DEBUG && e instanceof Error) console.error(e.stack);
      process.exitCode = 70;
    }
  }
}

await main();
