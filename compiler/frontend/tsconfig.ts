// The project's tsconfig.json, read as tsc reads it. In: the entry file's path, and `-p`
// (a tsconfig.json or a folder holding one) when given. Out: the compiler options (the
// project's over the kernel base's, runtime/tsconfig.kernel.json), the project's
// declaration files, and a diagnostic per setting tskc cannot honour. Runs before
// program.ts creates the ts.Program.
//
// Without -p, the project is the nearest tsconfig.json above the entry that includes it,
// as an editor (tsserver) picks it; a tsconfig that does not list the entry (the
// compiler's own, above test/errors/) is skipped. With none, the base options apply.

import path from "node:path";
import ts from "typescript";
import { type Diagnostic, diagnosticAtPosition, diagnosticNoPlace, fromTsDiagnostic } from "../diagnostics.js";
import { fileSystem } from "../host.js";

/** runtime/tsconfig.kernel.json's options but its `tskc/*` mapping (kernelOptions). */
const BASE_OPTIONS: ts.CompilerOptions = {
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

/** runtime/tsconfig.kernel.json's options, with its `tskc/*` mapping made absolute: the runtime
 * folder is where the file system host (host.ts) has it. */
export function kernelOptions(): ts.CompilerOptions {
  return { ...BASE_OPTIONS, paths: { "tskc/*": [path.join(fileSystem().runtimeDir, "lib", "*")] } };
}

export interface ProjectOptions {
  options: ts.CompilerOptions;
  /** The project's .d.ts files (ambient declarations it includes), added to the roots. */
  declarationFiles: string[];
  /** The tsconfig.json used, if any. */
  configPath?: string;
  errors: Diagnostic[];
}

/** tsc's "no inputs were found": a project whose `include` matches nothing is still a project. */
const NO_INPUTS = 18003;

export function projectOptions(entryFile: string, project?: string): ProjectOptions {
  const files = fileSystem();
  const base = kernelOptions();
  let configPath: string | undefined;
  let parsed: ts.ParsedCommandLine | undefined;
  if (project !== undefined) {
    configPath = path.resolve(files.currentDirectory(), files.directoryExists(project) ? path.join(project, "tsconfig.json") : project);
    if (!files.fileExists(configPath)) return { options: base, declarationFiles: [], errors: [diagnosticNoPlace(1004, `cannot find the tsconfig '${project}' given by -p`)] };
    parsed = parseConfig(configPath);
  } else {
    for (let dir = path.dirname(entryFile); ; ) {
      const found = ts.findConfigFile(dir, (f) => files.fileExists(f));
      if (!found) break;
      const candidate = parseConfig(path.resolve(found));
      if (candidate.fileNames.some((f) => path.resolve(f) === entryFile)) {
        [configPath, parsed] = [path.resolve(found), candidate];
        break;
      }
      const parent = path.dirname(path.dirname(path.resolve(found)));
      if (parent === path.dirname(path.resolve(found))) break;
      dir = parent;
    }
  }
  if (!configPath || !parsed) return { options: base, declarationFiles: [], errors: [] };
  const errors = parsed.errors.filter((d) => d.code !== NO_INPUTS && d.category === ts.DiagnosticCategory.Error).map((d) => inConfig(configPath!, d));
  errors.push(...incompatibilities(configPath, parsed.options));
  return {
    options: merged(base, parsed.options),
    declarationFiles: parsed.fileNames.filter((f) => f.endsWith(".d.ts")),
    configPath,
    errors,
  };
}

/** The project's options over the base's. The base's `tskc/*` mapping stays unless the project
 * maps `tskc/*` itself; tskc never emits JavaScript. */
function merged(base: ts.CompilerOptions, project: ts.CompilerOptions): ts.CompilerOptions {
  const paths = { ...base.paths, ...project.paths };
  return { ...base, ...project, paths, noEmit: true, skipLibCheck: true };
}

/** Parsed tsconfigs by path, while their text is unchanged: tests compile hundreds of kernels.
 * (A tsconfig it extends, or a new file its `include` matches, is not noticed: `tskc check
 * --watch` starts afresh when one changes.) */
const parsedConfigs = new Map<string, { text: string | undefined; parsed: ts.ParsedCommandLine }>();

function parseConfig(configPath: string): ts.ParsedCommandLine {
  const files = fileSystem();
  const text = files.readFile(configPath);
  const known = parsedConfigs.get(configPath);
  if (known && known.text === text) return known.parsed;
  const errors: ts.Diagnostic[] = [];
  // Globbing `include` needs a directory listing, which only the real file system has (ts.sys);
  // an in-memory project (the playground) lists nothing, so no tsconfig claims its entry.
  const host: ts.ParseConfigFileHost = {
    useCaseSensitiveFileNames: files.useCaseSensitiveFileNames,
    readDirectory: (...args) => (ts.sys ? ts.sys.readDirectory(...args) : []),
    fileExists: (f) => files.fileExists(f),
    readFile: (f) => files.readFile(f),
    getCurrentDirectory: () => files.currentDirectory(),
    onUnRecoverableConfigFileDiagnostic: (d) => errors.push(d),
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, host) ?? { options: {}, fileNames: [], errors };
  parsedConfigs.set(configPath, { text, parsed });
  return parsed;
}

/** tsc's error about a tsconfig, placed in it: one about a file it extends (TS5083, cannot read
 * it) has no position of its own, and is put at "extends". */
function inConfig(configPath: string, d: ts.Diagnostic): Diagnostic {
  if (d.file) return fromTsDiagnostic(d);
  const text = fileSystem().readFile(configPath) ?? "";
  const at = diagnosticAtPosition({ fileName: configPath, text }, Math.max(text.indexOf('"extends"'), 0), 0, "");
  return { ...at, code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") };
}

/** Settings that would make tsc accept what tskc cannot compile, or check against declarations
 * a kernel does not have (TSK1005). */
function incompatibilities(configPath: string, options: ts.CompilerOptions): Diagnostic[] {
  const text = fileSystem().readFile(configPath) ?? "";
  const at = (setting: string, why: string): Diagnostic => {
    const position = text.indexOf(`"${setting}"`);
    const d = diagnosticAtPosition({ fileName: configPath, text }, Math.max(position, 0), 1005, `tsconfig setting '${setting}' is incompatible with tskc: ${why}`);
    return position < 0 ? { code: d.code, message: d.message, file: d.file } : d; // set in a tsconfig it extends
  };
  const out: Diagnostic[] = [];
  const hosted = (options.lib ?? []).filter((lib) => !/^lib\.es[\w.]*\.d\.ts$/.test(lib));
  if (hosted.length > 0) out.push(at("lib", `${hosted.map((l) => l.replace(/^lib\.|\.d\.ts$/g, "")).join(", ")} declares a host's APIs (console, the DOM) that a kernel does not have; keep only es20xx libs`));
  if (options.types && options.types.length > 0) out.push(at("types", `${options.types.join(", ")} declares a host's globals that a kernel does not have; write "types": []`));
  if (options.allowJs) out.push(at("allowJs", "tskc compiles TypeScript sources only, with their integer types"));
  if (options.experimentalDecorators) out.push(at("experimentalDecorators", "tskc's @unmanaged and @packed are standard decorators"));
  return out;
}
