// Where each variable lives, for the debug info. In: a function's instructions
// just before and just after register allocation replaced its vregs (x86/regalloc.ts
// calls this), the live intervals, the register assignment and the spill slots.
// Out: MFunction.homes. The DWARF writer (locations.ts) turns homes into locations
// once encoding has given the instructions addresses.
//
// The allocator gives each vreg one register for its whole interval (holes filled
// in), or one frame slot for the whole function, so a home is one place over one
// range of instructions: a location list of one entry.

import { type Home, type MInst, type PReg, registerAccesses } from "../x86/machine.js";

/** `before` and `after` differ only by the moves assignment removed (`mov r, r`), so
 * walking both in step finds what became of each position. */
export function variableHomes(
  before: MInst[], after: MInst[], intervals: Map<number, { start: number; end: number }>,
  assignment: Map<number, PReg>, slots: Map<number, number>,
): Map<number, Home> {
  const physical = (o: MInst["ops"][number] | undefined) => (o?.k === "v" ? assignment.get(o.id) : o?.k === "p" ? o.reg : undefined);
  const placed: (MInst | undefined)[] = [];
  let j = 0;
  for (const inst of before) {
    const removed = inst.op === "mov" && inst.ops[0].k !== "m" && inst.ops[1].k !== "m" && inst.ops[1].k !== "i" && physical(inst.ops[0]) === physical(inst.ops[1]);
    placed.push(removed ? undefined : after[j++]);
  }
  if (j !== after.length) return new Map(); // not the shape we expect: no homes rather than wrong ones

  const defs = new Map<number, number>();
  for (const inst of before) {
    for (const a of registerAccesses(inst)) if (a.kind === "def" && a.reg.k === "v") defs.set(a.reg.id, (defs.get(a.reg.id) ?? 0) + 1);
  }
  const homes = new Map<number, Home>();
  for (const [id, iv] of intervals) {
    const reg = assignment.get(id);
    if (!reg) continue;
    // The first and last instructions the interval covers that survived assignment.
    let first: MInst | undefined, last: MInst | undefined;
    // An interval that starts with a def (odd position) holds the value only after that instruction.
    const from = (iv.start >> 1) + (iv.start & 1);
    for (let i = from; i <= iv.end >> 1 && !first; i++) first = placed[i];
    for (let i = iv.end >> 1; i >= from && !last; i--) last = placed[i];
    if (first && last) homes.set(id, { reg, first, last, defs: defs.get(id) ?? 0 });
  }
  for (const [id, slot] of slots) {
    // A spilled vreg is written through a fresh vreg stored to its slot.
    const disp = -4 * (slot + 1);
    const stores = before.filter((i) => i.op === "mov" && i.ops[0].k === "m" && i.ops[0].base?.k === "p" && i.ops[0].base.reg === "ebp" && i.ops[0].disp === disp).length;
    homes.set(id, { slot, defs: stores });
  }
  return homes;
}
