// Expressions to IR. In: a subset-checked expression and, where the context gives
// one, the type expected of it. Out: IR instructions in the current block and the
// typed value of the expression.
//
// Integer rules (docs/language.md): operands of a binary operator must have one
// type, or one must widen to the other without loss (u8 -> u32, u16 -> i32);
// a plain literal takes the type of the other operand or of the context; narrow
// results wrap at their width (an `ext` after arithmetic that can overflow).
//
// Worked example, `a + 1` with a: u8 in %t0:
//   %t1 = add %t0, 1
//   %t2 = ext.u8 %t1        ; 255 + 1 wraps to 0

import ts from "typescript";
import { commonIntType, I32, type IntType, type TskType, BOOL, STRING, sameType, typeName, widensTo, aType } from "../frontend/types.js";
import { type BinaryOp, type Block, type Cond, type Value, imm } from "../ir/ir.js";
import { type FunctionContext, type FunctionSig, lowerAll } from "./context.js";
import { type ConstValue, evalConstant, fitBitPattern, fitConstant } from "./constants.js";
import { lowerAsm, lowerIntrinsic } from "./intrinsics.js";
import { arrayLength, boundsCheck, fieldPlace, type Place, placeOf, readElement, readPlace, writePlace } from "./places.js";

export interface Typed {
  value: Value;
  type: TskType;
  /** For a static address: its symbol, so that accesses through it need no register. */
  symbol?: { name: string; offset: number };
  /** For a static array: its length, so that bounds checks compare with a constant. */
  knownLength?: number;
}

