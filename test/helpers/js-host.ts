// Kernel programs run as plain JavaScript, for the differential test. In: the path
// of a kernel's entry .ts file. Out: what it wrote to COM1 and how it ended, in the
// shape of a v86 BootResult. Nothing needs to run first: each module (the entry and
// everything it imports, `tskc/*` mapped as runtime/tsconfig.kernel.json maps it)
// is transpiled by the TypeScript API and evaluated in a fresh node:vm context
// whose globals are the prelude's, given the JavaScript meaning a TypeScript
// programmer would expect from runtime/prelude.d.ts: numbers do not wrap, `/` is
// float division, and only the explicit conversions truncate.

import fs from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import ts from "typescript";

export type JsStopReason = "exit" | "halt" | "crash" | "timeout";

export interface JsRun {
  serial: string; // COM1 output, one char per byte, as bootKernel reports it
  exitCode: number | null; // the value written to port 0xF4 when reason === "exit"
  reason: JsStopReason;
  detail?: string; // for a crash or timeout: the JavaScript error
}

export interface JsRunOptions {
  timeoutMs?: number; // wall-clock limit on the whole run; default 10_000
}

const KERNEL_TSCONFIG = fileURLToPath(new URL("../../runtime/tsconfig.kernel.json", import.meta.url));
const COM1 = 0x3f8;
const LINE_STATUS = 0x3fd;
const TRANSMIT_EMPTY = 0x20;
const EXIT_PORT = 0xf4;

/** The prelude's memory intrinsics, each rewritten to the host's __load_T or __store_T. */
const MEMORY_ACCESS: Record<string, "load" | "store"> = { load: "load", store: "store", volatileLoad: "load", volatileStore: "store" };

/** Byte width and signedness of each type argument load<T>/store<T> accepts. */
const WIDTHS: Record<string, { bytes: number; signed: boolean }> = {
  i8: { bytes: 1, signed: true },
  u8: { bytes: 1, signed: false },
  i16: { bytes: 2, signed: true },
  u16: { bytes: 2, signed: false },
  i32: { bytes: 4, signed: true },
  u32: { bytes: 4, signed: false },
  isize: { bytes: 4, signed: true },
  usize: { bytes: 4, signed: false },
};

/** Thrown by the host's exit port and hlt, caught around main(); programs cannot catch it (tskc has no try). */
class Stop {
  constructor(
    readonly reason: "exit" | "halt",
    readonly exitCode: number | null,
  ) {}
}

/** A fault of the program's text (not of its run); passed through runKernelJs as an exception. */
class ProgramError extends Error {}

/**
 * Transpiles and runs the kernel rooted at `entryPath`, calling its exported
 * main() with no arguments. A main that returns counts as a halt, as tskc's boot
 * stub then runs cli; hlt. A JavaScript error during the run is a "crash" with the
 * error as detail; a run past timeoutMs is a "timeout". Throws (no JsRun) for
 * what is wrong with the program rather than with its run: an import that does
 * not resolve to a .ts source, a syntax error, a load/store whose width is not
 * written as load<u16>(…), an entry without an exported main.
 */
