// Leaving SSA. In: a function in SSA form (passes/ssa.ts). Out: the function without
// phis, in the form instruction selection takes: each phi becomes copies at the ends of
// its predecessors, and temps that never hold different live values at once share one
// name, usually the variable's own temp again, so that the copies mostly vanish:
//
//   @b2: %t6 = phi [@b1: %t5], [@b2: %t7]          @b1: %t1 = copy 0
//        %t7 = add %t6, 1                   =>      @b2: %t1 = add %t1, 1
//
// Following Sreedhar et al. ("Translating Out of Static Single Assignment Form", SAS
// 1999) and Boissinot et al. ("Revisiting Out-of-SSA Translation for Correctness, Code
// Quality, and Efficiency", CGO 2009):
// 1. An edge from a block that does not end in `jmp` into a block with phis is split, so
//    the copies have a block of their own (a critical edge, or a branch reading a temp
//    the copies could overwrite).
// 2. Liveness, with a phi's argument used at the end of its predecessor and its result
//    defined at its block's start (the phis of a block read and write in parallel).
// 3. A phi's result joins the class of each argument, a copy's destination that of its
//    source, and a variable's new value that of its old one read by the same instruction,
//    when no member of one class interferes with a member of the other. In
//    strict SSA two values interfere only if one's definition dominates the other's and
//    the first is live there (Budimlić et al., PLDI 2002), a query answered in O(1).
// 4. Each class takes one name: a member's variable, if no other class took it first.
// 5. Each phi becomes a parallel copy at the end of each predecessor, sequentialised
//    (Boissinot et al. 2009, algorithm 1): a copy whose destination nothing still reads
//    goes first, and a cycle is broken through one fresh temp.
// Needs: SSA form. Preserves: nothing about SSA; temps are variables again.

import { type Block, definedTemp, type Inst, type IrFunction, replaceTerminatorUses, replaceUses, successors, type Temp, temp, usedTemps, type Value } from "../ir/ir.js";
import { type DominatorTree, dominatorTree } from "./dominators.js";

/** Classes are merged only while the members compared number at most this (a pair check
 * each), so that a variable with thousands of definitions stays linear to translate. */
const MAX_PAIRS = 4096;

interface Def {
  block: Block;
  index: number; // -1 for a phi
}

