// Phase 3: lowering. In: the checked kernel program (phase 1) that passed the
// subset check (phase 2). Out: an IrModule: one IrFunction per function, the
// string data, and the entry point, or a CompileError listing every problem found.
//
// Declarations are collected first (signatures and constants of every file), so
// that bodies can call functions declared later or in files imported later.

import ts from "typescript";
import { CompileError, diagnosticAt } from "../diagnostics.js";
import type { KernelProgram } from "../frontend/program.js";
import { I32, type TskType, VOID, typeName } from "../frontend/types.js";
import type { IrFunction, IrModule } from "../ir/ir.js";
import { FunctionContext, LoweringAbort, ModuleContext, sourceLocOf } from "./context.js";
import { evalConstant, fitConstant } from "./constants.js";
import { lowerStatement } from "./statements.js";

export function lowerProgram(kp: KernelProgram): IrModule {
  const mod = new ModuleContext(kp.checker);
  const bodies: [ts.FunctionDeclaration, FunctionContext][] = [];
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (e) {
      if (!(e instanceof LoweringAbort)) throw e;
    }
  };

  for (const sf of kp.sources) {
    for (const stmt of sf.statements) {
      if (ts.isFunctionDeclaration(stmt) && stmt.body) attempt(() => bodies.push([stmt, new FunctionContext(mod, signature(mod, stmt))]));
      if (ts.isVariableStatement(stmt)) stmt.declarationList.declarations.forEach((d) => attempt(() => declareConstant(mod, d)));
    }
  }
  const functions: IrFunction[] = [];
  for (const [decl, ctx] of bodies) attempt(() => functions.push(lowerBody(ctx, decl)));
  const entry = findEntry(mod, kp.entry);
  if (mod.diagnostics.length > 0) throw new CompileError(mod.diagnostics);
  return { functions, data: mod.data, entry: entry! };
}

function signature(mod: ModuleContext, decl: ts.FunctionDeclaration) {
  const params = decl.parameters.map((p) => {
    if (!p.type) mod.error(p, 3013, `parameter '${p.name.getText()}' needs a type annotation`);
    const t = mod.typeOf(p.type);
    if (t.kind === "void") mod.error(p, 3006, "a parameter cannot have type void");
    return t;
  });
  const ret: TskType = decl.type ? mod.typeOf(decl.type) : inferVoid(mod, decl);
  const sig = { linkName: mod.uniqueName(decl.name!.text), params, ret };
  mod.functions.set(decl, sig);
  return sig;
}

/** A function without a return annotation must return nothing: tskc does not infer widths. */
function inferVoid(mod: ModuleContext, decl: ts.FunctionDeclaration): TskType {
  const sigType = mod.checker.getSignatureFromDeclaration(decl);
  const ret = sigType && mod.checker.getReturnTypeOfSignature(sigType);
  if (ret && !(ret.flags & ts.TypeFlags.Void)) {
    mod.error(decl.name ?? decl, 3015, `function '${decl.name?.text}' returns a value: annotate its return type, e.g. ': u32'`);
  }
  return VOID;
}

function lowerBody(ctx: FunctionContext, decl: ts.FunctionDeclaration): IrFunction {
  ctx.loc = sourceLocOf(decl);
  decl.parameters.forEach((p, index) => ctx.emit({ op: "param", dst: ctx.declareLocal(p, ctx.sig.params[index]), index }));
  // An error abandons its statement only, so that one compile reports the rest too.
  let failed: LoweringAbort | undefined;
  for (const s of decl.body!.statements) {
    try {
      lowerStatement(ctx, s);
    } catch (e) {
      if (!(e instanceof LoweringAbort)) throw e;
      failed = e;
    }
  }
  if (failed) throw failed;
  ctx.loc = sourceLocOf(decl.body!.getLastToken() ?? decl);
  ctx.terminate({ op: "ret" });
  return ctx.finish();
}

/** A module-level `const`: a compile-time constant, folded wherever it is used. */
function declareConstant(mod: ModuleContext, decl: ts.VariableDeclaration): void {
  const lookup = (id: ts.Identifier) => {
    const d = mod.declarationOf(id);
    return d ? mod.constants.get(d) : undefined;
  };
  const c = decl.initializer && evalConstant(mod, decl.initializer, lookup);
  if (!c) {
    return mod.error(decl, 3014, `module-level const '${decl.name.getText()}' must have a constant initializer (literals, other constants, operators)`);
  }
  const type = decl.type ? mod.typeOf(decl.type) : undefined;
  if (c.kind !== "int") {
    if (type && type.kind !== c.kind) mod.error(decl, 3006, `a ${c.kind} constant cannot have type ${typeName(type)}`);
    mod.constants.set(decl, c);
    return;
  }
  if (type && type.kind !== "int") mod.error(decl, 3006, `an integer constant cannot have type ${typeName(type)}`);
  const t = type?.kind === "int" ? type : (c.type ?? I32);
  mod.constants.set(decl, { kind: "int", value: BigInt(fitConstant(mod, decl.initializer!, c, t)), type: t });
}

/** The entry file must export `function main()`, optionally taking (magic: u32, info: usize). */
function findEntry(mod: ModuleContext, entry: ts.SourceFile): string | undefined {
  for (const stmt of entry.statements) {
    if (!ts.isFunctionDeclaration(stmt) || stmt.name?.text !== "main") continue;
    const exported = ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const sig = mod.functions.get(stmt);
    if (!exported) mod.diagnostics.push(diagnosticAt(stmt.name, 4001, "the kernel's 'main' must be exported: write 'export function main()'"));
    else if (sig && sig.params.length > 2) {
      mod.diagnostics.push(diagnosticAt(stmt.name, 4002, "'main' takes at most two parameters: (magic: u32, info: usize), the multiboot registers"));
    }
    return sig?.linkName;
  }
  mod.diagnostics.push({ ...diagnosticAt(entry, 4003, "the entry file must export a function 'main', where the kernel starts"), line: 1, column: 1, length: 1 });
  return undefined;
}
