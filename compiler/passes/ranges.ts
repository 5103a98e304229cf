// Bounds-check elimination by range analysis. In: a function in SSA form whose bounds
// checks lowering emitted as `%bad = cmp.uge %i, L; br %bad, @trap, @ok`. Out: the same
// function where each check that provably passes is a jump to @ok (its trap block gone):
//
//   @b1: %t5 = phi [@b0: 0], [@b3: %t9]          (for (k = 0; k < 64; k++) a[i * 64 + k])
//        %t6 = cmp.slt %t5, 64; br %t6, @b2, @b4
//   @b2: %t7 = mul %t3, 64; %t8 = add %t7, %t5
//        %t10 = cmp.uge %t8, 4096; br %t10, @trap, @b3   =>   jmp @b3
//
// A temp's range is an interval of signed 32-bit values, computed where the check is from
// how the temp is defined (constants, +, -, *, &, shifts, remainders, extensions, narrow
// loads, compares) and narrowed by the branches on the way there: a block whose only
// predecessor branches on `cmp.<c> %x, y` knows that the compare held (or did not) in
// every block it dominates, and since an SSA temp never changes, that is a fact about %x
// everywhere there. A loop counter `%p = phi [entry: init], [latch: add %p, c]` (c > 0)
// ranges from init's least value to the most the guard at each increment lets it reach,
// provided that increment cannot wrap past i32's maximum (Harrison, "Compiler Analysis of
// the Value Ranges for Variables", IEEE TSE 1977, is the origin of the method).
// A check passes if its index's range lies in [0, L) for a constant or ranged L, or if the
// index is never negative and a dominating branch found it below the same temp L (a guard
// `i < a.length` and the check `a[i]` read one length load after value numbering).
// Queries walk the dominator tree upwards, at most MAX_WALK blocks, and expressions to
// MAX_DEPTH operands deep, and each temp's range at a block is computed once, so the pass
// stays linear in the function's size.
// Needs: SSA form, value numbering (equal lengths are one temp). Preserves: SSA form.

import { type Block, definedTemp, type Inst, type IrFunction, type Phi, type Temp, type Value } from "../ir/ir.js";
import { removeDeadEdges } from "./cfg.js";
import { type DominatorTree, dominatorTree } from "./dominators.js";

const MIN = -0x80000000;
const MAX = 0x7fffffff;
const MAX_WALK = 64;
const MAX_DEPTH = 12;

interface Range {
  lo: number;
  hi: number;
}
const FULL: Range = { lo: MIN, hi: MAX };

type Cond = (Inst & { op: "cmp" })["cond"];
/** The condition that holds when `a <cond> b` does not. */
export const NEGATE: Record<Cond, Cond> = { eq: "ne", ne: "eq", slt: "sge", sge: "slt", sle: "sgt", sgt: "sle", ult: "uge", uge: "ult", ule: "ugt", ugt: "ule" };
/** The condition `b <SWAP[cond]> a` that says what `a <cond> b` does. */
export const SWAP: Record<Cond, Cond> = { eq: "eq", ne: "ne", slt: "sgt", sgt: "slt", sle: "sge", sge: "sle", ult: "ugt", ugt: "ult", ule: "uge", uge: "ule" };

export function eliminateCheckedRanges(fn: IrFunction): void {
  const analysis = new RangeAnalysis(fn, dominatorTree(fn));
  let changed = false;
  for (const b of fn.blocks) {
    const t = b.term;
    if (t.op !== "br" || t.cond.kind !== "temp") continue;
    const check = analysis.defs.get(t.cond.id);
    if (!check || !("op" in check) || check.op !== "cmp" || check.cond !== "uge" || check.a.kind !== "temp") continue;
    if (!analysis.below(check.a, check.b, b)) continue;
    b.term = { op: "jmp", target: t.else, loc: t.loc };
    changed = true;
  }
  if (changed) removeDeadEdges(fn);
}

class RangeAnalysis {
  readonly defs = new Map<number, Inst | Phi>();
  private readonly defBlock = new Map<number, Block>();
  /** What a block's entry edge tells: its only predecessor branches on `cond`, which `holds` here. */
  private readonly entryFact = new Map<Block, { cond: number; holds: boolean }>();
  private readonly active = new Set<number>(); // phis being evaluated (cycles give FULL)
  private readonly memo = new Map<string, Range>(); // "temp@block" -> its range there