export function leaveSsa(fn: IrFunction): void {
  const origin = fn.ssa!.origin;
  splitEdges(fn);
  const tree = dominatorTree(fn);
  const live = liveness(fn, tree);
  const defs = new Map<number, Def>();
  for (const b of tree.order) {
    for (const phi of b.phis ?? []) defs.set(phi.dst.id, { block: b, index: -1 });
    b.insts.forEach((i, k) => {
      const d = definedTemp(i);
      if (d) defs.set(d.id, { block: b, index: k });
    });
  }
  const liveAt = (a: number, at: Def): boolean => {
    if (at.index < 0) return defs.get(a)!.block === at.block || live.liveIn.get(at.block)!.has(a);
    return live.liveOut.get(at.block)!.has(a) || (live.lastUse.get(at.block)!.get(a) ?? -1) > at.index;
  };
  const interfere = (a: number, b: number): boolean => {
    const [da, db] = [defs.get(a)!, defs.get(b)!];
    if (da.block === db.block) return da.index === db.index || (da.index < db.index ? liveAt(a, db) : liveAt(b, da));
    if (tree.dominates(da.block, db.block)) return liveAt(a, db);
    if (tree.dominates(db.block, da.block)) return liveAt(b, da);
    return false;
  };

  // Union-find over temps; members are kept at each root.
  const parent = new Map<number, number>();
  const members = new Map<number, number[]>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    while (x !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const join = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    const [mx, my] = [members.get(rx) ?? [rx], members.get(ry) ?? [ry]];
    if (mx.length * my.length > MAX_PAIRS) return;
    if (mx.some((a) => my.some((b) => interfere(a, b)))) return;
    parent.set(ry, rx);
    members.set(rx, mx.concat(my));
    members.delete(ry);
  };
  for (const b of tree.order) {
    for (const phi of b.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp") join(phi.dst.id, a.value.id);
  }
  for (const b of tree.order) for (const i of b.insts) if (i.op === "copy" && i.src.kind === "temp") join(i.dst.id, i.src.id);
  // A new value of a variable computed from its old one (`x ^= x << 13`) keeps the
  // two-address form x86 prefers when the old value dies there.
  for (const b of tree.order) {
    for (const i of b.insts) {
      const d = definedTemp(i);
      const v = d && origin.get(d.id);
      if (v === undefined) continue;
      for (const u of usedTemps(i)) if (origin.get(u.id) === v) join(d!.id, u.id);
    }
  }

  // Names: the first class (in layout order) with a member renaming variable v takes v.
  const name = new Map<number, Temp>();
  const taken = new Set<number>();
  const nameOf = (t: Temp): Temp => {
    const root = find(t.id);
    let n = name.get(root);
    if (!n) {
      const variable = (members.get(root) ?? [root]).map((m) => origin.get(m)).find((v) => v !== undefined && !taken.has(v));
      n = variable === undefined ? temp(root) : temp(variable);
      taken.add(n.id);
      name.set(root, n);
    }
    return n;
  };
  const value = (v: Value): Value => (v.kind === "temp" ? nameOf(v) : v);
  const copies = new Map<Block, { dst: Temp; src: Value }[]>();
  for (const b of fn.blocks) {
    for (const phi of b.phis ?? []) {
      for (const a of phi.args) {
        const list = copies.get(a.block) ?? [];
        list.push({ dst: nameOf(phi.dst), src: value(a.value) });
        copies.set(a.block, list);
      }
    }
  }
  for (const b of fn.blocks) {
    b.phis = undefined;
    b.insts = b.insts.flatMap((i): Inst[] => {
      const renamed = replaceUses(i, nameOf);
      const d = definedTemp(renamed);
      if (d) (renamed as { dst: Temp }).dst = nameOf(d);
      return renamed.op === "copy" && renamed.src.kind === "temp" && renamed.src.id === renamed.dst.id ? [] : [renamed];
    });
    b.term = replaceTerminatorUses(b.term, nameOf);
  }
  for (const [b, list] of copies) b.insts.push(...sequentialize(fn, list));
  fn.ssa = undefined;
}

/** Gives each edge into a block with phis, from a block not ending in `jmp`, a block of its
 * own, placed after its source. */
function splitEdges(fn: IrFunction): void {
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const blocks: Block[] = [];
  for (const b of fn.blocks) {
    blocks.push(b);
    if (b.term.op === "jmp") continue;
    const split = new Map<Block, Block>();
    for (const s of new Set(successors(b.term))) {
      if ((s.phis ?? []).length === 0) continue;
      const middle: Block = { id: nextId++, insts: [], term: { op: "jmp", target: s, loc: b.term.loc }, cold: s.cold };
      split.set(s, middle);
      blocks.push(middle);
      for (const phi of s.phis!) for (const a of phi.args) if (a.block === b) a.block = middle;
    }
    if (split.size === 0) continue;
    const to = (s: Block) => split.get(s) ?? s;
    const t = b.term;
    if (t.op === "br") [t.then, t.else] = [to(t.then), to(t.else)];
    else if (t.op === "switch") [t.targets, t.default] = [t.targets.map(to), to(t.default)];
  }
  fn.blocks = blocks;
}

interface Liveness {
  liveIn: Map<Block, Set<number>>; // phi results of the block not included
  liveOut: Map<Block, Set<number>>; // phi arguments for the successors included
  lastUse: Map<Block, Map<number, number>>; // the last instruction index reading a temp; the terminator's is insts.length
}

/** Per-variable liveness: from each use, walk backwards to the definition (Appel,
 * "Modern Compiler Implementation", 19.6; Boissinot et al., "Fast Liveness Checking for
 * SSA-Form Programs", CGO 2008, discuss the path exploration), so the cost is the size of
 * the live sets, not blocks × temps × iterations. */
function liveness(fn: IrFunction, tree: DominatorTree): Liveness {
  const defBlock = new Map<number, Block>();
  for (const b of fn.blocks) {
    for (const phi of b.phis ?? []) defBlock.set(phi.dst.id, b);
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) defBlock.set(d.id, b);
    }
  }
  const liveIn = new Map<Block, Set<number>>(fn.blocks.map((b) => [b, new Set()]));
  const liveOut = new Map<Block, Set<number>>(fn.blocks.map((b) => [b, new Set()]));
  const lastUse = new Map<Block, Map<number, number>>(fn.blocks.map((b) => [b, new Map()]));
  const work: Block[] = [];
  const markIn = (v: number, start: Block) => {
    work.push(start);
    while (work.length > 0) {
      const b = work.pop()!;
      if (liveIn.get(b)!.has(v)) continue;
      liveIn.get(b)!.add(v);
      for (const p of tree.preds.get(b)!) {
        liveOut.get(p)!.add(v);
        if (defBlock.get(v) !== p) work.push(p);
      }
    }
  };
  for (const b of fn.blocks) {
    const uses = lastUse.get(b)!;
    const use = (t: Temp, k: number) => {
      uses.set(t.id, k);
      if (defBlock.get(t.id) !== b) markIn(t.id, b);
    };
    b.insts.forEach((i, k) => usedTemps(i).forEach((t) => use(t, k)));
    usedTemps(b.term).forEach((t) => use(t, b.insts.length));
    for (const phi of b.phis ?? []) {
      for (const a of phi.args) {
        if (a.value.kind !== "temp") continue;
        liveOut.get(a.block)!.add(a.value.id);
        if (defBlock.get(a.value.id) !== a.block) markIn(a.value.id, a.block);
      }
    }
  }
  return { liveIn, liveOut, lastUse };
}

