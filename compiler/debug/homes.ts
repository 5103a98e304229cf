// Where each variable lives, for the debug info. In: a function's instructions
// just before and just after register allocation replaced its vregs (x86/regalloc.ts
// calls this), each vreg's live segments (x86/coloring.ts), the register assignment
// and the spill slots. Out: MFunction.homes. The DWARF writer (locations.ts) turns
// homes into locations once encoding has given the instructions addresses.
//
// The allocator gives each vreg one register wherever it is live, or one frame slot
// for the whole function. Between its segments (lifetime holes) the register may hold
// other values, so a register home is a list of instruction ranges: a location list.
// A vreg split around calls (x86/splitting.ts) is also in its memory over some ranges
// (across the calls, until its reload): those join the list.

import { type Home, type Mem, type MInst, type PReg, registerAccesses } from "../x86/machine.js";

/** `before` and `after` differ only by the moves assignment removed (`mov r, r`), so
 * walking both in step finds what became of each position. `segments` are inclusive
 * ranges of positions in `before`. */
export function variableHomes(
  before: MInst[], after: MInst[], segments: Map<number, [number, number][]>,
  assignment: Map<number, PReg>, slots: Map<number, number>,
  split: { homes: Map<number, Mem>; ranges: Map<number, [number, number][]> },
): Map<number, Home> {
  const physical = (o: MInst["ops"][number] | undefined) => (o?.k === "v" ? assignment.get(o.id) : o?.k === "p" ? o.reg : undefined);
  const placed: (MInst | undefined)[] = [];
  let j = 0;
  for (const inst of before) {
    const removed = inst.op === "mov" && inst.ops[0].k !== "m" && inst.ops[1].k !== "m" && inst.ops[1].k !== "i" && physical(inst.ops[0]) === physical(inst.ops[1]);
    placed.push(removed ? undefined : after[j++]);
  }
  if (j !== after.length) return new Map(); // not the shape we expect: no homes rather than wrong ones

  /** Each range as the first and last instructions it covers that survived assignment. */
  const survivors = (list: [number, number][]) => list.flatMap(([from, to]) => {
    let first: MInst | undefined, last: MInst | undefined;
    for (let i = from; i <= to && !first; i++) first = placed[i];
    for (let i = to; i >= from && !last; i--) last = placed[i];
    return first && last ? [{ first, last }] : [];
  });
  const defs = new Map<number, number>();
  for (const inst of before) {
    for (const a of registerAccesses(inst)) {
      if (a.kind !== "def" || a.reg.k !== "v") continue;
      // A reload from its home writes the value the vreg had: no new value.
      const src = inst.ops[1], home = split.homes.get(a.reg.id);
      if (inst.op === "mov" && src?.k === "m" && home && src.base?.k === "p" && src.base.reg === "ebp" && !src.index && src.disp === home.disp) continue;
      defs.set(a.reg.id, (defs.get(a.reg.id) ?? 0) + 1);
    }
  }
  const homes = new Map<number, Home>();
  for (const [id, list] of segments) {
    const reg = assignment.get(id);
    if (!reg) continue;
    // Segments in layout order, those next to each other joined.
    const joined: [number, number][] = [];
    for (const [from, to] of [...list].sort((a, b) => a[0] - b[0])) {
      const prev = joined[joined.length - 1];
      if (prev && from <= prev[1] + 1) prev[1] = Math.max(prev[1], to);
      else joined.push([from, to]);
    }
    const ranges = survivors(joined);
    const inMemory = survivors(split.ranges.get(id) ?? []);
    const memory = inMemory.length > 0 ? { disp: split.homes.get(id)!.disp, ranges: inMemory } : undefined;
    if (ranges.length > 0) homes.set(id, { reg, first: ranges[0].first, last: ranges[ranges.length - 1].last, ranges, memory, defs: defs.get(id) ?? 0 });
  }
  for (const [id, slot] of slots) {
    // A spilled vreg is written by a store to its slot, or by an instruction with the slot as its operand.
    const disp = -4 * (slot + 1);
    const stores = before.filter((i) => i.ops[0]?.k === "m" && i.ops[0].base?.k === "p" && i.ops[0].base.reg === "ebp" && i.ops[0].disp === disp && i.op !== "cmp" && i.op !== "push").length;
    homes.set(id, { slot, defs: stores });
  }
  return homes;
}
