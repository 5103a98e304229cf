// Calls to the prelude's intrinsics (runtime/prelude.d.ts) lowered to IR.
// In: a call whose callee resolved to a prelude declaration. Out: the IR that
// does it directly, with no call: conversions, memory access, port I/O,
// processor control, reinterpretation, and interrupt entry stubs.

import path from "node:path";
import ts from "typescript";
import { INT_TYPES, type IntType, type TskType, U16, U32, U8, USIZE, VOID, typeName, aType, widensTo } from "../frontend/types.js";
import { type Address, type SystemOp, type Width, imm } from "../ir/ir.js";
import { type EmbeddedProgram, type FunctionContext, LoweringAbort, type ModuleContext } from "./context.js";
import { constantOf, lowerExpr, lowerExprAs, lowerInOrder, type Typed, wrapNarrow } from "./expressions.js";
import { type ConstValue, constantInRange } from "./constants.js";
import { trapFunction } from "./places.js";
import { ASM_OPERAND_REGS } from "../x86/isel.js";
import { IMAGE_BOUNDS } from "../x86/boot.js";
import { type Assembled, AsmError, assemble, ringZeroOnly } from "../x86/assembler.js";
import { CompileError, diagnosticAtLine, displayPath } from "../diagnostics.js";
import { fileSystem } from "../host.js";
import { entryFile, normalizePath } from "../paths.js";

const PORT_OUT: Record<string, IntType> = { outb: U8, outw: U16, outl: U32 };
const PORT_IN: Record<string, IntType> = { inb: U8, inw: U16, inl: U32 };
/** Intrinsics that are one instruction: their argument types and result. */
const SYSTEM: Partial<Record<SystemOp, { args: TskType[]; result?: TskType }>> = {
  cli: { args: [] }, sti: { args: [] }, hlt: { args: [] }, pause: { args: [] }, int3: { args: [] },
  lgdt: { args: [USIZE] }, lidt: { args: [USIZE] }, ltr: { args: [U16] }, loadSegments: { args: [U16, U16] },
  readCr0: { args: [], result: U32 }, readCr2: { args: [], result: U32 }, readCr3: { args: [], result: U32 },
  readCr4: { args: [], result: U32 }, writeCr0: { args: [U32] }, writeCr3: { args: [U32] }, writeCr4: { args: [U32] },
  invlpg: { args: [USIZE] }, rdtsc: { args: [], result: U32 }, readEflags: { args: [], result: U32 },
};
const NOTHING: Typed = { value: imm(0), type: VOID };
/** Intrinsics a ring-3 program cannot use: the CPU would fault on each (`int n` too: only
 * the system-call gate is open to ring 3, and `syscall` reaches it), or they make no sense
 * outside a kernel. Port I/O is not here: the TSS's I/O permission bitmap grants ports to a
 * driver's task. */
const PRIVILEGED = new Set([
  "cli", "sti", "hlt", "int", "int3", "lgdt", "lidt", "ltr", "loadSegments", "readCr0", "readCr2", "readCr3", "readCr4",
  "writeCr0", "writeCr3", "writeCr4", "invlpg", "interruptStubs", "includeProgram",
]);

function privilegedError(mod: ModuleContext, call: ts.CallExpression, name: string): never {
  return mod.error(call.expression, 3040, `'${name}' needs ring 0: a program compiled for ring 3 (includeProgram) cannot use it`);
}

