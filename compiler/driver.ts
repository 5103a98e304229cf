// The compiler driver: the whole pipeline, one phase per line. In: the path of a
// kernel's entry file. Out: the compiled kernel in every output format, or a
// CompileError with tsc-style diagnostics.

import fs from "node:fs";
import path from "node:path";
import { CompileError, diagnosticAtLine, displayPath } from "./diagnostics.js";
import { loadProgram, type Target } from "./frontend/program.js";
import { checkSubset } from "./frontend/subset.js";
import { debugSections } from "./debug/index.js";
import { writeElf32 } from "./image/elf.js";
import { writeFlatBinary } from "./image/flat.js";
import { type Image, KERNEL_ORIGIN, PROGRAM_ORIGIN } from "./image/layout.js";
import { link } from "./image/link.js";
import { multibootHeader } from "./image/multiboot.js";
import { writeSymbolMap } from "./image/symbolmap.js";
import type { IrModule } from "./ir/ir.js";
import type { EmbeddedProgram } from "./lower/context.js";
import { printModule } from "./ir/printer.js";
import { lowerProgram } from "./lower/module.js";
import { runPasses } from "./passes/index.js";
import { bootStack, bootStub, programStub, stackOverflowStub, START_SYMBOL } from "./x86/boot.js";
import { InlineAsmError } from "./x86/encode.js";
import { interruptStubs } from "./x86/interrupts.js";
import { selectFunction } from "./x86/isel.js";
import { writeListing } from "./x86/listing.js";
import { allocateRegisters } from "./x86/regalloc.js";
import { placeTrapStubs } from "./x86/traps.js";

export const VERSION = "0.1.0";

export interface Compilation {
  ir: IrModule;
  image: Image;
  /** The IR as lowering produced it, before the passes; kept only when asked. */
  loweredIrText?: string;
  /** Each output is produced on first use. */
  irText(): string;
  flatBinary(): Uint8Array;
  elf(): Uint8Array;
  listing(): string;
  symbolMap(): string;
}

export interface CompileOptions {
  keepLoweredIr?: boolean;
  /** A multiboot kernel (the default), or a ring-3 program as includeProgram embeds it. */
  target?: Target;
}

export function compile(entryPath: string, options: CompileOptions = {}): Compilation {
  const target = options.target ?? "kernel";
  const program = loadProgram(entryPath, target); // 1. TypeScript: parse, bind, type-check
  const unsupported = checkSubset(program.sources); // 2. the tskc subset
  if (unsupported.length > 0) throw new CompileError(unsupported);
  const ir = lowerProgram(program, compileEmbeddedProgram); // 3. lowering to IR (includeProgram compiles its program here)
  const loweredIrText = options.keepLoweredIr ? printModule(ir) : undefined;
  runPasses(ir); // 4. IR passes (passes/index.ts lists them)
  const data = target === "kernel" ? [...ir.data, bootStack()] : [...ir.data];
  const mainReturnsValue = ir.functions.find((f) => f.name === ir.entry)?.returnsValue ?? false;
  const start = target === "kernel" ? bootStub(ir.entry, ir.init) : programStub(ir.entry, mainReturnsValue, ir.exit!, ir.init);
  const machine = [start, ...ir.functions.map((f) => selectFunction(f, data))]; // 5. instruction selection
  for (const h of ir.interruptHandlers) {
    const stubs = interruptStubs(h);
    machine.push(stubs.fn);
    data.push(stubs.table);
  }
  if (ir.stackCheck) machine.push(stackOverflowStub(ir.stackCheck.limit, ir.stackCheck.trap));
  machine.forEach((fn) => {
    allocateRegisters(fn, ir.stackCheck?.limit); // 6. register allocation and frames
    placeTrapStubs(fn); // the out-of-line calls of failed bounds checks, at the function's end
  });
  const origin = target === "kernel" ? KERNEL_ORIGIN : PROGRAM_ORIGIN;
  const linked = withAsmDiagnostics(() => link(machine, data, START_SYMBOL, origin)); // 7. encoding and layout
  const { image } = linked;
  return {
    ir,
    image,
    loweredIrText,
    irText: () => printModule(ir),
    flatBinary: () => writeFlatBinary(image), // 8. image writing
    // DWARF sections ride in the ELF only (compiler/debug/). A ring-3 program's ELF is for gdb
    // (add-symbol-file): its kernel embeds the flat bytes.
    elf: () => writeElf32(image, debugSections({
      linked, machine, ir: ir.functions, entryFile: displayPath(path.resolve(entryPath).replace(/\\/g, "/")), producer: `tskc ${VERSION}`, compDir: process.cwd(),
      interruptEntries: ir.interruptHandlers.map((h) => h.entry),
    })),
    listing: () => writeListing(linked, target === "kernel" ? multibootHeader(image, "flat") : undefined, `tskc ${VERSION} listing of ${entryPath}`),
    symbolMap: () => writeSymbolMap(image),
  };
}

/** includeProgram's compiler: the program for ring 3, as the bytes its kernel loads. */
function compileEmbeddedProgram(entryPath: string): EmbeddedProgram {
  const { image, flatBinary } = compile(entryPath, { target: "user" });
  const { header, data, bss } = image.addrs;
  return { base: header, entry: image.entry, bytes: flatBinary(), memorySize: bss + image.bssSize - header, readOnlySize: data - header };
}

/** Inline asm is assembled during encoding; its errors point at the asm`…` line. */
function withAsmDiagnostics<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (!(e instanceof InlineAsmError)) throw e;
    // Map the assembler's line and column within the asm text to the source file.
    const { inst, asmError } = e;
    const origin = inst.asmOrigin ?? { line: inst.loc?.line ?? 1, column: 1 };
    const line = origin.line + asmError.line - 1;
    const column = asmError.line === 1 ? origin.column + asmError.column - 1 : asmError.column;
    const file = inst.loc?.file;
    const message = `inline asm: ${asmError.message}`;
    if (!file || !fs.existsSync(file)) throw new CompileError([{ code: "TSK5001", message, file, line, column }]);
    throw new CompileError([diagnosticAtLine({ fileName: file, text: fs.readFileSync(file, "utf8") }, line - 1, column - 1, 5001, message)]);
  }
}