const ARITHMETIC: Partial<Record<ts.SyntaxKind, "arith" | "shift" | "compare" | "logical">> = {
  [ts.SyntaxKind.PlusToken]: "arith", [ts.SyntaxKind.MinusToken]: "arith", [ts.SyntaxKind.AsteriskToken]: "arith",
  [ts.SyntaxKind.SlashToken]: "arith", [ts.SyntaxKind.PercentToken]: "arith", [ts.SyntaxKind.AmpersandToken]: "arith",
  [ts.SyntaxKind.BarToken]: "arith", [ts.SyntaxKind.CaretToken]: "arith",
  [ts.SyntaxKind.LessThanLessThanToken]: "shift", [ts.SyntaxKind.GreaterThanGreaterThanToken]: "shift",
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: "shift",
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: "compare", [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "compare",
  [ts.SyntaxKind.EqualsEqualsToken]: "compare", [ts.SyntaxKind.ExclamationEqualsToken]: "compare",
  [ts.SyntaxKind.LessThanToken]: "compare", [ts.SyntaxKind.LessThanEqualsToken]: "compare",
  [ts.SyntaxKind.GreaterThanToken]: "compare", [ts.SyntaxKind.GreaterThanEqualsToken]: "compare",
  [ts.SyntaxKind.AmpersandAmpersandToken]: "logical", [ts.SyntaxKind.BarBarToken]: "logical",
};

/** Compound assignment operator -> the binary operator it applies. */
const COMPOUND: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken, [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken, [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken, [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken, [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
};

export function lowerExpr(ctx: FunctionContext, expr: ts.Expression, expected?: TskType): Typed {
  const c = constantOf(ctx, expr);
  if (c) return materialize(ctx, expr, c, expected);
  if (ts.isParenthesizedExpression(expr)) return lowerExpr(ctx, expr.expression, expected);
  if (ts.isIdentifier(expr)) return lowerIdentifier(ctx, expr);
  if (ts.isBinaryExpression(expr)) return lowerBinary(ctx, expr, expected);
  if (ts.isPrefixUnaryExpression(expr)) return lowerPrefix(ctx, expr, expected);
  if (ts.isPostfixUnaryExpression(expr)) return lowerIncrement(ctx, expr, expr.operand, expr.operator === ts.SyntaxKind.PlusPlusToken, true);
  if (ts.isCallExpression(expr)) return lowerCall(ctx, expr, expected);
  if (ts.isConditionalExpression(expr)) return lowerConditional(ctx, expr, expected);
  if (ts.isPropertyAccessExpression(expr)) return lowerProperty(ctx, expr);
  if (ts.isElementAccessExpression(expr)) return readElement(ctx, expr);
  if (ts.isTaggedTemplateExpression(expr)) return lowerAsm(ctx, expr);
  if (expr.kind === ts.SyntaxKind.ThisKeyword && ctx.thisValue) return { value: ctx.thisValue.temp, type: ctx.thisValue.type };
  return ctx.module.error(expr, 2099, `this expression is not supported by tskc`);
}

/** Lowers `expr` and converts it to `target`, allowing only lossless implicit widening. */
export function lowerExprAs(ctx: FunctionContext, expr: ts.Expression, target: TskType): Value {
  return coerce(ctx, expr, lowerExpr(ctx, expr, target), target);
}

export function coerce(ctx: FunctionContext, node: ts.Node, v: Typed, target: TskType): Value {
  if (sameType(v.type, target)) return v.value;
  if (v.type.kind === "int" && target.kind === "int") {
    if (widensTo(v.type, target)) {
      warnIfWrapped(ctx, node, v.type, target);
      return v.value; // narrow temps are kept extended, so they are already valid
    }
    return ctx.module.error(node, 3005, `${aType(v.type)} value does not implicitly convert to ${target.name}: write ${target.name}(…) to convert`);
  }
  return ctx.module.error(node, 3006, `expected ${aType(target)} value, found ${typeName(v.type)}`);
}

/** Operators whose narrow result can wrap. */
const WRAPPING = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.LessThanLessThanToken]);

/** `century * 100 + year` with u8 operands wraps at 8 bits, then widens: when the result is
 * stored wider, the wider value was probably meant (TSK3045, a warning; the code is as written). */
function warnIfWrapped(ctx: FunctionContext, node: ts.Node, from: IntType, to: IntType): void {
  let e = node;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) e = e.right;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isBinaryExpression(e) || !WRAPPING.has(e.operatorToken.kind) || from.bits >= to.bits) return;
  ctx.module.warn(e, 3045, `this ${from.name} arithmetic wraps at ${from.bits} bits before it widens to ${to.name}: convert an operand, e.g. ${to.name}(x) * …, to compute in ${to.name}, or write ${from.name}(…) around it if the wrap is meant`);
}

export function constantOf(ctx: FunctionContext, expr: ts.Expression): ConstValue | undefined {
  return evalConstant(ctx.module, expr, (id) => {
    const r = ctx.resolve(id);
    return r.kind === "constant" ? r.value : undefined;
  });
}

function materialize(ctx: FunctionContext, node: ts.Node, c: ConstValue, expected?: TskType, bitPattern = false): Typed {
  if (c.kind === "bool") return { value: imm(c.value ? 1 : 0), type: BOOL };
  if (c.kind === "string") {
    const dst = ctx.newTemp();
    ctx.emit({ op: "addr", dst, symbol: ctx.module.stringSymbol(node, c.text), offset: 0 });
    return { value: dst, type: STRING };
  }
  if (c.kind === "address") {
    if (!c.symbol) return { value: imm(c.offset), type: c.type };
    const dst = ctx.newTemp(); // unused when every access goes through `symbol`; DCE removes it then
    ctx.emit({ op: "addr", dst, symbol: c.symbol, offset: c.offset });
    return { value: dst, type: c.type, symbol: { name: c.symbol, offset: c.offset }, knownLength: ctx.module.staticLength(c.symbol) };
  }
  const type = c.type ?? (expected?.kind === "int" ? expected : I32);
  return { value: imm((bitPattern ? fitBitPattern : fitConstant)(ctx.module, node, c, type)), type };
}

