// Places: where a value lives and can be assigned. In: an expression on the left of
// `=` (or read as a value). Out: a temp (locals and parameters) or a memory address
// with the type stored there (module-level lets, struct fields, array elements).
//
// Array accesses are bounds-checked unless inside unchecked(…), or the index is a
// constant known to be in range:
//   a[i]   =>   %len = load.u32 [%a - 4]        (constant for static arrays)
//                %bad = cmp.uge %i, %len  ;  br %bad, @trap, @ok
//        @trap (cold): call boundsTrap(file, line, %i, %len); unreachable
//        @ok:   load [%a + %i * size]

import ts from "typescript";
import { I32, isSigned, storageSize, type StructType, type TskType, typeName } from "../frontend/types.js";
import { type Address, imm, type Temp, type Value, type Width } from "../ir/ir.js";
import { displayPath } from "../diagnostics.js";
import { samePath } from "../paths.js";
import type { FunctionContext, ModuleContext } from "./context.js";
import { elementSize } from "./data.js";
import { lowerExpr, type Typed } from "./expressions.js";

export type Place = { kind: "temp"; temp: Temp; type: TskType } | { kind: "memory"; addr: Address; type: TskType };

/** The place an assignable expression names. */
export function placeOf(ctx: FunctionContext, target: ts.Expression): Place {
  if (ts.isParenthesizedExpression(target)) return placeOf(ctx, target.expression);
  if (ts.isIdentifier(target)) {
    assignable(ctx, target);
    const r = ctx.resolve(target);
    if (r.kind === "local") return { kind: "temp", temp: r.temp, type: r.type };
    if (r.kind === "global") return { kind: "memory", addr: { symbol: r.symbol, offset: 0 }, type: r.type };
  }
  if (ts.isPropertyAccessExpression(target)) {
    const object = lowerExpr(ctx, target.expression);
    if (object.type.kind === "struct") return fieldPlace(ctx, object, object.type, target.name);
  }
  if (ts.isElementAccessExpression(target)) {
    const place = elementPlace(ctx, target);
    if (place.type.kind !== "struct") return place;
    return ctx.module.error(target, 2043, "struct elements are stored in the array: assign to their fields instead");
  }
  return ctx.module.error(target, 2043, "only variables, struct fields and array elements can be assigned; use store<T>(address, value) for raw memory");
}

/** tsc rejects these too, but `// @ts-ignore` and `// @ts-nocheck` silence it: lowering checks
 * for itself that a name is not a `const` (a for...of variable included) or an import, which
 * is read-only in its importing module. */
function assignable(ctx: FunctionContext, name: ts.Identifier): void {
  const symbol = ctx.module.checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
    ctx.module.error(name, 3034, `'${name.text}' is an import, which is read-only: assign it in the module that declares it`);
  }
  const decl = ctx.module.declarationOf(name);
  if (decl && ts.isVariableDeclaration(decl) && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) {
    ctx.module.error(name, 3034, `'${name.text}' is a const: declare it with let to assign it`);
  }
}

export function readPlace(ctx: FunctionContext, place: Place): Value {
  if (place.kind === "temp") return ctx.readLocal(place.temp);
  const dst = ctx.newTemp();
  ctx.emit({ op: "load", dst, addr: place.addr, width: (storageSize(place.type) * 8) as Width, signed: isSigned(place.type) });
  return dst;
}

export function writePlace(ctx: FunctionContext, place: Place, value: Value): void {
  if (place.kind === "temp") ctx.emit({ op: "copy", dst: place.temp, src: value });
  else ctx.emit({ op: "store", addr: place.addr, value, width: (storageSize(place.type) * 8) as Width });
}

/** A struct's field, at the struct's address plus the field's offset. */
export function fieldPlace(ctx: FunctionContext, object: Typed, struct: StructType, name: ts.MemberName): Place {
  const field = struct.fields.get(name.text);
  if (!field) return ctx.module.error(name, 3017, `struct ${struct.name} has no field '${name.text}'`);
  return { kind: "memory", addr: offsetAddress(object, field.offset), type: field.type };
}

/** Reads an element (for a struct element: its address, a view). */
export function readElement(ctx: FunctionContext, access: ts.ElementAccessExpression): Typed {
  return readPlaceOrView(ctx, elementPlace(ctx, access));
}

/** A place's value; a struct stored in place is represented by its address. */
export function readPlaceOrView(ctx: FunctionContext, place: Place): Typed {
  if (place.kind === "memory" && place.type.kind === "struct") return { value: addressValue(ctx, place.addr), type: place.type };
  return { value: readPlace(ctx, place), type: place.type };
}

