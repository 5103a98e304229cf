// Phase 6: register allocation. In: an MFunction over virtual registers (phase 5).
// Out: the same function over physical registers, with a stack frame: prologue,
// spill slots, callee-saved registers, and each `ret` expanded to an epilogue.
//
// Linear scan (Poletto & Sarkar) over one live interval per vreg:
// 1. Number the instructions; a use is at 2i, a def at 2i+1, so a value that dies
//    in an instruction can share a register with the value it defines.
// 2. Block liveness (iterated to a fixpoint) widens each interval over the blocks
//    where the vreg is live: one range, holes filled in.
// 3. Physical registers named by instructions (eax for div, ecx for shifts, the
//    call clobbers) become fixed ranges; a vreg never gets a register whose fixed
//    range overlaps its interval.
// 4. Scan by start; when no register is free, spill the interval that ends last.
// 5. Spilled vregs are rewritten to load/store a stack slot around each access,
//    through fresh short-lived vregs, and the allocation runs again.
// `mov a, b` gives a and b a hint to share a register; then the move disappears.

import { ALLOCATABLE, branchTargets, BYTE_REGS, CALLEE_SAVED, endsFlow, immOp, mem, type MFunction, type MInst, type Operand, type PReg, preg, type Reg, registerAccesses, sameReg, vreg } from "./machine.js";
import { STACK_OVERFLOW_STUB } from "./boot.js";
import { variableHomes } from "../debug/homes.js";

interface Interval {
  id: number;
  start: number;
  end: number;
  byteOnly: boolean;
}

const EBP = preg("ebp");
const ESP = preg("esp");

/** `stackLimit`: the symbol of the stack-check limit, when the program turned checks on. */
export function allocateRegisters(fn: MFunction, stackLimit?: string): void {
  if (fn.naked) return;
  const slots = new Map<number, number>(); // spilled vreg -> frame slot
  const unspillable = new Set<number>();
  for (;;) {
    const { assignment, spilled, intervals } = linearScan(fn, unspillable);
    if (spilled.length === 0) {
      const before = fn.blocks.flatMap((b) => b.insts);
      assign(fn, assignment);
      fn.homes = variableHomes(before, fn.blocks.flatMap((b) => b.insts), intervals, assignment, slots); // for debug info
      return addFrame(fn, slots.size, stackLimit);
    }
    for (const id of spilled) slots.set(id, slots.size);
    insertSpillCode(fn, new Set(spilled), slots, unspillable);
  }
}

function linearScan(fn: MFunction, unspillable: Set<number>): { assignment: Map<number, PReg>; spilled: number[]; intervals: Map<number, Interval> } {
  const insts = fn.blocks.flatMap((b) => b.insts);
  const intervals = buildIntervals(fn);
  const fixed = fixedRanges(fn);
  const hints = moveHints(insts);
  const assignment = new Map<number, PReg>();
  const spilled: number[] = [];
  let active: { iv: Interval; reg: PReg }[] = [];
  const conflictsFixed = (reg: PReg, iv: Interval) => (fixed.get(reg) ?? []).some(([a, b]) => a <= iv.end && iv.start <= b);

  for (const iv of [...intervals.values()].sort((a, b) => a.start - b.start || a.id - b.id)) {
    active = active.filter((a) => a.iv.end >= iv.start);
    const allowed = iv.byteOnly ? BYTE_REGS : ALLOCATABLE;
    const free = allowed.filter((r) => !active.some((a) => a.reg === r) && !conflictsFixed(r, iv));
    const hinted = (hints.get(iv.id) ?? []).map((h) => (h.k === "p" ? h.reg : assignment.get(h.id))).find((r) => r && free.includes(r));
    const reg = hinted ?? free[0];
    if (reg) {
      assignment.set(iv.id, reg);
      active.push({ iv, reg });
      continue;
    }
    // No register: evict the interval that lives longest, if that is not this one.
    const candidates = active.filter((a) => !unspillable.has(a.iv.id) && allowed.includes(a.reg) && !conflictsFixed(a.reg, iv));
    const victim = candidates.sort((a, b) => b.iv.end - a.iv.end)[0];
    if (victim && (victim.iv.end > iv.end || unspillable.has(iv.id))) {
      spilled.push(victim.iv.id);
      assignment.delete(victim.iv.id);
      assignment.set(iv.id, victim.reg);
      active = active.filter((a) => a !== victim);
      active.push({ iv, reg: victim.reg });
    } else if (!unspillable.has(iv.id)) {
      spilled.push(iv.id);
    } else {
      throw new Error(`register allocation failed in ${fn.name}: no register for a reload temporary`);
    }
  }
  return { assignment, spilled, intervals };
}