function lowerIdentifier(ctx: FunctionContext, id: ts.Identifier): Typed {
  const r = ctx.resolve(id);
  switch (r.kind) {
    case "local": return { value: ctx.readLocal(r.temp), type: r.type };
    case "global": return { value: readPlace(ctx, { kind: "memory", addr: { symbol: r.symbol, offset: 0 }, type: r.type }), type: r.type };
    case "function": return functionAddress(ctx, r.sig);
    case "enum": return ctx.module.error(id, 3023, `enum '${id.text}' is a set of constants: use one of its members, e.g. ${id.text}.${r.decl.members[0]?.name.getText() ?? "Member"}`);
    case "intrinsic": return ctx.module.error(id, 2042, `'${id.text}' is a compiler intrinsic: call it, e.g. ${id.text}(…)`);
    default:
      if (id.text === "undefined") return ctx.module.error(id, 2023, "'undefined' is not supported: tskc values are always defined");
      return ctx.module.error(id, 2040, `'${id.text}' is not available in kernel code: tskc provides only the prelude (runtime/prelude.d.ts) and your own declarations`);
  }
}

/** Lowers both operands of an arithmetic or comparison operator to one integer type. */
function lowerOperands(ctx: FunctionContext, expr: ts.BinaryExpression, left: ts.Expression, right: ts.Expression, expected?: TskType): [Value, Value, TskType] {
  const cl = constantOf(ctx, left);
  const cr = constantOf(ctx, right);
  const hint = expected?.kind === "int" ? expected : undefined;
  const bits = isBitwise(expr.operatorToken.kind);
  if (cl?.kind === "int" && !cl.type) {
    const r = lowerExpr(ctx, right, hint);
    return [materialize(ctx, left, cl, r.type, bits).value, r.value, r.type];
  }
  // Both operands are lowered even when the left fails, so that both report their errors.
  let l: Typed | undefined;
  let r: Typed | undefined;
  lowerAll([
    () => void (l = ctx.evaluateBefore([right], () => lowerExpr(ctx, left, hint))),
    () => void (r = cr?.kind === "int" && !cr.type ? materialize(ctx, right, cr, l?.type ?? hint, bits) : lowerExpr(ctx, right, l?.type.kind === "int" ? l.type : hint)),
  ]);
  if (!l || !r) throw new Error("internal error: an operand failed without a diagnostic");
  if (sameType(l.type, r.type)) return [l.value, r.value, l.type];
  if (l.type.kind === "int" && r.type.kind === "int") {
    const common = commonIntType(l.type, r.type);
    if (common) return [l.value, r.value, common];
    return ctx.module.error(expr, 3002, `operands have types ${l.type.name} and ${r.type.name}: convert one explicitly, e.g. ${l.type.name}(x)`);
  }
  return ctx.module.error(expr, 3006, `operator '${expr.operatorToken.getText()}' cannot combine ${typeName(l.type)} and ${typeName(r.type)}`);
}

function lowerBinary(ctx: FunctionContext, expr: ts.BinaryExpression, expected?: TskType): Typed {
  const op = expr.operatorToken.kind;
  if (op === ts.SyntaxKind.EqualsToken) return lowerAssignment(ctx, expr, expr.right);
  const compound = COMPOUND[op];
  if (compound !== undefined) return lowerAssignment(ctx, expr, expr.right, compound);
  switch (ARITHMETIC[op]) {
    case "arith": case "shift": return lowerArithmetic(ctx, expr, op, expr.left, expr.right, expected);
    case "compare": case "logical": return conditionValue(ctx, expr);
  }
  return ctx.module.error(expr.operatorToken, 2038, `operator '${expr.operatorToken.getText()}' is not supported`);
}

