// The compiler driver: the whole pipeline, one phase per line. In: the path of a
// kernel's entry file. Out: the compiled kernel in every output format, or a
// CompileError with tsc-style diagnostics.

import path from "node:path";
import { analyse } from "./check.js";
import { CompileError, type Diagnostic, diagnosticAtLine } from "./diagnostics.js";
import { fileSystem } from "./host.js";
import { projectRoot, sourcePath } from "./paths.js";
import { isTypeScriptLib, type KernelProgram, loadProgram, type Target } from "./frontend/program.js";
import { debugSections } from "./debug/index.js";
import { type Locate, locateInCompilation } from "./debug/locate.js";
import { writeElf32 } from "./image/elf.js";
import { writeFlatBinary } from "./image/flat.js";
import { type Image, KERNEL_ORIGIN, PROGRAM_ORIGIN } from "./image/layout.js";
import { link } from "./image/link.js";
import { multibootHeader } from "./image/multiboot.js";
import { writeSymbolMap } from "./image/symbolmap.js";
import type { IrModule } from "./ir/ir.js";
import type { EmbeddedProgram, LoweringEnvironment } from "./lower/context.js";
import { printModule } from "./ir/printer.js";
import { runPasses } from "./passes/index.js";
import { bootStack, bootStub, programStub, stackOverflowStub, START_SYMBOL } from "./x86/boot.js";
import { InlineAsmError } from "./x86/encode.js";
import { interruptStubs } from "./x86/interrupts.js";
import { selectFunction } from "./x86/isel.js";
import { writeListing } from "./x86/listing.js";
import { allocateRegisters } from "./x86/regalloc.js";
import { placeTrapStubs } from "./x86/traps.js";
import { VERSION } from "./version.js";

export { VERSION };

export interface Compilation {
  ir: IrModule;
  image: Image;
  /** Warnings from lowering (a compile with errors throws CompileError instead). */
  warnings: Diagnostic[];
  /** The IR as lowering produced it, before the passes; kept only when asked. */
  loweredIrText?: string;
  /** Each output is produced on first use. */
  irText(): string;
  flatBinary(): Uint8Array;
  elf(): Uint8Array;
  listing(): string;
  symbolMap(): string;
  /** Names the function and source line at a code address, for fault reports (BootOptions.locate). */
  locate: Locate;
}

export interface CompileOptions {
  keepLoweredIr?: boolean;
  /** A multiboot kernel (the default), or a ring-3 program as includeProgram embeds it. */
  target?: Target;
  /** `-p`: the tsconfig.json (or its folder); by default the nearest that includes the entry. */
  project?: string;
  /** The folder that source paths in the outputs are relative to; default: paths.projectRoot(entry). */
  root?: string;
  /** Told each phase's wall-clock time in ms, as it ends (`--verbose`); a ring-3 program that
   * includeProgram compiles counts in lowering. Image writing happens on the outputs' first use. */
  onPhase?: (phase: Phase, ms: number) => void;
}

/** The phases compile runs, in order. */
export const PHASES = ["typescript", "subset", "lowering", "passes", "isel", "regalloc", "encoding"] as const;
export type Phase = (typeof PHASES)[number];

