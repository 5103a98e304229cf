// tskc's own types. tsc sees `u8` and `i32` as plain numbers (runtime/prelude.d.ts),
// so tskc reads widths from the type annotations itself.
// In: type names from annotations. Out: the type descriptors lowering works with.

export interface IntType {
  kind: "int";
  name: string; // "u8", "i32", …
  bits: 8 | 16 | 32;
  signed: boolean;
}
/** An @unmanaged class: a fixed layout over memory. Values of this type are addresses. */
export interface StructType {
  kind: "struct";
  name: string;
  fields: Map<string, { offset: number; type: TskType }>;
  size: number;
  align: number;
  /** method name -> link name of the function taking `this` first */
  methods: Map<string, string>;
}
/** StaticArray<T>: the address of element 0, with the length as a u32 just below it. */
export interface ArrayType {
  kind: "array";
  element: TskType;
}
/** A function's address; calls through it are indirect. */
export interface FuncType {
  kind: "func";
  params: TskType[];
  ret: TskType;
}
export type TskType = IntType | { kind: "bool" } | { kind: "void" } | { kind: "string" } | StructType | ArrayType | FuncType;

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
  switch (t.kind) {
    case "int": return t.name;
    case "struct": return t.name;
    case "array": return `StaticArray<${typeName(t.element)}>`;
    case "func": return `(${t.params.map(typeName).join(", ")}) => ${typeName(t.ret)}`;
    default: return t.kind;
  }
}

export function sameType(a: TskType, b: TskType): boolean {
  switch (a.kind) {
    case "int": return b.kind === "int" && a.bits === b.bits && a.signed === b.signed;
    case "struct": return a === b;
    case "array": return b.kind === "array" && sameType(a.element, b.element);
    case "func":
      return b.kind === "func" && sameType(a.ret, b.ret) && a.params.length === b.params.length
        && a.params.every((p, i) => sameType(p, b.params[i]));
    default: return a.kind === b.kind;
  }
}

/** Bytes a value of the type takes in memory: its width, 1 for bool, 4 for addresses. */
export function storageSize(t: TskType): 1 | 2 | 4 {
  if (t.kind === "int") return (t.bits / 8) as 1 | 2 | 4;
  return t.kind === "bool" ? 1 : 4;
}

/** How a load of the type extends to 32 bits. */
export function isSigned(t: TskType): boolean {
  return t.kind === "int" && t.signed;
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

/** The type's name with its article, for messages: "a u32", "an i32". */
export function aType(t: TskType): string {
  const name = typeName(t);
  return /^[aeio]/.test(name) ? `an ${name}` : `a ${name}`;
}