function lowerArithmetic(ctx: FunctionContext, expr: ts.BinaryExpression, op: ts.SyntaxKind, left: ts.Expression, right: ts.Expression, expected?: TskType): Typed {
  if (ARITHMETIC[op] !== "shift") {
    const [a, b, type] = lowerOperands(ctx, expr, left, right, expected);
    return emitArithmetic(ctx, expr, op, a, b, type);
  }
  // The left operand alone decides the type; the count is any integer, used modulo 32.
  const cl = constantOf(ctx, left);
  const l = cl?.kind === "int" && !cl.type ? materialize(ctx, left, cl, expected) : ctx.evaluateBefore([right], () => lowerExpr(ctx, left, expected));
  return arithmetic(ctx, expr, op, l, right, expected);
}

/** `l op right` with the left operand already lowered (compound assignment reads it from its place). */
function arithmetic(ctx: FunctionContext, expr: ts.BinaryExpression, op: ts.SyntaxKind, l: Typed, right: ts.Expression, expected?: TskType): Typed {
  if (ARITHMETIC[op] === "shift") {
    const r = lowerExpr(ctx, right, I32);
    if (r.type.kind !== "int") return ctx.module.error(right, 3006, `a shift count must be an integer, found ${typeName(r.type)}`);
    return emitArithmetic(ctx, expr, op, l.value, r.value, l.type);
  }
  const cr = constantOf(ctx, right);
  const r = cr?.kind === "int" && !cr.type && l.type.kind === "int" ? materialize(ctx, right, cr, l.type, isBitwise(op)) : lowerExpr(ctx, right, l.type.kind === "int" ? l.type : expected);
  if (sameType(l.type, r.type)) return emitArithmetic(ctx, expr, op, l.value, r.value, l.type);
  const common = l.type.kind === "int" && r.type.kind === "int" ? commonIntType(l.type, r.type) : undefined;
  if (!common) return ctx.module.error(expr, 3002, `operands have types ${typeName(l.type)} and ${typeName(r.type)}: convert one explicitly, e.g. ${typeName(l.type)}(x)`);
  return emitArithmetic(ctx, expr, op, l.value, r.value, common);
}

function emitArithmetic(ctx: FunctionContext, expr: ts.BinaryExpression, op: ts.SyntaxKind, a: Value, b: Value, type: TskType): Typed {
  if (type.kind === "string" && op === ts.SyntaxKind.PlusToken) {
    return ctx.module.error(expr, 3006, "strings cannot be joined with '+': a kernel builds no strings at run time; print the parts one by one, e.g. print(a); print(b), or printU32(n) for a number");
  }
  if (type.kind !== "int") {
    return ctx.module.error(expr, 3006, `operator '${ts.tokenToString(op)}' needs integer operands, found ${typeName(type)}`);
  }
  const divides = op === ts.SyntaxKind.SlashToken || op === ts.SyntaxKind.PercentToken;
  if (divides && b.kind === "imm" && b.value === 0) return ctx.module.error(expr, 3003, "division by zero: the divisor is the constant 0");
  const dst = ctx.newTemp();
  ctx.emit({ op: binaryOp(op, type), dst, a, b });
  return { value: wrapNarrow(ctx, dst, type), type };
}

function isBitwise(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.AmpersandToken || op === ts.SyntaxKind.BarToken || op === ts.SyntaxKind.CaretToken;
}

function binaryOp(op: ts.SyntaxKind, t: IntType): BinaryOp {
  switch (op) {
    case ts.SyntaxKind.PlusToken: return "add";
    case ts.SyntaxKind.MinusToken: return "sub";
    case ts.SyntaxKind.AsteriskToken: return "mul";
    case ts.SyntaxKind.SlashToken: return t.signed ? "sdiv" : "udiv";
    case ts.SyntaxKind.PercentToken: return t.signed ? "srem" : "urem";
    case ts.SyntaxKind.AmpersandToken: return "and";
    case ts.SyntaxKind.BarToken: return "or";
    case ts.SyntaxKind.CaretToken: return "xor";
    case ts.SyntaxKind.LessThanLessThanToken: return "shl";
    case ts.SyntaxKind.GreaterThanGreaterThanToken: return t.signed ? "sar" : "shr";
    default: return "shr"; // >>>
  }
}

