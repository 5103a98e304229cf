// Induction variables: address-mode formation and strength reduction. In: a function in
// SSA form whose loops have preheaders (licm). Out: the same function where a load's or
// store's address inside a loop is rewritten so that x86's addressing mode
// `[base + index*scale + symbol + offset]` does the arithmetic the loop did on each
// iteration. matmul's inner loop (k counts, %t65 = i * 64 and j are invariant):
//
//   @b11: %t54 = phi [@b7: 0], [@b13: %t75]              @b11: %t54 = phi [@b7: 0], [@b13: %t75]
//         ...                                                  %q = phi [@b7: 0], [@b13: %q2]
//   @b17: %t66 = add %t65, %t54                    =>    @b17: %t68 = load.u32 [%s + %t54 * 4 + a + 4]
//         %t68 = load.u32 [%t66 * 4 + a + 4]                   %t72 = load.u32 [%q + %t43 * 4 + b + 4]
//         %t69 = mul %t54, 64                          @b13: %t75 = add %t54, 1
//         %t70 = add %t69, %t43                                %q2 = add %q, 256
//         %t72 = load.u32 [%t70 * 4 + b + 4]           (%s = shl %t65, 2 after %t65's definition)
//   @b13: %t75 = add %t54, 1
//
// The address's base and index are expanded, through the adds, subtracts and multiplies
// or shifts by constants computed in the loop, into a sum of terms `coefficient * temp`
// plus a constant (exact, as all of it wraps at 32 bits as the address does). With one
// term that changes in the loop (v) and the rest invariant:
// - v's coefficient is a scale (1, 2, 4, 8): v becomes the index; the invariant terms the
//   base, computed once after the last of their definitions (shared by the addresses that
//   need the same sum);
// - otherwise, if v is a basic induction variable of the loop, `phi [pre: init], [latch:
//   v + s]` (or v - s) with a constant step s, a new induction variable q = c * v (`phi [pre: c *
//   init], [latch: q + c * s]`: strength reduction, Cocke and Kennedy, "An Algorithm for
//   Reduction of Operator Strength", CACM 1977) becomes the base, and the invariant terms
//   the index.
// An address is rewritten only if that leaves the loop fewer instructions: those expanded
// that the address alone used (which die; dce-again removes them) against a new induction
// variable's add. Addresses outside loops are left to instruction selection's trees.
// Needs: SSA form, preheaders (licm), dead code gone (ssa-dce: use counts are exact).
// Preserves: SSA form and the control-flow graph.

import { type Address, type Block, definedTemp, imm, type Inst, type IrFunction, type Phi, type Temp, temp, usedTemps, type Value } from "../ir/ir.js";
import { type DominatorTree, dominatorTree } from "./dominators.js";
import { innermostLoops, type Loop, naturalLoops, stepOf } from "./loops.js";

/** How deep an address's expression is expanded. */
const MAX_DEPTH = 6;
const SCALES = new Set([1, 2, 4, 8]);

interface Linear {
  terms: Map<number, number>; // temp id -> coefficient (an i32: it wraps)
  constant: number;
  /** Expanded instructions in the loop that the address alone uses. */
  dying: number;
}

export function formAddresses(fn: IrFunction): void {
  if (!fn.blocks.some((b) => b.phis?.length)) return; // no loop that counts
  const tree = dominatorTree(fn);
  const loops = naturalLoops(tree);
  if (loops.length === 0) return;
  const around = innermostLoops(loops);
  const rewriter = new Rewriter(fn, tree);
  for (const b of fn.blocks) {
    const loop = around.get(b);
    if (!loop?.preheader) continue;
    b.insts = b.insts.map((i) => {
      if (i.op !== "load" && i.op !== "store") return i;
      const addr = rewriter.rewrite(i.addr, loop);
      return addr ? { ...i, addr } : i;
    });
  }
  rewriter.insert();
}

class Rewriter {
  private readonly defs = new Map<number, { def: Inst | Phi; block: Block }>();
  private readonly uses = new Map<number, number>();
  /** Computations made, by what they compute: "4*%t65" or "iv %t54*256". */
  private readonly made = new Map<string, Temp>();
  /** Instructions to insert after an anchor instruction (or, for a phi, at its block's start). */
  private readonly pending = new Map<Block, Map<Inst | undefined, Inst[]>>();

