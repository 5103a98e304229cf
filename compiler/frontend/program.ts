// Phase 1: the TypeScript program. In: the entry file's path (and a tsconfig.json, found
// or given). Out: a type-checked ts.Program plus the kernel's own source files in
// dependency order and tsc's semantic errors, or a CompileError carrying tsc's syntax
// errors, the tsconfig's problems (tsconfig.ts), or the nesting limit's (nesting.ts).
// Nothing runs before this.
//
// The options are the project's tsconfig over runtime/tsconfig.kernel.json's, so the
// kernel type-checks here exactly as it does under `tsc -p` and in an editor.

import path from "node:path";
import ts from "typescript";
import { CompileError, type Diagnostic, diagnosticAtPosition, diagnosticNoPlace, displayPath, fromTsDiagnostic } from "../diagnostics.js";
import { type FileSystemHost, fileSystem } from "../host.js";
import { checkNesting, isStackOverflow, nestingOfText } from "./nesting.js";
import { preludePath, samePath, trapPath as kernelTrapPath, userTrapPath } from "../paths.js";
import { projectOptions } from "./tsconfig.js";

/** What a program is compiled for: a multiboot kernel in ring 0, or a ring-3 program that a
 * kernel embeds with includeProgram and runs in an address space of its own. */
export type Target = "kernel" | "user";

export interface KernelProgram {
  target: Target;
  /** The runtime module whose traps failed checks call: runtime/lib/trap.ts, or its ring-3 twin. */
  trapPath: string;
  program: ts.Program;
  checker: ts.TypeChecker;
  /** The file exporting main; absent when an editor checks a project without building it. */
  entry?: ts.SourceFile;
  /** Kernel sources (not .d.ts), each after the files it imports; then the runtime's trap module,
   * which bounds checks call. */
  sources: ts.SourceFile[];
  /** tsc's semantic errors: the subset check and lowering still run, so that one round reports
   * everything (docs/architecture.md, phase 1). */
  errors: Diagnostic[];
}

export interface LoadOptions {
  /** `-p`: a tsconfig.json, or a folder holding one; by default the nearest that includes the entry. */
  project?: string;
}

/** Parses and type-checks the program rooted at `entryPath`. Throws CompileError on a syntax
 * error, a bad tsconfig or too deep nesting; tsc's other errors are returned in `errors`. */
export function loadProgram(entryPath: string, target: Target = "kernel", load: LoadOptions = {}): KernelProgram {
  const files = fileSystem();
  const entryFile = path.resolve(files.currentDirectory(), entryPath);
  if (!files.fileExists(entryFile)) {
    throw new CompileError([diagnosticNoPlace(1001, `cannot find entry file '${displayPath(entryFile)}'`)]);
  }
  if (!/\.ts$/.test(entryFile) || /\.d\.ts$/.test(entryFile)) {
    throw new CompileError([diagnosticNoPlace(1002, `entry file '${entryPath}' must be a .ts source file`)]);
  }
  const trapPath = trapPathOf(target);
  const project = projectOptions(entryFile, load.project);
  if (project.errors.length > 0) throw new CompileError(project.errors);
  const rootNames = [entryFile, preludePath(), trapPath, ...project.declarationFiles];
  const program = ts.createProgram({ rootNames, options: project.options, host: cachingHost(files, project.options) });
  // As tsc does, syntax errors stop the compile before binding and checking: TypeScript's
  // checker assumes a tree it could parse, and asserts on some token soup.
  throwErrors([...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()]);
  // TypeScript's own lib files are neither measured nor type-checked (tsc's --skipDefaultLibCheck):
  // they never change, checking them costs a fifth of the type check, and a clash between them
  // and the kernel's declarations is reported in the kernel's file as well.
  const own = program.getSourceFiles().filter((sf) => !isTypeScriptLib(sf.fileName));
  const tooDeep = own.map(checkNesting);
  if (tooDeep.some(Boolean)) throw new CompileError(tooDeep.filter((d) => d !== undefined));
  const errors = errorsOf([...program.getGlobalDiagnostics(), ...own.flatMap((sf) => semanticDiagnostics(program, sf))]);
  return { ...kernelProgramOf(program, program.getSourceFile(entryFile), target), errors };
}

/** The kernel program over a ts.Program made elsewhere (an editor's language service):
 * its sources are those reached from `entry`, or from every root file without one. */
export function kernelProgramOf(program: ts.Program, entry: ts.SourceFile | undefined, target: Target = "kernel"): KernelProgram {
  const trapPath = trapPathOf(target);
  const trap = program.getSourceFile(trapPath);
  const starts = entry ? [entry] : program.getRootFileNames().map((f) => program.getSourceFile(f)!).filter((sf) => sf && !sf.isDeclarationFile);
  const roots = trap ? [...starts, trap] : starts;
  return { target, trapPath, program, checker: program.getTypeChecker(), entry, sources: dependencyOrder(program, roots), errors: [] };
}

/** The runtime module whose traps failed checks call. */
function trapPathOf(target: Target): string {
  return target === "kernel" ? kernelTrapPath() : userTrapPath();
}

/** Parsed (and, once a program has checked them, bound) source files, kept for the
 * process: TypeScript's lib files never change while we run, and a kernel's own files and
 * the runtime's are parsed once however many programs include them (SimpleOS compiles each
 * ring-3 program it embeds as a program of its own, and tests compile hundreds of kernels).
 * A file is parsed again when its text changes. Reusing a SourceFile across programs is
 * what TypeScript's language service does (DocumentRegistry): binding is per file, and
 * each checker keeps its own links. Keyed by the options, which decide how a file parses. */