export function lowerIntrinsic(ctx: FunctionContext, call: ts.CallExpression, name: string, expected?: TskType): Typed {
  const args = call.arguments;
  if (ctx.module.env.target === "user" && PRIVILEGED.has(name)) privilegedError(ctx.module, call, name);
  const conversion = INT_TYPES.get(name);
  if (conversion) return lowerConversion(ctx, args[0], conversion);
  if (name in PORT_OUT) {
    const [port, value] = lowerInOrder(ctx, args.slice(0, 2), (arg, i) => lowerExprAs(ctx, arg, i === 0 ? U16 : PORT_OUT[name]));
    ctx.emit({ op: "out", port, value, width: PORT_OUT[name].bits });
    return NOTHING;
  }
  if (name in PORT_IN) {
    const dst = ctx.newTemp();
    ctx.emit({ op: "in", dst, port: lowerExprAs(ctx, args[0], U16), width: PORT_IN[name].bits });
    return { value: dst, type: PORT_IN[name] };
  }
  const system = SYSTEM[name as SystemOp];
  if (system) {
    const values = lowerInOrder(ctx, args.slice(0, system.args.length), (arg, i) => lowerExprAs(ctx, arg, system.args[i]));
    const dst = system.result ? ctx.newTemp() : undefined;
    ctx.emit({ op: "sys", name: name as SystemOp, args: values, dst });
    return dst ? { value: dst, type: system.result! } : NOTHING;
  }
  switch (name) {
    case "int": {
      const c = constantOf(ctx, args[0]);
      if (c?.kind !== "int") return ctx.module.error(args[0], 3024, "the vector of int(n) must be a constant");
      ctx.emit({ op: "sys", name: "int", args: [imm(constantInRange(ctx.module, args[0], c, U8))] });
      return NOTHING;
    }
    case "load": case "volatileLoad": case "store": case "volatileStore": return lowerMemoryAccess(ctx, call, name, expected);
    case "unchecked": {
      const outer = ctx.unchecked;
      ctx.unchecked = true;
      try {
        return lowerExpr(ctx, args[0], expected);
      } finally {
        ctx.unchecked = outer;
      }
    }
    case "changetype": return lowerChangetype(ctx, call);
    case "setStackLimit": {
      const mod = ctx.module;
      if (!mod.stackCheck) {
        mod.stackCheck = { limit: mod.uniqueName("__tskc_stack_limit"), trap: trapFunction(mod, call, "stackOverflowTrap") };
        mod.data.push({ symbol: mod.stackCheck.limit, section: "bss", align: 4, bytes: new Uint8Array(4), comment: "stack limit" });
      }
      ctx.emit({ op: "store", addr: { symbol: mod.stackCheck.limit, offset: 0 }, value: lowerExprAs(ctx, args[0], USIZE), width: 32 });
      return NOTHING;
    }
    case "imageStart": case "readOnlyEnd": case "imageEnd": {
      const dst = ctx.newTemp();
      ctx.emit({ op: "addr", dst, symbol: IMAGE_BOUNDS[name], offset: 0 });
      return { value: dst, type: USIZE };
    }
    case "addressof": return lowerAddressof(ctx, args[0]);
    case "interruptStubs": case "includeProgram": return lowerStaticAddress(ctx, staticIntrinsic(ctx.module, call)!);
    case "syscall": {
      const given = lowerInOrder(ctx, args.slice(0, 4), (arg) => lowerExprAs(ctx, arg, U32));
      const values = [0, 1, 2, 3].map((k) => given[k] ?? imm(0));
      const dst = ctx.newTemp();
      ctx.emit({ op: "sys", name: "syscall", args: values, dst });
      return { value: dst, type: U32 };
    }
    case "sizeof": case "offsetof": break; // folded as constants before we get here; reached only on error
  }
  return ctx.module.error(call, 2045, `the intrinsic '${name}' cannot be used this way: see runtime/prelude.d.ts`);
}

/** `u8(x)` and friends: wrap or reinterpret to the target width. Explicit, so constants wrap too. */
function lowerConversion(ctx: FunctionContext, arg: ts.Expression, target: IntType): Typed {
  const v = lowerExpr(ctx, arg);
  if (v.type.kind !== "int" && v.type.kind !== "bool") {
    return ctx.module.error(arg, 3008, `cannot convert ${aType(v.type)} to ${target.name}; changetype<${target.name}>(x) gives an address`);
  }
  // A narrow target needs re-extending unless every source value is already one of its
  // values (i8 -1 is 0xFFFFFFFF in a register; as u16 it must become 0xFFFF).
  const valid = v.type.kind === "bool" || target.bits === 32 || widensTo(v.type, target);
  return { value: valid ? v.value : wrapNarrow(ctx, v.value, target), type: target };
}

