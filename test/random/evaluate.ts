// The reference evaluator: an interpreter of generated programs (ast.ts), written
// from docs/language.md and sharing no code with the compiler. In: a Program.
// Out: what it prints (its traces) and the u32 its entry returns; or the bounds
// check it fails, with the statement where it fails, which tskc must report in
// the same place after the same traces; or an Invalid error when the program is
// not a valid test (it divides by zero, computes INT_MIN / -1, reads or writes
// raw memory outside an array, recurses or loops past the limits, or reads a name
// it never declared), so the generator and the reducer can throw it away.
// Nothing needs to run first.
//
// The rules it implements (docs/language.md, sections 2 and 8):
// - left to right: operands, then the operator; an assignment's target (its
//   index) before the right-hand side; a compound assignment or ++ reads the
//   target's old value before evaluating its right operand; arguments in order;
// - every value is an exact integer in its type's range, and each operation
//   wraps at the width of its type; signedness picks division, >> and compares;
// - shift counts are taken modulo 32, and the shift happens on the 32-bit
//   extended value as in TypeScript: `>>>` on an i8 or i16 shifts its sign-
//   extended 32 bits right, then the result wraps back to the narrow type;
// - integer division truncates toward zero; % has the sign of the dividend;
// - an index is checked as an unsigned number against the array's declared length
//   (`arr[i]`) or against its length word (through a view), after the index is
//   evaluated and before anything else of the access: a compound assignment's
//   old value, its right-hand side (section 6, "Bounds checks").

import { type ArithOp, type CmpOp, type Cond, type Expr, type Func, isSigned, type IntName, type Place, type Program, type Stmt, wrap } from "./ast.js";

export class Invalid extends Error {}

/** A failed bounds check: the program is still a valid test, whose run ends in a trap report. */
export class BoundsTrap extends Invalid {
  constructor(readonly index: number, readonly length: number, readonly at: Stmt | undefined) {
    super(`index ${index} out of range ${length}`);
  }
}

/** What a run of a program shows: its traces, then the value its entry returns or the check that failed. */
export interface Execution {
  traces: number[];
  value?: number;
  trap?: BoundsTrap;
}

export interface EvalOptions {
  maxSteps?: number;
  maxDepth?: number;
  /** Called with each expression node and the value it produced, in evaluation order. */
  onValue?: (e: Expr, v: number) => void;
}

type Completion = { k: "normal" } | { k: "break" | "continue"; label?: string } | { k: "return"; v: number };
const NORMAL: Completion = { k: "normal" };

export function arith(op: ArithOp, a: number, b: number, t: IntName): number {
  switch (op) {
    case "+": return wrap(a + b, t);
    case "-": return wrap(a - b, t);
    case "*": return wrap(Math.imul(a, b), t); // the low 32 bits are exact, and hold the low 8 or 16
    case "/": case "%": {
      if (b === 0) throw new Invalid("division by zero");
      if (t !== "i8" && t !== "i16" && isSigned(t) && a === -0x80000000 && b === -1) throw new Invalid("INT_MIN / -1 traps");
      const [x, y] = [BigInt(a), BigInt(b)]; // BigInt division truncates toward zero; % keeps the dividend's sign
      return wrap(Number(op === "/" ? x / y : x % y), t);
    }
    case "&": return wrap(a & b, t);
    case "|": return wrap(a | b, t);
    case "^": return wrap(a ^ b, t);
    // JavaScript's shifts read the count modulo 32 and the value as 32 bits, as the CPU does.
    case "<<": return wrap(a << b, t);
    case ">>": return wrap(isSigned(t) ? a >> b : a >>> b, t);
    case ">>>": return wrap(a >>> b, t);
  }
}

export function compare(op: CmpOp, a: number, b: number): boolean {
  switch (op) {
    case "==": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case "<=": return a <= b;
    case ">": return a > b;
    case ">=": return a >= b;
  }
}

/**
 * The value of an expression made of literals, conversions and operators only, which tskc
 * folds at compile time; undefined if it is not one. Throws Invalid if folding it traps
 * (INT_MIN / -1, division by zero): tskc rejects that even in code that never runs.
 */
export function constantValue(e: Expr): number | undefined {
  switch (e.k) {
    case "lit": return wrap(e.v, e.t);
    case "conv": {
      const v = constantValue(e.e);
      return v === undefined ? undefined : wrap(v, e.t);
    }
    case "un": {
      const v = constantValue(e.e);
      return v === undefined ? undefined : wrap(e.op === "-" ? -v : ~v, e.t);
    }
    case "bin": {
      const [a, b] = [constantValue(e.l), constantValue(e.r)];
      return a === undefined || b === undefined ? undefined : arith(e.op, a, b, e.t);
    }
    default: return undefined;
  }
}

/** The value p's entry returns; throws Invalid (a BoundsTrap too) for a program that is no test of a value. */
export function evaluate(p: Program, options: EvalOptions = {}): number {
  return new Evaluator(p, options).run();
}