/** Re-extends a narrow result so the temp holds a valid value of its type. */
export function wrapNarrow(ctx: FunctionContext, v: Value, type: TskType): Value {
  if (type.kind !== "int" || type.bits === 32) return v;
  const dst = ctx.newTemp();
  ctx.emit({ op: "ext", dst, a: v, from: type.bits, signed: type.signed });
  return dst;
}

function functionAddress(ctx: FunctionContext, sig: FunctionSig): Typed {
  const dst = ctx.newTemp();
  ctx.emit({ op: "addr", dst, symbol: sig.linkName, offset: 0 });
  return { value: dst, type: { kind: "func", params: sig.params, ret: sig.ret } };
}

/** `place = right` or `place op= right`; the value of the expression is the value stored.
 * The target's base and index, and for `op=` its old value, are evaluated before `right`. */
function lowerAssignment(ctx: FunctionContext, expr: ts.BinaryExpression, right: ts.Expression, op?: ts.BinaryOperator): Typed {
  const [place, old] = ctx.evaluateBefore([right], () => {
    const place = placeOf(ctx, expr.left);
    return [place, op === undefined ? undefined : readPlace(ctx, place)] as const;
  });
  const result = old === undefined
    ? lowerExpr(ctx, right, place.type)
    : arithmetic(ctx, expr, op!, { value: old, type: place.type }, right, place.type);
  const value = coerce(ctx, expr, result, place.type);
  writePlace(ctx, place, value);
  return { value, type: place.type };
}

function lowerIncrement(ctx: FunctionContext, expr: ts.Expression, operand: ts.Expression, increment: boolean, postfix: boolean): Typed {
  const place: Place = placeOf(ctx, operand);
  const type = place.type;
  if (type.kind !== "int") return ctx.module.error(expr, 3006, `'++' and '--' need an integer variable, found ${typeName(type)}`);
  let old = readPlace(ctx, place);
  if (postfix && place.kind === "temp") {
    old = ctx.newTemp();
    ctx.emit({ op: "copy", dst: old, src: place.temp });
  }
  const sum = ctx.newTemp();
  ctx.emit({ op: increment ? "add" : "sub", dst: sum, a: place.kind === "temp" ? place.temp : old, b: imm(1) });
  const stored = wrapNarrow(ctx, sum, type);
  writePlace(ctx, place, stored);
  return { value: postfix ? old : stored, type };
}

function lowerPrefix(ctx: FunctionContext, expr: ts.PrefixUnaryExpression, expected?: TskType): Typed {
  switch (expr.operator) {
    case ts.SyntaxKind.PlusPlusToken: return lowerIncrement(ctx, expr, expr.operand, true, false);
    case ts.SyntaxKind.MinusMinusToken: return lowerIncrement(ctx, expr, expr.operand, false, false);
    case ts.SyntaxKind.ExclamationToken: return conditionValue(ctx, expr);
  }
  const v = lowerExpr(ctx, expr.operand, expected);
  if (v.type.kind !== "int") return ctx.module.error(expr, 3006, `'${ts.tokenToString(expr.operator)}' needs an integer operand, found ${typeName(v.type)}`);
  if (expr.operator === ts.SyntaxKind.PlusToken) return v;
  const dst = ctx.newTemp();
  ctx.emit({ op: expr.operator === ts.SyntaxKind.MinusToken ? "neg" : "not", dst, a: v.value });
  return { value: wrapNarrow(ctx, dst, v.type), type: v.type };
}

