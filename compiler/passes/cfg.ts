// Control-flow cleanup. In: a function's blocks. Out: the same blocks with
// unreachable ones removed (and in SSA form, the phi arguments from them), jumps through empty blocks redirected, or straight-line
// chains merged into one block.

import { type Block, type IrFunction, successors } from "../ir/ir.js";

/** Drops blocks no path from the entry reaches (code after return/break, folded branches). */
export function removeUnreachableBlocks(fn: IrFunction): void {
  const reached = new Set<Block>();
  const work = [fn.blocks[0]];
  while (work.length > 0) {
    const b = work.pop()!;
    if (reached.has(b)) continue;
    reached.add(b);
    work.push(...successors(b.term));
  }
  fn.blocks = fn.blocks.filter((b) => reached.has(b));
}

/** In SSA form: removes the unreachable blocks, and each phi's arguments from blocks that are
 * no longer its block's predecessors (after a branch became a jump). */
export function removeDeadEdges(fn: IrFunction): void {
  removeUnreachableBlocks(fn);
  const preds = new Map<Block, Set<Block>>(fn.blocks.map((b) => [b, new Set()]));
  for (const b of fn.blocks) for (const s of successors(b.term)) preds.get(s)!.add(b);
  for (const b of fn.blocks) for (const phi of b.phis ?? []) phi.args = phi.args.filter((a) => preds.get(b)!.has(a.block));
}

/** Sends jumps and branches straight past blocks that hold nothing but a jump, and turns a
 * branch whose condition is a constant into a jump. */
export function threadJumps(fn: IrFunction): void {
  const final = (b: Block): Block => {
    const seen = new Set<Block>();
    while (b.insts.length === 0 && b.term.op === "jmp" && !seen.has(b)) {
      seen.add(b);
      b = b.term.target;
    }
    return b;
  };
  for (const b of fn.blocks) {
    const t = b.term;
    if (t.op === "jmp") t.target = final(t.target);
    else if (t.op === "switch") [t.targets, t.default] = [t.targets.map(final), final(t.default)];
    else if (t.op === "br") {
      if (t.cond.kind === "imm") b.term = { op: "jmp", target: final(t.cond.value !== 0 ? t.then : t.else), loc: t.loc };
      else [t.then, t.else] = [final(t.then), final(t.else)];
    }
  }
}

/** Appends to a block ending in `jmp B` the block B, when nothing else jumps to B. Needs no
 * unreachable blocks (their jumps would count as predecessors). */
export function mergeBlocks(fn: IrFunction): void {
  const predecessorCount = new Map<Block, number>();
  for (const b of fn.blocks) for (const s of successors(b.term)) predecessorCount.set(s, (predecessorCount.get(s) ?? 0) + 1);
  const merged = new Set<Block>();
  for (const b of fn.blocks) {
    if (merged.has(b)) continue;
    for (let t = b.term; t.op === "jmp" && t.target !== fn.blocks[0] && t.target !== b && predecessorCount.get(t.target) === 1; t = b.term) {
      const next = t.target;
      b.insts.push(...next.insts);
      b.term = next.term;
      merged.add(next);
    }
  }
  fn.blocks = fn.blocks.filter((b) => !merged.has(b));
}