/** The parallel copy `dst_k := src_k for all k` as a sequence of copies (Boissinot et al.
 * 2009, algorithm 1). Destinations are distinct. */
function sequentialize(fn: IrFunction, parallel: { dst: Temp; src: Value }[]): Inst[] {
  const pending = new Map<number, Value>(); // dst -> src
  for (const c of parallel) if (c.src.kind !== "temp" || c.src.id !== c.dst.id) pending.set(c.dst.id, c.src);
  const readers = new Map<number, number>();
  for (const src of pending.values()) if (src.kind === "temp") readers.set(src.id, (readers.get(src.id) ?? 0) + 1);
  const movedTo = new Map<number, Temp>(); // a destination's old value, saved to break a cycle
  const out: Inst[] = [];
  const ready = [...pending.keys()].filter((d) => !readers.get(d));
  while (pending.size > 0) {
    while (ready.length > 0) {
      const d = ready.pop()!;
      const src = pending.get(d)!;
      pending.delete(d);
      out.push({ op: "copy", dst: temp(d), src: src.kind === "temp" ? (movedTo.get(src.id) ?? src) : src });
      if (src.kind !== "temp") continue;
      const left = readers.get(src.id)! - 1;
      readers.set(src.id, left);
      if (left === 0 && pending.has(src.id) && !movedTo.has(src.id)) ready.push(src.id);
    }
    if (pending.size === 0) break;
    // Every pending copy is on a cycle: save one destination's value and free it.
    const d = pending.keys().next().value!;
    const saved = temp(fn.tempCount++);
    out.push({ op: "copy", dst: saved, src: temp(d) });
    movedTo.set(d, saved);
    readers.set(d, 0);
    ready.push(d);
  }
  return out;
}
