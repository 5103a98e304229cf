// tskc's own types. tsc sees `u8` and `i32` as plain numbers (runtime/prelude.d.ts),
// so tskc reads widths from the type annotations itself.
// In: type names from annotations. Out: the type descriptors lowering works with.

export interface IntType {
  kind: "int";
  name: string; // "u8", "i32", …
  bits: 8 | 16 | 32;
  signed: boolean;
}
export type TskType = IntType | { kind: "bool" } | { kind: "void" } | { kind: "string" };

function int(name: string, bits: 8 | 16 | 32, signed: boolean): IntType {
  return { kind: "int", name, bits, signed };
}

export const I8 = int("i8", 8, true);
export const U8 = int("u8", 8, false);
export const I16 = int("i16", 16, true);
export const U16 = int("u16", 16, false);
export const I32 = int("i32", 32, true);
export const U32 = int("u32", 32, false);
export const ISIZE = int("isize", 32, true);
export const USIZE = int("usize", 32, false);
export const BOOL: TskType = { kind: "bool" };
export const VOID: TskType = { kind: "void" };
export const STRING: TskType = { kind: "string" };

export const INT_TYPES: ReadonlyMap<string, IntType> = new Map(
  [I8, U8, I16, U16, I32, U32, ISIZE, USIZE].map((t) => [t.name, t]),
);
/** Names allowed in type annotations besides the keywords void, boolean and string. */
export const INT_TYPE_NAMES: ReadonlySet<string> = new Set([...INT_TYPES.keys(), "bool"]);

export function typeName(t: TskType): string {
  return t.kind === "int" ? t.name : t.kind;
}

export function sameType(a: TskType, b: TskType): boolean {
  return a.kind === b.kind && (a.kind !== "int" || (a.bits === (b as IntType).bits && a.signed === (b as IntType).signed));
}

/** The range of values an integer type holds. */
export function intRange(t: IntType): [number, number] {
  return t.signed ? [-(2 ** (t.bits - 1)), 2 ** (t.bits - 1) - 1] : [0, 2 ** t.bits - 1];
}

/** Wraps an exact integer to the type's width, as the machine would. */
export function wrapToType(value: number, t: IntType): number {
  const mod = 2 ** t.bits;
  let v = ((value % mod) + mod) % mod;
  if (t.signed && v >= mod / 2) v -= mod;
  return v;
}

/** True when every value of `from` is a value of `to`, so no conversion need be written. */
export function widensTo(from: IntType, to: IntType): boolean {
  if (from.signed === to.signed) return from.bits <= to.bits;
  return !from.signed && from.bits < to.bits;
}

/** The type both operands of a binary operator convert to implicitly, or undefined
 * when one would lose values (e.g. u32 and i32: the user must convert one). */
export function commonIntType(a: IntType, b: IntType): IntType | undefined {
  if (widensTo(a, b)) return b.bits === a.bits && b.signed === a.signed ? a : b;
  if (widensTo(b, a)) return a;
  return undefined;
}
