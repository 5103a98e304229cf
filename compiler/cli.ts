// The tskc command line. In: argv. Out: files written (build) or a booted kernel's
// console on stdout (run, cli/run.ts), and an exit status:
//   0      success (run: the guest's own exit code, written to port 0xF4)
//   1      compile errors, printed tsc-style on stderr
//   2      bad usage (unknown option, missing file)
//   123    the guest crashed (triple fault)
//   125    the emulator aborted: the guest did something v86 does not model
//   124    the guest ran past --timeout
//   130    the run was ended from the terminal (Ctrl-A x)
//   70     an internal compiler error: a bug in tskc, reported without a stack trace
// Set TSKC_DEBUG=1 to see the stack of an internal error.
// The compiler (and TypeScript, seconds to load) is imported only by the commands that
// compile: `tskc run image.bin` and `tskc --help` start without it.

import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";
import type { Target } from "./frontend/program.js";
import { entryFile } from "./paths.js";
import { VERSION } from "./version.js";
import { QEMU } from "./emulator/qemu.js";
import { defaultName, parseList, parseNumber, parseOne, parsePort, UsageError } from "./cli/common.js";
import { runCommand, type RunOptions } from "./cli/run.js";
import { seconds, Timings } from "./cli/timings.js";

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
  .option("--verbose", "print the time of each phase")
  .action(async (entryArg: string, opts: { out?: string; emit: EmitKind[]; dump?: string; target: Target; project?: string; verbose?: boolean }) => {
    const timings = new Timings();
    const { compile } = await import("./driver.js");
    const { formatReport, wantsColor } = await import("./diagnostics.js");
    const entry = entryFile(entryArg);
    const compiled = compile(entry, { keepLoweredIr: opts.dump === "lowered", target: opts.target, project: opts.project, onPhase: (phase, ms) => timings.record(phase, ms) });
    if (compiled.warnings.length > 0) console.error(formatReport(compiled.warnings, { pretty: wantsColor(process.stderr) }));
    if (opts.dump) process.stdout.write(opts.dump === "ir" ? compiled.irText() : compiled.loweredIrText!);
    const stem = opts.out?.replace(/\.(bin|elf|asm|map)$/, "") ?? path.join("out", defaultName(entry));
    fs.mkdirSync(path.dirname(stem) || ".", { recursive: true });
    const outputs: Record<EmitKind, () => Uint8Array | string> = {
      bin: compiled.flatBinary, elf: compiled.elf, asm: compiled.listing, map: compiled.symbolMap,
    };
    const written = opts.emit.map((kind) => timings.time(`write ${kind}`, () => {
      const file = `${stem}.${kind}`;
      const content = outputs[kind]();
      fs.writeFileSync(file, content);
      return `${file} (${content.length} bytes)`;
    }));
    if (opts.verbose) console.error(timings.report());
    if (!opts.dump) console.error(`tskc: wrote ${written.join(", ")} in ${seconds(performance.now())}`);
  });

program
  .command("check")
  .description("report every error of a kernel (tsc's and tskc's) without building it; exit status 1 when there are errors")
  .argument("[entry]", "the kernel's entry file, or a folder holding main.ts", ".")
  .option("-p, --project <path>", "the tsconfig.json to use, or its folder (default: the nearest that includes the entry)")
  .option("--target <target>", "kernel or user (a ring-3 program)", parseOne(TARGETS), "kernel")
  .option("-w, --watch", "check again whenever a file of the program, or its tsconfig, changes")
  .action(async (entryArg: string, opts: { project?: string; target: Target; watch?: boolean }) => {
    const entry = entryFile(entryArg);
    const { formatReport, isError, wantsColor } = await import("./diagnostics.js");
    if (opts.watch) {
      const { watchCheck } = await import("./watch.js");
      return watchCheck(entry, { project: opts.project, target: opts.target }, (report) => process.stdout.write(report));
    }
    const { check } = await import("./driver.js");
    const { diagnostics } = check(entry, { project: opts.project, target: opts.target });
    process.stdout.write(`${formatReport(diagnostics, { pretty: wantsColor(process.stdout) })}\n`);
    if (diagnostics.some(isError)) process.exitCode = 1;
  });

program
  .command("run")
  .description("boot a kernel in the v86 emulator (headless), streaming COM1 to stdout; on a terminal, Ctrl-A x ends the run")
  .argument("<kernel>", "an entry .ts file or a folder with main.ts (compiled first), or a .bin/.elf image")
  .option("--timeout <ms>", "stop the guest after this many milliseconds (default: no limit)", parseNumber)
  .option("--mem <MiB>", "guest memory in MiB", parseNumber, 32)
  .option("--cmdline <text>", "the multiboot command line the kernel reads (e.g. \"test=timer\")")
  .option("--qemu", `boot with ${QEMU} instead of v86 (COM1 on this terminal)`)
  .option("--gdb [port]", "with --qemu: stop at the first instruction and wait for gdb on 127.0.0.1:port (default 1234)", parsePort)
  .option("--verbose", "print the time of each phase, of the compile (for a source entry) and of the boot")
  .action((kernelArg: string, opts: RunOptions) => runCommand(kernelArg, opts));

program
  .command("init")
  .description("create a kernel project: package.json (build, run, test scripts), tsconfig.json, main.ts and a boot test")
  .argument("[dir]", "the project's folder (created if missing)", ".")
  .action(async (dir: string) => {
    const { initProject, packageRoot } = await import("./cli/init.js");
    const files = initProject(dir);
    const cd = path.resolve(dir) === process.cwd() ? "" : `cd ${dir} && `;
    // tskc is not on the npm registry yet: the project installs this copy of it (a link to its folder).
    console.error(`tskc: wrote ${files.map((f) => path.join(dir, f)).join(", ")}\nNext: ${cd}npm install -D ${packageRoot()} && npm run build && npm run run && npm test`);
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`tskc: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    const { CompileError, formatReport, wantsColor } = await import("./diagnostics.js");
    if (e instanceof CompileError) {
      console.error(formatReport(e.diagnostics, { pretty: wantsColor(process.stderr) }));
      process.exitCode = 1;
    } else {
      const message = e instanceof Error ? e.message : String(e);
      console.error(`tskc: internal compiler error: ${message}\nThis is a bug in tskc; please report it with the source that caused it.`);
      if (process.env.TSKC_DEBUG && e instanceof Error) console.error(e.stack);
      process.exitCode = 70;
    }
  }
}

void main(); // main reports whatever it throws
