// The TypeScript language-service plugin: tskc's diagnostics in editors that use tsserver
// (VS Code and others), as you type, next to tsc's. In: the editor's language service and
// its ts.Program. Out: each file's semantic diagnostics, tsc's plus tskc's (source "tskc",
// code 3001 for TSK3001), positioned as tsc positions its own. runtime/tsconfig.kernel.json
// enables it (`compilerOptions.plugins`); tsserver loads it through plugin/index.js.
//
// It runs the subset check and lowering (check.ts), not code generation, once per program
// the language service builds (one per edit), over every kernel source of the project, and
// answers each file from that. Nothing it does may stop tsserver: any failure leaves tsc's
// diagnostics alone.

import ts from "typescript";
import { analyse, withoutConsequences } from "./check.js";
import { type Diagnostic, diagnosticAtPosition, isError } from "./diagnostics.js";
import { errorsOf, hostGlobalAdvice, kernelProgramOf } from "./frontend/program.js";
import type { EmbeddedProgram } from "./lower/context.js";
import { trapPath } from "./paths.js";

/** The plugin module tsserver loads: `init({ typescript })` gives `create`, per project. */
export default function init(modules: { typescript: typeof ts }): ts.server.PluginModule {
  return {
    create: (info) => withKernelDiagnostics(info.languageService, modules.typescript.version, (message) => info.project.projectService.logger.info(`tskc: ${message}`)),
    // Bounds checks call the runtime's trap module: lowering needs it in the program.
    getExternalFiles: () => [trapPath()],
  };
}

/** A language service whose semantic diagnostics include tskc's. `editorVersion`: the
 * TypeScript the editor runs; tskc reads its trees with its own, so they must agree. */
export function withKernelDiagnostics(ls: ts.LanguageService, editorVersion = ts.version, log: (message: string) => void = () => {}): ts.LanguageService {
  const analyses = new WeakMap<ts.Program, Map<string, Diagnostic[]>>();
  const kernelDiagnostics = (program: ts.Program): Map<string, Diagnostic[]> => {
    let byFile = analyses.get(program);
    if (byFile) return byFile;
    analyses.set(program, new Map()); // if the analysis fails, it fails once per program
    const started = performance.now();
    // Syntax errors only: type-checking every file on each edit would take seconds, and
    // each file's own tsc errors are matched with tskc's when the file is asked for.
    const kp = { ...kernelProgramOf(program, undefined), errors: errorsOf(program.getSyntacticDiagnostics()) };
    byFile = new Map();
    for (const d of analyse(kp, { compileProgram: placeholderProgram, root: program.getCurrentDirectory() }).diagnostics) {
      if (d.fileName === undefined || !d.code.startsWith("TSK")) continue; // tsc's own: the editor has them
      const sf = program.getSourceFile(d.fileName);
      if (sf) byFile.set(sf.fileName, [...(byFile.get(sf.fileName) ?? []), d]);
    }
    log(`checked ${kp.sources.length} files in ${Math.round(performance.now() - started)} ms`);
    analyses.set(program, byFile);
    return byFile;
  };

  const proxy: ts.LanguageService = { ...ls };
  proxy.getSemanticDiagnostics = (fileName) => {
    const own = ls.getSemanticDiagnostics(fileName);
    try {
      const program = ls.getProgram();
      const sf = program?.getSourceFile(fileName);
      if (!program || !sf || sf.isDeclarationFile) return own;
      if (editorVersion !== ts.version) return [...own, versionWarning(sf, editorVersion)];
      const kept = own.filter((d) => hostGlobalAdvice(d.code) === undefined);
      // Lowering's reports where tsc found an error are its consequences; tsc's advice for a
      // host global (console) is replaced by TSK2040.
      const tscErrors = errorsOf(own);
      const tskc = withoutConsequences(program, tscErrors, kernelDiagnostics(program).get(sf.fileName) ?? []);
      const advice = tscErrors.filter((d) => d.code.startsWith("TSK"));
      return [...kept, ...[...advice, ...tskc].map((d) => toTsDiagnostic(sf, d))].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    } catch (e) {
      log(`failed, tsc's diagnostics only: ${e instanceof Error ? e.stack : String(e)}`);
      return own;
    }
  };
  return proxy;
}

/** includeProgram's image is not built while editing: its program is checked when its files are. */
function placeholderProgram(): EmbeddedProgram {
  return { base: 0, entry: 0, bytes: new Uint8Array(0), memorySize: 0, readOnlySize: 0 };
}

function toTsDiagnostic(file: ts.SourceFile, d: Diagnostic): ts.Diagnostic {
  return {
    file,
    start: d.start,
    length: d.length,
    messageText: d.message,
    category: isError(d) ? ts.DiagnosticCategory.Error : ts.DiagnosticCategory.Warning,
    code: Number(d.code.replace(/^TSK?/, "")),
    source: "tskc",
  };
}

function versionWarning(file: ts.SourceFile, editorVersion: string): ts.Diagnostic {
  const d = diagnosticAtPosition(file, 0, 1006, `tskc's checks are off: the editor runs TypeScript ${editorVersion}, and tskc reads programs with ${ts.version}; use the workspace's TypeScript (in VS Code: "TypeScript: Select TypeScript Version", then "Use Workspace Version")`);
  return toTsDiagnostic(file, { ...d, severity: "warning" });
}