/** One interval per vreg, widened over every block where it is live. */
function buildIntervals(fn: MFunction): Map<number, Interval> {
  const intervals = new Map<number, Interval>();
  const touch = (id: number, pos: number, byteOnly = false) => {
    const iv = intervals.get(id) ?? { id, start: pos, end: pos, byteOnly: false };
    iv.start = Math.min(iv.start, pos);
    iv.end = Math.max(iv.end, pos);
    iv.byteOnly ||= byteOnly;
    intervals.set(id, iv);
  };
  const { liveIn, liveOut, ranges } = liveness(fn);
  let index = 0;
  fn.blocks.forEach((block, b) => {
    for (const inst of block.insts) {
      for (const a of registerAccesses(inst, fn.returnsValue)) {
        if (a.reg.k === "v") touch(a.reg.id, a.kind === "use" ? 2 * index : 2 * index + 1, a.needsByte);
      }
      index++;
    }
    const [first, last] = ranges[b];
    if (first > last) return; // empty block
    for (const id of liveIn[b]) touch(id, 2 * first);
    for (const id of liveOut[b]) touch(id, 2 * last + 1);
  });
  return intervals;
}

/** Classic backward dataflow over blocks: live-in = uses ∪ (live-out − defs). */
function liveness(fn: MFunction) {
  const n = fn.blocks.length;
  const index = new Map(fn.blocks.map((b, i) => [b.id, i]));
  const uses: Set<number>[] = [];
  const defs: Set<number>[] = [];
  const succs: number[][] = [];
  const ranges: [number, number][] = [];
  let pos = 0;
  fn.blocks.forEach((block, b) => {
    const u = new Set<number>(), d = new Set<number>();
    for (const inst of block.insts) {
      for (const a of registerAccesses(inst, fn.returnsValue)) {
        if (a.reg.k !== "v") continue;
        if (a.kind === "use" && !d.has(a.reg.id)) u.add(a.reg.id);
        if (a.kind === "def") d.add(a.reg.id);
      }
    }
    uses.push(u);
    defs.push(d);
    const targets = block.insts.flatMap(branchTargets).map((id) => index.get(id)!);
    if (!endsFlow(block.insts[block.insts.length - 1]) && b + 1 < n) targets.push(b + 1);
    succs.push(targets);
    ranges.push([pos, pos + block.insts.length - 1]);
    pos += block.insts.length;
  });
  const liveIn = fn.blocks.map(() => new Set<number>());
  const liveOut = fn.blocks.map(() => new Set<number>());
  for (let changed = true; changed; ) {
    changed = false;
    for (let b = n - 1; b >= 0; b--) {
      for (const s of succs[b]) for (const id of liveIn[s]) liveOut[b].add(id);
      const size = liveIn[b].size;
      for (const id of uses[b]) liveIn[b].add(id);
      for (const id of liveOut[b]) if (!defs[b].has(id)) liveIn[b].add(id);
      changed ||= liveIn[b].size !== size;
    }
  }
  return { liveIn, liveOut, ranges };
}

/** Where each physical register is claimed by an instruction. Instruction selection
 * never keeps a physical register live across blocks, so a backward scan per block
 * finds every range; a def nobody reads (a call's clobber) still claims its instant. */
function fixedRanges(fn: MFunction): Map<PReg, [number, number][]> {
  const ranges = new Map<PReg, [number, number][]>();
  let base = 0;
  for (const block of fn.blocks) {
    const liveUntil = new Map<PReg, number>();
    for (let i = block.insts.length - 1; i >= 0; i--) {
      const accesses = registerAccesses(block.insts[i], fn.returnsValue);
      const pos = base + i;
      for (const a of accesses) {
        if (a.reg.k !== "p" || a.kind !== "def") continue;
        const end = liveUntil.get(a.reg.reg) ?? 2 * pos + 1;
        if (!ranges.has(a.reg.reg)) ranges.set(a.reg.reg, []);
        ranges.get(a.reg.reg)!.push([2 * pos + 1, end]);
        liveUntil.delete(a.reg.reg);
      }
      for (const a of accesses) {
        if (a.reg.k === "p" && a.kind === "use" && !liveUntil.has(a.reg.reg)) liveUntil.set(a.reg.reg, 2 * pos);
      }
    }
    for (const [reg, end] of liveUntil) {
      if (reg === "esp" || reg === "ebp") continue;
      throw new Error(`internal error: ${reg} is read in ${fn.name} before any instruction of its block sets it (${end})`);
    }
    base += block.insts.length;
  }
  return ranges;
}

