// Copy coalescing. In: any function. Out: the same function where a result that is
// only copied into another temp is computed into that temp directly:
//   %t8 = add %t1, 1          %t1 = add %t1, 1
//   %t1 = copy %t8      =>
// This is what `i++` and `x += y` lower to. Temps are not SSA, so the destination may
// now also be an operand; instruction selection handles that.

import { definedTemp, type IrFunction, usedTemps } from "../ir/ir.js";

export function coalesceCopies(fn: IrFunction): void {
  const uses = new Map<number, number>();
  for (const b of fn.blocks) {
    for (const i of [...b.insts, b.term]) for (const t of usedTemps(i)) uses.set(t.id, (uses.get(t.id) ?? 0) + 1);
  }
  for (const b of fn.blocks) {
    for (let k = b.insts.length - 1; k > 0; k--) {
      const copy = b.insts[k];
      const def = b.insts[k - 1];
      const produced = definedTemp(def);
      if (copy.op !== "copy" || copy.src.kind !== "temp" || !produced || produced.id !== copy.src.id) continue;
      if (uses.get(produced.id) !== 1 || def.op === "param") continue;
      b.insts.splice(k - 1, 2, { ...def, dst: copy.dst, loc: def.loc } as typeof def);
    }
  }
}