const sourceFiles = new Map<string, { text: string | undefined; sf: ts.SourceFile }>();

/** Whether a file is one of TypeScript's own lib files, which never change while tskc runs. */
export function isTypeScriptLib(fileName: string): boolean {
  return samePath(path.dirname(fileName), fileSystem().libDir);
}

/** TypeScript's compiler host over the file system host (host.ts): it only reads. */
function cachingHost(files: FileSystemHost, options: ts.CompilerOptions): ts.CompilerHost {
  const optionsKey = JSON.stringify(options); // a project's options decide how its files parse
  return {
    getSourceFile: (fileName, languageVersion) => {
      const key = `${optionsKey}\0${JSON.stringify(languageVersion)}\0${fileName}`;
      // A lib file is read once; any other file is compared with the text it had.
      const cached = sourceFiles.get(key);
      if (cached && isTypeScriptLib(fileName)) return cached.sf;
      const text = files.readFile(fileName);
      if (cached && cached.text === text) return cached.sf;
      if (text === undefined) return undefined;
      const sf = parse(files, fileName, () => ts.createSourceFile(fileName, text, languageVersion));
      sourceFiles.set(key, { text, sf });
      return sf;
    },
    getDefaultLibFileName: (opts) => path.join(files.libDir, ts.getDefaultLibFileName(opts)),
    getDefaultLibLocation: () => files.libDir,
    writeFile: () => {}, // noEmit
    getCurrentDirectory: () => files.currentDirectory(),
    getCanonicalFileName: (fileName) => (files.useCaseSensitiveFileNames ? fileName : fileName.toLowerCase()),
    useCaseSensitiveFileNames: () => files.useCaseSensitiveFileNames,
    getNewLine: () => "\n",
    fileExists: (fileName) => files.fileExists(fileName),
    readFile: (fileName) => files.readFile(fileName),
    directoryExists: (dirName) => files.directoryExists(dirName),
  };
}

/** TypeScript's parser recurses once per level of nesting; when it runs out of stack, the
 * nesting limit's diagnostic says where. */
function parse(files: FileSystemHost, fileName: string, parser: () => ts.SourceFile): ts.SourceFile {
  try {
    return parser();
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    throw new CompileError([nestingOfText({ fileName, text: files.readFile(fileName) ?? "" })]);
  }
}

/** tsc's checker recurses along chains of declarations (a type alias naming the next,
 * thousands long), which the nesting limit does not bound: a stack overflow is reported
 * in the file being checked. */
function semanticDiagnostics(program: ts.Program, sf: ts.SourceFile): readonly ts.Diagnostic[] {
  try {
    return program.getSemanticDiagnostics(sf);
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    throw new CompileError([diagnosticAtPosition(sf, 0, 1003, "TypeScript's checker ran out of stack in this file: a chain of declarations (type aliases, structs, constants each naming the next) or an expression is too deep; shorten it")]);
  }
}

function throwErrors(diagnostics: readonly ts.Diagnostic[]): void {
  const errors = errorsOf(diagnostics);
  if (errors.length > 0) throw new CompileError(errors);
}

/** tsc's errors as tskc reports them (host globals get TSK2040). */
export function errorsOf(diagnostics: readonly ts.Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => {
    const converted = fromTsDiagnostic(d);
    const advice = hostGlobalAdvice(d.code);
    return advice ? { ...converted, ...advice(converted.message) } : converted;
  });
}

/** tsc's advice for a host global (`console`: "change your target library to include 'dom'")
 * leads away from kernel code: such names get TSK2040, as lowering gives `Math`. Undefined
 * for other codes. */
export function hostGlobalAdvice(tscCode: number): ((message: string) => { code: string; message: string }) | undefined {
  if (tscCode !== 2584 && tscCode !== 2580 && tscCode !== 2591) return undefined;
  return (message) => {
    const name = /'([^']+)'/.exec(message)?.[1] ?? "this name";
    const instead = name === "console" ? "print with print, println or printU32 from \"tskc/serial\"" : "tskc provides only the prelude (runtime/prelude.d.ts) and your own declarations";
    return { code: "TSK2040", message: `'${name}' is not available in kernel code: ${instead}` };
  };
}

/** Depth-first over imports, so that each file follows the files it imports. */
function dependencyOrder(program: ts.Program, roots: ts.SourceFile[]): ts.SourceFile[] {
  const files = fileSystem();
  const host: ts.ModuleResolutionHost = {
    fileExists: (f) => files.fileExists(f),
    readFile: (f) => files.readFile(f),
    directoryExists: (d) => files.directoryExists(d),
    getCurrentDirectory: () => files.currentDirectory(), // `paths` without a baseUrl resolve against it
  };
  const order: ts.SourceFile[] = [];
  const seen = new Set<string>();
  const visit = (sf: ts.SourceFile) => {
    if (seen.has(sf.fileName)) return;
    seen.add(sf.fileName);
    for (const stmt of sf.statements) {
      if ((ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) && stmt.moduleSpecifier) {
        const spec = (stmt.moduleSpecifier as ts.StringLiteral).text;
        const resolved = ts.resolveModuleName(spec, sf.fileName, program.getCompilerOptions(), host);
        const target = resolved.resolvedModule && program.getSourceFile(resolved.resolvedModule.resolvedFileName);
        if (target && !target.isDeclarationFile) visit(target);
      }
    }
    order.push(sf);
  };
  roots.forEach(visit);
  return order;
}
