// Shrink-wrapping: where the prologue goes. In: an MFunction after register assignment
// (physical registers, blocks in layout order), whose callee-saved registers frames.ts
// is about to save; it runs before frames.ts makes [ebp + d] esp-relative. Out: either
// nothing (the prologue stays at the entry), or a region header H: the blocks reachable
// from H, which only H's edge from the rest enters, get the frame; the rest ("outside":
// the entry and, typically, an early return) runs without one. frames.ts then puts the
// pushes in a block of their own in front of H, which the outside's edges to H go
// through and the region's own edges (a loop back to H) skip.
//
// The allocator gives a value one register for its whole life, so a parameter that the
// region keeps across calls (in esi, say) is in esi in the outside blocks too. Those
// blocks get their callee-saved registers renamed to free caller-saved ones, and the
// prologue block copies each renamed value the region reads into the register the
// region expects (a live-range split at the region's edge, as gcc's prepare_shrink_wrap
// does for incoming arguments). For fib after tail-recursion elimination:
//
//   push ebx; push esi                          mov eax, [esp+4]
//   mov ebx, [esp+0xc]                          cmp eax, 2
//   cmp ebx, 2                                  jb .L5
//   jb .L5                           =>         push ebx; push esi      (the prologue block)
//   xor esi, esi                                mov ebx, eax
//   ...                                         xor esi, esi ...
//   .L5: mov eax, ebx; pop esi; pop ebx; ret    .L5: ret
//
// A renaming is allowed when the two registers never hold live values at once in the
// outside blocks (interference at each definition, as in Chaitin's allocator); moves
// between them then vanish. The region is chosen among the first blocks in layout order,
// smallest first, among those that are closed (no edge into them but H's) and leave a
// `ret` outside: Chow, "Minimizing register usage penalty at procedure calls" (PLDI
// 1988), restricted to one save point. Debug homes of renamed values are split so that
// gdb finds them in the new register outside.

import { successors } from "./coloring.js";
import type { Home, MFunction, MInst, Operand, PReg, Reg } from "./machine.js";
import { preg, registerAccesses } from "./machine.js";

/** Candidate headers tried, in layout order: early exits are near the start. */
const MAX_CANDIDATES = 32;
const CALLER_SAVED: readonly PReg[] = ["eax", "ecx", "edx"];
/** Instructions whose register operands are fixed by the instruction, not chosen, and
 * jump tables (their data, not the instruction, names the blocks: no jump to retarget). */
const FIXED: ReadonlySet<MInst["op"]> = new Set<MInst["op"]>(["asm", "syscall", "rep_stosd", "jmp_table"]);

export interface Wrap {
  /** The region's header: the prologue goes in front of it. */
  header: number;
  /** The blocks that run without the frame. */
  outside: Set<number>;
  /** Copies into the registers the region expects, to run after the pushes. */
  moves: MInst[];
}

/** Finds a region and renames the outside's registers in place; undefined leaves `fn` as it was. */
export function shrinkWrap(fn: MFunction, saved: readonly PReg[]): Wrap | undefined {
  const n = fn.blocks.length;
  if (n < 2 || saved.length === 0) return undefined;
  const succs = successors(fn);
  const preds: number[][] = succs.map(() => []);
  succs.forEach((ss, b) => ss.forEach((s) => preds[s].push(b)));
  const candidates: { h: number; region: Set<number> }[] = [];
  for (let h = 1; h < Math.min(n, MAX_CANDIDATES); h++) {
    const region = reachable(succs, h);
    if (region.has(0) || [...region].some((b) => b !== h && preds[b].some((p) => !region.has(p)))) continue;
    if (!fn.blocks.some((b, k) => !region.has(k) && b.insts.some((i) => i.op === "ret"))) continue;
    candidates.push({ h, region });
  }
  if (candidates.length === 0) return undefined;
  const masks = fn.blocks.map((b) => b.insts.map((i) => accessMasks(i, fn.returnsValue)));
  const blocks = masks.map((m) => blockMasks(m, new Map()));
  // The fewest moves (each runs on every entry to the region), then the smallest region.
  let best: { h: number; outside: number[]; plan: Plan; size: number } | undefined;
  for (const { h, region } of candidates) {
    const outside = fn.blocks.flatMap((_, k) => (region.has(k) ? [] : [k]));
    const plan = planRenaming(fn, { succs, masks, blocks, outside: new Set(outside), h }, saved);
    if (!plan) continue;
    if (!best || plan.moves.length < best.plan.moves.length || (plan.moves.length === best.plan.moves.length && region.size < best.size)) best = { h, outside, plan, size: region.size };
  }
  if (!best) return undefined;
  applyRenaming(fn, best.outside, best.plan.renames);
  return { header: fn.blocks[best.h].id, outside: new Set(best.outside.map((k) => fn.blocks[k].id)), moves: best.plan.moves };
}