/** A comparison or logical expression used as a value: branch, then set 1 or 0. */
function conditionValue(ctx: FunctionContext, expr: ts.Expression): Typed {
  const simple = ts.isBinaryExpression(expr) && ARITHMETIC[expr.operatorToken.kind] === "compare";
  if (simple) {
    const [cond, a, b] = lowerComparison(ctx, expr as ts.BinaryExpression);
    const dst = ctx.newTemp();
    ctx.emit({ op: "cmp", dst, cond, a, b });
    return { value: dst, type: BOOL };
  }
  const dst = ctx.newTemp();
  const [onTrue, onFalse, join] = [ctx.newBlock(), ctx.newBlock(), ctx.newBlock()];
  lowerCondition(ctx, expr, onTrue, onFalse);
  ctx.setBlock(onTrue);
  ctx.emit({ op: "copy", dst, src: imm(1) });
  ctx.jumpTo(join);
  ctx.setBlock(onFalse);
  ctx.emit({ op: "copy", dst, src: imm(0) });
  ctx.jumpTo(join);
  return { value: dst, type: BOOL };
}

function lowerComparison(ctx: FunctionContext, expr: ts.BinaryExpression): [Cond, Value, Value] {
  const [a, b, type] = lowerOperands(ctx, expr, expr.left, expr.right);
  if (type.kind === "string") return ctx.module.error(expr, 3007, "strings cannot be compared with operators: compare their lengths and characters");
  const signed = type.kind === "int" && type.signed;
  const op = expr.operatorToken.kind;
  if (type.kind !== "int" && op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken
      && op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) {
    return ctx.module.error(expr, 3006, `'${expr.operatorToken.getText()}' needs integer operands, found ${typeName(type)}`);
  }
  switch (op) {
    case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.EqualsEqualsToken: return ["eq", a, b];
    case ts.SyntaxKind.ExclamationEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken: return ["ne", a, b];
    case ts.SyntaxKind.LessThanToken: return [signed ? "slt" : "ult", a, b];
    case ts.SyntaxKind.LessThanEqualsToken: return [signed ? "sle" : "ule", a, b];
    case ts.SyntaxKind.GreaterThanToken: return [signed ? "sgt" : "ugt", a, b];
    default: return [signed ? "sge" : "uge", a, b];
  }
}

/** Lowers `expr` as a branch: to `onTrue` when it holds, else to `onFalse`. && and || short-circuit. */
export function lowerCondition(ctx: FunctionContext, expr: ts.Expression, onTrue: Block, onFalse: Block): void {
  const c = constantOf(ctx, expr);
  if (c?.kind === "bool") return ctx.terminate({ op: "jmp", target: c.value ? onTrue : onFalse });
  if (ts.isParenthesizedExpression(expr)) return lowerCondition(ctx, expr.expression, onTrue, onFalse);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) {
    return lowerCondition(ctx, expr.operand, onFalse, onTrue);
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      const rest = ctx.newBlock();
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) lowerCondition(ctx, expr.left, rest, onFalse);
      else lowerCondition(ctx, expr.left, onTrue, rest);
      ctx.setBlock(rest);
      return lowerCondition(ctx, expr.right, onTrue, onFalse);
    }
    if (ARITHMETIC[op] === "compare") {
      const [cond, a, b] = lowerComparison(ctx, expr);
      const dst = ctx.newTemp();
      ctx.emit({ op: "cmp", dst, cond, a, b });
      return ctx.terminate({ op: "br", cond: dst, then: onTrue, else: onFalse });
    }
  }
  const v = lowerExpr(ctx, expr, BOOL);
  if (v.type.kind !== "int" && v.type.kind !== "bool") {
    return ctx.module.error(expr, 3006, `a condition must be a bool or an integer, found ${typeName(v.type)}`);
  }
  ctx.terminate({ op: "br", cond: v.value, then: onTrue, else: onFalse });
}