  constructor(private readonly fn: IrFunction, private readonly tree: DominatorTree) {
    const use = (v: Value | undefined) => v?.kind === "temp" && this.uses.set(v.id, (this.uses.get(v.id) ?? 0) + 1);
    for (const b of fn.blocks) {
      for (const phi of b.phis ?? []) {
        this.defs.set(phi.dst.id, { def: phi, block: b });
        for (const a of phi.args) use(a.value);
      }
      for (const i of b.insts) {
        const d = definedTemp(i);
        if (d) this.defs.set(d.id, { def: i, block: b });
        usedTemps(i).forEach(use);
      }
      usedTemps(b.term).forEach(use);
    }
  }

  /** The cheaper form of `a`, an address in `loop`, or undefined to keep it. */
  rewrite(a: Address, loop: Loop): Address | undefined {
    if (!a.base && !a.index) return undefined;
    const form: Linear = { terms: new Map(), constant: a.offset, dying: 0 };
    if (a.base) this.expand(a.base, 1, loop, 0, true, form);
    if (a.index) this.expand(a.index, a.scale ?? 1, loop, 0, true, form);
    if (form.dying === 0) return undefined;
    const terms = [...form.terms].filter(([, c]) => c !== 0);
    const variant = terms.filter(([id]) => loop.body.has(this.defs.get(id)?.block as Block));
    if (variant.length !== 1) return undefined;
    const [v, c] = variant[0];
    const invariant = terms.filter(([id]) => id !== v);
    const base = { symbol: a.symbol, offset: form.constant };
    const single = invariant.length === 1 ? invariant[0] : undefined;
    if (SCALES.has(c)) {
      if (c === 1 && single && SCALES.has(single[1])) return { ...base, base: temp(v), index: temp(single[0]), scale: single[1] as Scale };
      return { ...base, index: temp(v), scale: c as Scale, base: invariant.length > 0 ? this.sum(invariant) : undefined };
    }
    const iv = this.inductionVariable(v, loop);
    if (!iv || (form.dying <= 1 && !this.made.has(`iv %${v}*${c}`))) return undefined;
    const q = this.scaled(iv, c, loop);
    if (invariant.length === 0) return { ...base, base: q };
    if (single && SCALES.has(single[1])) return { ...base, base: q, index: temp(single[0]), scale: single[1] as Scale };
    return { ...base, base: q, index: this.sum(invariant), scale: 1 };
  }

  /** Adds `coefficient * v` to `form`, through the arithmetic the loop computes it by;
   * `dies`: what reads v dies with the rewrite. */
  private expand(v: Value, coefficient: number, loop: Loop, depth: number, dies: boolean, form: Linear): void {
    if (v.kind === "imm") {
      form.constant = (form.constant + Math.imul(coefficient, v.value)) | 0;
      return;
    }
    const home = this.defs.get(v.id);
    const i = home?.def;
    if (i && "op" in i && depth < MAX_DEPTH && loop.body.has(home.block)) {
      const k = i.op === "mul" || i.op === "shl" ? constantOperand(i) : undefined;
      const next = depth + 1;
      const dying = dies && this.uses.get(v.id) === 1;
      const add = (x: Value, c: number) => this.expand(x, c, loop, next, dying, form);
      let expanded = true;
      if (i.op === "add") [add(i.a, coefficient), add(i.b, coefficient)];
      else if (i.op === "sub") [add(i.a, coefficient), add(i.b, -coefficient | 0)];
      else if (i.op === "mul" && k) add(k.other, Math.imul(coefficient, k.value));
      else if (i.op === "shl" && k && i.b.kind === "imm") add(i.a, Math.imul(coefficient, 2 ** (k.value & 31) | 0));
      else expanded = false;
      if (expanded) {
        if (dying) form.dying++;
        return;
      }
    }
    form.terms.set(v.id, ((form.terms.get(v.id) ?? 0) + coefficient) | 0);
  }