function lowerMemoryAccess(ctx: FunctionContext, call: ts.CallExpression, name: string, expected?: TskType): Typed {
  const isLoad = name === "load" || name === "volatileLoad";
  const volatile = name.startsWith("volatile");
  const type = typeArgument(ctx, call, name, isLoad ? expected : undefined);
  const args = call.arguments;
  const addr = ctx.evaluateBefore(args.slice(1), () => address(ctx, args[0], args[isLoad ? 1 : 2]));
  const width = type.bits as Width;
  if (!isLoad) {
    ctx.emit({ op: "store", addr, value: lowerExprAs(ctx, args[1], type), width, volatile });
    return NOTHING;
  }
  const dst = ctx.newTemp();
  ctx.emit({ op: "load", dst, addr, width, signed: type.signed, volatile });
  return { value: dst, type };
}

/** The T of load<T>/store<T>: written explicitly, or (for load) taken from the context. */
function typeArgument(ctx: FunctionContext, call: ts.CallExpression, name: string, expected?: TskType): IntType {
  const node = call.typeArguments?.[0];
  if (node) return ctx.module.intTypeOf(node);
  if (expected?.kind === "int") return expected;
  return ctx.module.error(call, 3010, `${name} needs its type written: ${name}<u32>(…)`);
}

/** The address `ptr + offset` of a load or store; the offset must be a constant. */
function address(ctx: FunctionContext, ptr: ts.Expression, offsetArg?: ts.Expression): Address {
  let offset = 0;
  if (offsetArg) {
    const c = constantOf(ctx, offsetArg);
    if (c?.kind !== "int") return ctx.module.error(offsetArg, 3012, "the offset of load/store must be a constant: add a variable offset to the address instead");
    offset = constantInRange(ctx.module, offsetArg, c, USIZE);
  }
  const base = lowerExpr(ctx, ptr, USIZE);
  if (base.type.kind !== "int" || base.type.bits !== 32) {
    return ctx.module.error(ptr, 3005, `an address is a usize, not ${typeName(base.type)}; changetype<usize>(x) converts a struct or array`);
  }
  if (base.value.kind === "imm") return { offset: (base.value.value + offset) | 0 };
  return { base: base.value, offset };
}

/** `changetype<T>(x)`: the same 32 bits seen as another type: address <-> struct, array, function. */
function lowerChangetype(ctx: FunctionContext, call: ts.CallExpression): Typed {
  const node = call.typeArguments?.[0];
  if (!node) return ctx.module.error(call, 3010, "write the target type: changetype<Entry>(address)");
  const target = ctx.module.valueTypeOf(node, call);
  const v = lowerExpr(ctx, call.arguments[0], USIZE);
  const is32 = (t: TskType) => (t.kind === "int" && t.bits === 32) || t.kind === "struct" || t.kind === "array" || t.kind === "func" || t.kind === "string";
  if (!is32(target) || !is32(v.type)) {
    return ctx.module.error(call, 3025, `changetype reinterprets 32-bit values (addresses, structs, arrays, functions), not ${typeName(v.type)} as ${typeName(target)}`);
  }
  return { value: v.value, type: target, symbol: v.symbol };
}

/** `addressof(x)`: the address of a module-level variable, static, or function. */
function lowerAddressof(ctx: FunctionContext, arg: ts.Expression): Typed {
  if (ts.isIdentifier(arg)) {
    const r = ctx.resolve(arg);
    const symbol = r.kind === "global" ? r.symbol : r.kind === "function" ? r.sig.linkName
      : r.kind === "constant" && r.value.kind === "address" && r.value.symbol ? r.value.symbol : undefined;
    const offset = r.kind === "constant" && r.value.kind === "address" ? r.value.offset : 0;
    if (symbol) {
      const dst = ctx.newTemp();
      ctx.emit({ op: "addr", dst, symbol, offset });
      return { value: dst, type: USIZE };
    }
  }
  return ctx.module.error(arg, 3026, "addressof takes a module-level variable, static struct or array, or function; locals live in registers and have no address");
}

/** The intrinsics whose value is a static address, in a function or a module initialiser:
 * `interruptStubs(handler)` and `includeProgram(path)`; undefined for any other expression. */
export function staticIntrinsic(mod: ModuleContext, init: ts.Expression): ConstValue | undefined {
  if (!ts.isCallExpression(init)) return undefined;
  const name = init.expression.getText();
  if (mod.env.target === "user" && PRIVILEGED.has(name)) privilegedError(mod, init, name);
  switch (name) {
    case "interruptStubs": return interruptStubTable(mod, init.arguments[0]);
    case "includeProgram": return programImage(mod, init);
  }
  return undefined;
}

