// Phase 3: lowering. In: the checked kernel program (phase 1) that passed the
// subset check (phase 2). Out: an IrModule: one IrFunction per function, the
// string data, and the entry point, or a CompileError listing every problem found.
//
// Declarations are collected first (enums, structs, signatures, module variables of
// every file), so that bodies can use what is declared later or elsewhere. Last, an
// init function is generated for what must be written at boot (the length words of
// static arrays in .bss); the boot stub calls it before main.

import ts from "typescript";
import { CompileError, type Diagnostic, diagnosticAt, diagnosticAtPosition } from "../diagnostics.js";
import { isStackOverflow } from "../frontend/nesting.js";
import type { KernelProgram, Target } from "../frontend/program.js";
import { I32, type StructType, type TskType, typeName, VOID } from "../frontend/types.js";
import { type Block, imm, type IrFunction, type IrModule } from "../ir/ir.js";
import { type FunctionSig, FunctionContext, type LoweringEnvironment, LoweringAbort, lowerAll, ModuleContext, sourceLocOf } from "./context.js";
import { constantInRange, evalConstant } from "./constants.js";
import { declareModuleVariable } from "./data.js";
import { lowerDefault } from "./expressions.js";
import { trapFunction } from "./places.js";
import { lowerStatement } from "./statements.js";

type Body = ts.FunctionDeclaration | ts.MethodDeclaration;

const DEEP_DECLARATIONS = "declarations here refer to one another too deeply for the compiler's stack (a chain of hundreds of structs, constants or functions each using the next): shorten the chain";

/** Lowers every function; throws CompileError with every error found. Warnings go to `warnings`,
 * errors or not. Without an entry (an editor's check), no `main` is looked for. */
export function lowerProgram(kp: KernelProgram, env: Pick<LoweringEnvironment, "compileProgram" | "root">, warnings: Diagnostic[] = []): IrModule {
  const mod = new ModuleContext(kp.checker, { target: kp.target, trapPath: kp.trapPath, ...env });
  try {
    return lowerModule(kp, mod);
  } finally {
    warnings.push(...mod.warnings);
  }
}

function lowerModule(kp: KernelProgram, mod: ModuleContext): IrModule {
  const bodies: [Body, FunctionContext][] = [];
  /** Lowers one declaration; an error abandons it alone, so that one compile reports the
   * rest too. Its uses then report nothing more if it is marked failed. */
  const attempt = (declaration: ts.Declaration, work: () => void, markFailed = false) => {
    try {
      work();
    } catch (e) {
      // Lowering recurses along declarations that refer to one another (a struct's field
      // types, constants, aliases), which the nesting limit does not bound.
      if (isStackOverflow(e)) throw new CompileError([...mod.diagnostics, diagnosticAt(declaration, 1003, DEEP_DECLARATIONS)]);
      if (!(e instanceof LoweringAbort)) throw e;
      if (markFailed) mod.failed.add(declaration);
    }
  };

  const statements = kp.sources.flatMap((sf) => [...sf.statements]);
  for (const stmt of statements) {
    if (ts.isEnumDeclaration(stmt)) attempt(stmt, () => declareEnum(mod, stmt));
    if (ts.isFunctionDeclaration(stmt) && stmt.body) attempt(stmt, () => bodies.push([stmt, new FunctionContext(mod, signature(mod, stmt))]), true);
    if (ts.isClassDeclaration(stmt)) attempt(stmt, () => bodies.push(...declareStruct(mod, stmt)));
  }
  for (const stmt of statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const isConst = (stmt.declarationList.flags & ts.NodeFlags.Const) !== 0;
    stmt.declarationList.declarations.forEach((d) => attempt(d, () => declareModuleVariable(mod, d, isConst), true));
  }
  const functions: IrFunction[] = [];
  for (const [decl, ctx] of bodies) attempt(decl, () => functions.push(lowerBody(ctx, decl)));
  const init = initFunction(mod);
  if (init) functions.push(init);
  const entry = kp.entry && findEntry(mod, kp.entry, kp.target);
  const exit = kp.target === "user" && kp.entry ? trapFunction(mod, kp.entry, "exitProgram") : undefined;
  if (mod.diagnostics.length > 0) throw new CompileError(mod.diagnostics);
  return { functions, data: mod.data, entry: entry!, init: init?.name, exit, interruptHandlers: mod.interruptHandlers, stackCheck: mod.stackCheck };
}

function signature(mod: ModuleContext, decl: Body, self?: StructType): FunctionSig {
  const params = decl.parameters.map((p) => mod.valueTypeOf(p.type, p));
  const ret: TskType = decl.type ? mod.typeOf(decl.type) : inferVoid(mod, decl);
  const name = (decl.name as ts.Identifier).text;
  // `/** @inline */` and `/** @noinline */`: TypeScript allows decorators on classes and
  // class members only, so functions take the tags in their doc comment.
  const tags = ts.getJSDocTags(decl).map((t) => t.tagName.text);
  const [inline, noinline] = [tags.includes("inline"), tags.includes("noinline")];
  const defaults = decl.parameters.map((p) => p.initializer);
  const sig: FunctionSig = {
    linkName: mod.uniqueName(self ? `${self.name}_${name}` : name),
    params: self ? [self, ...params] : params,
    ret,
    inline,
    noinline,
    defaults: self ? [undefined, ...defaults] : defaults,
  };
  mod.functions.set(decl, sig);
  if (self) self.methods.set(name, sig.linkName);
  return sig;
}

