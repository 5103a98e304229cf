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
  // The fewest moves (each runs on every entry to the region), then the smallest region.
  let best: { h: number; outside: number[]; plan: Plan; size: number } | undefined;
  for (const { h, region } of candidates) {
    const outside = fn.blocks.flatMap((_, k) => (region.has(k) ? [] : [k]));
    const plan = planRenaming(fn, succs, outside, h, saved);
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

/** For each callee-saved register the outside blocks touch, a caller-saved one to use there
 * instead, and the moves the region's entry then needs; undefined when some cannot move
 * or the outside touches the frame (spill slots). */
function planRenaming(fn: MFunction, succs: number[][], outside: number[], h: number, saved: readonly PReg[]): Plan | undefined {
  const insts = outside.flatMap((k) => fn.blocks[k].insts);
  const isOutside = new Set(insts);
  const slot = (o: Operand) => o.k === "m" && o.base?.k === "p" && o.base.reg === "ebp" && o.disp < 0;
  if (insts.some((i) => FIXED.has(i.op) || i.ops.some(slot))) return undefined;
  const renames: Renames = new Map();
  const rename = (r: Reg): Reg => (r.k === "p" && renames.has(r.reg) ? preg(renames.get(r.reg)!) : r);
  const accesses = (i: MInst) => registerAccesses(isOutside.has(i) ? renamedInst(i, rename) : i, fn.returnsValue).flatMap((a) => (a.reg.k === "p" ? [{ reg: a.reg.reg, kind: a.kind }] : []));
  for (const r of saved) {
    if (!insts.some((i) => accesses(i).some((a) => a.reg === r))) continue;
    if (insts.some((i) => registerAccesses(i).some((a) => a.reg.k === "p" && a.reg.reg === r) && !explicit(i, r))) return undefined;
    const live = liveness(fn, succs, accesses, outside, h, renames);
    if (live.liveIn[0].has(r)) return undefined;
    let best: { f: PReg; moves: number } | undefined;
    for (const f of CALLER_SAVED) {
      if (live.liveIn[0].has(f)) continue;
      const moves = compatible(fn, outside, live, r, f, accesses);
      if (moves !== undefined && (!best || moves > best.moves)) best = { f, moves };
    }
    if (!best) return undefined;
    renames.set(r, best.f);
  }
  const live = liveness(fn, succs, accesses, outside, h, new Map());
  const moves = [...renames].filter(([r]) => live.liveIn[h].has(r)).map(([r, f]): MInst => ({ op: "mov", ops: [preg(r), preg(f)] }));
  return { renames, moves };
}

/** Whether `r` appears in `i` only as an explicit operand (so renaming the operand renames every access). */
function explicit(i: MInst, r: PReg): boolean {
  return i.ops.some((o) => o.k === "p" && o.reg === r) || i.ops.some((o) => o.k === "m" && ((o.base?.k === "p" && o.base.reg === r) || (o.index?.k === "p" && o.index.reg === r)));
}

/** How many moves between r and f renaming r to f in the outside blocks would remove, or
 * undefined when they interfere: one is written where the other is live afterwards. */
function compatible(fn: MFunction, outside: number[], live: Liveness, r: PReg, f: PReg, accesses: (i: MInst) => { reg: PReg; kind: string }[]): number | undefined {
  let moves = 0;
  for (const k of outside) {
    const after = new Set(live.liveOut[k]);
    const insts = fn.blocks[k].insts;
    for (let j = insts.length - 1; j >= 0; j--) {
      const i = insts[j];
      const acc = accesses(i);
      const [dst, src] = i.ops;
      const move = i.op === "mov" && dst?.k === "p" && src?.k === "p" && ((dst.reg === r && src.reg === f) || (dst.reg === f && src.reg === r));
      if (move) moves++;
      for (const a of acc) {
        if (a.kind !== "def" || move) continue;
        if ((a.reg === r && after.has(f)) || (a.reg === f && after.has(r))) return undefined;
      }
      for (const a of acc) if (a.kind === "def") after.delete(a.reg);
      for (const a of acc) if (a.kind === "use") after.add(a.reg);
    }
  }
  return moves;
}

interface Liveness {
  liveIn: Set<PReg>[];
  liveOut: Set<PReg>[];
}

/** Physical registers live into and out of each block. An outside block's edge to the
 * header `h` goes through the prologue's moves: what the region reads in r, the outside
 * holds in renames(r). */
function liveness(fn: MFunction, succs: number[][], accesses: (i: MInst) => { reg: PReg; kind: string }[], outside: number[], h: number, renames: Renames): Liveness {
  const n = fn.blocks.length;
  const use = fn.blocks.map(() => new Set<PReg>());
  const def = fn.blocks.map(() => new Set<PReg>());
  fn.blocks.forEach((b, k) => {
    for (const i of b.insts) {
      for (const a of accesses(i)) {
        if (a.kind === "use" && !def[k].has(a.reg)) use[k].add(a.reg);
        if (a.kind === "def") def[k].add(a.reg);
      }
    }
  });
  const liveIn = use.map((u) => new Set(u));
  const liveOut = fn.blocks.map(() => new Set<PReg>());
  const isOutside = new Set(outside);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = n - 1; k >= 0; k--) {
      for (const s of succs[k]) {
        const across = s === h && isOutside.has(k);
        for (const live of liveIn[s]) {
          const r = across ? renames.get(live) ?? live : live;
          if (liveOut[k].has(r)) continue;
          liveOut[k].add(r);
          if (!def[k].has(r)) liveIn[k].add(r);
          changed = true;
        }
      }
    }
  }
  return { liveIn, liveOut };
}

function renamedInst(i: MInst, rename: (r: Reg) => Reg): MInst {
  return { ...i, ops: i.ops.map((o) => renameOperand(o, rename)) };
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
  fn.blocks.forEach((b, k) => {
    const out = outside.includes(k);
    for (const i of b.insts) {
      isOutside.set(i, out);
      if (!out) continue;
      i.ops = i.ops.map((o) => renameOperand(o, rename));
      const [a, c] = i.ops;
      if (i.op === "mov" && a?.k === "p" && c?.k === "p" && a.reg === c.reg) removed.add(i);
    }
  });
  const flat = fn.blocks.flatMap((b) => b.insts);
  for (const b of fn.blocks) b.insts = b.insts.filter((i) => !removed.has(i));
  if (fn.homes) for (const [id, home] of fn.homes) fn.homes.set(id, splitHome(home, flat, isOutside, removed, renames));
}

/** A register home whose register was renamed outside: its ranges cut where code goes
 * outside or comes back, each piece with the register it has there. */
function splitHome(home: Home, flat: MInst[], isOutside: Map<MInst, boolean>, removed: Set<MInst>, renames: Renames): Home {
  if (!("reg" in home) || !renames.has(home.reg)) return home;
  const position = new Map(flat.map((i, k) => [i, k]));
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