function lowerConditional(ctx: FunctionContext, expr: ts.ConditionalExpression, expected?: TskType): Typed {
  const [whenTrue, whenFalse, join] = [ctx.newBlock(), ctx.newBlock(), ctx.newBlock()];
  lowerCondition(ctx, expr.condition, whenTrue, whenFalse);
  const dst = ctx.newTemp();
  // The branch whose type is known decides an untyped literal in the other.
  const cTrue = constantOf(ctx, expr.whenTrue);
  const first = cTrue?.kind === "int" && !cTrue.type ? expr.whenFalse : expr.whenTrue;
  const second = first === expr.whenTrue ? expr.whenFalse : expr.whenTrue;
  ctx.setBlock(first === expr.whenTrue ? whenTrue : whenFalse);
  const a = lowerExpr(ctx, first, expected);
  ctx.emit({ op: "copy", dst, src: a.value });
  ctx.jumpTo(join);
  ctx.setBlock(second === expr.whenTrue ? whenTrue : whenFalse);
  const bValue = lowerExprAs(ctx, second, a.type);
  ctx.emit({ op: "copy", dst, src: bValue });
  ctx.jumpTo(join);
  return { value: dst, type: a.type };
}

function lowerProperty(ctx: FunctionContext, expr: ts.PropertyAccessExpression): Typed {
  const target = lowerExpr(ctx, expr.expression);
  const name = expr.name.text;
  if (target.type.kind === "struct") {
    if (target.type.methods.has(name)) return ctx.module.error(expr, 2041, `call the method: ${expr.getText()}(…)`);
    const place = fieldPlace(ctx, target, target.type, expr.name);
    return { value: readPlace(ctx, place), type: place.type };
  }
  if (target.type.kind === "array" && name === "length") return { value: arrayLength(ctx, target), type: I32 };
  if (target.type.kind === "string" && name === "length" && target.value.kind === "temp") {
    const dst = ctx.newTemp();
    ctx.emit({ op: "load", dst, addr: { base: target.value, offset: 0 }, width: 32, signed: false });
    return { value: dst, type: I32 };
  }
  return ctx.module.error(expr, 2044, `'${name}' is not a property of ${typeName(target.type)}: structs have their fields, arrays and strings .length`);
}

function lowerCall(ctx: FunctionContext, call: ts.CallExpression, expected?: TskType): Typed {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "charCodeAt" && call.arguments.length === 1) {
    const s = ctx.evaluateBefore(call.arguments, () => lowerExpr(ctx, callee.expression));
    if (s.type.kind === "string" && s.value.kind === "temp") return lowerCharCodeAt(ctx, s.value, call.arguments[0]);
  }
  if (ts.isIdentifier(callee)) {
    const r = ctx.resolve(callee);
    if (r.kind === "intrinsic") return lowerIntrinsic(ctx, call, r.name, expected);
    if (r.kind === "function") return emitCall(ctx, call, r.sig.params, r.sig.ret, { callee: r.sig.linkName }, [], r.sig.defaults);
    if (r.kind === "unknown") return notAvailable(ctx, callee);
  }
  if (ts.isPropertyAccessExpression(callee)) {
    // Math.max(…), console.log(…): name the whole call, not just the object.
    if (ts.isIdentifier(callee.expression) && ctx.resolve(callee.expression).kind === "unknown") return notAvailable(ctx, callee);
    const object = ctx.evaluateBefore(call.arguments, () => lowerExpr(ctx, callee.expression));
    if (object.type.kind === "struct") {
      const method = ctx.module.methodSignature(object.type, callee.name.text);
      if (method) return emitCall(ctx, call, method.params.slice(1), method.ret, { callee: method.linkName }, [object.value], method.defaults.slice(1));
    } else if (object.type.kind !== "func") {
      return notAvailable(ctx, callee);
    }
  }
  const target = ctx.evaluateBefore(call.arguments, () => lowerExpr(ctx, callee));
  if (target.type.kind === "func") return emitCall(ctx, call, target.type.params, target.type.ret, { target: target.value });
  return ctx.module.error(callee, 3006, `'${callee.getText()}' is ${aType(target.type)}, not a function`);
}

function notAvailable(ctx: FunctionContext, callee: ts.Expression): never {
  return ctx.module.error(callee, 2040, `'${callee.getText()}' is not available in kernel code: tskc calls only your own functions and the prelude's intrinsics (runtime/prelude.d.ts)`);
}

