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

/** Folds `a op b` to what the same expression computes at run time, or reports the compile
 * error that stands for its trap (docs/language.md, "Constant expressions"). */
function foldBinary(mod: ModuleContext, expr: ts.BinaryExpression, a: ConstValue, b: ConstValue): ConstValue | undefined {
  const op = expr.operatorToken.kind;
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
    // Each operand is a condition on its own, so their types need not agree.
    const [x, y] = [truth(a), truth(b)];
    if (x === undefined || y === undefined) return undefined;
    return { kind: "bool", value: op === ts.SyntaxKind.AmpersandAmpersandToken ? x && y : x || y };
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
  if (type) {
    // An untyped operand takes the other's type and must fit it, as it must at run time
    // (materialize in lowering): a bit pattern for & | ^, a number otherwise. A shift's
    // count is any integer.
    const bitwise = op === ts.SyntaxKind.AmpersandToken || op === ts.SyntaxKind.BarToken || op === ts.SyntaxKind.CaretToken;
    const fit = (c: { value: bigint; type?: IntType }, node: ts.Expression) => c.type || (bitwise ? fitBitPattern : constantInRange)(mod, node, c, type!);
    fit(a, expr.left);
    if (!isShift) fit(b, expr.right);
  }
  const x = type ? wrapBig(a.value, type) : a.value;
  const y = type && !isShift ? wrapBig(b.value, type) : b.value;
  // A typed shift counts modulo 32, as the CPU (and JavaScript) do; an untyped one is exact.
  const count = !isShift ? 0n : type ? BigInt.asUintN(5, y) : exactShiftCount(mod, expr, y);
  const bool = (value: boolean): ConstValue => ({ kind: "bool", value });
  switch (op) {
    case ts.SyntaxKind.PlusToken: return typed(x + y, type);
    case ts.SyntaxKind.MinusToken: return typed(x - y, type);
    case ts.SyntaxKind.AsteriskToken: return typed(x * y, type);
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.PercentToken:
      if (y === 0n) mod.error(expr, 3003, "division by zero in a constant expression");
      if (type?.signed && type.bits === 32 && x === -(2n ** 31n) && y === -1n) {
        mod.error(expr, 3003, `${typeName(type)} ${x} ${op === ts.SyntaxKind.SlashToken ? "/" : "%"} -1 overflows: the CPU raises a divide error (#DE) for it at run time`);
      }
      return typed(op === ts.SyntaxKind.SlashToken ? x / y : x % y, type);
    case ts.SyntaxKind.AmpersandToken: return typed(x & y, type);
    case ts.SyntaxKind.BarToken: return typed(x | y, type);
    case ts.SyntaxKind.CaretToken: return typed(x ^ y, type);
    case ts.SyntaxKind.LessThanLessThanToken: return typed(x << count, type);
    case ts.SyntaxKind.GreaterThanGreaterThanToken: return typed(x >> count, type);
    case ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken: {
      // As JavaScript does, then wrapped to the type: the 32-bit pattern shifted right with
      // zeros, the count modulo 32. An untyped value that is not negative is exact; a
      // negative one is read as its 32-bit pattern (-1 >>> 28 is 15, -1 >>> 32 is 2^32-1).
      if (x >= 0n && !type) return typed(x >> count, type);
      return typed(BigInt.asUintN(32, x) >> BigInt.asUintN(5, count), type);
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

/** A constant's truth as a condition: a bool, or an integer that is not zero. */
function truth(c: ConstValue): boolean | undefined {
  if (c.kind === "bool") return c.value;
  return c.kind === "int" ? c.value !== 0n : undefined;
}

/** An untyped shift is exact: `1 << 32` is 2^32. Its count must be a number of bits a
 * result could use. */
function exactShiftCount(mod: ModuleContext, expr: ts.BinaryExpression, count: bigint): bigint {
  if (count < 0n || count > 64n) mod.error(expr.right, 3001, `constant shift count ${count} is out of range (0..64) for an exact constant: convert the left operand to a type to shift modulo 32`);
  return count;
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

/** An integer literal's exact value. Only integer spellings are accepted: `1.0`, `1e0` and
 * `0.99999999999999999` are numbers that happen to round to an integer, not integers. */
function parseIntegerLiteral(mod: ModuleContext, lit: ts.NumericLiteral): bigint {
  const text = lit.getText().replace(/_/g, "");
  if (/^(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0|[1-9][0-9]*)$/.test(text)) return BigInt(text);
  return mod.error(lit, 3004, `'${lit.getText()}' is not an integer literal: tskc has integer types only (decimal digits, or 0x, 0o, 0b)`);
}