/** An @unmanaged class: its layout, and a function per method taking `this` first. */
function declareStruct(mod: ModuleContext, decl: ts.ClassDeclaration): [Body, FunctionContext][] {
  const struct = mod.structOf(decl);
  const methods: [Body, FunctionContext][] = [];
  for (const member of decl.members) {
    if (ts.isMethodDeclaration(member) && member.body) methods.push([member, new FunctionContext(mod, signature(mod, member, struct))]);
  }
  return methods;
}

/** Members count up from 0, or from the previous explicit value. */
function declareEnum(mod: ModuleContext, decl: ts.EnumDeclaration): void {
  let next = 0n;
  for (const member of decl.members) {
    if (member.initializer) {
      const c = evalConstant(mod, member.initializer, () => undefined);
      if (c?.kind !== "int") mod.error(member.initializer, 3014, "enum values must be integer constants");
      next = BigInt(constantInRange(mod, member.initializer, c, I32));
    }
    mod.enumMembers.set(member, next);
    next++;
  }
}

/** A function without a return annotation must return nothing: tskc does not infer widths. */
function inferVoid(mod: ModuleContext, decl: Body): TskType {
  const sigType = mod.checker.getSignatureFromDeclaration(decl);
  const ret = sigType && mod.checker.getReturnTypeOfSignature(sigType);
  if (ret && !(ret.flags & ts.TypeFlags.Void)) {
    mod.error(decl.name ?? decl, 3015, `function '${decl.name?.getText()}' returns a value: annotate its return type, e.g. ': u32'`);
  }
  return VOID;
}

function lowerBody(ctx: FunctionContext, decl: Body): IrFunction {
  ctx.loc = ctx.declaredAt = sourceLocOf(decl, ctx.module.env.root);
  const self = ts.isMethodDeclaration(decl) ? ctx.sig.params[0] : undefined;
  if (self?.kind === "struct") {
    ctx.thisValue = { temp: ctx.newTemp(), type: self };
    ctx.nameVariable("this", ctx.thisValue.temp, self, 0);
    ctx.emit({ op: "param", dst: ctx.thisValue.temp, index: 0 });
  }
  const first = self ? 1 : 0;
  decl.parameters.forEach((p, k) => {
    if (p.initializer) lowerDefault(ctx, p.initializer, ctx.sig.params[first + k]);
    ctx.emit({ op: "param", dst: ctx.declareLocal(p, ctx.sig.params[first + k], first + k), index: first + k });
  });
  // An error abandons its statement only, so that one compile reports the rest too.
  lowerAll(decl.body!.statements.map((s) => () => lowerStatement(ctx, s)));
  const end = decl.body!.getLastToken() ?? decl;
  if (ctx.sig.ret.kind !== "void" && ctx.reachesHere()) {
    // tsc accepts this when a switch names every member of an enum; but an enum
    // variable can hold any integer, and a ret without a value would return garbage.
    ctx.module.error(end, 4006, `'${decl.name!.getText()}' can reach its end without returning a value: end it with a return, or give the switch a default case`);
  }
  ctx.loc = sourceLocOf(end, ctx.module.env.root);
  ctx.terminate({ op: "ret" });
  return ctx.finish();
}

/** The function the boot stub calls before main, if anything must be written at boot. */
function initFunction(mod: ModuleContext): IrFunction | undefined {
  if (mod.arrayHeaders.length === 0) return undefined;
  const block: Block = { id: 0, insts: [], term: { op: "ret" } };
  for (const { symbol, length } of mod.arrayHeaders) {
    block.insts.push({ op: "store", addr: { symbol, offset: 0 }, value: imm(length), width: 32 });
  }
  return { name: mod.uniqueName("__tskc_init"), paramCount: 0, returnsValue: false, blocks: [block], tempCount: 0 };
}

/** The entry file must export `function main()`, optionally taking (magic: u32, info: usize). */
function findEntry(mod: ModuleContext, entry: ts.SourceFile, target: Target): string | undefined {
  for (const stmt of entry.statements) {
    if (!ts.isFunctionDeclaration(stmt) || stmt.name?.text !== "main") continue;
    const exported = ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const sig = mod.functions.get(stmt);
    if (!exported) mod.diagnostics.push(diagnosticAt(stmt.name, 4001, "the kernel's 'main' must be exported: write 'export function main()'"));
    else if (sig && target === "user" && sig.params.length > 0) {
      mod.diagnostics.push(diagnosticAt(stmt.name, 4005, "a ring-3 program's 'main' takes no parameters"));
    } else if (sig && sig.params.length > 2) {
      mod.diagnostics.push(diagnosticAt(stmt.name, 4002, "'main' takes at most two parameters: (magic: u32, info: usize), the multiboot registers"));
    } else if (sig) {
      // The boot stub passes eax and ebx whole: a narrower type would see unextended bits.
      sig.params.forEach((type, k) => {
        if (type.kind !== "int" || type.bits !== 32) {
          mod.diagnostics.push(diagnosticAt(stmt.parameters[k], 4002, `'main' receives the 32-bit multiboot registers: its parameters are (magic: u32, info: usize), not ${typeName(type)}`));
        }
      });
    }
    return sig?.linkName;
  }
  mod.diagnostics.push(diagnosticAtPosition(entry, 0, 4003, "the entry file must export a function 'main', where the kernel starts"));
  return undefined;
}