/** Runs p to its end or to a failed bounds check; throws Invalid for any other reason it is not a valid test. */
export function execute(p: Program, options: EvalOptions = {}): Execution {
  const ev = new Evaluator(p, options);
  try {
    return { traces: ev.traces, value: ev.run() };
  } catch (e) {
    if (e instanceof BoundsTrap) return { traces: ev.traces, trap: e };
    throw e;
  }
}

class Evaluator {
  private globals = new Map<string, number>();
  private arrays = new Map<string, number[]>();
  private lengthWords = new Map<string, number>(); // what views check against
  private fields = new Map<string, number>(); // "inst.field"
  private fnValues = new Map<string, string>();
  private funcs = new Map<string, Func>();
  private steps = 0;
  private depth = 0;
  private env = new Map<string, number>();
  private at: Stmt | undefined; // the statement running, whose line a trap reports
  readonly traces: number[] = [];
  private readonly maxSteps: number;
  private readonly maxDepth: number;

  constructor(private p: Program, private options: EvalOptions) {
    this.maxSteps = options.maxSteps ?? 200_000;
    this.maxDepth = options.maxDepth ?? 40;
    for (const g of p.globals) this.globals.set(g.name, wrap(g.init, g.t));
    for (const a of p.arrays) {
      this.arrays.set(a.name, a.init ? a.init.map((v) => wrap(v, a.t)) : new Array<number>(a.length).fill(0));
      this.lengthWords.set(a.name, a.length);
    }
    for (const s of p.structs) for (const f of s.fields) this.fields.set(`${s.inst}.${f.name}`, 0);
    for (const f of p.funcValues) this.fnValues.set(f.name, f.init);
    for (const f of p.funcs) this.funcs.set(f.name, f);
  }

  run(): number {
    return this.call(`${this.p.id}_main`, []);
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new Invalid("too many steps");
  }

  private call(name: string, args: number[]): number {
    const f = this.funcs.get(name);
    if (!f || f.params.length !== args.length) throw new Invalid(`no function ${name}/${args.length}`);
    if (++this.depth > this.maxDepth) throw new Invalid("recursion too deep");
    const [saved, at] = [this.env, this.at];
    this.env = new Map(f.params.map((p, i) => [p.name, wrap(args[i], p.t)]));
    const c = this.block(f.body);
    [this.env, this.at] = [saved, at]; // the caller's statement goes on
    this.depth--;
    if (c.k !== "return") throw new Invalid(`${name} ends without a return`);
    return wrap(c.v, f.ret);
  }

  private block(stmts: Stmt[]): Completion {
    for (const s of stmts) {
      const c = this.stmt(s);
      if (c.k !== "normal") return c;
    }
    return NORMAL;
  }

  /** Runs a loop body; returns undefined to go on looping, or the completion that leaves the loop. */
  private loopBody(label: string | undefined, body: Stmt[]): Completion | undefined {
    const c = this.block(body);
    if (c.k === "break" && (c.label === undefined || c.label === label)) return NORMAL;
    if (c.k === "continue" && (c.label === undefined || c.label === label)) return undefined;
    return c.k === "normal" ? undefined : c;
  }

  private stmt(s: Stmt): Completion {
    this.tick();
    this.at = s; // a statement evaluates nothing of its own after its inner statements ran
    switch (s.k) {
      case "decl": this.env.set(s.name, wrap(this.expr(s.init), s.t)); return NORMAL;
      case "expr": this.expr(s.e); return NORMAL;
      case "if": return this.cond(s.c) ? this.block(s.then) : s.else ? this.block(s.else) : NORMAL;
      case "for": {
        for (this.env.set(s.v, 0); this.readVar(s.v) < s.n; this.env.set(s.v, wrap(this.readVar(s.v) + 1, s.vt))) {
          this.tick();
          const c = this.loopBody(s.label, s.body);
          if (c) return c;
        }
        return NORMAL;
      }
      case "while": {
        this.env.set(s.v, s.n);
        while (this.readVar(s.v) > 0) {
          this.tick();
          this.env.set(s.v, this.readVar(s.v) - 1);
          const c = this.loopBody(s.label, s.body);
          if (c) return c;
        }
        return NORMAL;
      }
      case "do": {
        this.env.set(s.v, s.n);
        do {
          this.tick();
          const c = this.loopBody(s.label, s.body);
          if (c) return c;
          this.env.set(s.v, this.readVar(s.v) - 1);
        } while (this.readVar(s.v) > 0);
        return NORMAL;
      }
      case "forof": {
        const arr = this.arrays.get(s.arr);
        if (!arr) throw new Invalid(`no array ${s.arr}`);
        for (let i = 0; i < arr.length; i++) {
          this.tick();
          this.env.set(s.v, arr[i]);
          const c = this.loopBody(s.label, s.body);
          if (c) return c;
        }
        return NORMAL;
      }
      case "block": {
        const c = this.block(s.body);
        return c.k === "break" && c.label === s.label ? NORMAL : c;
      }
      case "switch": {
        const v = this.expr(s.e);
        let start = s.cases.findIndex((c) => c.values.includes(v));
        if (start < 0) start = s.cases.findIndex((c) => c.values.length === 0);
        if (start < 0) return NORMAL;
        for (const c of s.cases.slice(start)) {
          const r = this.block(c.body);
          if (r.k === "break" && (r.label === undefined || r.label === s.label)) return NORMAL;
          if (r.k !== "normal") return r;
        }
        return NORMAL;
      }
      case "break": case "continue": return { k: s.k, label: s.label };
      case "return": return { k: "return", v: this.expr(s.e) };
      case "setfn": this.fnValues.set(s.fv, s.fn); return NORMAL;
      case "store": {
        const [arr, i] = this.raw(s.arr, s.index);
        arr[i] = wrap(this.expr(s.value), s.t);
        return NORMAL;
      }
      case "setlen": {
        const arr = this.arrays.get(s.arr);
        if (!arr || s.n < 0 || s.n > arr.length) throw new Invalid(`length ${s.n} for ${s.arr}`);
        this.lengthWords.set(s.arr, s.n);
        return NORMAL;
      }
      case "trace": this.traces.push(wrap(this.expr(s.e), "u32")); return NORMAL;
    }
  }

