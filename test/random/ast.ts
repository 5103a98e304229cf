// The random differential tester's program model: the data structure the
// generator (generate.ts) builds, the printer (print.ts) turns into tskc source,
// the evaluator (evaluate.ts) interprets and the reducer (reduce.ts) shrinks.
// In: nothing. Out: the node types, the integer types with their width and
// signedness, and the integer rules the evaluator and generator share (wrap at a
// width, lossless widening). Nothing needs to run first.
//
// It is deliberately not the compiler's IR or AST: the evaluator must not share
// a line of code with the compiler it checks.

export type IntName = "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "isize" | "usize";
export const INT_TYPES: IntName[] = ["i8", "u8", "i16", "u16", "i32", "u32", "isize", "usize"];

export function bitsOf(t: IntName): number {
  return t === "i8" || t === "u8" ? 8 : t === "i16" || t === "u16" ? 16 : 32;
}

export function isSigned(t: IntName): boolean {
  return t[0] === "i";
}

/** isize is i32 and usize is u32 (docs/language.md, section 2): one type, two names. */
export function canonical(t: IntName): IntName {
  return t === "isize" ? "i32" : t === "usize" ? "u32" : t;
}

export function sameInt(a: IntName, b: IntName): boolean {
  return canonical(a) === canonical(b);
}

/** The implicit conversions: same type, wider of the same signedness, or unsigned to a wider signed type. */
export function widensTo(from: IntName, to: IntName): boolean {
  if (sameInt(from, to)) return true;
  const [bf, bt] = [bitsOf(from), bitsOf(to)];
  if (isSigned(from) === isSigned(to)) return bf < bt;
  return !isSigned(from) && isSigned(to) && bf < bt;
}

/** The value of the low `bits` of v (an exact integer below 2^53 in magnitude), read as type t. */
export function wrap(v: number, t: IntName): number {
  const bits = bitsOf(t);
  const m = 2 ** bits;
  let r = v % m;
  if (r < 0) r += m;
  if (isSigned(t) && r >= m / 2) r -= m;
  return r;
}

export function fits(v: number, t: IntName): boolean {
  return wrap(v, t) === v;
}

export type ArithOp = "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "<<" | ">>" | ">>>";
export type CmpOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

/**
 * A place that can be read and written: a local or parameter, a global, an array element, a struct field,
 * or an element through a view, `changetype<StaticArray<T>>(changetype<usize>(arr))[index]`: the same
 * memory as `arr[index]`, but checked against the length word in memory (which `setlen` may have
 * lowered), where `arr[index]` is checked against the declared length.
 */
export type Place =
  | { k: "var"; name: string; t: IntName }
  | { k: "idx" | "view"; arr: string; index: Expr; t: IntName }
  | { k: "field"; inst: string; field: string; t: IntName };

/** Every integer expression carries its static type `t`; conditions have t "bool". */
export type Expr =
  | Place
  // typed: printed `t(v)`, a typed constant; untyped: a plain literal that takes its type from the context.
  | { k: "lit"; v: number; t: IntName; typed: boolean }
  | { k: "un"; op: "-" | "~"; e: Expr; t: IntName }
  // For shifts `t` is the left operand's type and `r` may have any integer type.
  | { k: "bin"; op: ArithOp; l: Expr; r: Expr; t: IntName }
  | { k: "conv"; e: Expr; t: IntName }
  | { k: "cond"; c: Cond; a: Expr; b: Expr; t: IntName }
  // op "=" is plain assignment, else compound (op "+" is `+=`).
  | { k: "assign"; op: "=" | ArithOp; target: Place; rhs: Expr; t: IntName }
  | { k: "inc"; target: Place; delta: 1 | -1; prefix: boolean; t: IntName }
  // fn: a function's name (direct call) or a function-typed global (indirect call).
  | { k: "call"; fn: string; indirect: boolean; args: Expr[]; t: IntName }
  // load<t>(changetype<usize>(arr) + usize(index) * size): an element read as raw memory, unchecked;
  // t is the array's element type, and the index must be in range (the evaluator rejects it otherwise).
  | { k: "load"; arr: string; index: Expr; t: IntName };

export type Cond =
  | { k: "cmp"; op: CmpOp; l: Expr; r: Expr; t: "bool"; at: IntName }
  | { k: "and" | "or"; l: Cond; r: Cond; t: "bool" }
  | { k: "not"; c: Cond; t: "bool" }
  | { k: "truthy"; e: Expr; t: "bool" };

export interface Case {
  values: number[]; // empty: this clause is `default:`
  body: Stmt[];
}

export type Stmt =
  | { k: "decl"; name: string; t: IntName; init: Expr; annotate: boolean }
  | { k: "expr"; e: Expr }
  | { k: "if"; c: Cond; then: Stmt[]; else?: Stmt[] }
  // for (let v: vt = 0; v < n; v++): v is read-only to the generator, so every loop ends.
  | { k: "for"; label?: string; v: string; vt: IntName; n: number; body: Stmt[] }
  // let v: i32 = n; while (v > 0) { v--; body }   and   let v: i32 = n; do { body } while (--v > 0)
  | { k: "while" | "do"; label?: string; v: string; n: number; body: Stmt[] }
  // for (const v of arr): reads each element when its iteration starts, as JavaScript does.
  | { k: "forof"; label?: string; v: string; arr: string; body: Stmt[] }
  | { k: "block"; label: string; body: Stmt[] }
  | { k: "switch"; label?: string; e: Expr; cases: Case[] }
  | { k: "break" | "continue"; label?: string }
  | { k: "return"; e: Expr }
  | { k: "setfn"; fv: string; fn: string } // fv = fn, a function value
  // store<t>(changetype<usize>(arr) + usize(index) * size, value): an element written as raw memory,
  // unchecked, the index before the value; the index must be in range.
  | { k: "store"; arr: string; index: Expr; value: Expr; t: IntName }
  // store<u32>(changetype<usize>(arr) - 4, n): writes the length word that views check against (n at
  // most the declared length, so no access through a view leaves the array).
  | { k: "setlen"; arr: string; n: number }
  // rt_trace(u32(e)): prints "t <value>" on a line of its own, so that what a program did before a
  // trap is observable.
  | { k: "trace"; e: Expr };

export interface Param {
  name: string;
  t: IntName;
}

export interface Func {
  name: string;
  params: Param[];
  ret: IntName;
  body: Stmt[]; // ends with a return
  inline?: boolean; // marked /** @inline */: tskc copies its body into each direct call
}

export interface Global {
  name: string;
  t: IntName;
  init: number;
}

export interface ArrayDecl {
  name: string;
  t: IntName;
  length: number;
  init?: number[]; // an initialised array literal, else zeroed `new StaticArray`
}

export interface StructDecl {
  cls: string;
  inst: string; // the module-level `const inst = new cls()`
  fields: Param[];
}

export interface FuncValue {
  name: string; // a module-level `let name: typeName = init`
  typeName: string;
  params: IntName[];
  ret: IntName;
  init: string;
}

/** One generated program: its own globals and functions, all names prefixed; `entry` returns the u32 it prints. */
export interface Program {
  id: string; // the prefix, e.g. "p12"
  seed: number;
  globals: Global[];
  arrays: ArrayDecl[];
  structs: StructDecl[];
  funcValues: FuncValue[];
  funcs: Func[]; // the last is the entry, `${id}_main(): u32`
}

export function entryOf(p: Program): Func {
  return p.funcs[p.funcs.length - 1];
}