function reachable(succs: number[][], from: number): Set<number> {
  const seen = new Set<number>([from]);
  const work = [from];
  while (work.length > 0) for (const s of succs[work.pop()!]) if (!seen.has(s)) seen.add(s), work.push(s);
  return seen;
}

type Renames = Map<PReg, PReg>;
interface Plan {
  renames: Renames;
  moves: MInst[];
}

/** Registers as bits, for liveness over the eight of them. */
const REGS: readonly PReg[] = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
const bit = (r: PReg): number => 1 << REGS.indexOf(r);

/** What an instruction reads and writes, and which of those it names as operands. */
interface Masks {
  use: number;
  def: number;
  named: number;
}

function accessMasks(i: MInst, returnsValue: boolean): Masks {
  const m = { use: 0, def: 0, named: 0 };
  for (const a of registerAccesses(i, returnsValue)) if (a.reg.k === "p") m[a.kind] |= bit(a.reg.reg);
  for (const o of i.ops) {
    if (o.k === "p") m.named |= bit(o.reg);
    if (o.k === "m") for (const r of [o.base, o.index]) if (r?.k === "p") m.named |= bit(r.reg);
  }
  return m;
}

/** What a block reads before writing it, and what it writes, its registers renamed. */
function blockMasks(insts: Masks[], renames: Renames): { use: number; def: number } {
  let use = 0, def = 0;
  for (const m of insts) {
    use |= renameMask(m.use, renames) & ~def;
    def |= renameMask(m.def, renames);
  }
  return { use, def };
}

/** `mask` with each renamed register's bit moved to its new register. */
function renameMask(mask: number, renames: Renames): number {
  let out = mask;
  for (const [r, f] of renames) if (mask & bit(r)) out = (out & ~bit(r)) | bit(f);
  return out;
}

interface Shape {
  succs: number[][];
  masks: Masks[][]; // per block, per instruction
  blocks: { use: number; def: number }[]; // per block, nothing renamed: what it reads before writing, and writes
  outside: Set<number>; // block indexes
  h: number;
}

/** For each callee-saved register the outside blocks touch, a caller-saved one to use there
 * instead, and the moves the region's entry then needs; undefined when some cannot move
 * or the outside touches the frame (spill slots). */
function planRenaming(fn: MFunction, shape: Shape, saved: readonly PReg[]): Plan | undefined {
  const insts = [...shape.outside].flatMap((k) => fn.blocks[k].insts);
  const slot = (o: Operand) => o.k === "m" && o.base?.k === "p" && o.base.reg === "ebp" && o.disp < 0;
  if (insts.some((i) => FIXED.has(i.op) || i.ops.some(slot))) return undefined;
  const touched = [...shape.outside].flatMap((k) => shape.masks[k]).reduce((m, a) => m | a.use | a.def, 0);
  const unnamed = [...shape.outside].flatMap((k) => shape.masks[k]).reduce((m, a) => m | ((a.use | a.def) & ~a.named), 0);
  const renames: Renames = new Map();
  for (const r of saved) {
    if (!(touched & bit(r))) continue;
    if (unnamed & bit(r)) return undefined; // an implicit access: renaming the operands would miss it
    const live = liveness(shape, renames);
    if (live.liveIn[0] & bit(r)) return undefined;
    let best: { f: PReg; moves: number } | undefined;
    for (const f of CALLER_SAVED) {
      if (live.liveIn[0] & bit(f)) continue;
      const moves = compatible(fn, shape, live, renames, r, f);
      if (moves !== undefined && (!best || moves > best.moves)) best = { f, moves };
    }
    if (!best) return undefined;
    renames.set(r, best.f);
  }
  const live = liveness(shape, new Map());
  const moves = [...renames].filter(([r]) => live.liveIn[shape.h] & bit(r)).map(([r, f]): MInst => ({ op: "mov", ops: [preg(r), preg(f)] }));
  return { renames, moves };
}

/** How many moves between r and f renaming r to f in the outside blocks would remove, or
 * undefined when they interfere: one is written where the other is live afterwards. */