/** A direct call (`callee`) or an indirect one through a function value (`target`). Arguments
 * left out are the parameters' constant defaults. */
function emitCall(ctx: FunctionContext, call: ts.CallExpression, params: TskType[], ret: TskType, how: { callee: string } | { target: Value }, leading: Value[] = [], defaults: (ts.Expression | undefined)[] = []): Typed {
  const count = call.arguments.length;
  if (count > params.length) return ctx.module.error(call.arguments[params.length], 3033, `expected ${params.length} argument${params.length === 1 ? "" : "s"}, found ${count}`);
  const given = lowerInOrder(ctx, call.arguments, (arg, i) => lowerExprAs(ctx, arg, params[i]));
  const omitted = params.slice(given.length).map((type, k) => {
    const d = defaults[given.length + k];
    if (!d) return ctx.module.error(call, 3033, `missing argument ${given.length + k + 1} of ${params.length}`);
    return lowerDefault(ctx, d, type);
  });
  const args = [...leading, ...given, ...omitted];
  const dst = ret.kind === "void" ? undefined : ctx.newTemp();
  if ("callee" in how) ctx.emit({ op: "call", dst, callee: how.callee, args });
  else ctx.emit({ op: "callind", dst, target: how.target, args });
  return { value: dst ?? imm(0), type: ret };
}

/** A parameter's default value: a constant that fits the parameter's type. Lowered at each
 * call that leaves the argument out, and once where the function is declared, so that a
 * default that does not fit is an error even if no call uses it. */
export function lowerDefault(ctx: FunctionContext, d: ts.Expression, type: TskType): Value {
  const c = constantOf(ctx, d);
  if (!c) return ctx.module.error(d, 3014, "a parameter's default must be a constant: literals, module-level consts, operators");
  return coerce(ctx, d, materialize(ctx, d, c, type), type);
}

/** Lowers `exprs` left to right: each one's reads of locals see their values before the
 * later ones run (`f(n, ++n)` passes the old n first). */
export function lowerInOrder<T>(ctx: FunctionContext, exprs: readonly ts.Expression[], lower: (e: ts.Expression, i: number) => T): T[] {
  // later[i]: the locals that exprs[i + 1 …] assign, gathered from the end in one walk.
  const later: ReadonlySet<number>[] = [];
  let assigned: ReadonlySet<number> = new Set();
  for (let i = exprs.length - 1; i >= 0; i--) {
    later[i] = assigned;
    const own = ctx.localsAssignedIn(exprs[i]);
    if (own.size > 0) assigned = new Set([...assigned, ...own]);
  }
  // Every argument is lowered even when one fails, so that each reports its errors.
  const out: T[] = [];
  lowerAll(exprs.map((e, i) => () => void (out[i] = ctx.evaluateBefore(later[i], () => lower(e, i)))));
  return out;
}

/** `s.charCodeAt(i)`: the byte at index i, bounds-checked against the string's length like
 * an array access (JavaScript would return NaN; a kernel gets the trap). */
function lowerCharCodeAt(ctx: FunctionContext, s: Value & { kind: "temp" }, index: ts.Expression): Typed {
  const i = lowerExpr(ctx, index, I32);
  if (i.type.kind !== "int") return ctx.module.error(index, 3006, `an index must be an integer, found ${typeName(i.type)}`);
  if (!ctx.unchecked) {
    const length = ctx.newTemp();
    ctx.emit({ op: "load", dst: length, addr: { base: s, offset: 0 }, width: 32, signed: false });
    boundsCheck(ctx, index, i.value, length);
  }
  const dst = ctx.newTemp();
  const addr = i.value.kind === "imm" ? { base: s, offset: 4 + i.value.value } : { base: s, index: i.value, scale: 1 as const, offset: 4 };
  ctx.emit({ op: "load", dst, addr, width: 8, signed: false });
  return { value: dst, type: I32 };
}
