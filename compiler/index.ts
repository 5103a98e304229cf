// The tskc package's public API (`import { compile, bootKernel } from "tskc"`). In: nothing;
// it re-exports. Out: the compiler (compile, with every output of a Compilation), the image
// writers, the v86 boot harness, the symbolizer for fault reports and the diagnostics types.
// `tskc/emulator` exports the harness alone, which boots a built image without loading
// TypeScript (seconds faster). Anything not exported here is internal and may change.

export { compile, type Compilation, type CompileOptions, type Phase, PHASES } from "./driver.js";
export { VERSION } from "./version.js";
export type { Target } from "./frontend/program.js";
export { CompileError, type Diagnostic, formatDiagnostic, formatReport } from "./diagnostics.js";
export { writeFlatBinary } from "./image/flat.js";
export { writeElf32 } from "./image/elf.js";
export { writeSymbolMap } from "./image/symbolmap.js";
export type { Image, ImageSymbol, SectionName } from "./image/layout.js";
export * from "./emulator/index.js";