function elementPlace(ctx: FunctionContext, access: ts.ElementAccessExpression): Place {
  const array = ctx.evaluateBefore([access.argumentExpression], () => lowerExpr(ctx, access.expression));
  if (array.type.kind !== "array") {
    return ctx.module.error(access, 2014, `only StaticArray can be indexed, not ${typeName(array.type)}; use load<T>(address) for raw memory`);
  }
  // Any integer type indexes; narrow ones are already extended, and a negative i32
  // fails the unsigned bounds check.
  const i = lowerExpr(ctx, access.argumentExpression, I32);
  if (i.type.kind !== "int") return ctx.module.error(access.argumentExpression, 3006, `an index must be an integer, found ${typeName(i.type)}`);
  if (!ctx.unchecked) boundsCheck(ctx, access, i.value, arrayLength(ctx, array));
  return elementAt(ctx, array, i.value);
}

/** Element `index` of an array, not checked against its length. */
export function elementAt(ctx: FunctionContext, array: Typed, index: Value): Place {
  if (array.type.kind !== "array") throw new Error("internal error: elementAt on a non-array");
  const element = array.type.element;
  const size = elementSize(element);
  if (index.kind === "imm") return { kind: "memory", addr: offsetAddress(array, index.value * size), type: element };
  if (size === 1 || size === 2 || size === 4 || size === 8) {
    return { kind: "memory", addr: { ...offsetAddress(array, 0), index, scale: size }, type: element };
  }
  const scaled = ctx.newTemp();
  ctx.emit({ op: "mul", dst: scaled, a: index, b: imm(size) });
  return { kind: "memory", addr: { ...offsetAddress(array, 0), index: scaled, scale: 1 }, type: element };
}

/** The length of an array: a constant for static arrays, else the u32 below element 0. */
export function arrayLength(ctx: FunctionContext, array: Typed): Value {
  if (array.knownLength !== undefined) return imm(array.knownLength);
  const dst = ctx.newTemp();
  ctx.emit({ op: "load", dst, addr: offsetAddress(array, -4), width: 32, signed: false });
  return dst;
}

/** Traps unless 0 <= index < length (one unsigned compare covers both). */
export function boundsCheck(ctx: FunctionContext, node: ts.Node, index: Value, length: Value): void {
  if (index.kind === "imm" && length.kind === "imm") {
    if (index.value >>> 0 < length.value >>> 0) return;
    return ctx.module.error(node, 3032, `index ${index.value} is out of range for length ${length.value}`);
  }
  const failed = ctx.newTemp();
  const [trap, ok] = [ctx.newBlock(), ctx.newBlock()];
  trap.cold = true;
  ctx.emit({ op: "cmp", dst: failed, cond: "uge", a: index, b: length });
  ctx.terminate({ op: "br", cond: failed, then: trap, else: ok });
  ctx.setBlock(trap);
  const loc = ctx.loc!;
  const file = ctx.newTemp();
  ctx.emit({ op: "addr", dst: file, symbol: ctx.module.stringSymbol(node, loc.file), offset: 0 });
  ctx.emit({ op: "call", callee: trapFunction(ctx.module, node), args: [file, imm(loc.line), index, length] });
  ctx.terminate({ op: "unreachable" });
  ctx.setBlock(ok);
}

/** The link name of a function of the runtime's trap module (runtime/lib/trap.ts, or
 * runtime/lib/user/trap.ts in a ring-3 program). Every bounds check asks, so the module's
 * trap functions are found once, after lowering has declared every function. */
export function trapFunction(mod: ModuleContext, node: ts.Node, name = "boundsTrap"): string {
  let names = trapFunctions.get(mod);
  if (!names) {
    names = new Map();
    for (const [decl, sig] of mod.functions) {
      if (ts.isFunctionDeclaration(decl) && decl.name && samePath(decl.getSourceFile().fileName, mod.env.trapPath)) names.set(decl.name.text, sig.linkName);
    }
    trapFunctions.set(mod, names);
  }
  return names.get(name) ?? mod.error(node, 4004, `the runtime's ${name} (${displayPath(mod.env.trapPath)}) is missing from this tskc installation`);
}

const trapFunctions = new WeakMap<ModuleContext, Map<string, string>>();

/** `value + offset` as an address: symbolic when the value is a static address. */
function offsetAddress(v: Typed, offset: number): Address {
  if (v.symbol) return { symbol: v.symbol.name, offset: v.symbol.offset + offset };
  return v.value.kind === "temp" ? { base: v.value, offset } : { offset: (v.value.value + offset) | 0 };
}

/** Materializes an address as a value (a struct element's view). */
function addressValue(ctx: FunctionContext, addr: Address): Value {
  let sum: Value = imm(addr.offset);
  if (addr.symbol) {
    const at = ctx.newTemp();
    ctx.emit({ op: "addr", dst: at, symbol: addr.symbol, offset: addr.offset });
    sum = at;
  }
  const add = (a: Value, b: Value): Value => {
    const dst = ctx.newTemp();
    ctx.emit({ op: "add", dst, a, b });
    return dst;
  };
  if (addr.base) sum = add(addr.symbol ? sum : addr.base, addr.symbol ? addr.base : sum);
  if (addr.index) {
    const scaled = ctx.newTemp();
    ctx.emit({ op: "mul", dst: scaled, a: addr.index, b: imm(addr.scale ?? 1) });
    sum = add(sum, scaled);
  }
  return sum;
}
