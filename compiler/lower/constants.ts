// Compile-time constants: integer literals, `const` declarations and expressions
// over them, folded exactly. In: an expression. Out: its value, or undefined when
// it is not constant. Untyped constants (plain literals) take their type from
// where they are used and must fit it; typed ones (a `const X: u8`) wrap at their
// width, as the same expression would at run time.

import ts from "typescript";
import { aType, commonIntType, type IntType, INT_TYPES, intRange, storageSize, type TskType, typeName, USIZE, widensTo, wrapToType } from "../frontend/types.js";
import type { ModuleContext } from "./context.js";

export type ConstValue =
  | { kind: "int"; value: bigint; type?: IntType }
  | { kind: "bool"; value: boolean }
  | { kind: "string"; text: string }
  /** A fixed address: a static array, struct or function (symbol + offset), or a view of a
   * constant address (no symbol). */
  | { kind: "address"; symbol?: string; offset: number; type: TskType };

type ConstLookup = (id: ts.Identifier) => ConstValue | undefined;

/** Folds `expr` if it is a constant expression; reports errors (overflowing literal, division by zero). */
export function evalConstant(mod: ModuleContext, expr: ts.Expression, lookup: ConstLookup): ConstValue | undefined {
  const ev = (e: ts.Expression): ConstValue | undefined => evalConstant(mod, e, lookup);
  if (ts.isParenthesizedExpression(expr)) return ev(expr.expression);
  if (ts.isNumericLiteral(expr)) return { kind: "int", value: parseIntegerLiteral(mod, expr) };
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return { kind: "string", text: expr.text };
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return { kind: "bool", value: true };
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return { kind: "bool", value: false };
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
    const decl = mod.declarationOf(ts.isIdentifier(expr) ? expr : (expr.name as ts.Identifier));
    if (decl && ts.isEnumMember(decl)) {
      // Untyped, like a literal: Port.Com1 fits a u16 argument, Big.V = 300 does not fit a u8.
      const value = mod.enumMembers.get(decl);
      return value === undefined ? undefined : { kind: "int", value };
    }
    return ts.isIdentifier(expr) ? lookup(expr) : undefined;
  }
  if (ts.isPrefixUnaryExpression(expr)) {
    const v = ev(expr.operand);
    if (!v) return undefined;
    if (expr.operator === ts.SyntaxKind.ExclamationToken && v.kind === "bool") return { kind: "bool", value: !v.value };
    if (v.kind !== "int") return undefined;
    switch (expr.operator) {
      case ts.SyntaxKind.MinusToken: return typed(-v.value, v.type);
      case ts.SyntaxKind.PlusToken: return v;
      case ts.SyntaxKind.TildeToken: return typed(~v.value, v.type);
    }
    return undefined;
  }
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
    const decl = mod.declarationOf(expr.expression);
    if (!decl || !decl.getSourceFile().isDeclarationFile) return undefined;
    const layout = layoutConstant(mod, expr);
    if (layout !== undefined) return { kind: "int", value: BigInt(layout), type: USIZE };
    const target = INT_TYPES.get(expr.expression.text);
    if (!target || expr.arguments.length !== 1) return undefined;
    const v = ev(expr.arguments[0]);
    if (v?.kind === "bool") return typed(v.value ? 1n : 0n, target);
    return v?.kind === "int" ? typed(v.value, target) : undefined;
  }
  if (ts.isBinaryExpression(expr)) {
    const a = ev(expr.left);
    const b = a && ev(expr.right);
    if (!a || !b) return undefined;
    return foldBinary(mod, expr, a, b);
  }
  return undefined;
}

/** sizeof<T>() and offsetof<T>("field"), or undefined for other calls. */
function layoutConstant(mod: ModuleContext, call: ts.CallExpression): number | undefined {
  const name = (call.expression as ts.Identifier).text;
  if ((name !== "sizeof" && name !== "offsetof") || !call.typeArguments?.length) return undefined;
  const type = mod.typeOf(call.typeArguments[0]);
  if (name === "sizeof") return type.kind === "struct" ? type.size : storageSize(type);
  const field = call.arguments[0];
  if (type.kind !== "struct" || !field || !ts.isStringLiteral(field)) {
    return mod.error(call, 3016, "offsetof needs a struct type and a field name: offsetof<Entry>(\"base\")");
  }
  const info = type.fields.get(field.text);
  return info ? info.offset : mod.error(field, 3017, `struct ${type.name} has no field '${field.text}'`);
}

