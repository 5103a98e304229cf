// Dead-code elimination. In: a function without unreachable blocks. Out: the same
// function without instructions whose results are never used and that have no
// side effects. Temps are not SSA, so a temp is live if any instruction reads it;
// the pass repeats until nothing more goes.

import { definedTemp, hasSideEffects, type IrFunction, usedTemps } from "../ir/ir.js";

export function eliminateDeadCode(fn: IrFunction): void {
  for (let changed = true; changed; ) {
    const used = new Set<number>();
    for (const b of fn.blocks) {
      for (const i of b.insts) for (const t of usedTemps(i)) used.add(t.id);
      for (const t of usedTemps(b.term)) used.add(t.id);
    }
    changed = false;
    for (const b of fn.blocks) {
      const kept = b.insts.filter((i) => {
        const dst = definedTemp(i);
        return hasSideEffects(i) || !dst || used.has(dst.id);
      });
      changed ||= kept.length !== b.insts.length;
      b.insts = kept;
    }
  }
}
