// Dead-code elimination in SSA form. In: a function in SSA form. Out: the same function
// without the phis and instructions whose results nothing that matters reads. A value is
// live if an instruction with side effects (hasSideEffects in ir/ir.ts: stores, calls,
// port and system instructions, divisions that may trap) or a terminator reads it, or a
// live instruction or phi does; everything else goes, including cycles of phis that only
// feed each other, which the temp-counting passes/dce.ts cannot see. One mark-and-sweep
// over the definitions, linear in the function's size.
// Needs: SSA form. Preserves: SSA form.

import { definedTemp, hasSideEffects, type Inst, type IrFunction, type Phi, type Temp, usedTemps } from "../ir/ir.js";

export function eliminateDeadSsa(fn: IrFunction): void {
  const definition = new Map<number, Inst | Phi>();
  const live = new Set<number>();
  const work: Temp[] = [];
  const mark = (ts: Temp[]) => {
    for (const t of ts) {
      if (live.has(t.id)) continue;
      live.add(t.id);
      work.push(t);
    }
  };
  for (const b of fn.blocks) {
    for (const phi of b.phis ?? []) definition.set(phi.dst.id, phi);
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) definition.set(d.id, i);
      if (hasSideEffects(i)) mark(usedTemps(i));
    }
    mark(usedTemps(b.term));
  }
  while (work.length > 0) {
    const def = definition.get(work.pop()!.id);
    if (!def) continue;
    if ("args" in def && !("op" in def)) mark(def.args.flatMap((a) => (a.value.kind === "temp" ? [a.value] : [])));
    else mark(usedTemps(def as Inst));
  }
  for (const b of fn.blocks) {
    b.phis = (b.phis ?? []).filter((phi) => live.has(phi.dst.id));
    b.insts = b.insts.filter((i) => {
      const d = definedTemp(i);
      return !d || live.has(d.id) || hasSideEffects(i);
    });
  }
}
