// SSA construction. In: a function in the lowered form, where a variable is one temp
// assigned in several places. Out: the same function in SSA form (ir/ir.ts): every
// definition writes a fresh temp, and a block where definitions of a variable meet
// starts with a phi. `fn.ssa.origin` maps each fresh temp to the variable it renames,
// so that passes/out-of-ssa.ts can give variables their names (and debug info) back.
//
//   @b1: %t1 = copy 0; jmp @b2             @b1: %t5 = copy 0; jmp @b2
//   @b2: %t1 = add %t1, 1            =>    @b2: %t6 = phi [@b1: %t5], [@b2: %t7]
//        br %t2, @b2, @b3                       %t7 = add %t6, 1 ...
//
// The algorithm is Cytron et al., "Efficiently Computing Static Single Assignment Form
// and the Control Dependence Graph" (TOPLAS 1991): phis at the iterated dominance
// frontiers of each variable's definitions, then renaming in a walk of the dominator
// tree. Phis are placed only for variables read in some block before that block writes
// them ("semi-pruned" SSA, Briggs et al., "Practical Improvements to the Construction and
// Destruction of Static Single Assignment Form", SPE 1998); a phi nothing reads is left
// for passes/ssa-dce.ts. A read no definition reaches (the variable is unset on that
// path) reads 0.
// Needs: nothing (unreachable blocks are removed first). The entry gets a new empty block
// in front when something jumps back to it, since the entry cannot hold phis.

import { type Block, definedTemp, imm, type IrFunction, type Phi, replaceTerminatorUses, replaceUses, successors, type Temp, temp, usedTemps, type Value } from "../ir/ir.js";
import { removeUnreachableBlocks } from "./cfg.js";
import { dominanceFrontiers, dominatorTree } from "./dominators.js";

export function constructSsa(fn: IrFunction): void {
  removeUnreachableBlocks(fn);
  if (fn.blocks.some((b) => successors(b.term).includes(fn.blocks[0]))) {
    const id = Math.max(...fn.blocks.map((b) => b.id)) + 1;
    fn.blocks.unshift({ id, insts: [], term: { op: "jmp", target: fn.blocks[0] } });
  }
  const tree = dominatorTree(fn);
  const variableOf = placePhis(fn, tree.order, dominanceFrontiers(tree));
  const origin = new Map<number, number>();
  const stacks = new Map<number, Value[]>();
  const current = (t: Temp): Value => stacks.get(t.id)?.at(-1) ?? imm(0);
  const define = (t: Temp, pushed: number[]): Temp => {
    const fresh = temp(fn.tempCount++);
    origin.set(fresh.id, t.id);
    const stack = stacks.get(t.id);
    if (stack) stack.push(fresh);
    else stacks.set(t.id, [fresh]);
    pushed.push(t.id);
    return fresh;
  };
  // Iterative preorder walk of the dominator tree; each block's definitions are popped
  // when the walk leaves its subtree.
  const work: [Block, number[] | undefined][] = [[fn.blocks[0], undefined]];
  while (work.length > 0) {
    const [block, done] = work.pop()!;
    if (done) {
      for (const id of done) stacks.get(id)!.pop();
      continue;
    }
    const pushed: number[] = [];
    for (const phi of block.phis ?? []) phi.dst = define(phi.dst, pushed);
    block.insts = block.insts.map((i) => {
      const renamed = replaceUses(i, current);
      const d = definedTemp(renamed);
      if (d) (renamed as { dst: Temp }).dst = define(d, pushed);
      return renamed;
    });
    block.term = replaceTerminatorUses(block.term, current);
    for (const s of new Set(successors(block.term))) {
      for (const phi of s.phis ?? []) phi.args.push({ block, value: current(temp(variableOf.get(phi)!)) });
    }
    work.push([block, pushed], ...tree.children.get(block)!.map((c): [Block, undefined] => [c, undefined]));
  }
  fn.ssa = { origin };
}

/** Puts an empty phi for each variable live across blocks at the iterated dominance
 * frontier of its definitions; returns the variable of each phi. */
function placePhis(fn: IrFunction, order: Block[], frontiers: Map<Block, Set<Block>>): Map<Phi, number> {
  const defBlocks = new Map<number, Block[]>();
  const global = new Set<number>();
  for (const b of order) {
    const defined = new Set<number>();
    for (const i of [...b.insts, b.term]) {
      for (const u of usedTemps(i)) if (!defined.has(u.id)) global.add(u.id);
      const d = "dst" in i ? (i.dst as Temp | undefined) : undefined;
      if (!d || defined.has(d.id)) continue;
      defined.add(d.id);
      const blocks = defBlocks.get(d.id);
      if (blocks) blocks.push(b);
      else defBlocks.set(d.id, [b]);
    }
  }
  const variableOf = new Map<Phi, number>();
  for (const b of fn.blocks) b.phis = [];
  for (const v of global) {
    const work = [...(defBlocks.get(v) ?? [])];
    const hasPhi = new Set<Block>();
    const queued = new Set<Block>(work);
    while (work.length > 0) {
      for (const y of frontiers.get(work.pop()!) ?? []) {
        if (hasPhi.has(y)) continue;
        hasPhi.add(y);
        const phi: Phi = { dst: temp(v), args: [] };
        y.phis!.push(phi);
        variableOf.set(phi, v);
        if (!queued.has(y)) {
          queued.add(y);
          work.push(y);
        }
      }
    }
  }
  return variableOf;
}
