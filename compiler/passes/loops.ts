// Natural loops, for the passes that work on loops (licm, versioning, induction). In: a
// function and its dominator tree. Out: each loop's header, body and, when it has one, its
// preheader (the one block outside the loop that jumps to the header, which licm adds),
// and the innermost loop around each block. Nothing must run first.
//
//   @b1: %t5 = phi [@b0: 0], [@b2: %t7]     loop { header @b1, body {@b1, @b2},
//        br %t6, @b2, @b3                          preheader @b0 }
//   @b2: %t7 = add %t5, 1; jmp @b1
//
// A back edge is an edge to a block that dominates its source; the loop is the header and
// what reaches the source backwards without passing the header (Aho, Lam, Sethi and
// Ullman, "Compilers", 2nd ed., §9.6.6). Back edges to one header make one loop.

import { type Block, imm, type Inst, type Phi, successors, type Temp, type Value } from "../ir/ir.js";
import type { DominatorTree } from "./dominators.js";

export interface Loop {
  header: Block;
  /** The header and every block of the loop, nested loops' included. */
  body: Set<Block>;
  /** The only predecessor of the header outside the loop, if there is one and it ends in `jmp`. */
  preheader?: Block;
  /** The blocks in the loop that jump back to the header. */
  latches: Block[];
  /** Whether no other loop is nested in this one. */
  innermost: boolean;
}

/** The natural loops of the tree's function, smallest (innermost) first. */
export function naturalLoops(tree: DominatorTree): Loop[] {
  const bodies = new Map<Block, Set<Block>>(); // header -> body
  for (const b of tree.order) {
    for (const h of new Set(successors(b.term))) {
      if (!tree.dominates(h, b)) continue;
      const body = bodies.get(h) ?? new Set([h]);
      bodies.set(h, body);
      const work = [b];
      while (work.length > 0) {
        const x = work.pop()!;
        if (body.has(x)) continue;
        body.add(x);
        work.push(...tree.preds.get(x)!);
      }
    }
  }
  const loops = [...bodies].map(([header, body]): Loop => {
    const preds = tree.preds.get(header)!;
    const outside = preds.filter((p) => !body.has(p));
    const preheader = outside.length === 1 && outside[0].term.op === "jmp" ? outside[0] : undefined;
    return { header, body, preheader, latches: preds.filter((p) => body.has(p)), innermost: true };
  });
  loops.sort((x, y) => x.body.size - y.body.size);
  for (const outer of loops) for (const inner of loops) if (inner !== outer && outer.body.has(inner.header)) outer.innermost = false;
  return loops;
}

/** The innermost loop holding each block that is in a loop. */
export function innermostLoops(loops: readonly Loop[]): Map<Block, Loop> {
  const around = new Map<Block, Loop>();
  for (const loop of loops) for (const b of loop.body) if (!around.has(b)) around.set(b, loop); // smallest first
  return around;
}

/** An induction variable's step: s, if `next` (the value p takes on the back edge) is
 * `p + s`, `s + p` or `p - k` (then s = -k, a constant). */
export function stepOf(next: Inst | Phi, p: Temp): Value | undefined {
  if (!("op" in next) || (next.op !== "add" && next.op !== "sub")) return undefined;
  const isP = (v: Value) => v.kind === "temp" && v.id === p.id;
  if (next.op === "sub") return isP(next.a) && next.b.kind === "imm" ? imm(-next.b.value) : undefined;
  return isP(next.a) ? next.b : isP(next.b) ? next.a : undefined;
}

