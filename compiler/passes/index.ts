// Phase 4: IR passes. In: the IrModule from lowering. Out: the same module,
// rewritten in place: first unreachable functions and data go; then each function,
// callees before callers, gets copies of the small callees' bodies (passes/inline.ts:
// needs its callees through this list already; preserves the code's meaning) and the
// list below runs on it, in order; each pass says what it needs and what it keeps true.
// A function whose only call takes a copy of it skips the list: the copy goes through it in
// its caller. Last, the functions whose every call was inlined go. The
// passes from `ssa` to `out-of-ssa` work on SSA form (ir/ir.ts); under the test runner
// (or with TSKC_VERIFY set) passes/verify.ts checks the form after each of them.

import type { IrFunction, IrModule } from "../ir/ir.js";
import { mergeBlocks, removeUnreachableBlocks, threadJumps } from "./cfg.js";
import { coalesceCopies } from "./copies.js";
import { eliminateDeadCode } from "./dce.js";
import { foldConstants } from "./fold.js";
import { removeUnreachable } from "./functions.js";
import { numberValues } from "./gvn.js";
import { formAddresses } from "./induction.js";
import { callOrder, inlineCalls, inlinedOnce, keepBody } from "./inline.js";
import { hoistLoopInvariants } from "./licm.js";
import { leaveSsa } from "./out-of-ssa.js";
import { eliminateCheckedRanges } from "./ranges.js";
import { eliminateTailRecursion } from "./recursion.js";
import { propagateConstants } from "./sccp.js";
import { constructSsa } from "./ssa.js";
import { eliminateDeadSsa } from "./ssa-dce.js";
import { duplicateTails } from "./tails.js";
import { unrollLoops } from "./unroll.js";
import { VERIFY, verifySsa } from "./verify.js";
import { versionLoops } from "./versioning.js";

export interface Pass {
  name: string;
  /** What must hold before it runs. */
  needs: string;
  /** What it keeps true of what held before. */
  preserves: string;
  run(fn: IrFunction): void;
}

export const PASSES: readonly Pass[] = [
  { name: "unreachable", needs: "blocks[0] is the entry", preserves: "everything", run: removeUnreachableBlocks },
  { name: "fold", needs: "nothing", preserves: "the control-flow graph", run: foldConstants },
  { name: "dce", needs: "no unreachable blocks (their uses would keep temps alive)", preserves: "the control-flow graph", run: eliminateDeadCode },
  { name: "coalesce-copies", needs: "dead copies gone, so use counts are exact", preserves: "the control-flow graph", run: coalesceCopies },
  { name: "tail-recursion", needs: "no unreachable blocks; dead code gone; not SSA (its loop variables are the temps)", preserves: "the code's meaning; adds an entry block and a loop", run: eliminateTailRecursion },
  { name: "ssa", needs: "nothing", preserves: "the code's meaning; puts it in SSA form", run: constructSsa },
  { name: "sccp", needs: "SSA form", preserves: "SSA form; leaves no unreachable block", run: propagateConstants },
  { name: "unroll", needs: "SSA form; constants propagated (sccp), so counters start at immediates", preserves: "SSA form; adds blocks", run: unrollLoops },
  { name: "gvn", needs: "SSA form", preserves: "SSA form and the control-flow graph", run: numberValues },
  { name: "licm", needs: "SSA form; redundant loads numbered (gvn)", preserves: "SSA form; adds preheaders", run: hoistLoopInvariants },
  { name: "gvn-again", needs: "SSA form; what licm hoisted out of sibling loops now dominates its twins", preserves: "SSA form and the control-flow graph", run: numberValues },
  { name: "ranges", needs: "SSA form; equal lengths one temp (gvn)", preserves: "SSA form; removes the trap blocks of checks that pass", run: eliminateCheckedRanges },
  { name: "versioning", needs: "SSA form; preheaders (licm); provable checks gone (ranges)", preserves: "SSA form; copies loops, with new preheaders", run: versionLoops },
  { name: "ssa-dce", needs: "SSA form", preserves: "SSA form and the control-flow graph", run: eliminateDeadSsa },
  { name: "induction", needs: "SSA form; preheaders (licm); no dead code (ssa-dce), so use counts are exact", preserves: "SSA form and the control-flow graph; leaves dead address arithmetic for dce-again", run: formAddresses },
  { name: "out-of-ssa", needs: "SSA form", preserves: "no unreachable blocks; leaves SSA form", run: leaveSsa },
  { name: "thread-jumps", needs: "nothing; leaves unreachable blocks behind", preserves: "the instructions", run: threadJumps },
  { name: "unreachable-again", needs: "blocks[0] is the entry", preserves: "everything", run: removeUnreachableBlocks },
  { name: "dce-again", needs: "dead address arithmetic that induction left", preserves: "the control-flow graph", run: eliminateDeadCode },
  { name: "duplicate-tails", needs: "final code in the tails it copies (after dce)", preserves: "the code's meaning; may leave unreachable blocks", run: duplicateTails },
  { name: "fold-tails", needs: "nothing; a copied tail's branch may test a constant its new predecessor set", preserves: "the control-flow graph", run: foldConstants },
  { name: "thread-tails", needs: "nothing; leaves unreachable blocks behind", preserves: "the instructions", run: threadJumps },
  { name: "unreachable-after-tails", needs: "blocks[0] is the entry", preserves: "everything", run: removeUnreachableBlocks },
  { name: "dce-after-tails", needs: "no unreachable blocks", preserves: "the control-flow graph", run: eliminateDeadCode },
  { name: "merge-blocks", needs: "no unreachable blocks", preserves: "the instructions", run: mergeBlocks },
];

export function runPasses(mod: IrModule): void {
  removeUnreachable(mod);
  const { order, inliner } = callOrder(mod);
  // A function whose only call takes a copy of it is optimised there, not on its own too,
  // unless that call stays (in a cold block, or past the growth limits).
  const deferred: IrFunction[] = [];
  for (const fn of order) {
    inlineCalls(fn, inliner);
    keepBody(fn, inliner);
    if (inlinedOnce(fn, inliner)) deferred.push(fn);
    else runList(fn);
  }
  removeUnreachable(mod);
  const kept = new Set(mod.functions);
  for (const fn of deferred) if (kept.has(fn)) runList(fn);
}

function runList(fn: IrFunction): void {
  for (const pass of PASSES) {
    pass.run(fn);
    if (VERIFY && (fn.ssa || pass.name === "out-of-ssa")) verifySsa(fn, pass.name);
  }
}
