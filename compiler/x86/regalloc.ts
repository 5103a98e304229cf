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
// 3. Spilled vregs (a coalesced group shares one slot) are rewritten to use their slot:
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

const EBP = preg("ebp");

/** `stackLimit`: the symbol of the stack-check limit, when the program turned checks on. */
export function allocateRegisters(fn: MFunction, stackLimit?: string): void {
  if (fn.naked) return;
  isolateByteUses(fn);
  const slots = new Map<number, number>(); // spilled vreg -> frame slot
  const unspillable = new Set<number>();
  let slotCount = 0;
  for (;;) {
    const { colours, spilled, segments } = colourGraph(fn, unspillable);
    if (spilled.length === 0) {
      const before = fn.blocks.flatMap((b) => b.insts);
      assign(fn, colours);
      fn.homes = variableHomes(before, fn.blocks.flatMap((b) => b.insts), segments, colours, slots); // for debug info
      return addFrame(fn, slotCount, stackLimit);
    }
    const round = new Map<number, Mem>(); // spilled vreg -> its memory
    const args = argumentLoads(fn);
    for (const group of spilled) {
      const arg = group.length === 1 ? args.get(group[0]) : undefined;
      if (arg !== undefined) {
        round.set(group[0], mem(EBP, arg)); // stays in its argument slot
        continue;
      }
      for (const id of group) {
        round.set(id, mem(EBP, -4 * (slotCount + 1)));
        slots.set(id, slotCount);
      }
      slotCount++;
    }
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

/** Where a spilled vreg may be replaced by its slot: operand index -> allowed, given the
 * other operands (x86 takes one memory operand per instruction). */
function foldable(inst: MInst, k: number): boolean {
  const other = inst.ops.filter((_, j) => j !== k);
  if (other.some((o) => o.k === "m")) return false;
  switch (inst.op) {
    case "mov": return true;
    case "push": return k === 0;
    case "add": case "sub": case "and": case "or": case "xor": case "cmp": return k === 0 || inst.ops[0].k !== "i";
    case "imul": case "movzx8": case "movsx8": case "movzx16": case "movsx16": return k === 1;
    default: return false;
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
      if (inst.op === "mov" && spilled(inst.ops[0]) && home(inst.ops[1])?.disp === home(inst.ops[0])!.disp) continue;
      // One spilled operand that stands alone (not an address part, not another operand) may become the slot.
      const whole = inst.ops.flatMap((o, k) => (spilled(o) ? [k] : []));
      const inAddress = inst.ops.some((o) => o.k === "m" && (spilled(o.base) || spilled(o.index)));
      if (whole.length === 1 && !inAddress && foldable(inst, whole[0])) {
        const k = whole[0];
        const id = (inst.ops[k] as { id: number }).id;
        if (inst.ops.filter((o) => o.k === "v" && o.id === id).length === 1) {
          const size = inst.op === "movzx8" || inst.op === "movsx8" ? 1 : inst.op === "movzx16" || inst.op === "movsx16" ? 2 : 4;
          const ops = [...inst.ops];
          ops[k] = slotOf(id, size);
          inst = { ...inst, ops };
        }
      }
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
