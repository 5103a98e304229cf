// Phase 6: register allocation. In: an MFunction over virtual registers (phase 5).
// Out: the same function over physical registers, with a stack frame (frames.ts):
// prologue, spill slots, callee-saved registers, and each `ret` expanded to an epilogue.
//
// 1. A value whose low byte an instruction reads (store8, movzx8, movsx8) is copied
//    to a fresh vreg for that instruction, so that only the copy must be in al/bl/cl/dl;
//    the copy is coalesced away when the value itself can have such a register.
// 2. Graph colouring with iterated coalescing (coloring.ts: George & Appel 1996), over
//    exact liveness: lifetime holes are free, moves coalesce, spill costs are weighted
//    by loop depth. Physical registers named by instructions (eax for div, ecx for
//    shifts, the call clobbers) are precoloured nodes.
// 3. A spilled vreg that lives across a call is split around its calls instead
//    (splitting.ts): stored before them, reloaded after, a vreg in between; colouring
//    runs again. One spilled again is then spilled everywhere, in the same slot.
// 4. Spilled vregs (a coalesced group shares one slot) are rewritten to use their slot:
//    as a memory operand where x86 allows one, else through a fresh vreg loaded before
//    and stored after the instruction, which lives for that instruction only; then
//    colouring runs again.
// Each callee-saved register (ebx, esi, edi) the colouring used is saved in the prologue.
// Spill slots are addressed [ebp - 4(k + 1)] here; frames.ts makes them esp-relative
// in a function without a frame pointer.

import { mem, type Mem, type MFunction, type MInst, type Operand, type PReg, preg, type Reg, registerAccesses, sameReg, vreg } from "./machine.js";
import { addFrame } from "./frames.js";
import { variableHomes } from "../debug/homes.js";
import { colourGraph } from "./coloring.js";
import { foldSlot, memoryRanges, type Split, splitAroundCalls } from "./splitting.js";

const EBP = preg("ebp");

/** `stackLimit`: the symbol of the stack-check limit, when the program turned checks on. */
export function allocateRegisters(fn: MFunction, stackLimit?: string): void {
  if (fn.naked) return;
  isolateByteUses(fn);
  const homes = new Map<number, Mem>(); // vreg -> the memory it was split or spilled to
  const slots = new Map<number, number>(); // vreg spilled everywhere -> its frame slot
  const splits = new Map<number, Split>(); // vreg split around calls (and not spilled since)
  const unspillable = new Set<number>();
  let slotCount = 0;
  for (;;) {
    const { colours, spilled, segments } = colourGraph(fn, unspillable);
    if (spilled.length === 0) {
      const before = fn.blocks.flatMap((b) => b.insts);
      const inMemory = memoryRanges(fn, splits);
      assign(fn, colours);
      fn.homes = variableHomes(before, fn.blocks.flatMap((b) => b.insts), segments, colours, slots, { homes, ranges: inMemory }); // for debug info
      return addFrame(fn, slotCount, stackLimit);
    }
    const args = argumentLoads(fn);
    const fresh = new Map<number, Mem>(); // vregs spilled the first time -> their memory
    for (const group of spilled) {
      const arg = group.length === 1 ? args.get(group[0]) : undefined;
      if (arg !== undefined) {
        if (!homes.has(group[0])) fresh.set(group[0], mem(EBP, arg)); // stays in its argument slot
        continue;
      }
      // A group shares a slot; a vreg split in an earlier round keeps the one it has.
      const shared = group.map((id) => homes.get(id)).find((m) => m !== undefined) ?? mem(EBP, -4 * ++slotCount);
      for (const id of group) if (!homes.has(id)) fresh.set(id, shared);
    }
    for (const [id, home] of fresh) homes.set(id, home);
    // First try splitting around calls; what did not split, or split before, spills everywhere.
    const split = splitAroundCalls(fn, fresh);
    const round = new Map<number, Mem>();
    for (const id of spilled.flat()) {
      if (split.has(id)) continue;
      const home = homes.get(id)!;
      round.set(id, home);
      splits.delete(id);
      if (home.disp < 0) slots.set(id, -home.disp / 4 - 1);
    }
    for (const [id, s] of split) splits.set(id, s);
    insertSpillCode(fn, round, unspillable);
  }
}

/** Vregs written once, by `mov v, [ebp + d]` loading argument (d - 8) / 4: vreg -> d.
 * Nothing writes an argument slot, so such a vreg, spilled, can live there. */