function compatible(fn: MFunction, shape: Shape, live: Liveness, renames: Renames, r: PReg, f: PReg): number | undefined {
  const [rb, fb] = [bit(r), bit(f)];
  const regOf = (o: Operand | undefined) => (o?.k === "p" ? renames.get(o.reg) ?? o.reg : undefined);
  let moves = 0;
  for (const k of shape.outside) {
    let after = live.liveOut[k];
    const insts = fn.blocks[k].insts;
    for (let j = insts.length - 1; j >= 0; j--) {
      const i = insts[j];
      const use = renameMask(shape.masks[k][j].use, renames), def = renameMask(shape.masks[k][j].def, renames);
      const [dst, src] = [regOf(i.ops[0]), regOf(i.ops[1])];
      const move = i.op === "mov" && dst !== undefined && src !== undefined && ((dst === r && src === f) || (dst === f && src === r));
      if (move) moves++;
      else if (((def & rb) && (after & fb)) || ((def & fb) && (after & rb))) return undefined;
      after = (after & ~def) | use;
    }
  }
  return moves;
}

interface Liveness {
  liveIn: number[];
  liveOut: number[];
}

/** Physical registers live into and out of each block (bit masks), with the outside's
 * registers renamed. An outside block's edge to the header goes through the prologue's
 * moves: what the region reads in r, the outside holds in renames(r). */
function liveness(shape: Shape, renames: Renames): Liveness {
  const { succs, masks, outside, h } = shape;
  const n = masks.length;
  const use = shape.blocks.map((b) => b.use), def = shape.blocks.map((b) => b.def);
  if (renames.size > 0) {
    for (const k of outside) ({ use: use[k], def: def[k] } = blockMasks(masks[k], renames));
  }
  const liveIn = [...use];
  const liveOut = new Array<number>(n).fill(0);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      let out = 0;
      for (const s of succs[k]) out |= s === h && outside.has(k) ? renameMask(liveIn[s], renames) : liveIn[s];
      if (out === liveOut[k]) continue;
      liveOut[k] = out;
      liveIn[k] = use[k] | (out & ~def[k]);
      changed = true;
    }
  }
  return { liveIn, liveOut };
}

function renameOperand(o: Operand, rename: (r: Reg) => Reg): Operand {
  if (o.k === "m") return { ...o, base: o.base && rename(o.base), index: o.index && rename(o.index) };
  return o.k === "i" ? o : rename(o);
}

/** Renames in place (debug homes name these instructions), drops the moves that became
 * `mov r, r`, and splits the homes of renamed values at the outside blocks' edges. */
function applyRenaming(fn: MFunction, outside: number[], renames: Renames): void {
  if (renames.size === 0) return;
  const rename = (r: Reg): Reg => (r.k === "p" && renames.has(r.reg) ? preg(renames.get(r.reg)!) : r);
  const isOutside = new Map<MInst, boolean>();
  const removed = new Set<MInst>();
  const outsideBlocks = new Set(outside);
  fn.blocks.forEach((b, k) => {
    const out = outsideBlocks.has(k);
    for (const i of b.insts) {
      isOutside.set(i, out);
      if (!out) continue;
      i.ops = i.ops.map((o) => renameOperand(o, rename));
      const [a, c] = i.ops;
      if (i.op === "mov" && a?.k === "p" && c?.k === "p" && a.reg === c.reg) removed.add(i);
    }
  });
  const flat = fn.blocks.flatMap((b) => b.insts);
  const position = new Map(flat.map((i, k) => [i, k]));
  for (const b of fn.blocks) b.insts = b.insts.filter((i) => !removed.has(i));
  if (fn.homes) for (const [id, home] of fn.homes) fn.homes.set(id, splitHome(home, flat, position, isOutside, removed, renames));
}

/** A register home whose register was renamed outside: its ranges cut where code goes
 * outside or comes back, each piece with the register it has there. */
function splitHome(home: Home, flat: MInst[], position: Map<MInst, number>, isOutside: Map<MInst, boolean>, removed: Set<MInst>, renames: Renames): Home {
  if (!("reg" in home) || !renames.has(home.reg)) return home;
  const pieces: { first: MInst; last: MInst; reg: PReg }[] = [];
  for (const range of home.ranges ?? [home]) {
    const from = position.get(range.first), to = position.get(range.last);
    if (from === undefined || to === undefined) continue;
    let current: (typeof pieces)[number] | undefined;
    for (let k = from; k <= to; k++) {
      const i = flat[k];
      if (removed.has(i)) continue;
      const reg = isOutside.get(i) ? renames.get(home.reg)! : home.reg;
      if (current?.reg === reg) current.last = i;
      else pieces.push((current = { first: i, last: i, reg }));
    }
  }
  if (pieces.length === 0) return { ...home, ranges: [] };
  return { ...home, first: pieces[0].first, last: pieces[pieces.length - 1].last, ranges: pieces };
}