function lowerStaticAddress(ctx: FunctionContext, c: ConstValue): Typed {
  if (c.kind !== "address" || !c.symbol) throw new Error("internal error: a static intrinsic without a symbol");
  const dst = ctx.newTemp();
  ctx.emit({ op: "addr", dst, symbol: c.symbol, offset: c.offset });
  return { value: dst, type: c.type, symbol: { name: c.symbol, offset: c.offset }, knownLength: ctx.module.staticLengths.get(c.symbol) };
}

/** `includeProgram("path")`: the program compiled for ring 3 (once per path) and embedded in
 * .rodata behind a ProgramImage header (runtime/prelude.d.ts):
 *
 *   program_driver:        dd base, entry, fileSize, memorySize, readOnlySize, program_driver_bytes
 *   program_driver_bytes:  the image, byte 0 at base
 */
function programImage(mod: ModuleContext, call: ts.CallExpression): ConstValue {
  const arg = call.arguments[0];
  if (!arg || !ts.isStringLiteral(arg)) return mod.error(call, 3041, "includeProgram takes a string literal: the path of the program's entry file, relative to this file");
  const file = normalizePath(entryFile(path.resolve(path.dirname(call.getSourceFile().fileName), arg.text))); // a folder means its main.ts, as for `tskc build`
  const known = mod.programs.get(file);
  if (known === "failed") return mod.error(arg, 3043, `the program '${displayPath(file)}' did not compile`);
  if (known) return known;
  if (!fileSystem().fileExists(file)) return mod.error(arg, 3042, `cannot find the program '${displayPath(file)}'`);
  let program: EmbeddedProgram;
  try {
    program = mod.env.compileProgram(file);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    mod.diagnostics.push(...e.diagnostics); // once, however often the program is included
    mod.programs.set(file, "failed");
    return mod.error(arg, 3043, `the program '${displayPath(file)}' did not compile`);
  }
  const decl = mod.checker.getResolvedSignature(call)?.getReturnType().getSymbol()?.declarations?.[0];
  if (!decl || !ts.isClassDeclaration(decl)) throw new Error("internal error: the prelude's ProgramImage is missing");
  const type = mod.structOf(decl);
  const symbol = mod.uniqueName(`program_${path.basename(file, ".ts").replace(/\W/g, "_")}`);
  const header = new Uint8Array(type.size);
  const view = new DataView(header.buffer);
  const field = (name: string, value: number) => view.setUint32(type.fields.get(name)!.offset, value >>> 0, true);
  field("base", program.base);
  field("entry", program.entry);
  field("fileSize", program.bytes.length);
  field("memorySize", program.memorySize);
  field("readOnlySize", program.readOnlySize);
  const bytesSymbol = `${symbol}_bytes`;
  const relocs = [{ offset: type.fields.get("bytes")!.offset, symbol: bytesSymbol, addend: 0 }];
  mod.data.push(
    { symbol, section: "rodata", align: 4, bytes: header, relocs, comment: `ring-3 program ${displayPath(file)}` },
    { symbol: bytesSymbol, section: "rodata", align: 16, bytes: program.bytes, comment: `image of ${displayPath(file)}` },
  );
  const image: ConstValue = { kind: "address", symbol, offset: 0, type };
  mod.programs.set(file, image);
  return image;
}