  /** An array and an element index for raw memory access: unchecked, so out of range is no valid test. */
  private raw(name: string, index: Expr): [number[], number] {
    const arr = this.arrays.get(name);
    if (!arr) throw new Invalid(`no array ${name}`);
    const i = this.expr(index);
    if (i < 0 || i >= arr.length) throw new Invalid(`raw access ${i} outside ${name}`);
    return [arr, i];
  }

  private readVar(name: string): number {
    const v = this.env.get(name) ?? this.globals.get(name);
    if (v === undefined) throw new Invalid(`no variable ${name}`);
    return v;
  }

  /** Evaluates the parts of a place (an element's index), once, before anything else. */
  private locate(p: Place): () => { get(): number; set(v: number): void } {
    switch (p.k) {
      case "var": {
        const local = this.env.has(p.name);
        if (!local && !this.globals.has(p.name)) throw new Invalid(`no variable ${p.name}`);
        const map = local ? this.env : this.globals;
        return () => ({ get: () => map.get(p.name)!, set: (v) => void map.set(p.name, v) });
      }
      case "idx": case "view": {
        const arr = this.arrays.get(p.arr);
        if (!arr) throw new Invalid(`no array ${p.arr}`);
        const i = wrap(this.expr(p.index), "u32");
        const length = p.k === "idx" ? arr.length : this.lengthWords.get(p.arr)!;
        if (i >= length) throw new BoundsTrap(i, length, this.at);
        return () => ({ get: () => arr[i], set: (v) => void (arr[i] = v) });
      }
      case "field": {
        const key = `${p.inst}.${p.field}`;
        if (!this.fields.has(key)) throw new Invalid(`no field ${key}`);
        return () => ({ get: () => this.fields.get(key)!, set: (v) => void this.fields.set(key, v) });
      }
    }
  }

  expr(e: Expr): number {
    this.tick();
    const v = this.value(e);
    this.options.onValue?.(e, v);
    return v;
  }

  private value(e: Expr): number {
    switch (e.k) {
      case "var": case "idx": case "view": case "field": return this.locate(e)().get();
      case "load": {
        const [arr, i] = this.raw(e.arr, e.index);
        return arr[i];
      }
      case "lit": return wrap(e.v, e.t);
      case "un": {
        const a = this.expr(e.e);
        return wrap(e.op === "-" ? -a : ~a, e.t);
      }
      case "bin": {
        const a = this.expr(e.l);
        const b = this.expr(e.r);
        return arith(e.op, a, b, e.t);
      }
      case "conv": return wrap(this.expr(e.e), e.t);
      case "cond": return this.cond(e.c) ? this.expr(e.a) : this.expr(e.b);
      case "assign": {
        const place = this.locate(e.target)(); // the target's index first
        const old = e.op === "=" ? 0 : place.get(); // a compound assignment reads the old value before its right operand
        const r = this.expr(e.rhs);
        const v = e.op === "=" ? wrap(r, e.target.t) : arith(e.op, old, r, e.target.t);
        place.set(v);
        return v;
      }
      case "inc": {
        const place = this.locate(e.target)();
        const old = place.get();
        const v = wrap(old + e.delta, e.target.t);
        place.set(v);
        return e.prefix ? v : old;
      }
      case "call": {
        let fn = e.fn;
        if (e.indirect) {
          const target = this.fnValues.get(e.fn);
          if (target === undefined) throw new Invalid(`no function value ${e.fn}`);
          fn = target;
        }
        const args = e.args.map((a) => this.expr(a));
        return this.call(fn, args);
      }
    }
  }

  private cond(c: Cond): boolean {
    this.tick();
    switch (c.k) {
      case "cmp": {
        const a = this.expr(c.l);
        const b = this.expr(c.r);
        return compare(c.op, a, b);
      }
      case "and": return this.cond(c.l) && this.cond(c.r);
      case "or": return this.cond(c.l) || this.cond(c.r);
      case "not": return !this.cond(c.c);
      case "truthy": return this.expr(c.e) !== 0;
    }
  }
}