  constructor(fn: IrFunction, private readonly tree: DominatorTree) {
    for (const b of fn.blocks) {
      for (const phi of b.phis ?? []) [this.defs.set(phi.dst.id, phi), this.defBlock.set(phi.dst.id, b)];
      for (const i of b.insts) {
        const d = definedTemp(i);
        if (d) [this.defs.set(d.id, i), this.defBlock.set(d.id, b)];
      }
      const preds = tree.preds.get(b)!;
      const t = preds.length === 1 ? preds[0].term : undefined;
      if (t?.op === "br" && t.cond.kind === "temp" && t.then !== t.else) this.entryFact.set(b, { cond: t.cond.id, holds: b === t.then });
    }
  }

  /** Whether `index` is in [0, length) (unsigned) wherever `at` runs. */
  below(index: Temp, length: Value, at: Block): boolean {
    const r = this.range(index, at, 0);
    if (r.lo < 0) return false;
    if (r.hi < this.range(length, at, 0).lo) return true;
    if (length.kind !== "temp") return false;
    return this.facts(index, at).some((f) => f.other.kind === "temp" && f.other.id === length.id && (f.cond === "slt" || f.cond === "ult"));
  }

  /** The compares that hold of `v` on every path to `at`, as `v <cond> other`. */
  private facts(v: Temp, at: Block): { cond: Cond; other: Value }[] {
    const found: { cond: Cond; other: Value }[] = [];
    let b = at;
    for (let steps = 0; steps < MAX_WALK; steps++) {
      const fact = this.entryFact.get(b);
      const c = fact && this.defs.get(fact.cond);
      if (fact && c && "op" in c && c.op === "cmp") {
        const cond = fact.holds ? c.cond : NEGATE[c.cond];
        if (c.a.kind === "temp" && c.a.id === v.id) found.push({ cond, other: c.b });
        else if (c.b.kind === "temp" && c.b.id === v.id) found.push({ cond: SWAP[cond], other: c.a });
      }
      const up = this.tree.idom.get(b);
      if (!up || up === b) break;
      b = up;
    }
    return found;
  }

  private range(v: Value, at: Block, depth: number): Range {
    if (v.kind === "imm") return { lo: v.value, hi: v.value };
    if (depth > MAX_DEPTH) return FULL;
    const key = `${v.id}@${at.id}`;
    const known = this.memo.get(key);
    if (known) return known;
    let r = this.defined(v, at, depth);
    for (const f of this.facts(v, at)) r = intersect(r, bound(f.cond, this.range(f.other, at, depth + 1)));
    this.memo.set(key, r); // sound even if a cycle or the depth limit made it FULL
    return r;
  }

  /** The range `v` has from its definition alone. */
  private defined(v: Temp, at: Block, depth: number): Range {
    const def = this.defs.get(v.id);
    if (!def) return FULL;
    if (!("op" in def)) return this.phi(def, depth);
    const of = (x: Value) => this.range(x, at, depth + 1);
    switch (def.op) {
      case "copy": return of(def.src);
      case "cmp": return { lo: 0, hi: 1 };
      case "ext": {
        const r = of(def.a);
        const limits = def.signed ? { lo: -(1 << (def.from - 1)), hi: (1 << (def.from - 1)) - 1 } : { lo: 0, hi: (1 << def.from) - 1 };
        return r.lo >= limits.lo && r.hi <= limits.hi ? r : limits;
      }
      case "load":
        if (def.width === 32) return FULL;
        return def.signed ? { lo: -(1 << (def.width - 1)), hi: (1 << (def.width - 1)) - 1 } : { lo: 0, hi: (1 << def.width) - 1 };
      case "add": case "sub": case "mul": case "and": case "shl": case "shr": case "sar": case "urem": case "udiv":
        return arithmetic(def.op, of(def.a), of(def.b));
      default: return FULL;
    }
  }