export function compile(entryPath: string, options: CompileOptions = {}): Compilation {
  const target = options.target ?? "kernel";
  const root = options.root ?? projectRoot(entryPath);
  const timed = <T>(phase: Phase, work: () => T): T => {
    const started = performance.now();
    const result = work();
    options.onPhase?.(phase, performance.now() - started);
    return result;
  };
  const program = timed("typescript", () => loadProgram(entryPath, target, options)); // 1. TypeScript: parse, bind, type-check
  // 2. the subset check and 3. lowering (includeProgram compiles its program here), reporting every error in one round
  const { ir, diagnostics } = analyse(program, embeddedCompiler(root), timed);
  if (!ir) throw new CompileError(diagnostics);
  const loweredIrText = options.keepLoweredIr ? printModule(ir) : undefined;
  timed("passes", () => runPasses(ir)); // 4. IR passes (passes/index.ts lists them)
  const data = target === "kernel" ? [...ir.data, bootStack()] : [...ir.data];
  const mainReturnsValue = ir.functions.find((f) => f.name === ir.entry)?.returnsValue ?? false;
  const start = target === "kernel" ? bootStub(ir.entry, ir.init) : programStub(ir.entry, mainReturnsValue, ir.exit!, ir.init);
  const machine = timed("isel", () => [start, ...ir.functions.map((f) => selectFunction(f, data))]); // 5. instruction selection
  for (const h of ir.interruptHandlers) {
    const stubs = interruptStubs(h);
    machine.push(stubs.fn);
    data.push(stubs.table);
  }
  if (ir.stackCheck) machine.push(stackOverflowStub(ir.stackCheck.limit, ir.stackCheck.trap));
  timed("regalloc", () => machine.forEach((fn) => {
    allocateRegisters(fn, ir.stackCheck?.limit); // 6. register allocation and frames
    placeTrapStubs(fn); // the out-of-line calls of failed bounds checks, at the function's end
  }));
  const origin = target === "kernel" ? KERNEL_ORIGIN : PROGRAM_ORIGIN;
  const linked = timed("encoding", () => withAsmDiagnostics(root, () => link(machine, data, START_SYMBOL, origin))); // 7. encoding and layout
  const { image } = linked;
  return {
    ir,
    image,
    warnings: diagnostics,
    loweredIrText,
    irText: () => printModule(ir),
    flatBinary: () => writeFlatBinary(image), // 8. image writing
    // DWARF sections ride in the ELF only (compiler/debug/). A ring-3 program's ELF is for gdb
    // (add-symbol-file): its kernel embeds the flat bytes.
    elf: () => writeElf32(image, debugSections({
      linked, machine, ir: ir.functions, entryFile: sourcePath(entryPath, root), producer: `tskc ${VERSION}`, compDir: root,
      interruptEntries: ir.interruptHandlers.map((h) => h.entry),
    })),
    listing: () => writeListing(linked, target === "kernel" ? multibootHeader(image, "flat") : undefined, `tskc ${VERSION} listing of ${sourcePath(entryPath, root)}`),
    symbolMap: () => writeSymbolMap(image),
    locate: locateInCompilation(image.symbols, linked.text),
  };
}

export interface CheckResult {
  /** tsc's, the subset check's and lowering's, errors and warnings, in source order. */
  diagnostics: Diagnostic[];
  /** The program's own files (not TypeScript's lib) and its tsconfig: what a watcher watches.
   * Empty when the program could not be parsed. */
  files: string[];
}

/** Every diagnostic of the program at `entryPath`, without generating code (`tskc check`). */
export function check(entryPath: string, options: CompileOptions = {}): CheckResult {
  let program: KernelProgram;
  try {
    program = loadProgram(entryPath, options.target ?? "kernel", options);
  } catch (e) {
    if (e instanceof CompileError) return { diagnostics: e.diagnostics, files: [] };
    throw e;
  }
  const files = program.program.getSourceFiles().map((sf) => sf.fileName).filter((f) => !isTypeScriptLib(f));
  const config = program.program.getCompilerOptions().configFilePath;
  const env = embeddedCompiler(options.root ?? projectRoot(entryPath));
  return { diagnostics: analyse(program, env).diagnostics, files: typeof config === "string" ? [...files, config] : files };
}

/** What lowering needs from outside: includeProgram's compiler, which compiles a program for
 * ring 3 to the bytes its kernel loads, and the folder that source paths are relative to. */
function embeddedCompiler(root: string): Pick<LoweringEnvironment, "compileProgram" | "root"> {
  const compileProgram = (entryPath: string): EmbeddedProgram => {
    const { image, flatBinary } = compile(entryPath, { target: "user", root });
    const { header, data, bss } = image.addrs;
    return { base: header, entry: image.entry, bytes: flatBinary(), memorySize: bss + image.bssSize - header, readOnlySize: data - header };
  };
  return { compileProgram, root };
}

/** Inline asm is assembled during encoding; its errors point at the asm`…` line (instructions'
 * source locations are relative to `root`). */
function withAsmDiagnostics<T>(root: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof InlineAsmError)) throw e;
    // Map the assembler's line and column within the asm text to the source file.
    const { inst, asmError } = e;
    const origin = inst.asmOrigin ?? { line: inst.loc?.line ?? 1, column: 1 };
    const line = origin.line + asmError.line - 1;
    const column = asmError.line === 1 ? origin.column + asmError.column - 1 : asmError.column;
    const file = inst.loc && path.resolve(root, inst.loc.file);
    const message = `inline asm: ${asmError.message}`;
    const text = file === undefined ? undefined : fileSystem().readFile(file);
    if (!file || text === undefined) throw new CompileError([{ code: "TSK5001", message, file, line, column }]);
    throw new CompileError([diagnosticAtLine({ fileName: file, text }, line - 1, column - 1, 5001, message)]);
  }
}
