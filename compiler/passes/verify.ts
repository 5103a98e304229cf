// The SSA verifier. In: a function that passes/ssa.ts put in SSA form, or that
// passes/out-of-ssa.ts took out of it. Out: nothing, or an internal error naming the
// function and what is wrong. It checks what the SSA passes rely on: each temp has one
// definition, a definition dominates each use (a phi's argument is used at the end of
// its predecessor), each phi has one argument per predecessor, and outside SSA form no
// block has phis. It runs between the passes under the test runner (VITEST) or when
// TSKC_VERIFY is set; it is linear in the function's size.

import { type Block, definedTemp, type IrFunction, usedTemps } from "../ir/ir.js";
import { dominatorTree } from "./dominators.js";

/** Whether the passes should verify their output (tests and debugging). */
// (No process in a browser: the playground compiles without the verifier.)
export const VERIFY = typeof process !== "undefined" && (process.env.VITEST !== undefined || process.env.TSKC_VERIFY !== undefined);

export function verifySsa(fn: IrFunction, after: string): void {
  const fail = (what: string): never => {
    throw new Error(`internal error: SSA verifier after ${after}, in ${fn.name}: ${what}`);
  };
  if (!fn.ssa) {
    if (fn.blocks.some((b) => (b.phis ?? []).length > 0)) fail("a phi outside SSA form");
    return;
  }
  const tree = dominatorTree(fn);
  const home = new Map<number, { block: Block; index: number }>(); // index -1: a phi
  const define = (id: number, block: Block, index: number) => {
    if (home.has(id)) fail(`%t${id} is defined twice`);
    home.set(id, { block, index });
  };
  for (const b of fn.blocks) {
    if (!tree.idom.has(b)) fail(`@b${b.id} is unreachable`);
    for (const phi of b.phis ?? []) define(phi.dst.id, b, -1);
    b.insts.forEach((i, k) => {
      const d = definedTemp(i);
      if (d) define(d.id, b, k);
    });
  }
  const dominatesUse = (id: number, block: Block, index: number) => {
    const def = home.get(id) ?? fail(`%t${id} is used but never defined`);
    const ok = def.block === block ? def.index < index : tree.dominates(def.block, block);
    if (!ok) fail(`the definition of %t${id} does not dominate its use in @b${block.id}`);
  };
  for (const b of fn.blocks) {
    const preds = tree.preds.get(b)!;
    for (const phi of b.phis ?? []) {
      const from = phi.args.map((a) => a.block);
      if (from.length !== preds.length || new Set(from).size !== from.length || from.some((p) => !preds.includes(p))) {
        fail(`phi %t${phi.dst.id} in @b${b.id} has arguments from ${from.map((p) => `@b${p.id}`).join(", ")}, not one per predecessor`);
      }
      for (const a of phi.args) if (a.value.kind === "temp") dominatesUse(a.value.id, a.block, Infinity);
    }
    b.insts.forEach((i, k) => usedTemps(i).forEach((t) => dominatesUse(t.id, b, k)));
    for (const t of usedTemps(b.term)) dominatesUse(t.id, b, b.insts.length);
  }
}
