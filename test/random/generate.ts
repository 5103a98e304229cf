// The generator: a random, valid, terminating tskc program from a seed. In: a
// seed and an id (the name prefix). Out: a Program (ast.ts) that the evaluator
// accepts; generateProgram retries with derived seeds until the evaluator finds
// no trap (see evaluate.ts's Invalid). Nothing needs to run first.
//
// Typing follows docs/language.md, section 2, so that every program compiles:
// - an expression generated "exact" has its type t and is never an untyped
//   literal; of an operator's two operands at least one is exact, and the other
//   is exact, an untyped literal that fits t, or a narrower type that widens to t
//   without loss (so tskc computes at t, as the tree says);
// - shifts take their type from the left operand; the count is any integer;
// - a `?:` takes its type from the first branch that is not an untyped literal;
// - assignments, arguments, initialisers and returns accept anything that widens.
// Loops count a read-only counter up or down to a fixed trip count (at most 5),
// recursion passes `d - 1` for a read-only depth `d` that callers mask with 3,
// and helpers call only earlier helpers, so every program terminates.
//
// Memory is reached four ways: `a[i]`, a view of the same array (checked against
// its length word, which a statement may lower), and raw `load<T>`/`store<T>` of
// an element's address, so that passes which move or merge loads and stores meet
// aliases. About a third of the programs are "risky": their indexes may run past the
// end (a loop counter past the length, `i + 1`), and a run that fails a bounds
// check is kept as a test of the trap: tskc must report the same check on the
// same line after the same traces (`rt_trace` prints a value as the program runs).

import {
  type ArithOp, type ArrayDecl, bitsOf, type CmpOp, type Cond, type Expr, type Func, type FuncValue, type Global, INT_TYPES, type IntName, isSigned, type Param,
  type Place, type Program, type Stmt, type StructDecl, widensTo, wrap,
} from "./ast.js";
import { evaluate, execute, Invalid } from "./evaluate.js";
import { constantTraps } from "./walk.js";

/** mulberry32: small, fast, and the same sequence everywhere. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  int(n: number): number {
    return this.next() % n;
  }
  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** An index into `weights`, chosen in proportion to them. */
  weighted(weights: number[]): number {
    let r = this.int(weights.reduce((a, b) => a + b, 0));
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }
}

const ARITH: ArithOp[] = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"];
const COMPOUND: ArithOp[] = ["+", "-", "*", "&", "|", "^", "<<", ">>", ">>>", "/", "%"];
const CMP: CmpOp[] = ["==", "!=", "<", "<=", ">", ">="];
const FNV_PRIME = 16777619;

export function minOf(t: IntName): number {
  return isSigned(t) ? -(2 ** (bitsOf(t) - 1)) : 0;
}
export function maxOf(t: IntName): number {
  return isSigned(t) ? 2 ** (bitsOf(t) - 1) - 1 : 2 ** bitsOf(t) - 1;
}

interface Var {
  name: string;
  t: IntName;
  writable: boolean;
  bound?: number; // a loop counter that stays in 0..bound-1 in its body: an index without a mask
}

interface Target {
  kind: "loop" | "switch" | "block";
  label?: string;
}

interface Helper {
  f: Func;
  recursive: boolean;
}

/**
 * Generates a valid test program: tries derived seeds until the evaluator accepts one. A risky
 * program may end in a failed bounds check; any other program runs to its end.
 */
export function generateProgram(seed: number, id: string): Program {
  for (let attempt = 0; ; attempt++) {
    const gen = new ProgramGen(seed, attempt, id);
    const p = gen.program();
    try {
      if (constantTraps(p)) throw new Invalid("a constant expression traps");
      if (gen.risky) execute(p);
      else evaluate(p);
      return p;
    } catch (e) {
      if (!(e instanceof Invalid) || attempt > 50) throw e;
    }
  }
}

class ProgramGen {
  private rng: Rng;
  private p: Program;
  private helpers: Helper[] = [];
  // The function being generated:
  private vars: Var[] = [];
  private targets: Target[] = [];
  private current?: Helper; // undefined in the entry
  private recursiveCallMade = false;
  private inLoop = 0;
  private counter = 0;
  // 1 or 2: a program of scale 2 has longer functions, more parameters and deeper expressions,
  // so that values compete for registers and get spilled.
  private scale: number;
  /** Indexes may leave their array: the program may end in a bounds trap. */
  readonly risky: boolean;