export function runKernelJs(entryPath: string, options: JsRunOptions = {}): JsRun {
  const serial: string[] = [];
  const context = vm.createContext(preludeGlobals(serial));
  const entry = fs.realpathSync(entryPath);
  const exports = new Map<string, Record<string, unknown>>();

  const requireModule = (file: string): Record<string, unknown> => {
    const cached = exports.get(file);
    if (cached) return cached; // also breaks import cycles, as CommonJS does
    const module = { exports: {} as Record<string, unknown> };
    exports.set(file, module.exports);
    const code = transpile(file);
    const body = vm.compileFunction(code, ["exports", "require", "module"], { parsingContext: context, filename: file });
    body(module.exports, (specifier: string) => requireModule(resolveImport(specifier, file)), module);
    return module.exports;
  };

  // Loading runs the modules' top-level code, so it is inside the timed run too.
  context.__start = () => {
    const main = requireModule(entry).main;
    if (typeof main !== "function") throw new ProgramError(`${entryPath} does not export a function main()`);
    main();
  };
  try {
    vm.runInContext("__start()", context, { timeout: options.timeoutMs ?? 10_000 });
    return { serial: serial.join(""), exitCode: null, reason: "halt" };
  } catch (error) {
    const text = serial.join("");
    if (error instanceof Stop) return { serial: text, exitCode: error.exitCode, reason: error.reason };
    if ((error as { code?: string } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      return { serial: text, exitCode: null, reason: "timeout", detail: String(error) };
    }
    if (error instanceof ProgramError) throw error;
    return { serial: text, exitCode: null, reason: "crash", detail: (error as Error).stack ?? String(error) };
  }
}

/**
 * The text golden.test.ts's describeRun writes to NAME.out: the serial output, a
 * newline if it lacks one, then `--- exit N` or `--- halt`/`--- crash`/`--- timeout`.
 * Repeated here because importing a test file would register its tests.
 */
export function describeRun(r: { serial: string; exitCode: number | null; reason: string }): string {
  const end = r.reason === "exit" ? `exit ${r.exitCode}` : r.reason;
  return `${r.serial}${r.serial.endsWith("\n") || r.serial === "" ? "" : "\n"}--- ${end}\n`;
}

/** The prelude's intrinsics, plus the width-specific __load_T/__store_T the transformer calls. */
function preludeGlobals(serial: string[]): Record<string, unknown> {
  const memory = new Map<number, number>(); // address -> byte; unwritten bytes read as 0, as fresh RAM does

  const address = (ptr: number, offset: number): number => {
    const at = ptr + offset;
    if (!Number.isInteger(at) || at < 0 || at > 0xffffffff) throw new RangeError(`memory access at ${at}, which is not a 32-bit address`);
    return at;
  };
  const read = (at: number, bytes: number, signed: boolean): number => {
    let value = 0;
    for (let i = bytes - 1; i >= 0; i--) value = value * 256 + (memory.get((at + i) % 2 ** 32) ?? 0); // little-endian
    return signed && value >= 2 ** (8 * bytes - 1) ? value - 2 ** (8 * bytes) : value;
  };
  const write = (at: number, bytes: number, value: number): void => {
    for (let i = 0; i < bytes; i++) memory.set((at + i) % 2 ** 32, (value >>> (8 * i)) & 0xff);
  };
  const exitPort = (port: number, code: number): void => {
    if (port === EXIT_PORT) throw new Stop("exit", code);
  };

  const globals: Record<string, unknown> = {
    i8: (x: number) => (x << 24) >> 24,
    u8: (x: number) => x & 0xff,
    i16: (x: number) => (x << 16) >> 16,
    u16: (x: number) => x & 0xffff,
    i32: (x: number) => x | 0,
    u32: (x: number) => x >>> 0,
    isize: (x: number) => x | 0,
    usize: (x: number) => x >>> 0,
    outb: (port: number, value: number) => {
      if (port === COM1) serial.push(String.fromCharCode(value & 0xff));
      exitPort(port, value & 0xff);
    },
    outw: (port: number, value: number) => exitPort(port, value & 0xffff),
    outl: (port: number, value: number) => exitPort(port, value >>> 0),
    inb: (port: number) => (port === LINE_STATUS ? TRANSMIT_EMPTY : 0),
    inw: () => 0,
    inl: () => 0,
    cli: () => {},
    sti: () => {},
    pause: () => {},
    hlt: () => {
      throw new Stop("halt", null);
    },
  };
  for (const [type, { bytes, signed }] of Object.entries(WIDTHS)) {
    globals[`__load_${type}`] = (ptr: number, offset = 0) => read(address(ptr, offset), bytes, signed);
    globals[`__store_${type}`] = (ptr: number, value: number, offset = 0) => write(address(ptr, offset), bytes, value);
  }
  return globals;
}

/** One kernel module as CommonJS, its load<T>/store<T> calls made width-specific. */
function transpile(file: string): string {
  const result = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    reportDiagnostics: true,
    transformers: { before: [widthSpecificMemoryAccess] },
  });
  const errors = (result.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    throw new ProgramError(`${file}: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("; ")}`);
  }
  return result.outputText;
}

/**
 * JavaScript erases `load<u16>(p, 4)`'s type argument, so the call becomes
 * `__load_u16(p, 4)` (and `store<i8>(…)` `__store_i8(…)`; volatileLoad/volatileStore
 * likewise, as one byte map has nothing to reorder). A module that declares or
 * imports its own function of one of these names keeps its calls as they are.
 */
function widthSpecificMemoryAccess(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  return (sf) => {
    const own = topLevelNames(sf);
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const access = Object.hasOwn(MEMORY_ACCESS, name) && !own.has(name) ? MEMORY_ACCESS[name] : undefined;
        if (access) {
          const arg = node.typeArguments?.[0];
          const type = arg && ts.isTypeReferenceNode(arg) && ts.isIdentifier(arg.typeName) ? arg.typeName.text : undefined;
          if (type === undefined || !(type in WIDTHS)) {
            const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
            throw new ProgramError(
              `${sf.fileName}:${line + 1}:${character + 1}: the JavaScript host needs the width written as ${name}<u32>(…) (one of ${Object.keys(WIDTHS).join(" ")})`,
            );
          }
          const args = ts.visitNodes(node.arguments, visit, ts.isExpression);
          return context.factory.updateCallExpression(node, context.factory.createIdentifier(`__${access}_${type}`), undefined, args);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(sf, visit, ts.isSourceFile);
  };
}

/** Functions and imports declared at a module's top level. */
function topLevelNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const stmt of sf.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name) names.add(stmt.name.text);
    const bindings = ts.isImportDeclaration(stmt) ? stmt.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) bindings.elements.forEach((e) => names.add(e.name.text));
  }
  return names;
}

let kernelOptions: ts.CompilerOptions | undefined;

/** The .ts file an import names, resolved as tsc resolves it under runtime/tsconfig.kernel.json. */
function resolveImport(specifier: string, importer: string): string {
  kernelOptions ??= readKernelOptions();
  const resolved = ts.resolveModuleName(specifier, importer, kernelOptions, ts.sys).resolvedModule;
  if (!resolved || resolved.extension !== ts.Extension.Ts) {
    throw new ProgramError(`${importer}: import "${specifier}" does not resolve to a .ts kernel module`);
  }
  return fs.realpathSync(resolved.resolvedFileName);
}

function readKernelOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(KERNEL_TSCONFIG, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(`${KERNEL_TSCONFIG}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    },
  });
  if (!parsed) throw new Error(`cannot read ${KERNEL_TSCONFIG}`);
  return parsed.options;
}