function argumentLoads(fn: MFunction): Map<number, number> {
  const loads = new Map<number, number>();
  const written = new Set<number>();
  for (const block of fn.blocks) {
    for (const inst of block.insts) {
      for (const a of registerAccesses(inst, fn.returnsValue)) {
        if (a.kind !== "def" || a.reg.k !== "v") continue;
        const [dst, src] = inst.ops;
        const load = inst.op === "mov" && dst.k === "v" && src.k === "m" && src.base?.k === "p" && src.base.reg === "ebp" && !src.index && src.disp >= 8;
        if (load && !written.has(a.reg.id)) loads.set(a.reg.id, src.disp);
        else loads.delete(a.reg.id);
        written.add(a.reg.id);
      }
    }
  }
  return loads;
}

/** Step 1: `store8 [m], v` becomes `mov t, v; store8 [m], t` (likewise movzx8/movsx8 v). */
function isolateByteUses(fn: MFunction): void {
  for (const block of fn.blocks) {
    block.insts = block.insts.flatMap((inst) => {
      const k = inst.op === "store8" || inst.op === "movzx8" || inst.op === "movsx8" ? 1 : -1;
      const v = inst.ops[k];
      if (!v || v.k !== "v") return [inst];
      const t = vreg(fn.vregCount++);
      const ops = [...inst.ops];
      ops[k] = t;
      return [{ op: "mov", ops: [t, v], loc: inst.loc }, { ...inst, ops }];
    });
  }
}

/** Rewrites each access of a spilled vreg (`slots`: vreg -> its frame slot or argument slot). */
function insertSpillCode(fn: MFunction, slots: Map<number, Mem>, unspillable: Set<number>): void {
  const slotOf = (id: number, size: 1 | 2 | 4 = 4) => ({ ...slots.get(id)!, size });
  const spilled = (o: Operand | undefined) => o?.k === "v" && slots.has(o.id);
  const home = (o: Operand) => (o.k === "v" ? slots.get(o.id) : o.k === "m" && o.base?.k === "p" && o.base.reg === "ebp" && !o.index && o.size === 4 ? o : undefined);
  for (const block of fn.blocks) {
    const out: MInst[] = [];
    for (let inst of block.insts) {
      // A move within one spill group, or an argument's load into the vreg that stays in its slot, moves a slot to itself.
      // Splitting's stores and reloads (splitting.ts) of a vreg spilled since do the same.
      if (inst.op === "mov" && (spilled(inst.ops[0]) || spilled(inst.ops[1])) && home(inst.ops[0])?.disp === (home(inst.ops[1])?.disp ?? NaN)) continue;
      // One spilled operand that stands alone (not an address part, not another operand) may become the slot.
      const whole = inst.ops.flatMap((o, k) => (spilled(o) ? [k] : []));
      if (whole.length === 1) inst = foldSlot(inst, (inst.ops[whole[0]] as { id: number }).id, slots.get((inst.ops[whole[0]] as { id: number }).id)!) ?? inst;
      const replacement = new Map<number, Reg>();
      const accesses = registerAccesses(inst, fn.returnsValue).filter((a) => a.reg.k === "v" && slots.has(a.reg.id));
      for (const a of accesses) {
        const id = (a.reg as { id: number }).id;
        if (!replacement.has(id)) {
          const fresh = vreg(fn.vregCount++);
          unspillable.add((fresh as { id: number }).id);
          replacement.set(id, fresh);
        }
      }
      const uses = new Set(accesses.filter((a) => a.kind === "use").map((a) => (a.reg as { id: number }).id));
      const defs = new Set(accesses.filter((a) => a.kind === "def").map((a) => (a.reg as { id: number }).id));
      for (const id of uses) out.push({ op: "mov", ops: [replacement.get(id)!, slotOf(id)], loc: inst.loc });
      out.push(replacement.size > 0 ? mapRegs(inst, (r) => (r.k === "v" && replacement.get(r.id)) || r) : inst);
      for (const id of defs) out.push({ op: "mov", ops: [slotOf(id), replacement.get(id)!], loc: inst.loc });
    }
    block.insts = out;
  }
}

function assign(fn: MFunction, assignment: Map<number, PReg>): void {
  for (const block of fn.blocks) {
    block.insts = block.insts
      .map((inst) => mapRegs(inst, (r) => (r.k === "v" ? preg(assignment.get(r.id)!) : r)))
      .filter((inst) => !(inst.op === "mov" && sameReg(inst.ops[0], inst.ops[1])));
  }
}

function mapRegs(inst: MInst, f: (r: Reg) => Reg): MInst {
  const mapOperand = (op: Operand): Operand => {
    if (op.k === "m") return { ...op, base: op.base && f(op.base), index: op.index && f(op.index) };
    return op.k === "i" ? op : f(op);
  };
  return { ...inst, ops: inst.ops.map(mapOperand) };
}