/** For `mov a, b`: a would like b's register and b would like a's. */
function moveHints(insts: MInst[]): Map<number, Reg[]> {
  const hints = new Map<number, Reg[]>();
  const add = (id: number, r: Reg) => hints.set(id, [...(hints.get(id) ?? []), r]);
  for (const i of insts) {
    if (i.op !== "mov") continue;
    const [d, s] = i.ops;
    if (d.k === "v" && (s.k === "v" || s.k === "p")) add(d.id, s);
    if (s.k === "v" && (d.k === "v" || d.k === "p")) add(s.id, d);
  }
  return hints;
}

/** Rewrites each access of a spilled vreg to go through a fresh vreg loaded from / stored
 * to its stack slot. The fresh vregs live for one instruction and are never spilled. */
function insertSpillCode(fn: MFunction, spilled: Set<number>, slots: Map<number, number>, unspillable: Set<number>): void {
  const slot = (id: number) => mem(EBP, -4 * (slots.get(id)! + 1));
  for (const block of fn.blocks) {
    const out: MInst[] = [];
    for (const inst of block.insts) {
      const replacement = new Map<number, Reg>();
      const accesses = registerAccesses(inst, fn.returnsValue).filter((a) => a.reg.k === "v" && spilled.has(a.reg.id));
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
      for (const id of uses) out.push({ op: "mov", ops: [replacement.get(id)!, slot(id)], loc: inst.loc });
      out.push(replacement.size > 0 ? mapRegs(inst, (r) => (r.k === "v" && replacement.get(r.id)) || r) : inst);
      for (const id of defs) out.push({ op: "mov", ops: [slot(id), replacement.get(id)!], loc: inst.loc });
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

/** Prologue in a block of its own (no branch can re-enter it), and an epilogue at each ret:
 *   push ebp; mov ebp, esp; sub esp, 4*slots; push <callee-saved used>
 *   ...; pop <callee-saved used>; leave; ret */
function addFrame(fn: MFunction, slotCount: number, stackLimit?: string): void {
  // Callee-saved registers written anywhere: by allocation, or named by inline asm operands.
  const used = new Set(fn.blocks.flatMap((b) => b.insts.flatMap((i) => registerAccesses(i).map((a) => a.reg))).flatMap((r) => (r.k === "p" ? [r.reg] : [])));
  const saved = CALLEE_SAVED.filter((r) => used.has(r));
  const checkFailed = Math.max(...fn.blocks.map((b) => b.id)) + 1; // the block calling the stack-overflow stub
  const loc = fn.blocks[0]?.insts[0]?.loc;
  const prologue: MInst[] = [
    { op: "push", ops: [EBP], loc },
    { op: "mov", ops: [EBP, ESP], loc },
    ...(slotCount > 0 ? [{ op: "sub", ops: [ESP, immOp(4 * slotCount)], loc } as MInst] : []),
    ...saved.map((r): MInst => ({ op: "push", ops: [preg(r)], loc })),
    // With stack checks on: the frame is built; if esp is now below the limit, do not run.
    ...(stackLimit ? [
      { op: "cmp", ops: [ESP, mem(undefined, 0, 4, stackLimit)], loc } as MInst,
      { op: "jcc", ops: [], cc: "b", target: checkFailed, loc } as MInst,
    ] : []),
  ];
  for (const block of fn.blocks) {
    block.insts = block.insts.flatMap((inst) => inst.op !== "ret" ? [inst] : [
      ...[...saved].reverse().map((r): MInst => ({ op: "pop", ops: [preg(r)], loc: inst.loc })),
      slotCount > 0 ? { op: "leave", ops: [], loc: inst.loc } : { op: "pop", ops: [EBP], loc: inst.loc },
      inst,
    ]);
  }
  fn.blocks.unshift({ id: -1, insts: prologue });
  if (stackLimit) fn.blocks.push({ id: checkFailed, insts: [{ op: "call", ops: [], callee: STACK_OVERFLOW_STUB, loc }] });
}
