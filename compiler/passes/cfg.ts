// Control-flow cleanup. In: a function's blocks. Out: the same blocks with
// unreachable ones removed, or with jumps through empty blocks redirected.

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
    else if (t.op === "br") {
      if (t.cond.kind === "imm") b.term = { op: "jmp", target: final(t.cond.value !== 0 ? t.then : t.else), loc: t.loc };
      else [t.then, t.else] = [final(t.then), final(t.else)];
    }
  }
}
