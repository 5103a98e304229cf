// Calls to the prelude's intrinsics (runtime/prelude.d.ts) lowered to IR.
// In: a call whose callee resolved to a prelude declaration. Out: the IR that
// does it directly (no call): conversions, load/store, port I/O, cli/sti/hlt/pause.

import ts from "typescript";
import { INT_TYPES, type IntType, type TskType, U16, U32, U8, USIZE, VOID, typeName } from "../frontend/types.js";
import { type Address, type SystemOp, type Width, imm } from "../ir/ir.js";
import type { FunctionContext } from "./context.js";
import { constantOf, lowerExpr, lowerExprAs, type Typed, wrapNarrow } from "./expressions.js";
import { fitConstant } from "./constants.js";

const PORT_OUT: Record<string, IntType> = { outb: U8, outw: U16, outl: U32 };
const PORT_IN: Record<string, IntType> = { inb: U8, inw: U16, inl: U32 };
const SYSTEM: ReadonlySet<string> = new Set<SystemOp>(["cli", "sti", "hlt", "pause"]);

export function lowerIntrinsic(ctx: FunctionContext, call: ts.CallExpression, name: string, expected?: TskType): Typed {
  const args = call.arguments;
  const conversion = INT_TYPES.get(name);
  if (conversion) return lowerConversion(ctx, args[0], conversion);
  if (name in PORT_OUT) {
    const port = lowerExprAs(ctx, args[0], U16);
    const value = lowerExprAs(ctx, args[1], PORT_OUT[name]);
    ctx.emit({ op: "out", port, value, width: PORT_OUT[name].bits });
    return { value: imm(0), type: VOID };
  }
  if (name in PORT_IN) {
    const dst = ctx.newTemp();
    ctx.emit({ op: "in", dst, port: lowerExprAs(ctx, args[0], U16), width: PORT_IN[name].bits });
    return { value: dst, type: PORT_IN[name] };
  }
  if (SYSTEM.has(name)) {
    ctx.emit({ op: "sys", name: name as SystemOp });
    return { value: imm(0), type: VOID };
  }
  if (name === "load" || name === "store") {
    const type = typeArgument(ctx, call, name, name === "load" ? expected : undefined);
    const addr = address(ctx, args[0], args[name === "load" ? 1 : 2]);
    const width = type.bits as Width;
    if (name === "store") {
      ctx.emit({ op: "store", addr, value: lowerExprAs(ctx, args[1], type), width });
      return { value: imm(0), type: VOID };
    }
    const dst = ctx.newTemp();
    ctx.emit({ op: "load", dst, addr, width, signed: type.signed });
    return { value: dst, type };
  }
  return ctx.module.error(call, 2045, `the intrinsic '${name}' is not implemented by this version of tskc`);
}

/** `u8(x)` and friends: wrap or reinterpret to the target width. Explicit, so constants wrap too. */
function lowerConversion(ctx: FunctionContext, arg: ts.Expression, target: IntType): Typed {
  const v = lowerExpr(ctx, arg);
  if (v.type.kind !== "int" && v.type.kind !== "bool") {
    return ctx.module.error(arg, 3008, `cannot convert a ${typeName(v.type)} to ${target.name}`);
  }
  const narrowing = v.type.kind === "int" && (v.type.bits > target.bits || (v.type.bits === target.bits && v.type.signed !== target.signed));
  return { value: narrowing ? wrapNarrow(ctx, v.value, target) : v.value, type: target };
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
    offset = fitConstant(ctx.module, offsetArg, c, USIZE);
  }
  const base = lowerExprAs(ctx, ptr, USIZE);
  if (base.kind === "imm") return { offset: (base.value + offset) | 0 };
  return { base, offset };
}