  /** A counter's range (see the header), or the union of the arguments' ranges. */
  private phi(p: Phi, depth: number): Range {
    if (this.active.has(p.dst.id)) return FULL;
    this.active.add(p.dst.id);
    try {
      const header = this.defBlock.get(p.dst.id)!;
      const entries = p.args.filter((a) => !this.tree.dominates(header, a.block));
      const backs = p.args.filter((a) => this.tree.dominates(header, a.block));
      let r = entries.map((a) => this.range(a.value, a.block, depth + 1)).reduce(union);
      for (const a of backs) {
        const inc = a.value.kind === "temp" ? this.defs.get(a.value.id) : undefined;
        if (!inc || !("op" in inc) || inc.op !== "add") return backs.map((x) => this.range(x.value, x.block, depth + 1)).reduce(union, r);
        const step = inc.a.kind === "temp" && inc.a.id === p.dst.id ? inc.b : inc.b.kind === "temp" && inc.b.id === p.dst.id ? inc.a : undefined;
        if (step?.kind !== "imm" || step.value <= 0) return FULL;
        // The most the guards let the counter be where it is incremented.
        const home = this.defBlock.get((a.value as Temp).id)!;
        const guarded = this.facts(p.dst, home).reduce((g, f) => intersect(g, bound(f.cond, this.range(f.other, home, depth + 1))), FULL);
        if (guarded.hi + step.value > MAX) return FULL;
        r = { lo: r.lo, hi: Math.max(r.hi, guarded.hi + step.value) };
      }
      return r;
    } finally {
      this.active.delete(p.dst.id);
    }
  }
}

/** The values x with `x <cond> y` for some y in `other`. */
function bound(cond: Cond, other: Range): Range {
  switch (cond) {
    case "slt": return { lo: MIN, hi: other.hi - 1 };
    case "sle": return { lo: MIN, hi: other.hi };
    case "sgt": return { lo: other.lo + 1, hi: MAX };
    case "sge": return { lo: other.lo, hi: MAX };
    case "eq": return other;
    // Below a non-negative y, unsigned, x is non-negative too.
    case "ult": return other.lo >= 0 ? { lo: 0, hi: other.hi - 1 } : FULL;
    case "ule": return other.lo >= 0 ? { lo: 0, hi: other.hi } : FULL;
    default: return FULL;
  }
}

/** The range of `a op b`, or FULL when the operation may wrap. */
function arithmetic(op: string, a: Range, b: Range): Range {
  const fits = (lo: number, hi: number): Range => (lo >= MIN && hi <= MAX && lo <= hi ? { lo, hi } : FULL);
  const constant = b.lo === b.hi ? b.lo : undefined;
  switch (op) {
    case "add": return fits(a.lo + b.lo, a.hi + b.hi);
    case "sub": return fits(a.lo - b.hi, a.hi - b.lo);
    case "mul": {
      const corners = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
      return fits(Math.min(...corners), Math.max(...corners));
    }
    case "and":
      if (a.lo >= 0 && b.lo >= 0) return { lo: 0, hi: Math.min(a.hi, b.hi) };
      if (a.lo >= 0 || b.lo >= 0) return { lo: 0, hi: a.lo >= 0 ? a.hi : b.hi };
      return FULL;
    case "shl":
      if (constant === undefined || a.lo < 0) return FULL;
      return fits(a.lo * 2 ** (constant & 31), a.hi * 2 ** (constant & 31));
    case "shr": {
      if (constant === undefined) return FULL;
      const s = constant & 31;
      if (a.lo >= 0) return { lo: Math.floor(a.lo / 2 ** s), hi: Math.floor(a.hi / 2 ** s) };
      return s === 0 ? FULL : { lo: 0, hi: Math.floor(0xffffffff / 2 ** s) };
    }
    case "sar":
      if (constant === undefined) return FULL;
      return { lo: a.lo >> (constant & 31), hi: a.hi >> (constant & 31) };
    case "urem":
      if (b.lo <= 0) return FULL;
      return { lo: 0, hi: a.lo >= 0 ? Math.min(a.hi, b.hi - 1) : b.hi - 1 };
    case "udiv":
      if (b.lo <= 0 || a.lo < 0) return FULL;
      return { lo: Math.floor(a.lo / b.hi), hi: Math.floor(a.hi / b.lo) };
    default: return FULL;
  }
}

function intersect(a: Range, b: Range): Range {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

function union(a: Range, b: Range): Range {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}
