// Phase 4: IR passes. In: the IrModule from lowering. Out: the same module,
// rewritten in place. The list below is the whole optimisation pipeline, in order;
// each pass says what it needs and what it leaves behind.

import type { IrFunction, IrModule } from "../ir/ir.js";
import { removeUnreachableBlocks, threadJumps } from "./cfg.js";
import { coalesceCopies } from "./copies.js";
import { eliminateDeadCode } from "./dce.js";
import { foldConstants } from "./fold.js";

export interface Pass {
  name: string;
  /** What must hold before it runs. */
  needs: string;
  run(fn: IrFunction): void;
}

export const PASSES: readonly Pass[] = [
  { name: "unreachable", needs: "blocks[0] is the entry", run: removeUnreachableBlocks },
  { name: "fold", needs: "nothing", run: foldConstants },
  { name: "thread-jumps", needs: "nothing; leaves unreachable blocks behind", run: threadJumps },
  { name: "unreachable-again", needs: "blocks[0] is the entry", run: removeUnreachableBlocks },
  { name: "dce", needs: "no unreachable blocks (their uses would keep temps alive)", run: eliminateDeadCode },
  { name: "coalesce-copies", needs: "dead copies gone, so use counts are exact", run: coalesceCopies },
];

export function runPasses(mod: IrModule): void {
  for (const fn of mod.functions) for (const pass of PASSES) pass.run(fn);
}
