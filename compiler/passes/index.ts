// Phase 4: IR passes. In: the IrModule from lowering. Out: the same module,
// rewritten in place: first calls to @inline functions are replaced by their bodies,
// then unreachable functions and data go, then the list below runs on each
// function, in order; each pass says what it needs.

import type { IrFunction, IrModule } from "../ir/ir.js";
import { mergeBlocks, removeUnreachableBlocks, threadJumps } from "./cfg.js";
import { coalesceCopies } from "./copies.js";
import { eliminateBoundsChecks } from "./bounds.js";
import { eliminateDeadCode } from "./dce.js";
import { foldConstants } from "./fold.js";
import { removeUnreachable } from "./functions.js";
import { inlineFunctions } from "./inline.js";
import { duplicateTails } from "./tails.js";

export interface Pass {
  name: string;
  /** What must hold before it runs. */
  needs: string;
  run(fn: IrFunction): void;
}

export const PASSES: readonly Pass[] = [
  { name: "unreachable", needs: "blocks[0] is the entry", run: removeUnreachableBlocks },
  { name: "fold", needs: "nothing", run: foldConstants },
  { name: "dce", needs: "no unreachable blocks (their uses would keep temps alive)", run: eliminateDeadCode },
  { name: "coalesce-copies", needs: "dead copies gone, so use counts are exact", run: coalesceCopies },
  { name: "bounds", needs: "constants folded and increments coalesced (i = i + 1, not a copy)", run: eliminateBoundsChecks },
  { name: "thread-jumps", needs: "nothing; leaves unreachable blocks behind", run: threadJumps },
  { name: "unreachable-again", needs: "blocks[0] is the entry", run: removeUnreachableBlocks },
  { name: "dce-again", needs: "removed checks' compares now unused", run: eliminateDeadCode },
  { name: "duplicate-tails", needs: "final code in the tails it copies (after dce)", run: duplicateTails },
  { name: "unreachable-after-tails", needs: "blocks[0] is the entry", run: removeUnreachableBlocks },
  { name: "merge-blocks", needs: "no unreachable blocks", run: mergeBlocks },
];

export function runPasses(mod: IrModule): void {
  inlineFunctions(mod);
  removeUnreachable(mod);
  for (const fn of mod.functions) for (const pass of PASSES) pass.run(fn);
}
