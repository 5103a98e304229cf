// Phase 1: the TypeScript program. In: the entry file's path. Out: a type-checked
// ts.Program plus the kernel's own source files in dependency order, or a
// CompileError carrying tsc's diagnostics (syntax errors alone when there are any), or
// the nesting limit's (nesting.ts). Nothing runs before this.
//
// The options mirror runtime/tsconfig.kernel.json, so the kernel type-checks
// here exactly as it does under plain tsc and in an editor.

import path from "node:path";
import ts from "typescript";
import { CompileError, diagnosticAtPosition, diagnosticNoPlace, displayPath, fromTsDiagnostic } from "../diagnostics.js";
import { type FileSystemHost, fileSystem } from "../host.js";
import { checkNesting, isStackOverflow, nestingOfText } from "./nesting.js";
import { preludePath, trapPath as runtimeTrapPath, userTrapPath } from "../paths.js";

const KERNEL_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  strictPropertyInitialization: false,
  // Declaration files (TypeScript's lib, the prelude) are not re-checked on every compile;
  // test/typecheck.test.ts checks the prelude under plain tsc.
  skipLibCheck: true,
};

/** The options with the runtime library's place, which the file system host knows. */
function kernelOptions(files: FileSystemHost): ts.CompilerOptions {
  return { ...KERNEL_OPTIONS, paths: { "tskc/*": [path.join(files.runtimeDir, "lib", "*")] } };
}

/** What a program is compiled for: a multiboot kernel in ring 0, or a ring-3 program that a
 * kernel embeds with includeProgram and runs in an address space of its own. */
export type Target = "kernel" | "user";

export interface KernelProgram {
  target: Target;
  /** The runtime module whose traps failed checks call: runtime/lib/trap.ts, or its ring-3 twin. */
  trapPath: string;
  program: ts.Program;
  checker: ts.TypeChecker;
  entry: ts.SourceFile;
  /** Kernel sources (not .d.ts), each after the files it imports; then the runtime's trap module,
   * which bounds checks call. */
  sources: ts.SourceFile[];
}

/** Parses and type-checks the program rooted at `entryPath`; throws CompileError on any tsc error. */
export function loadProgram(entryPath: string, target: Target = "kernel"): KernelProgram {
  const files = fileSystem();
  const entryFile = path.resolve(files.currentDirectory(), entryPath);
  if (!files.fileExists(entryFile)) {
    throw new CompileError([diagnosticNoPlace(1001, `cannot find entry file '${displayPath(entryFile)}'`)]);
  }
  if (!/\.ts$/.test(entryFile) || /\.d\.ts$/.test(entryFile)) {
    throw new CompileError([diagnosticNoPlace(1002, `entry file '${entryPath}' must be a .ts source file`)]);
  }
  const trapPath = target === "kernel" ? runtimeTrapPath() : userTrapPath();
  const host = cachingHost(files);
  const program = ts.createProgram({ rootNames: [entryFile, preludePath(), trapPath], options: kernelOptions(files), host });
  // As tsc does, syntax errors stop the compile before binding and checking: TypeScript's
  // checker assumes a tree it could parse, and asserts on some token soup.
  throwErrors([...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics()]);
  const tooDeep = program.getSourceFiles().filter((sf) => !isLibFile(files, sf.fileName)).map(checkNesting);
  if (tooDeep.some(Boolean)) throw new CompileError(tooDeep.filter((d) => d !== undefined));
  throwErrors([...program.getGlobalDiagnostics(), ...program.getSourceFiles().flatMap((sf) => semanticDiagnostics(program, sf))]);

  const entry = program.getSourceFile(entryFile)!;
  const roots = [entry, program.getSourceFile(trapPath)!];
  return { target, trapPath, program, checker: program.getTypeChecker(), entry, sources: dependencyOrder(program, roots, host) };
}

/** TypeScript's own lib files never change while we run, and parsing lib.es2022 is most of
 * a compile's time: they are parsed once per process (tests compile hundreds of kernels). */
const libFiles = new Map<string, ts.SourceFile>();

function isLibFile(files: FileSystemHost, fileName: string): boolean {
  return path.dirname(fileName) === files.libDir;
}

/** TypeScript's compiler host over the file system host: it only reads. */
function cachingHost(files: FileSystemHost): ts.CompilerHost {
  const canonical = (fileName: string) => (files.useCaseSensitiveFileNames ? fileName : fileName.toLowerCase());
  const read = (fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions) => {
    const text = files.readFile(fileName);
    return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion);
  };
  return {
    getSourceFile: (fileName, languageVersion) => {
      if (!isLibFile(files, fileName)) return parse(files, fileName, () => read(fileName, languageVersion));
      let sf = libFiles.get(fileName);
      if (!sf) {
        sf = read(fileName, languageVersion);
        if (sf) libFiles.set(fileName, sf);
      }
      return sf;
    },
    getDefaultLibFileName: (options) => path.join(files.libDir, ts.getDefaultLibFileName(options)),
    getDefaultLibLocation: () => files.libDir,
    writeFile: () => {}, // noEmit
    getCurrentDirectory: () => files.currentDirectory(),
    getCanonicalFileName: canonical,
    useCaseSensitiveFileNames: () => files.useCaseSensitiveFileNames,
    getNewLine: () => "\n",
    fileExists: (fileName) => files.fileExists(fileName),
    readFile: (fileName) => files.readFile(fileName),
    directoryExists: (dirName) => files.directoryExists(dirName),
  };
}

/** TypeScript's parser recurses once per level of nesting; when it runs out of stack, the
 * nesting limit's diagnostic says where. */
function parse(files: FileSystemHost, fileName: string, parser: () => ts.SourceFile | undefined): ts.SourceFile | undefined {
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
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) throw new CompileError(errors.map(fromTsDiagnostic));
}

/** Depth-first over imports, so that each file follows the files it imports. */
function dependencyOrder(program: ts.Program, roots: ts.SourceFile[], host: ts.CompilerHost): ts.SourceFile[] {
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