function foldBinary(mod: ModuleContext, expr: ts.BinaryExpression, a: ConstValue, b: ConstValue): ConstValue | undefined {
  const op = expr.operatorToken.kind;
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
    // Conditions, not arithmetic: each operand is a bool or an integer (non-zero is true), of
    // any type, as at run time; `u16(1) && i8(6)` needs no common type.
    const truth = (v: ConstValue) => (v.kind === "bool" ? v.value : v.kind === "int" ? v.value !== 0n : undefined);
    const [p, q] = [truth(a), truth(b)];
    if (p === undefined || q === undefined) return undefined;
    return { kind: "bool", value: op === ts.SyntaxKind.AmpersandAmpersandToken ? p && q : p || q };
  }
  if (a.kind === "bool" && b.kind === "bool") {
    switch (op) {
      case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.EqualsEqualsToken: return { kind: "bool", value: a.value === b.value };
      case ts.SyntaxKind.ExclamationEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken: return { kind: "bool", value: a.value !== b.value };
    }
    return undefined;
  }
  if (a.kind !== "int" || b.kind !== "int") return undefined;
  const isShift = op === ts.SyntaxKind.LessThanLessThanToken || op === ts.SyntaxKind.GreaterThanGreaterThanToken || op === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken;
  let type = isShift ? a.type : a.type && b.type ? commonIntType(a.type, b.type) : (a.type ?? b.type);
  if (a.type && b.type && !type) {
    mod.error(expr, 3002, `operands have types ${typeName(a.type)} and ${typeName(b.type)}: convert one explicitly, e.g. ${typeName(b.type)}(x)`);
  }
  const x = type ? wrapBig(a.value, type) : a.value;
  const y = type && !isShift ? wrapBig(b.value, type) : b.value;
  const count = BigInt(Number(BigInt.asUintN(5, y)));
  const bool = (value: boolean): ConstValue => ({ kind: "bool", value });
  switch (op) {
    case ts.SyntaxKind.PlusToken: return typed(x + y, type);
    case ts.SyntaxKind.MinusToken: return typed(x - y, type);
    case ts.SyntaxKind.AsteriskToken: return typed(x * y, type);
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.PercentToken:
      if (y === 0n) mod.error(expr, 3003, "division by zero in a constant expression");
      return typed(op === ts.SyntaxKind.SlashToken ? x / y : x % y, type);
    case ts.SyntaxKind.AmpersandToken: return typed(x & y, type);
    case ts.SyntaxKind.BarToken: return typed(x | y, type);
    case ts.SyntaxKind.CaretToken: return typed(x ^ y, type);
    case ts.SyntaxKind.LessThanLessThanToken: return typed(x << count, type);
    case ts.SyntaxKind.GreaterThanGreaterThanToken: return typed(x >> count, type);
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: {
      // Untyped: as u32, like JavaScript. Typed: a logical shift at the type's width.
      type ??= INT_TYPES.get("u32")!;
      return typed(BigInt.asUintN(type.bits, x) >> count, type);
    }
    case ts.SyntaxKind.EqualsEqualsEqualsToken: case ts.SyntaxKind.EqualsEqualsToken: return bool(x === y);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken: case ts.SyntaxKind.ExclamationEqualsToken: return bool(x !== y);
    case ts.SyntaxKind.LessThanToken: return bool(x < y);
    case ts.SyntaxKind.LessThanEqualsToken: return bool(x <= y);
    case ts.SyntaxKind.GreaterThanToken: return bool(x > y);
    case ts.SyntaxKind.GreaterThanEqualsToken: return bool(x >= y);
  }
  return undefined;
}

function typed(value: bigint, type: IntType | undefined): ConstValue {
  return { kind: "int", value: type ? wrapBig(value, type) : value, type };
}

function wrapBig(value: bigint, type: IntType): bigint {
  return type.signed ? BigInt.asIntN(type.bits, value) : BigInt.asUintN(type.bits, value);
}

/** A constant used where `type` is expected: an untyped one must fit it; a typed one must
 * convert implicitly (widen without loss), as a variable of that type would. */
export function fitConstant(mod: ModuleContext, node: ts.Node, c: { value: bigint; type?: IntType }, type: IntType): number {
  if (c.type && !widensTo(c.type, type)) {
    mod.error(node, 3005, `${aType(c.type)} value does not implicitly convert to ${type.name}: write ${type.name}(…) to convert`);
  }
  return constantInRange(mod, node, c, type);
}

/** The constant's value, which must be one of `type`'s values whatever the constant's own type
 * (array lengths, load offsets, interrupt vectors: numbers, not typed values). */
export function constantInRange(mod: ModuleContext, node: ts.Node, c: { value: bigint }, type: IntType): number {
  const [lo, hi] = intRange(type);
  if (c.value < BigInt(lo) || c.value > BigInt(hi)) {
    mod.error(node, 3001, `constant ${c.value} does not fit in ${type.name} (${lo}..${hi})`);
  }
  return wrapToType(Number(c.value), type);
}

/** An untyped operand of & | ^ is a bit pattern: ~0xfff is 0xfffff000 in a u32. It may be
 * written in the signed or the unsigned range of the width. */
export function fitBitPattern(mod: ModuleContext, node: ts.Node, c: { value: bigint; type?: IntType }, type: IntType): number {
  if (c.type) return fitConstant(mod, node, c, type);
  const signed: IntType = { ...type, signed: true };
  const unsigned: IntType = { ...type, signed: false };
  const [lo] = intRange(signed);
  const [, hi] = intRange(unsigned);
  if (c.value < BigInt(lo) || c.value > BigInt(hi)) {
    mod.error(node, 3001, `constant ${c.value} is not a ${type.bits}-bit pattern (${lo}..${hi})`);
  }
  return wrapToType(Number(c.value), type);
}

function parseIntegerLiteral(mod: ModuleContext, lit: ts.NumericLiteral): bigint {
  const text = lit.getText().replace(/_/g, "");
  if (/^0[xob][0-9a-f]+$/i.test(text) || /^\d+$/.test(text)) return BigInt(text);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) mod.error(lit, 3004, `'${text}' is not an integer: tskc has integer types only`);
  return BigInt(n);
}