/** Asks for the handler's stubs (once per handler) and returns the static address of their table. */
export function interruptStubTable(mod: ModuleContext, arg: ts.Expression): ConstValue {
  const decl = ts.isIdentifier(arg) ? mod.declarationOf(arg) : undefined;
  const sig = decl && mod.functions.get(decl);
  if (!sig) return mod.error(arg, 3027, "interruptStubs takes the name of a module-level function (frame: InterruptFrame) => void or usize");
  const frameOk = sig.params.length === 1 && sig.params[0].kind === "struct" && sig.params[0].name === "InterruptFrame";
  const switchesStack = sig.ret.kind === "int" && sig.ret.bits === 32;
  if (!frameOk || (sig.ret.kind !== "void" && !switchesStack)) {
    return mod.error(arg, 3027, "an interrupt handler takes (frame: InterruptFrame) and returns void, or usize to switch to another frame");
  }
  let entry = mod.interruptHandlers.find((h) => h.handler === sig.linkName);
  if (!entry) {
    entry = { handler: sig.linkName, entry: mod.uniqueName(`${sig.linkName}_entry`), table: mod.uniqueName(`${sig.linkName}_stubs`), switchesStack };
    mod.interruptHandlers.push(entry);
    mod.staticLengths.set(entry.table, 256);
  }
  return { kind: "address", symbol: entry.table, offset: 4, type: { kind: "array", element: USIZE } };
}

/** asm`…${a}…`: the text with each operand bound to ebx, esi, edi in order; the result is eax.
 * The text is assembled when the code is encoded (x86/assembler.ts). */
/** Assembles the text now, with the registers its operands will have, so that errors are reported
 * at their place even in functions nothing calls. */
function checkAsm(ctx: FunctionContext, sf: ts.SourceFile, start: ts.LineAndCharacter, code: string[]): void {
  const source = code.map((text, k) => text + (k < code.length - 1 ? ASM_OPERAND_REGS[k] : "")).join("");
  const at = (line: number, column: number) => ({ line: start.line + line - 1, column: line === 1 ? start.character + column - 1 : column - 1 });
  try {
    const { instructions, places } = assemble(source, 0n);
    if (ctx.module.env.target === "user") refuseRingZeroAsm(ctx, sf, instructions, places.map((p) => at(p.line, p.column)));
  } catch (e) {
    if (!(e instanceof AsmError)) throw e;
    const { line, column } = at(e.line, e.column);
    ctx.module.diagnostics.push(diagnosticAtLine(sf, line, column, 5001, `inline asm: ${e.message}`));
    throw new LoweringAbort(e.message);
  }
}

/** TSK3044 for each instruction of a ring-3 program's asm that only ring 0 may run or that
 * leaves the program (ringZeroOnly): as the privileged intrinsics are (TSK3040), they are
 * refused before they run. Some would not even fault: v86 aborts on an iretd to a ring-0
 * code segment instead of raising the #GP a real CPU raises. */
function refuseRingZeroAsm(ctx: FunctionContext, sf: ts.SourceFile, instructions: Assembled["instructions"], places: { line: number; column: number }[]): void {
  let refused = false;
  instructions.forEach((instruction, k) => {
    const why = ringZeroOnly(instruction);
    if (!why) return;
    ctx.module.diagnostics.push(diagnosticAtLine(sf, places[k].line, places[k].column, 3044, `inline asm: ${why}: a program compiled for ring 3 (includeProgram) cannot use it`));
    refused = true;
  });
  if (refused) throw new LoweringAbort("ring-0 instruction in a ring-3 program's asm");
}

export function lowerAsm(ctx: FunctionContext, expr: ts.TaggedTemplateExpression): Typed {
  const template = expr.template;
  const code = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((s) => s.literal.text)];
  const spans = ts.isTemplateExpression(template) ? template.templateSpans : [];
  if (spans.length > ASM_OPERAND_REGS.length) {
    return ctx.module.error(spans[ASM_OPERAND_REGS.length].expression, 3030, `inline asm takes at most ${ASM_OPERAND_REGS.length} operands (bound to ${ASM_OPERAND_REGS.join(", ")})`);
  }
  const args = lowerInOrder(ctx, spans.map((span) => span.expression), (operand) => {
    const v = lowerExpr(ctx, operand, U32);
    if (v.type.kind !== "int" && v.type.kind !== "bool") return ctx.module.error(operand, 3006, `an asm operand must be an integer, found ${typeName(v.type)}`);
    return v.value;
  });
  const dst = ctx.newTemp();
  const sf = expr.getSourceFile();
  const start = sf.getLineAndCharacterOfPosition(template.getStart(sf) + 1); // after the backtick
  checkAsm(ctx, sf, start, code);
  ctx.emit({ op: "asm", code, args, dst, origin: { line: start.line + 1, column: start.character + 1 } });
  return { value: dst, type: U32 };
}
