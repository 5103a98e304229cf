// Loop-invariant code motion. In: a function in SSA form. Out: the same function where
// each natural loop has a preheader (one block that jumps to the header, the loop's only
// way in), and the computations whose operands do not change in the loop run there once:
//
//   @b1: %t5 = phi [@b0: 0], [@b2: %t9]                @b0: %t3 = load.u32 [%t1]
//        %t3 = load.u32 [%t1]                               jmp @b1
//        %t4 = cmp.slt %t5, %t3                  =>    @b1: %t5 = phi [@b0: 0], [@b2: %t9]
//        br %t4, @b2, @b3                                   %t4 = cmp.slt %t5, %t3 ...
//
// Loops are found from back edges (passes/loops.ts), and processed inner loops first, so a value can leave several loops. An instruction moves if every operand
// is defined outside the loop or by a moved instruction, and:
// - it is pure and cannot trap (arithmetic but division by a non-constant, compares,
//   extensions): running it when the loop would not have is harmless; symbol addresses
//   stay, as x86 encodes them in the instruction, which a register held across the loop
//   would cost more than;
// - or it is a load that gives the same value on every iteration and cannot fault where the
//   loop would not have loaded: a non-volatile load in a loop without stores, calls,
//   port or system instructions, found in the header
//   (which runs whenever the preheader does) or from a static address.
// Needs: SSA form. Preserves: SSA form.

import { type Block, definedTemp, hasSideEffects, type Inst, type IrFunction, type Phi, temp, usedTemps } from "../ir/ir.js";
import { dominatorTree } from "./dominators.js";
import { clobbersMemory } from "./gvn.js";
import { naturalLoops } from "./loops.js";
import { evaluable } from "./sccp.js";

export function hoistLoopInvariants(fn: IrFunction): void {
  addPreheaders(fn);
  const tree = dominatorTree(fn);
  const position = new Map(tree.order.map((b, k) => [b, k]));
  const defBlock = new Map<number, Block>();
  for (const b of fn.blocks) {
    for (const phi of b.phis ?? []) defBlock.set(phi.dst.id, b);
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) defBlock.set(d.id, b);
    }
  }
  for (const { header, body } of naturalLoops(tree)) {
    const preheader = tree.preds.get(header)!.find((p) => !body.has(p))!;
    const blocks = [...body].sort((x, y) => position.get(x)! - position.get(y)!);
    const clobbered = blocks.some((b) => b.insts.some(clobbersMemory));
    const invariant = (id: number) => !body.has(defBlock.get(id)!);
    for (const b of blocks) {
      b.insts = b.insts.filter((i) => {
        if (!movable(i, b === header, clobbered) || !usedTemps(i).every((t) => invariant(t.id))) return true;
        preheader.insts.push(i);
        defBlock.set(definedTemp(i)!.id, preheader);
        return false;
      });
    }
  }
}

function movable(i: Inst, inHeader: boolean, clobbered: boolean): boolean {
  if (i.op === "load") {
    if (i.volatile || clobbered) return false;
    return inHeader || (!i.addr.base && !i.addr.index);
  }
  return evaluable(i) && i.op !== "copy" && !hasSideEffects(i);
}

/** Gives each loop header one predecessor outside the loop, ending in `jmp` to it: a new
 * block when there are several (their phi arguments meet in a phi there) or the one ends
 * in a branch. A back edge is one from a block the header dominates. */
function addPreheaders(fn: IrFunction): void {
  const tree = dominatorTree(fn);
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const origin = fn.ssa!.origin;
  const added = new Map<Block, Block>(); // header -> its new preheader
  for (const h of tree.order) {
    const preds = tree.preds.get(h)!;
    const outside = preds.filter((p) => !tree.dominates(h, p));
    if (outside.length === preds.length || (outside.length === 1 && outside[0].term.op === "jmp")) continue;
    const pre: Block = { id: nextId++, phis: [], insts: [], term: { op: "jmp", target: h }, cold: h.cold };
    for (const o of outside) {
      const t = o.term;
      const to = (b: Block) => (b === h ? pre : b);
      if (t.op === "jmp") t.target = pre;
      else if (t.op === "br") [t.then, t.else] = [to(t.then), to(t.else)];
      else if (t.op === "switch") [t.targets, t.default] = [t.targets.map(to), to(t.default)];
    }
    for (const phi of h.phis ?? []) {
      const from = phi.args.filter((a) => outside.includes(a.block));
      const value = from.every((a) => a.value.kind === from[0].value.kind && JSON.stringify(a.value) === JSON.stringify(from[0].value))
        ? from[0].value
        : mergeIn(fn, pre, phi, from, origin);
      phi.args = [...phi.args.filter((a) => !outside.includes(a.block)), { block: pre, value }];
    }
    added.set(h, pre);
  }
  if (added.size > 0) fn.blocks = fn.blocks.flatMap((b) => (added.has(b) ? [added.get(b)!, b] : [b]));
}

/** A phi in `pre` of the arguments `from`, named for the same variable as `phi`. */
function mergeIn(fn: IrFunction, pre: Block, phi: Phi, from: Phi["args"], origin: Map<number, number>) {
  const dst = temp(fn.tempCount++);
  const variable = origin.get(phi.dst.id);
  if (variable !== undefined) origin.set(dst.id, variable);
  pre.phis!.push({ dst, args: from });
  return dst;
}