  /** `v`'s step and where it is taken, if v is `phi [preheader: init], [latch: v + s]` in
   * `loop`'s header with a constant s. */
  private inductionVariable(v: number, loop: Loop): { phi: Phi; init: Value; step: number; next: Inst; latch: Block } | undefined {
    const home = this.defs.get(v);
    if (!home || home.block !== loop.header || "op" in home.def || home.def.args.length !== 2) return undefined;
    const phi = home.def;
    const entry = phi.args.find((a) => a.block === loop.preheader);
    const back = phi.args.find((a) => a.block !== loop.preheader);
    const next = back?.value.kind === "temp" ? this.defs.get(back.value.id)?.def : undefined;
    const step = next && stepOf(next, phi.dst);
    if (!entry || !back || !next || !("op" in next) || step?.kind !== "imm") return undefined;
    return { phi, init: entry.value, step: step.value, next, latch: back.block };
  }

  /** The induction variable `c * v`, made once per (v, c). */
  private scaled(iv: NonNullable<ReturnType<Rewriter["inductionVariable"]>>, c: number, loop: Loop): Temp {
    const key = `iv %${iv.phi.dst.id}*${c}`;
    const known = this.made.get(key);
    if (known) return known;
    const q = this.fresh();
    const next = this.fresh();
    const init = iv.init.kind === "imm" ? imm(Math.imul(iv.init.value, c)) : this.sum([[iv.init.id, c]]);
    (loop.header.phis ??= []).push({ dst: q, args: [{ block: loop.preheader!, value: init }, { block: iv.latch, value: next }] });
    this.after(this.defs.get((iv.next as { dst: Temp }).dst.id)!, { op: "add", dst: next, a: q, b: imm(Math.imul(iv.step, c)) });
    this.made.set(key, q);
    return q;
  }

  /** A temp holding the sum of the (invariant) terms, computed once after their last
   * definition, which every other term's definition dominates (they all dominate the use). */
  private sum(terms: [number, number][]): Temp {
    const key = terms.map(([id, c]) => `${c}*%${id}`).sort().join("+");
    const known = this.made.get(key);
    if (known) return known;
    const homes = terms.map(([id]) => this.defs.get(id)!);
    const last = homes.reduce((x, y) => (x.block === y.block ? (x.block.insts.indexOf(x.def as Inst) < y.block.insts.indexOf(y.def as Inst) ? y : x) : this.tree.dominates(x.block, y.block) ? y : x));
    const code: Inst[] = [];
    let total: Temp | undefined;
    for (const [id, c] of terms) {
      let part = temp(id);
      if (c !== 1) {
        part = this.fresh();
        const shift = Math.log2(c);
        code.push(Number.isInteger(shift) ? { op: "shl", dst: part, a: temp(id), b: imm(shift) } : { op: "mul", dst: part, a: temp(id), b: imm(c) });
      }
      if (total) {
        const added = this.fresh();
        code.push({ op: "add", dst: added, a: total, b: part });
        part = added;
      }
      total = part;
    }
    for (const i of code) this.after(last, i);
    this.made.set(key, total!);
    return total!;
  }

  private after(home: { def: Inst | Phi; block: Block }, i: Inst): void {
    const anchor = "op" in home.def ? home.def : undefined;
    const at = this.pending.get(home.block) ?? new Map<Inst | undefined, Inst[]>();
    this.pending.set(home.block, at);
    at.set(anchor, [...(at.get(anchor) ?? []), i]);
  }

  /** Puts the computations made into their blocks. */
  insert(): void {
    for (const [block, at] of this.pending) {
      block.insts = [...(at.get(undefined) ?? []), ...block.insts.flatMap((i) => [i, ...(at.get(i) ?? [])])];
    }
  }

  private fresh(): Temp {
    return temp(this.fn.tempCount++);
  }
}

type Scale = 1 | 2 | 4 | 8;

/** `mul x, k` or `mul k, x` or `shl x, k`: the constant and the other operand. */
function constantOperand(i: Inst & { a: Value; b: Value }): { value: number; other: Value } | undefined {
  if (i.b.kind === "imm") return { value: i.b.value, other: i.a };
  if (i.op === "mul" && i.a.kind === "imm") return { value: i.a.value, other: i.b };
  return undefined;
}
