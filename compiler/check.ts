// Phases 2 and 3 as a checker: every diagnostic of a kernel program in one round. In: a
// program loaded by phase 1 (frontend/program.ts), with tsc's semantic errors. Out: the
// lowered IR when there is no error, and tsc's errors, the subset check's and lowering's
// (errors and warnings), deduplicated and in source order. Code generation is not run
// here: `tskc check` and the editor plugin (plugin.ts) stop after this; the driver
// carries on when there is no error.
//
// Lowering assumes a program that type-checked and is in the subset. On one that is not,
// it still reports what it can (tsc's errors rarely stop it), but a report at the place
// of an earlier error says the same thing again and is dropped; so is an internal error,
// which the earlier errors explain.

import ts from "typescript";
import { CompileError, type Diagnostic, isError } from "./diagnostics.js";
import type { KernelProgram } from "./frontend/program.js";
import { checkSubset } from "./frontend/subset.js";
import type { IrModule } from "./ir/ir.js";
import type { LoweringEnvironment } from "./lower/context.js";
import { lowerProgram } from "./lower/module.js";

type Timed = <T>(phase: "subset" | "lowering", work: () => T) => T;

export interface Analysis {
  /** The lowered module, when there is no error. */
  ir?: IrModule;
  diagnostics: Diagnostic[];
}

/** `env` is what lowering needs from outside (includeProgram's compiler, the source root);
 * `timed` is told each phase's work (the driver's --verbose timings). */
export function analyse(kp: KernelProgram, env: Pick<LoweringEnvironment, "compileProgram" | "root">, timed: Timed = (_, work) => work()): Analysis {
  const earlier = [...kp.errors, ...timed("subset", () => checkSubset(kp.sources))]; // 2. the tskc subset
  const lowered: Diagnostic[] = [];
  let ir: IrModule | undefined;
  try {
    ir = timed("lowering", () => lowerProgram(kp, env, lowered)); // 3. lowering to IR (includeProgram compiles its program here)
  } catch (e) {
    if (e instanceof CompileError) lowered.push(...e.diagnostics);
    else if (earlier.length === 0) throw e;
  }
  const diagnostics = sorted([...earlier, ...withoutConsequences(kp.program, earlier, lowered)]);
  return { ir: diagnostics.some(isError) ? undefined : ir, diagnostics };
}

/** `later` without the reports at the places of `earlier` ones, or in their statements. */
export function withoutConsequences(program: ts.Program, earlier: readonly Diagnostic[], later: readonly Diagnostic[]): Diagnostic[] {
  const reported = new Set(earlier.map((d) => statementOf(program, d)));
  return later.filter((d) => !earlier.some((e) => overlap(e, d)) && !reported.has(statementOf(program, d)));
}

/** The innermost statement or class member holding a diagnostic, as a key: lowering's reports
 * in a statement where tsc or the subset check found an error are their consequences
 * (`async function f(): Promise<void>` rejects the `async`, and then its return type). */
function statementOf(program: ts.Program, d: Diagnostic): string | undefined {
  const sf = d.fileName === undefined ? undefined : program.getSourceFile(d.fileName);
  if (!sf || d.start === undefined) return undefined;
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (d.start! < node.getStart(sf) || d.start! >= node.getEnd()) return;
    if (ts.isStatement(node) || ts.isClassElement(node)) found = node;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return found && `${sf.fileName}:${found.pos}`;
}

/** Whether two diagnostics underline overlapping text (or name the same place). */
function overlap(a: Diagnostic, b: Diagnostic): boolean {
  if (a.file !== b.file || a.line !== b.line || a.column === undefined || b.column === undefined) return false;
  return a.column < b.column + (b.length ?? 1) && b.column < a.column + (a.length ?? 1);
}

/** By file (in the order files first appear), then line and column. */
function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  const files = [...new Set(diagnostics.map((d) => d.file ?? ""))];
  const key = (d: Diagnostic) => [files.indexOf(d.file ?? ""), d.line ?? 0, d.column ?? 0];
  return diagnostics
    .map((d, k) => ({ d, k }))
    .sort((x, y) => {
      const [a, b] = [key(x.d), key(y.d)];
      return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || x.k - y.k;
    })
    .map(({ d }) => d);
}