  constructor(seed: number, attempt: number, id: string) {
    this.rng = new Rng((seed * 0x9e3779b1 + attempt * 0x85ebca6b) | 0);
    this.p = { id, seed, globals: [], arrays: [], structs: [], funcValues: [], funcs: [] };
    this.scale = this.rng.chance(0.3) ? 2 : 1;
    this.risky = this.rng.chance(0.3);
  }

  program(): Program {
    const { rng, p } = this;
    const up = p.id.toUpperCase();
    for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
      const t = this.type();
      p.globals.push({ name: `${p.id}_g${i}`, t, init: this.literal(t) } satisfies Global);
    }
    for (let i = 0, n = rng.int(3); i < n; i++) {
      const t = this.type();
      const length = rng.pick([1, 2, 3, 4, 5, 8, 8, 16]);
      const init = rng.chance(0.5) ? Array.from({ length }, () => this.literal(t)) : undefined;
      p.arrays.push({ name: `${p.id}_a${i}`, t, length, init } satisfies ArrayDecl);
    }
    if (rng.chance(0.6)) {
      const fields: Param[] = Array.from({ length: 1 + rng.int(4) }, (_, i) => ({ name: `f${i}`, t: this.type() }));
      p.structs.push({ cls: `${up}S0`, inst: `${p.id}_s0`, fields } satisfies StructDecl);
    }
    for (let i = 0, n = rng.int(4); i < n; i++) this.helper(i);
    if (this.helpers.length > 0 && rng.chance(0.6)) {
      const h = rng.pick(this.helpers).f;
      p.funcValues.push({ name: `${p.id}_fv0`, typeName: `${up}F0`, params: h.params.map((q) => q.t), ret: h.ret, init: h.name } satisfies FuncValue);
    }
    p.funcs = this.helpers.map((h) => h.f);
    p.funcs.push(this.entry());
    return p;
  }

  private type(): IntName {
    return this.rng.pick(INT_TYPES);
  }

  /** A value of t: often a small number or a boundary, where wrapping bugs live. */
  literal(t: IntName): number {
    const { rng } = this;
    const [lo, hi] = [minOf(t), maxOf(t)];
    switch (rng.int(6)) {
      case 0: case 1: return wrap(rng.int(10), t);
      case 2: return rng.pick([lo, hi, lo + 1, hi - 1, wrap(-1, t), wrap(0x80, t), wrap(0x7f, t), wrap(0x8000, t)]);
      case 3: return isSigned(t) ? -rng.int(10) : rng.int(10);
      default: return lo + Math.floor((rng.next() / 2 ** 32) * (hi - lo + 1));
    }
  }

  private helper(i: number): void {
    const { rng, p } = this;
    let params: Param[];
    let ret: IntName;
    const prev = this.helpers[i - 1];
    const recursive = rng.chance(0.25);
    if (prev && rng.chance(0.35)) {
      params = prev.f.params.map((q) => ({ ...q })); // the same signature, so a function value can take either
      ret = prev.f.ret;
    } else {
      params = Array.from({ length: rng.int(this.scale === 2 ? 7 : 4) }, (_, j) => ({ name: `a${j}`, t: this.type() }));
      ret = this.type();
    }
    if (recursive) {
      if (params.length === 0 || isSigned(params[0].t)) params.unshift({ name: "d", t: rng.pick(["u8", "u16", "u32"] as IntName[]) });
      params[0].name = "d";
      params.forEach((q, j) => (q.name = j === 0 ? "d" : `a${j}`));
    }
    const f: Func = { name: `${p.id}_f${i}`, params, ret, body: [], inline: rng.chance(0.3) };
    const h: Helper = { f, recursive };
    this.current = h;
    this.begin(params.map((q) => ({ name: q.name, t: q.t, writable: !(recursive && q.name === "d") })));
    if (recursive) {
      this.recursiveCallMade = true; // not in the base case: d - 1 would wrap
      const stop: Stmt = { k: "return", e: this.sink(ret, 1) };
      this.recursiveCallMade = false;
      f.body.push({ k: "if", c: { k: "cmp", op: "==", l: { k: "var", name: "d", t: params[0].t }, r: lit(0, params[0].t), t: "bool", at: params[0].t }, then: [stop] });
    }
    f.body.push(...this.body((2 + rng.int(4)) * this.scale));
    const hash = this.mix({ k: "var", name: "h", t: "u32" }, this.exact(ret, 2));
    f.body.push({ k: "return", e: { k: "conv", t: ret, e: hash } });
    this.helpers.push(h);
    this.current = undefined;
  }

  private entry(): Func {
    const { p } = this;
    this.begin([]);
    const body = this.body((4 + this.rng.int(8)) * this.scale);
    const fold: Stmt[] = [];
    const h: Place = { k: "var", name: "h", t: "u32" };
    const foldInto = (e: Expr) => fold.push({ k: "expr", e: { k: "assign", op: "=", target: h, rhs: this.mix(h, e), t: "u32" } });
    for (const g of p.globals) foldInto({ k: "var", name: g.name, t: g.t });
    for (const s of p.structs) for (const f of s.fields) foldInto({ k: "field", inst: s.inst, field: f.name, t: f.t });
    for (const a of p.arrays) {
      const k = this.fresh("k");
      const index: Expr = { k: "var", name: k, t: "i32" };
      const mixed = this.mix(h, { k: "idx", arr: a.name, index, t: a.t });
      fold.push({ k: "for", v: k, vt: "i32", n: a.length, body: [{ k: "expr", e: { k: "assign", op: "=", target: h, rhs: mixed, t: "u32" } }] });
    }
    return { name: `${p.id}_main`, params: [], ret: "u32", body: [...body, ...fold, { k: "return", e: h }] };
  }

  /** Starts a function: its parameters, and the hash `h` its statements fold values into. */
  private begin(params: Var[]): Stmt[] {
    this.vars = [...params, ...this.p.globals.map((g) => ({ name: g.name, t: g.t, writable: true }))];
    this.targets = [];
    this.recursiveCallMade = false;
    this.inLoop = 0;
    this.counter = 0;
    return [];
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** `let h: u32 = …;` then n statements. */
  private body(n: number): Stmt[] {
    const init: Stmt = { k: "decl", name: "h", t: "u32", init: lit(this.rng.next(), "u32"), annotate: true };
    this.vars.push({ name: "h", t: "u32", writable: false });
    return [init, ...this.stmts(n, 2)];
  }

  /** (h ^ u32(e)) * FNV_PRIME */
  private mix(h: Place, e: Expr): Expr {
    return { k: "bin", op: "*", t: "u32", l: { k: "bin", op: "^", t: "u32", l: h, r: { k: "conv", t: "u32", e } }, r: lit(FNV_PRIME, "u32") };
  }

  // ---- statements ----

  private stmts(n: number, depth: number): Stmt[] {
    const mark = this.vars.length;
    const out: Stmt[] = [];
    for (let i = 0; i < n; i++) out.push(...this.stmt(depth));
    this.vars.length = mark;
    return out;
  }

  private stmt(depth: number): Stmt[] {
    const { rng } = this;
    const inLoop = this.targets.some((t) => t.kind === "loop");
    const breakable = this.targets.some((t) => t.kind !== "block");
    const w = [
      15, // decl
      20, // fold into h
      15, // assignment statement
      depth > 0 ? 10 : 0, // if
      depth > 0 ? 12 : 0, // loop
      depth > 0 ? 6 : 0, // switch
      depth > 0 ? 2 : 0, // labelled block
      breakable || this.targets.length > 0 ? 6 : 0, // break / continue
      3, // return
      this.current === undefined && this.p.funcValues.length > 0 ? 3 : 0, // set a function value
      5, // trace
      this.p.arrays.length > 0 ? 5 : 0, // raw store
      this.p.arrays.length > 0 ? 1 : 0, // length word
      this.risky && depth > 0 && this.p.arrays.length > 0 ? 10 : 0, // a loop over an array that may run past its end
    ];
    switch (rng.weighted(w)) {
      case 0: {
        const t = this.type();
        const name = this.fresh("v");
        const annotate = rng.chance(0.8);
        const init = annotate ? this.sink(t, 3) : this.exact(t, 3);
        this.vars.push({ name, t, writable: true });
        return [{ k: "decl", name, t, init, annotate }];
      }
      case 1: {
        const h: Place = { k: "var", name: "h", t: "u32" };
        return [{ k: "expr", e: { k: "assign", op: "=", target: h, rhs: this.mix(h, this.exact(this.type(), 2 + this.scale)), t: "u32" } }];
      }
      case 2: return [{ k: "expr", e: this.sideEffect(this.type(), 3, true) ?? this.exact(this.type(), 2) }];
      case 3: {
        const c = this.cond(3);
        const then = this.stmts(1 + rng.int(3), depth - 1);
        return [{ k: "if", c, then, else: rng.chance(0.4) ? this.stmts(1 + rng.int(2), depth - 1) : undefined }];
      }
      case 4: return [this.loop(depth)];
      case 5: return [this.switchStmt(depth)];
      case 6: {
        const label = this.fresh("L");
        this.targets.push({ kind: "block", label });
        const body = this.stmts(1 + rng.int(3), depth - 1);
        this.targets.pop();
        return [{ k: "block", label, body }];
      }
      case 7: return [{ k: "if", c: this.cond(2), then: [this.jump(inLoop, breakable)] }];
      case 8: {
        const ret = this.current?.f.ret ?? "u32";
        return [{ k: "if", c: this.cond(2), then: [{ k: "return", e: this.current ? this.sink(ret, 2) : { k: "var", name: "h", t: "u32" } }] }];
      }
      case 10: return [{ k: "trace", e: this.exact(this.type(), 2) }];
      case 11: {
        const a = rng.pick(this.p.arrays);
        return [{ k: "store", arr: a.name, index: this.index(a.length, 2, true), value: this.sink(a.t, 2), t: a.t }];
      }
      case 13: return [this.walk(depth)];
      default: {
        const a = rng.pick(this.p.arrays);
        return [{ k: "setlen", arr: a.name, n: rng.chance(0.5) ? a.length : rng.int(a.length + 1) }];
      }
      case 9: {
        const fv = this.p.funcValues[0];
        const same = this.helpers.filter((h) => h.f.ret === fv.ret && h.f.params.map((q) => q.t).join() === fv.params.join());
        return [{ k: "setfn", fv: fv.name, fn: rng.pick(same).f.name }];
      }
    }
  }

  private jump(inLoop: boolean, breakable: boolean): Stmt {
    const { rng } = this;
    const labelled = this.targets.filter((t) => t.label);
    if (rng.chance(0.4) && labelled.length > 0) {
      const t = rng.pick(labelled);
      if (t.kind === "loop" && rng.chance(0.5)) return { k: "continue", label: t.label };
      return { k: "break", label: t.label };
    }
    if (inLoop && (rng.chance(0.5) || !breakable)) return { k: "continue" };
    if (breakable) return { k: "break" };
    return { k: "break", label: rng.pick(labelled).label };
  }

  private loop(depth: number): Stmt {
    const { rng } = this;
    const label = rng.chance(0.3) ? this.fresh("L") : undefined;
    const v = this.fresh("n");
    let kind = rng.pick(["for", "for", "while", "do", "forof"] as const);
    if (kind === "forof" && this.p.arrays.length === 0) kind = "for";
    if (kind === "forof") {
      const a = rng.pick(this.p.arrays);
      this.targets.push({ kind: "loop", label });
      this.vars.push({ name: v, t: a.t, writable: false });
      this.inLoop++;
      const body = this.stmts(1 + rng.int(3), depth - 1);
      this.inLoop--;
      this.vars.pop();
      this.targets.pop();
      return { k: "forof", label, v, arr: a.name, body };
    }
    const n = kind === "do" ? 1 + rng.int(5) : rng.int(6);
    const vt: IntName = kind === "for" ? this.type() : "i32";
    this.targets.push({ kind: "loop", label });
    this.vars.push({ name: v, t: vt, writable: false, bound: kind === "do" ? undefined : n });
    this.inLoop++;
    const body = this.stmts(1 + rng.int(3), depth - 1);
    this.inLoop--;
    this.vars.pop();
    this.targets.pop();
    return kind === "for" ? { k: "for", label, v, vt, n, body } : { k: kind, label, v, n, body };
  }

  /**
   * `for (let n = 0; n < N; n++)` over an array, N up to two past its length, with an access
   * `a[n]` (or through a view) among other statements: where a check that loop predication hoists
   * must still fail at the right iteration, after the traces and stores of the ones before.
   */
  private walk(depth: number): Stmt {
    const { rng } = this;
    const a = rng.pick(this.p.arrays);
    const v = this.fresh("n");
    const n = Math.max(0, a.length - 1 + rng.int(4));
    this.targets.push({ kind: "loop" });
    this.vars.push({ name: v, t: "i32", writable: false, bound: n });
    this.inLoop++;
    const body = this.stmts(rng.int(3), depth - 1);
    const index: Expr = { k: "var", name: v, t: "i32" };
    const element: Place = { k: rng.chance(0.7) ? "idx" : "view", arr: a.name, index, t: a.t };
    const h: Place = { k: "var", name: "h", t: "u32" };
    const access: Expr = rng.chance(0.5)
      ? { k: "assign", op: "=", target: h, rhs: this.mix(h, element), t: "u32" }
      : { k: "assign", op: rng.pick(["=", "+", "^"] as const), target: element, rhs: this.sink(a.t, 1), t: a.t };
    body.splice(rng.int(body.length + 1), 0, { k: "expr", e: access });
    this.inLoop--;
    this.vars.pop();
    this.targets.pop();
    return { k: "for", v, vt: "i32", n, body };
  }

  private switchStmt(depth: number): Stmt {
    const { rng } = this;
    const t = this.type();
    const label = rng.chance(0.2) ? this.fresh("L") : undefined;
    let e = this.exact(t, 2);
    // tsc narrows a switched variable (or field) to each case's literal; `x == y` over two such variables
    // would be TS2367. A same-type conversion is a call to tsc, and nothing to tskc.
    if (e.k === "var" || e.k === "field" || e.k === "idx") e = { k: "conv", t, e }; // s.f and a[0] narrow too
    const n = 1 + rng.int(6);
    const values = new Set<number>();
    const dense = rng.chance(0.5);
    const start = dense ? wrap(this.literal(t), t) : 0;
    for (let i = 0; values.size < n && i < 40; i++) {
      const v = dense ? start + i : this.literal(t);
      if (v <= maxOf(t)) values.add(v);
    }
    const all = [...values];
    const cases: { values: number[]; body: Stmt[] }[] = [];
    this.targets.push({ kind: "switch", label });
    while (all.length > 0) {
      const take = 1 + (rng.chance(0.3) ? rng.int(2) : 0);
      const vs = all.splice(0, take);
      const body = this.stmts(rng.int(3), depth - 1);
      if (rng.chance(0.7)) body.push({ k: "break" });
      cases.push({ values: vs, body });
    }
    if (rng.chance(0.6)) {
      const body = this.stmts(rng.int(3), depth - 1);
      if (rng.chance(0.5)) body.push({ k: "break" });
      cases.splice(rng.int(cases.length + 1), 0, { values: [], body });
    }
    this.targets.pop();
    return { k: "switch", label, e, cases };
  }

  // ---- expressions ----

  /** Anything that converts implicitly to t: an untyped literal, a narrower type, or t itself. */
  sink(t: IntName, depth: number): Expr {
    const r = this.rng.int(10);
    if (r < 2) return lit(this.literal(t), t, false);
    if (r < 4) {
      const narrower = INT_TYPES.filter((s) => widensTo(s, t) && bitsOf(s) < bitsOf(t));
      if (narrower.length > 0) return this.exact(this.rng.pick(narrower), depth);
    }
    return this.exact(t, depth);
  }

  /**
   * The right-hand side of an assignment used as a value. Not an untyped literal: tsc types
   * `(x = 5)` as the literal type 5, and then rejects comparing it with another literal (TS2678).
   */
  private assigned(t: IntName, depth: number): Expr {
    const e = this.sink(t, depth);
    return e.k === "lit" ? { ...e, typed: true } : e;
  }

  /** Operands for an operator at type t: one exact, the other exact, an untyped literal or narrower. */
  private operands(t: IntName, depth: number): [Expr, Expr] {
    const a = this.exact(t, depth);
    const b = this.sink(t, depth);
    return this.rng.chance(0.5) ? [a, b] : [b, a];
  }

  private readable(t: IntName): Var[] {
    return this.vars.filter((v) => v.t === t);
  }

  /** A place of type t to write, if there is one: a writable variable, an element or a field. */
  private place(t: IntName, depth: number): Place | undefined {
    const { rng, p } = this;
    const options: (() => Place)[] = [];
    for (const v of this.vars) if (v.writable && v.t === t) options.push(() => ({ k: "var", name: v.name, t }));
    for (const a of p.arrays) if (a.t === t) options.push(...this.elements(a, depth));
    for (const s of p.structs) for (const f of s.fields) if (f.t === t) options.push(() => ({ k: "field", inst: s.inst, field: f.name, t }));
    return options.length > 0 ? rng.pick(options)() : undefined;
  }

  /** Places for an element of a: `a[i]` twice as often as through a view. */
  private elements(a: ArrayDecl, depth: number): (() => Place)[] {
    const idx = (): Place => ({ k: "idx", arr: a.name, index: this.index(a.length, depth), t: a.t });
    return [idx, idx, () => ({ k: "view", arr: a.name, index: this.index(a.length, depth), t: a.t })];
  }

  /**
   * An index into an array of `length`: a constant, a mask, an unsigned remainder or a loop counter.
   * In a risky program a checked index (not `raw`) may run past the end: a counter of a longer loop,
   * or a counter plus 1 or 2. A constant always fits, as one that does not is a compile error.
   */
  private index(length: number, depth: number, raw = false): Expr {
    const { rng } = this;
    const loose = this.risky && !raw && rng.chance(0.6);
    const counters = this.vars.filter((v) => v.bound !== undefined && (loose || v.bound <= length));
    if (counters.length > 0 && rng.chance(loose ? 0.8 : 0.4)) {
      const c = rng.pick(counters);
      const v: Expr = { k: "var", name: c.name, t: c.t };
      return loose && rng.chance(0.5) ? { k: "bin", op: "+", t: c.t, l: v, r: lit(1 + rng.int(2), c.t, false) } : v;
    }
    const r = rng.int(3);
    if (r === 0 || depth <= 0) return lit(rng.int(length), "i32", false);
    const t = this.type();
    if (r === 1 && (length & (length - 1)) === 0) return { k: "bin", op: "&", t, l: this.exact(t, depth - 1), r: lit(length - 1, t, false) };
    const e = this.exact(t, depth - 1);
    const u: Expr = isSigned(t) ? { k: "conv", t: "u32", e } : e;
    return { k: "bin", op: "%", t: u.t, l: u, r: lit(length, u.t, false) };
  }

  private leaf(t: IntName, depth: number): Expr {
    const { rng, p } = this;
    const options: (() => Expr)[] = [() => lit(this.literal(t), t, true)];
    for (const v of this.readable(t)) options.push(() => ({ k: "var", name: v.name, t }), () => ({ k: "var", name: v.name, t }));
    for (const a of p.arrays) {
      if (a.t !== t) continue;
      options.push(...this.elements(a, depth), () => ({ k: "load", arr: a.name, index: this.index(a.length, depth, true), t }));
    }
    for (const s of p.structs) for (const f of s.fields) if (f.t === t) options.push(() => ({ k: "field", inst: s.inst, field: f.name, t }));
    if (options.length < 3 && this.vars.length > 0) {
      const v = rng.pick(this.vars);
      options.push(() => ({ k: "conv", t, e: { k: "var", name: v.name, t: v.t } }));
    }
    return rng.pick(options)();
  }

  /** An expression of exactly type t that is not an untyped literal. */
  exact(t: IntName, depth: number): Expr {
    const { rng } = this;
    if (depth <= 0) return this.leaf(t, 0);
    const d = depth - 1;
    switch (rng.weighted([20, 30, 5, 10, 7, 10, 8, 10])) {
      case 0: return this.leaf(t, d);
      case 1: return this.binary(t, d);
      case 2: return { k: "un", op: rng.pick(["-", "~"] as const), e: this.exact(t, d), t };
      case 3: return { k: "conv", t, e: this.exact(this.type(), d) };
      case 4: {
        const c = this.cond(d);
        const [a, b] = [this.exact(t, d), this.sink(t, d)];
        return rng.chance(0.5) || !(b.k === "lit" && !b.typed) ? { k: "cond", c, a, b, t } : { k: "cond", c, a: b, b: a, t };
      }
      case 5: return this.sideEffect(t, d, false) ?? this.leaf(t, d);
      case 6: return this.call(t, d) ?? this.binary(t, d);
      default: return this.orderSensitive(t, d) ?? this.binary(t, d);
    }
  }

  private binary(t: IntName, d: number): Expr {
    const { rng } = this;
    const op = rng.pick(ARITH);
    if (op === "<<" || op === ">>" || op === ">>>") {
      const count = rng.chance(0.5) ? lit(rng.int(40), "i32", false) : this.exact(this.type(), d);
      return { k: "bin", op, t, l: this.exact(t, d), r: count };
    }
    if (op === "/" || op === "%") return { k: "bin", op, t, l: this.sink(t, d), r: this.divisor(t, d) };
    const [l, r] = this.operands(t, d);
    return { k: "bin", op, t, l, r };
  }

  /** (e | 1): never zero. INT_MIN / -1 is left to the evaluator, which rejects the program. */
  private divisor(t: IntName, d: number): Expr {
    return { k: "bin", op: "|", t, l: this.exact(t, d), r: lit(1, t, false) };
  }

  /** An assignment, compound assignment or ++/-- of type t, if some place has type t. */
  private sideEffect(t: IntName, d: number, statement: boolean): Expr | undefined {
    const { rng } = this;
    const target = this.place(t, d);
    if (!target) return undefined;
    const r = rng.int(10);
    if (r < 3) return { k: "inc", target, delta: rng.pick([1, -1] as const), prefix: rng.chance(0.5), t };
    if (r < 6 || statement && r < 7) return { k: "assign", op: "=", target, rhs: statement ? this.sink(t, d) : this.assigned(t, d), t };
    const op = rng.pick(COMPOUND);
    const rhs = op === "<<" || op === ">>" || op === ">>>" ? this.exact(this.type(), d) : op === "/" || op === "%" ? this.divisor(t, d) : this.sink(t, d);
    return { k: "assign", op, target, rhs, t };
  }

  /**
   * The shapes whose meaning depends on evaluation order: a variable read next to
   * its own assignment or increment (`x + (x = 5)`, `i + i++`, `y += (y = 5)`,
   * `b[j & 7] = (j = 3)`).
   */
  private orderSensitive(t: IntName, d: number): Expr | undefined {
    const { rng } = this;
    const vars = this.vars.filter((v) => v.writable && v.t === t);
    if (vars.length === 0) return undefined;
    const v = rng.pick(vars);
    // Mostly a variable (a temp in tskc's IR), sometimes an element or a field (memory).
    const x: Place = (rng.chance(0.25) ? this.place(t, 0) : undefined) ?? { k: "var", name: v.name, t };
    const change = (): Expr => rng.chance(0.5)
      ? { k: "inc", target: x, delta: rng.pick([1, -1] as const), prefix: rng.chance(0.5), t }
      : { k: "assign", op: rng.chance(0.6) ? "=" : rng.pick(["+", "-", "^", "*"] as const), target: x, rhs: this.assigned(t, d), t };
    switch (rng.int(4)) {
      case 0: {
        const op = rng.pick(["+", "-", "^", "*", "&", "|"] as const);
        return rng.chance(0.7) ? { k: "bin", op, t, l: x, r: change() } : { k: "bin", op, t, l: change(), r: x };
      }
      case 1: return { k: "assign", op: rng.pick(["=", "+", "-", "^"] as const), target: x, rhs: change(), t };
      case 2: {
        const arrays = this.p.arrays.filter((a) => (a.length & (a.length - 1)) === 0 && a.t === t);
        if (arrays.length === 0) return { k: "bin", op: "+", t, l: change(), r: change() };
        const a = rng.pick(arrays);
        const j = rng.pick(this.vars.filter((w) => w.writable));
        const jx: Place = { k: "var", name: j.name, t: j.t };
        const target: Place = { k: "idx", arr: a.name, t, index: { k: "bin", op: "&", t: j.t, l: jx, r: lit(a.length - 1, j.t, false) } };
        return { k: "assign", op: rng.chance(0.5) ? "=" : "+", target, rhs: { k: "conv", t, e: { k: "assign", op: "=", target: jx, rhs: lit(this.literal(j.t), j.t, true), t: j.t } }, t };
      }
      default: return this.call(t, d, v) ?? { k: "bin", op: "+", t, l: x, r: change() };
    }
  }

  /** A call returning t: a helper generated earlier, this helper itself (one level down), or a function value. */
  private call(t: IntName, d: number, shared?: Var): Expr | undefined {
    const { rng, p } = this;
    const self = this.current;
    const direct = this.helpers.filter((h) => h.f.ret === t && h !== self);
    type Callee = { fn: string; indirect: boolean; params: IntName[]; recursive: boolean; selfCall: boolean };
    const callees: Callee[] = direct.map((h) => ({ fn: h.f.name, indirect: false, params: h.f.params.map((q) => q.t), recursive: h.recursive, selfCall: false }));
    if (self?.recursive && self.f.ret === t && !this.recursiveCallMade && this.inLoop === 0) {
      callees.push({ fn: self.f.name, indirect: false, params: self.f.params.map((q) => q.t), recursive: true, selfCall: true });
    }
    for (const f of self ? [] : p.funcValues) {
      // A function value may hold a recursive helper: mask its first argument too.
      const recursive = this.helpers.some((h) => h.recursive && h.f.params.map((q) => q.t).join() === f.params.join());
      if (f.ret === t) callees.push({ fn: f.name, indirect: true, params: f.params, recursive, selfCall: false });
    }
    if (callees.length === 0) return undefined;
    const c = rng.pick(callees);
    if (c.selfCall) this.recursiveCallMade = true;
    const args = c.params.map((pt, i): Expr => {
      if (i === 0 && c.selfCall) return { k: "bin", op: "-", t: pt, l: { k: "var", name: "d", t: pt }, r: lit(1, pt, false) };
      if (i === 0 && c.recursive) return { k: "bin", op: "&", t: pt, l: this.exact(pt, d), r: lit(3, pt, false) };
      if (shared && widensTo(shared.t, pt) && rng.chance(0.7)) {
        const x: Place = { k: "var", name: shared.name, t: shared.t };
        return rng.chance(0.4) ? x : rng.chance(0.5) ? { k: "inc", target: x, delta: rng.pick([1, -1] as const), prefix: rng.chance(0.5), t: shared.t } : { k: "assign", op: "=", target: x, rhs: this.assigned(shared.t, 0), t: shared.t };
      }
      return this.sink(pt, d);
    });
    return { k: "call", fn: c.fn, indirect: c.indirect, args, t };
  }

  cond(depth: number): Cond {
    const { rng } = this;
    const d = depth - 1;
    switch (depth <= 0 ? 0 : rng.weighted([50, 12, 12, 8, 12])) {
      case 0: {
        const at = this.type();
        const ordered = depth > 0 && rng.chance(0.2) ? this.orderSensitiveCompare(at, d) : undefined;
        if (ordered) return ordered;
        const op = rng.pick(CMP);
        let [l, r] = this.operands(at, Math.max(d, 0));
        if (op === "==" || op === "!=") [l, r] = [typedLiteral(l), typedLiteral(r)];
        return { k: "cmp", op, l, r, t: "bool", at };
      }
      case 1: return { k: "and", l: this.cond(d), r: this.cond(d), t: "bool" };
      case 2: return { k: "or", l: this.cond(d), r: this.cond(d), t: "bool" };
      case 3: return { k: "not", c: this.cond(d), t: "bool" };
      default: return { k: "truthy", e: this.exact(this.type(), d), t: "bool" };
    }
  }

  /** `p > --p`, `x == (x = 3)`. */
  private orderSensitiveCompare(at: IntName, d: number): Cond | undefined {
    const { rng } = this;
    const vars = this.vars.filter((v) => v.writable && v.t === at);
    if (vars.length === 0) return undefined;
    const x: Place = { k: "var", name: rng.pick(vars).name, t: at };
    const change: Expr = rng.chance(0.5)
      ? { k: "inc", target: x, delta: rng.pick([1, -1] as const), prefix: rng.chance(0.5), t: at }
      : { k: "assign", op: "=", target: x, rhs: this.assigned(at, d), t: at };
    const [l, r] = rng.chance(0.7) ? [x, change] : [change, x];
    return { k: "cmp", op: rng.pick(CMP), l, r, t: "bool", at };
  }
}

/**
 * tsc narrows a variable compared with == to a literal (in the branch, or in a `case`), and
 * then rejects comparing it with another literal (TS2367): such operands get a type, `u8(6)`,
 * which tsc sees as a call returning number.
 */
function typedLiteral(e: Expr): Expr {
  return e.k === "lit" ? { ...e, typed: true } : e;
}

export function lit(v: number, t: IntName, typed = false): Expr {
  return { k: "lit", v: wrap(v, t), t, typed };
}
