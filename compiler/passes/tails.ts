// Tail duplication, which rotates loops. In: a function whose blocks may end in `jmp H`,
// H being a short block without calls that ends in a branch or a return and that other
// blocks reach too (a loop's test, a shared return). Out: each such jump replaced by a copy of H, so
// that a loop tests at the bottom and runs one jump per iteration instead of two:
//
//   @b1: %t3 = cmp.slt %t1, %t2            @b1: %t3 = cmp.slt %t1, %t2
//        br %t3, @b2, @b4                       br %t3, @b2, @b4
//   @b2: ...                          =>   @b2: ...
//        %t1 = add %t1, 1                       %t1 = add %t1, 1
//        jmp @b1                                %t9 = cmp.slt %t1, %t2
//                                               br %t9, @b2, @b4
//
// H may also end in a switch (an interpreter's dispatch): then a block that reaches it by
// a branch (a bounds check's) gets a copy of its own to fall into, as the switch's jump
// is indirect and each copy saves the jump back to the one dispatch.
//
// A temp that H defines and nothing outside H reads gets a fresh name in each copy, so
// that a compare still feeds a single branch (isel fuses such pairs into cmp + jcc).
// H may be left unreachable: run removeUnreachableBlocks after.

import { type Block, type IrFunction, renameInst, type Temp, type Terminator, type Value, definedTemp, successors, temp, usedTemps } from "../ir/ir.js";

/** Longer tails are not worth their copies. */
const MAX_TAIL_INSTS = 4;

export function duplicateTails(fn: IrFunction): void {
  const predecessors = new Map<Block, number>();
  for (const b of fn.blocks) for (const s of successors(b.term)) predecessors.set(s, (predecessors.get(s) ?? 0) + 1);
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  for (const b of [...fn.blocks]) {
    const shared = (h: Block) => (predecessors.get(h) ?? 0) >= 2 && isTail(h);
    const j = b.term;
    if (j.op === "jmp" && shared(j.target)) {
      const copy = copyTail(fn, j.target);
      b.insts.push(...copy.insts);
      b.term = copy.term;
      predecessors.set(j.target, predecessors.get(j.target)! - 1);
      for (const s of successors(b.term)) predecessors.set(s, (predecessors.get(s) ?? 0) + 1);
    }
    const t = b.term; // the copied tail's branch, too
    if (t.op === "br") {
      // A dispatch (a switch) reached by a branch: its own copy, which the branch falls into.
      for (const side of ["then", "else"] as const) {
        const h = t[side];
        if (h.term.op !== "switch" || !shared(h) || t.then === t.else) continue;
        const copy: Block = { id: nextId++, ...copyTail(fn, h) };
        fn.blocks.push(copy);
        t[side] = copy;
        predecessors.set(h, predecessors.get(h)! - 1);
      }
    }
  }
}

/** `tail`'s instructions and terminator, its local temps renamed. */
function copyTail(fn: IrFunction, tail: Block): { insts: Block["insts"]; term: Terminator } {
  const local = localTemps(fn, tail);
  const renamed = new Map<number, Temp>();
  const rename = (x: Temp): Temp => {
    if (!local.has(x.id)) return x;
    let fresh = renamed.get(x.id);
    if (!fresh) renamed.set(x.id, (fresh = temp(fn.tempCount++)));
    return fresh;
  };
  const value = (v: Value): Value => (v.kind === "temp" ? rename(v) : v);
  return { insts: tail.insts.map((i) => renameInst(i, rename, value)), term: copyTerminator(tail.term, value) };
}

/** Short, without calls (a copy would save a jump next to a call's cost), ending in a branch
 * or return, and not a loop on its own (its temps would cross iterations). */
function isTail(b: Block): boolean {
  const calls = b.insts.some((i) => i.op === "call" || i.op === "callind");
  return b.insts.length <= MAX_TAIL_INSTS && !calls && (b.term.op === "br" || b.term.op === "ret" || b.term.op === "switch") && !successors(b.term).includes(b);
}

/** Temps `tail` defines before any use in it, and that no other block reads. */
function localTemps(fn: IrFunction, tail: Block): Set<number> {
  const defined = new Set<number>();
  const usedFirst = new Set<number>();
  for (const i of tail.insts) {
    for (const u of usedTemps(i)) if (!defined.has(u.id)) usedFirst.add(u.id);
    const d = definedTemp(i);
    if (d) defined.add(d.id);
  }
  for (const b of fn.blocks) {
    if (b === tail) continue;
    for (const i of [...b.insts, b.term]) for (const u of usedTemps(i)) defined.delete(u.id);
  }
  for (const id of usedFirst) defined.delete(id);
  return defined;
}

function copyTerminator(t: Terminator, value: (v: Value) => Value): Terminator {
  if (t.op === "br") return { ...t, cond: value(t.cond) };
  if (t.op === "ret") return { ...t, value: t.value && value(t.value) };
  if (t.op === "switch") return { ...t, value: value(t.value), targets: [...t.targets] };
  throw new Error(`internal error: cannot duplicate a ${t.op} tail`);
}
