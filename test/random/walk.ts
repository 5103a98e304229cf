// Walks over generated programs (ast.ts) for the reducer. In: a Program. Out:
// its expression and condition slots and its statement lists, each in one fixed
// pre-order, so the k-th slot of a copy is the k-th slot of the original; and
// wellFormed, which tells whether every name a program uses is declared and
// every break and continue has a target (what a reduction step can break).
// Nothing needs to run first.

import type { Cond, Expr, Place, Program, Stmt } from "./ast.js";
import { constantValue } from "./evaluate.js";

export interface Slot<T> {
  get(): T;
  set(v: T): void;
}

type Visitor = { expr?(s: Slot<Expr>): void; cond?(s: Slot<Cond>): void; list?(l: Stmt[]): void };

function slot<O, K extends keyof O>(o: O, key: K): Slot<O[K]> {
  return { get: () => o[key], set: (v) => void (o[key] = v) };
}

function visitPlace(p: Place, v: Visitor): void {
  if (p.k === "idx" || p.k === "view") visitExpr(slot(p, "index"), v);
}

function visitExpr(s: Slot<Expr>, v: Visitor): void {
  v.expr?.(s);
  const e = s.get();
  switch (e.k) {
    case "idx": case "view": visitPlace(e, v); break;
    case "load": visitExpr(slot(e, "index"), v); break;
    case "un": case "conv": visitExpr(slot(e, "e"), v); break;
    case "bin": visitExpr(slot(e, "l"), v); visitExpr(slot(e, "r"), v); break;
    case "cond": visitCond(slot(e, "c"), v); visitExpr(slot(e, "a"), v); visitExpr(slot(e, "b"), v); break;
    case "assign": visitPlace(e.target, v); visitExpr(slot(e, "rhs"), v); break;
    case "inc": visitPlace(e.target, v); break;
    case "call": e.args.forEach((_, i) => visitExpr(slot(e.args, i), v)); break;
    default: break;
  }
}

function visitCond(s: Slot<Cond>, v: Visitor): void {
  v.cond?.(s);
  const c = s.get();
  switch (c.k) {
    case "cmp": visitExpr(slot(c, "l"), v); visitExpr(slot(c, "r"), v); break;
    case "and": case "or": visitCond(slot(c, "l"), v); visitCond(slot(c, "r"), v); break;
    case "not": visitCond(slot(c, "c"), v); break;
    case "truthy": visitExpr(slot(c, "e"), v); break;
  }
}

function visitList(l: Stmt[], v: Visitor): void {
  v.list?.(l);
  for (const s of l) visitStmt(s, v);
}

function visitStmt(s: Stmt, v: Visitor): void {
  switch (s.k) {
    case "decl": visitExpr(slot(s, "init"), v); break;
    case "expr": visitExpr(slot(s, "e"), v); break;
    case "return": case "trace": visitExpr(slot(s, "e"), v); break;
    case "store": visitExpr(slot(s, "index"), v); visitExpr(slot(s, "value"), v); break;
    case "if": visitCond(slot(s, "c"), v); visitList(s.then, v); if (s.else) visitList(s.else, v); break;
    case "for": case "while": case "do": case "forof": case "block": visitList(s.body, v); break;
    case "switch": visitExpr(slot(s, "e"), v); for (const c of s.cases) visitList(c.body, v); break;
    default: break;
  }
}

function visitProgram(p: Program, v: Visitor): void {
  for (const f of p.funcs) visitList(f.body, v);
}

export function exprSlots(p: Program): Slot<Expr>[] {
  const out: Slot<Expr>[] = [];
  visitProgram(p, { expr: (s) => out.push(s) });
  return out;
}

export function condSlots(p: Program): Slot<Cond>[] {
  const out: Slot<Cond>[] = [];
  visitProgram(p, { cond: (s) => out.push(s) });
  return out;
}

export function stmtLists(p: Program): Stmt[][] {
  const out: Stmt[][] = [];
  visitProgram(p, { list: (l) => out.push(l) });
  return out;
}

/** Whether some constant subexpression traps when folded (see constantValue), run or not. */
export function constantTraps(p: Program): boolean {
  try {
    for (const s of exprSlots(p)) constantValue(s.get());
    return false;
  } catch {
    return true;
  }
}

/** Every name used is declared (anywhere in its function, for locals), and every jump has a target. */
export function wellFormed(p: Program): boolean {
  const globals = new Set([...p.globals.map((g) => g.name)]);
  const arrays = new Set(p.arrays.map((a) => a.name));
  const fields = new Set(p.structs.flatMap((s) => s.fields.map((f) => `${s.inst}.${f.name}`)));
  const funcs = new Set(p.funcs.map((f) => f.name));
  const fvs = new Set(p.funcValues.map((f) => f.name));
  if (p.funcValues.some((f) => !funcs.has(f.init))) return false;
  for (const f of p.funcs) {
    const locals = new Set(f.params.map((q) => q.name));
    let ok = true;
    const declare = (l: Stmt[]) => l.forEach((s) => {
      if (s.k === "decl") locals.add(s.name);
      if (s.k === "for" || s.k === "while" || s.k === "do" || s.k === "forof") locals.add(s.v);
      if ((s.k === "forof" || s.k === "store" || s.k === "setlen") && !arrays.has(s.arr)) ok = false;
    });
    visitList(f.body, { list: declare });
    const place = (e: Expr | Place) => {
      if (e.k === "var" && !locals.has(e.name) && !globals.has(e.name)) ok = false;
      if ((e.k === "idx" || e.k === "view" || e.k === "load") && !arrays.has(e.arr)) ok = false;
      if (e.k === "field" && !fields.has(`${e.inst}.${e.field}`)) ok = false;
    };
    visitList(f.body, {
      expr: (s) => {
        const e = s.get();
        place(e);
        if (e.k === "assign" || e.k === "inc") place(e.target);
        if (e.k === "call" && !(e.indirect ? fvs : funcs).has(e.fn)) ok = false;
      },
    });
    if (!ok || !jumpsOk(f.body, [])) return false;
    for (const s of allStmts(f.body)) if (s.k === "setfn" && (!fvs.has(s.fv) || !funcs.has(s.fn))) return false;
  }
  return true;
}

function allStmts(l: Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  visitList(l, { list: (x) => out.push(...x) });
  return out;
}

type Enclosing = { kind: "loop" | "switch" | "block"; label?: string };

function jumpsOk(l: Stmt[], outer: Enclosing[]): boolean {
  return l.every((s) => {
    switch (s.k) {
      case "break":
        return s.label ? outer.some((o) => o.label === s.label) : outer.some((o) => o.kind !== "block");
      case "continue":
        return s.label ? outer.some((o) => o.label === s.label && o.kind === "loop") : outer.some((o) => o.kind === "loop");
      case "if": return jumpsOk(s.then, outer) && (!s.else || jumpsOk(s.else, outer));
      case "for": case "while": case "do": case "forof": return jumpsOk(s.body, [...outer, { kind: "loop", label: s.label }]);
      case "block": return jumpsOk(s.body, [...outer, { kind: "block", label: s.label }]);
      case "switch": return s.cases.every((c) => jumpsOk(c.body, [...outer, { kind: "switch", label: s.label }]));
      default: return true;
    }
  });
}
