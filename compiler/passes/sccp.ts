// Sparse conditional constant propagation. In: a function in SSA form. Out: the same
// function where each temp that holds one constant on every path that can run is
// replaced by that constant, branches on such constants are jumps, and the blocks and
// phi arguments no path can reach are gone:
//
//   @b0: %t4 = copy 1; br %t4, @b1, @b2           @b0: jmp @b1
//   @b1: ...; jmp @b3                      =>      @b1: ...; jmp @b3
//   @b3: %t6 = phi [@b1: 7], [@b2: %t5]            @b3: (uses of %t6 read 7)
//
// The algorithm is Wegman and Zadeck, "Constant Propagation with Conditional Branches"
// (TOPLAS 1991): each temp starts unknown, may become one constant, then "overdefined";
// a block is visited only once an edge into it is known to run, and a phi meets only the
// arguments of such edges. Each temp is lowered at most twice, so the work is linear.
// Instructions are evaluated by passes/fold.ts, with the machine's semantics; what would
// trap at run time (x / 0, INT_MIN / -1) is never folded and stays overdefined.
// Needs: SSA form. Preserves: SSA form.

import { type Block, definedTemp, hasSideEffects, imm, type Inst, type IrFunction, type Phi, replaceTerminatorUses, replaceUses, successors, type Temp, type Terminator, usedTemps, type Value } from "../ir/ir.js";
import { removeDeadEdges } from "./cfg.js";
import { fold } from "./fold.js";

const OVER = "over";
type Lattice = number | typeof OVER; // absent: unknown (no value seen yet)

type Site = { block: Block; phi: Phi } | { block: Block; inst: Inst } | { block: Block; term: Terminator };

export function propagateConstants(fn: IrFunction): void {
  const values = new Map<number, Lattice>();
  const users = new Map<number, Site[]>();
  const addUser = (t: Temp, site: Site) => {
    const list = users.get(t.id);
    if (list) list.push(site);
    else users.set(t.id, [site]);
  };
  for (const block of fn.blocks) {
    for (const phi of block.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp") addUser(a.value, { block, phi });
    for (const inst of block.insts) for (const t of usedTemps(inst)) addUser(t, { block, inst });
    for (const t of usedTemps(block.term)) addUser(t, { block, term: block.term });
  }
  const reached = new Set<Block>();
  const edges = new Map<Block, Set<Block>>(); // block -> the predecessors whose edge into it can run
  const flow: [Block | undefined, Block][] = [[undefined, fn.blocks[0]]];
  const changed: number[] = [];

  const valueOf = (v: Value): Lattice | undefined => (v.kind === "imm" ? v.value : values.get(v.id));
  const set = (t: Temp, v: Lattice | undefined) => {
    const old = values.get(t.id);
    if (v === undefined || old === OVER || old === v) return;
    values.set(t.id, old === undefined ? v : OVER);
    changed.push(t.id);
  };
  const visitPhi = (block: Block, phi: Phi) => {
    let meet: Lattice | undefined;
    for (const a of phi.args) {
      if (!edges.get(block)?.has(a.block)) continue;
      const v = valueOf(a.value);
      if (v === undefined) continue;
      meet = meet === undefined || meet === v ? v : OVER;
    }
    set(phi.dst, meet);
  };
  const visitInst = (inst: Inst) => {
    const dst = definedTemp(inst);
    if (!dst) return;
    if (!evaluable(inst)) return set(dst, OVER);
    const operands = usedTemps(inst).map((t) => values.get(t.id));
    if (operands.includes(undefined)) return;
    if (operands.includes(OVER)) return set(dst, OVER);
    const folded = fold(replaceUses(inst, (t) => imm(values.get(t.id) as number)));
    set(dst, folded.op === "copy" && folded.src.kind === "imm" ? folded.src.value : OVER);
  };
  const visitTerm = (block: Block, term: Terminator) => {
    for (const s of takenSuccessors(term, valueOf)) flow.push([block, s]);
  };
  const visit = (site: Site) => {
    if (!reached.has(site.block)) return;
    if ("phi" in site) visitPhi(site.block, site.phi);
    else if ("inst" in site) visitInst(site.inst);
    else visitTerm(site.block, site.term);
  };

  for (;;) {
    while (flow.length > 0 || changed.length > 0) {
      while (flow.length > 0) {
        const [from, to] = flow.pop()!;
        const into = edges.get(to) ?? new Set<Block>();
        edges.set(to, into);
        if (from && into.has(from)) continue;
        if (from) into.add(from);
        if (reached.has(to)) {
          for (const phi of to.phis ?? []) visitPhi(to, phi);
          continue;
        }
        reached.add(to);
        for (const phi of to.phis ?? []) visitPhi(to, phi);
        for (const inst of to.insts) visitInst(inst);
        visitTerm(to, to.term);
      }
      while (changed.length > 0) for (const site of users.get(changed.pop()!) ?? []) visit(site);
    }
    // A branch on a temp still unknown (a value no run defines) may go either way.
    const stuck = fn.blocks.find((b) => reached.has(b) && (b.term.op === "br" || b.term.op === "switch") && valueOf(b.term.op === "br" ? b.term.cond : b.term.value) === undefined);
    if (!stuck) break;
    set((stuck.term as { cond?: Temp; value?: Temp }).cond ?? (stuck.term as { value: Temp }).value, OVER);
  }
  rewrite(fn, reached, values);
}

/** Instructions whose result depends only on their operands. */
export function evaluable(i: Inst): boolean {
  switch (i.op) {
    case "copy": case "neg": case "not": case "ext": case "cmp":
    case "add": case "sub": case "mul": case "udiv": case "sdiv": case "urem": case "srem":
    case "and": case "or": case "xor": case "shl": case "shr": case "sar":
      return true;
    default: return false;
  }
}

/** The successors a terminator can go to, given what is known of its operand: none while
 * it is unknown, one when it is a constant. */
function takenSuccessors(t: Terminator, valueOf: (v: Value) => Lattice | undefined): Block[] {
  if (t.op === "br") {
    const c = valueOf(t.cond);
    return c === undefined ? [] : c === OVER ? [t.then, t.else] : [c !== 0 ? t.then : t.else];
  }
  if (t.op === "switch") {
    const c = valueOf(t.value);
    if (c === undefined) return [];
    if (c === OVER) return [...t.targets, t.default];
    const k = (c - t.low) | 0;
    return [k >= 0 && k < t.targets.length ? t.targets[k] : t.default];
  }
  return successors(t);
}

function rewrite(fn: IrFunction, reached: Set<Block>, values: Map<number, Lattice>): void {
  const constant = (t: Temp): Value => {
    const v = values.get(t.id);
    return typeof v === "number" ? imm(v) : t;
  };
  fn.blocks = fn.blocks.filter((b) => reached.has(b));
  for (const b of fn.blocks) {
    b.phis = (b.phis ?? []).filter((phi) => typeof values.get(phi.dst.id) !== "number");
    for (const phi of b.phis) for (const a of phi.args) if (a.value.kind === "temp") a.value = constant(a.value);
    b.insts = b.insts.flatMap((i) => {
      const d = definedTemp(i);
      const r = replaceUses(i, constant);
      return d && typeof values.get(d.id) === "number" && !hasSideEffects(r) ? [] : [r];
    });
    const term = replaceTerminatorUses(b.term, constant);
    const taken = takenSuccessors(term, (v) => (v.kind === "imm" ? v.value : OVER));
    b.term = (term.op === "br" || term.op === "switch") && taken.length === 1 ? { op: "jmp", target: taken[0], loc: term.loc } : term;
  }
  removeDeadEdges(fn);
}
