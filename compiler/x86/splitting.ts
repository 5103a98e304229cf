// Live-range splitting around calls, for the register allocator (regalloc.ts drives it).
// In: an MFunction over vregs, and vregs the colouring chose to spill, each with its
// memory home (a frame slot or the argument slot it was loaded from). Out: the same
// function where each of those vregs that lives across a call no longer does: it is
// stored to its home before such a call (unless the home already holds its value), and
// reloaded before its next use that cannot read the home directly. Between calls it
// stays a vreg, coloured like any other in the next round. Must run before the next
// colouring round; a vreg that round spills again is spilled everywhere (regalloc.ts).
//
// This is Chaitin-Briggs with splitting at calls, the caller-saves placement of Chow's
// priority-based colouring (Chow & Hennessy, "The priority-based coloring approach to
// register allocation", TOPLAS 12(4), 1990) with the store and reload placement of
// Wimmer & Franz, "Linear Scan Register Allocation on SSA Form", CGO 2010, §4-5: the
// store goes as late as possible (just before the call, so a value defined on a hot path
// and saved only on a cold one costs the hot path nothing), the reload as late as
// possible (before the use), and where control flow joins with the value in memory on
// one side and in a register on the other, the memory side wins and the register side
// stores at its end (outside the loop, when the join is a loop header).
//
// Per vreg v, each point has a state: R (v is in its vreg) or M (only its home holds v),
// and whether the home holds v's current value (valid). A block starts in M when v is
// live into it and any predecessor ends in M (a fixpoint over the CFG); `valid` is a
// must-analysis (forward, meet = and). Within a block, in order:
//   a use in M reads the home (folded, like spill code) or reloads v first (then R);
//   a def makes R and not valid, but a load of v from its own home (an argument's load,
//   a move from a partner sharing the home) is dropped: M and valid;
//   a call v lives across, in R: store v first unless valid, then M; but a def with such
//   a call later in its block stores right after it, then M, as spilling everywhere
//   does (the call runs as often, and v then holds no register up to it), unless the
//   next instruction uses v (it reads the register, the register's life ends there);
//   at the end, in R and not valid with a successor starting in M: store before the branches.

import { registerAccesses, sameReg, type Mem, type MFunction, type MInst } from "./machine.js";
import { solveLiveness, successors } from "./coloring.js";

/** What splitting did to a vreg: its home, and the blocks (ids) it enters in M. */
export interface Split {
  home: Mem;
  entersInMemory: Set<number>;
}

/** Splits each of `homes` (vreg -> its memory) that lives across a call, and those sharing
 * its home; returns those split. The others are left untouched, for spilling everywhere. */
export function splitAroundCalls(fn: MFunction, homes: Map<number, Mem>): Map<number, Split> {
  const succs = successors(fn);
  const preds: number[][] = fn.blocks.map(() => []);
  succs.forEach((ss, b) => ss.forEach((s) => preds[s].push(b)));
  let live = liveBlocks(fn, succs, new Set(homes.keys()));
  const vregs: VregAccesses = new WeakMap();
  const withCalls = fn.blocks.flatMap((block, b) => (block.insts.some((i) => i.op === "call") ? [b] : []));
  const crossing = [...homes].filter(([id, home]) => {
    const walker = new BlockWalker(vregs, id, home);
    return withCalls.some((b) => walker.crossesCall(fn.blocks[b].insts, live.out[b].has(id)));
  });
  // With them, the vregs sharing their homes (coalesced partners): moves between them read the home.
  const shared = new Set(crossing.map(([, home]) => home.disp));
  const chosen = [...homes].filter(([, home]) => shared.has(home.disp));
  const done = new Map<number, Split>();
  // Splitting v turns a move `w = v` between vregs sharing a home into a load of w from
  // it, which w's split drops: a second pass gives each w that chance (walks are idempotent).
  const sharing = shared.size < chosen.length;
  for (let pass = sharing ? 2 : 1; pass > 0; pass--) {
    for (const [id, home] of chosen) done.set(id, splitOne(fn, succs, preds, live, new BlockWalker(vregs, id, home), id, home));
    if (pass > 1) live = liveBlocks(fn, succs, new Set(homes.keys()));
  }
  return done;
}

function splitOne(fn: MFunction, succs: number[][], preds: number[][], live: { in: Set<number>[]; out: Set<number>[] }, walker: BlockWalker, id: number, home: Mem): Split {
  const liveIn = live.in.map((set) => set.has(id));
  const liveOut = live.out.map((set) => set.has(id));
  // Only blocks where v lives or is written: elsewhere nothing can change, and no successor reads v's state.
  const blocks = fn.blocks.flatMap((block, b) => (liveIn[b] || liveOut[b] || block.insts.some((i) => walker.accesses(i).defs) ? [b] : []));
  // Each analysis below is a fixpoint over one bit per block; a block's transfer is
  // tabled first (walked once for each value of its input bit), not walked per iteration.
  // Blocks entered in M: grows to a fixpoint (a block's exit in M only grows with its entry).
  const exitMWhen = new Map(blocks.map((b) => [b, [false, true].map((m) => walker.walk(fn.blocks[b].insts, liveOut[b], m, true, false).exitM)]));
  const entryM = fn.blocks.map(() => false);
  const exitM = fn.blocks.map(() => false);
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of blocks) {
      entryM[b] = liveIn[b] && preds[b].some((p) => exitM[p]);
      const m = exitMWhen.get(b)![Number(entryM[b])];
      if (m !== exitM[b]) { exitM[b] = m; changed = true; }
    }
  }
  const storesAtEnd = (b: number) => liveOut[b] && succs[b].some((s) => entryM[s]);
  // Whether the home holds v at each block's end: shrinks to a fixpoint from "everywhere".
  const validWhen = new Map(blocks.map((b) => [b, [false, true].map((valid) => walker.walk(fn.blocks[b].insts, liveOut[b], entryM[b], valid, storesAtEnd(b)).validOut)]));
  const validOut = fn.blocks.map(() => true);
  const validIn = (b: number) => b > 0 && preds[b].every((p) => validOut[p]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of blocks) {
      const v = validWhen.get(b)![Number(validIn(b))];
      if (v !== validOut[b]) { validOut[b] = v; changed = true; }
    }
  }
  for (const b of blocks) fn.blocks[b].insts = walker.walk(fn.blocks[b].insts, liveOut[b], entryM[b], validIn(b), storesAtEnd(b), true).insts!;
  return { home, entersInMemory: new Set(fn.blocks.flatMap((block, b) => (entryM[b] ? [block.id] : []))) };
}

/** The flat instruction ranges [from, to] (inclusive, positions in fn.blocks' order) where
 * only its home holds each split vreg: from the instruction after its store (or its
 * block's first) to the instruction that reloads or redefines it (or its block's last). */
export function memoryRanges(fn: MFunction, splits: Map<number, Split>): Map<number, [number, number][]> {
  const ranges = new Map<number, [number, number][]>();
  for (const [id, { home, entersInMemory }] of splits) {
    const list: [number, number][] = [];
    let at = 0;
    for (const block of fn.blocks) {
      let from = entersInMemory.has(block.id) ? at : -1;
      for (const inst of block.insts) {
        const defines = registerAccesses(inst).some((a) => a.kind === "def" && a.reg.k === "v" && a.reg.id === id);
        if (from >= 0 && defines) { list.push([from, at]); from = -1; }
        if (isStore(inst, id, home)) from = at + 1;
        at++;
      }
      if (from >= 0 && from < at) list.push([from, at - 1]);
    }
    ranges.set(id, list);
  }
  return ranges;
}

/** `mov home, v`: splitting's store of v. */
function isStore(inst: MInst, id: number, home: Mem): boolean {
  const [dst, src] = inst.ops;
  return inst.op === "mov" && src?.k === "v" && src.id === id && dst.k === "m" && sameHome(dst, home);
}

function sameHome(a: Mem, b: Mem): boolean {
  return !a.index && !a.symbol && a.base?.k === "p" && b.base?.k === "p" && a.base.reg === b.base.reg && a.disp === b.disp;
}

/** Branches that end a block: stores at its end go before them. */
const ENDS = new Set<MInst["op"]>(["jmp", "jcc", "jmp_table", "ret"]);

type VregAccesses = WeakMap<MInst, { uses: number[]; defs: number[] }>;

/** Runs the state machine of the file comment over one block for one vreg. */
class BlockWalker {
  /** `vregs`: the vregs each instruction reads and writes, shared by the walkers of one split. */
  constructor(private readonly vregs: VregAccesses, private readonly id: number, private readonly home: Mem) {}

  /** Whether `inst` reads and writes v. */
  accesses(inst: MInst): { uses: boolean; defs: boolean } {
    let vregs = this.vregs.get(inst);
    if (!vregs) {
      vregs = { uses: [], defs: [] };
      for (const a of registerAccesses(inst)) if (a.reg.k === "v") (a.kind === "use" ? vregs.uses : vregs.defs).push(a.reg.id);
      this.vregs.set(inst, vregs);
    }
    return { uses: vregs.uses.includes(this.id), defs: vregs.defs.includes(this.id) };
  }

  /** For each instruction, whether v is live after it. */
  private liveAfter(insts: MInst[], liveOut: boolean): boolean[] {
    const after = new Array<boolean>(insts.length);
    let live = liveOut;
    for (let i = insts.length - 1; i >= 0; i--) {
      after[i] = live;
      const { uses, defs } = this.accesses(insts[i]);
      if (defs) live = false;
      if (uses) live = true;
    }
    return after;
  }

  crossesCall(insts: MInst[], liveOut: boolean): boolean {
    const after = this.liveAfter(insts, liveOut);
    return insts.some((inst, i) => inst.op === "call" && after[i] && !this.accesses(inst).defs);
  }

  /** `storeAtEnd`: a successor starts in M. With `emit`, also the rewritten instructions. */
  walk(block: MInst[], liveOut: boolean, entryM: boolean, validIn: boolean, storeAtEnd: boolean, emit = false): { exitM: boolean; validOut: boolean; insts?: MInst[] } {
    // An earlier pass's stores go; this walk puts them back where they are needed (its
    // reloads, loads from the home, it drops and puts back too).
    const insts = block.filter((inst) => !isStore(inst, this.id, this.home));
    const after = this.liveAfter(insts, liveOut);
    const out: MInst[] = [];
    const v = { k: "v" as const, id: this.id };
    let m = entryM, valid = validIn;
    let end = insts.length; // the branches at the end start here
    while (end > 0 && ENDS.has(insts[end - 1].op) && !insts[end - 1].trap) end--;
    // Whether a call v lives across comes later in the block, with no def of v before it.
    const callAhead = new Array<boolean>(insts.length);
    for (let i = insts.length - 1, ahead = false; i >= 0; i--) {
      callAhead[i] = ahead;
      const { defs } = this.accesses(insts[i]);
      if (defs) ahead = false;
      if (insts[i].op === "call" && after[i] && !defs) ahead = true;
    }
    insts.forEach((inst, i) => {
      if (i === end && storeAtEnd && liveOut && !m && !valid) {
        out.push({ op: "mov", ops: [this.home, v], loc: inst.loc });
        valid = true;
      }
      const { uses, defs } = this.accesses(inst);
      if (inst.op === "mov" && uses && sameReg(inst.ops[0], inst.ops[1])) return; // does nothing (isel's two-address form)
      if (m && uses) {
        const folded = foldSlot(inst, this.id, this.home);
        if (folded) {
          out.push(folded);
          return; // reads (and, read-modify-write, updates) the home: still M, still valid
        }
        out.push({ op: "mov", ops: [v, this.home], loc: inst.loc });
        m = false;
      }
      if (defs) {
        const [dst, src] = inst.ops;
        valid = inst.op === "mov" && dst.k === "v" && src.k === "m" && sameHome(src, this.home);
        m = valid && !uses;
        if (m) return; // a load of v from its home (an argument's, a group partner's move): v stays there
      }
      if (inst.op === "call" && after[i] && !defs && !m) {
        if (!valid) out.push({ op: "mov", ops: [this.home, v], loc: inst.loc });
        valid = true;
        m = true;
      }
      out.push(inst);
      if (defs && callAhead[i]) {
        out.push({ op: "mov", ops: [this.home, v], loc: inst.loc });
        valid = true;
        m = !(i + 1 < insts.length && this.accesses(insts[i + 1]).uses);
        // `mov v, x; mov home, v` with v not read before its next load: `mov home, x`.
        const src = inst.ops[1];
        if (m && inst.op === "mov" && src.k !== "m" && !uses) out.splice(-2, 2, { ...inst, ops: [this.home, src] });
      }
    });
    if (end === insts.length && storeAtEnd && liveOut && !m && !valid) {
      out.push({ op: "mov", ops: [this.home, v], loc: insts[insts.length - 1]?.loc });
      valid = true;
    }
    return { exitM: m, validOut: valid, insts: emit ? out : undefined };
  }
}

/** Block live-in and live-out sets, for the vregs in `ids` only. */
function liveBlocks(fn: MFunction, succs: number[][], ids: Set<number>): { in: Set<number>[]; out: Set<number>[] } {
  const gen: Set<number>[] = [], kill: Set<number>[] = [];
  for (const block of fn.blocks) {
    const g = new Set<number>(), k = new Set<number>();
    for (const inst of block.insts) {
      const acc = registerAccesses(inst, fn.returnsValue);
      for (const a of acc) if (a.kind === "use" && a.reg.k === "v" && ids.has(a.reg.id) && !k.has(a.reg.id)) g.add(a.reg.id);
      for (const a of acc) if (a.kind === "def" && a.reg.k === "v" && ids.has(a.reg.id)) k.add(a.reg.id);
    }
    gen.push(g);
    kill.push(k);
  }
  return solveLiveness(gen, kill, succs);
}

/** Where an instruction may read or write a slot instead of a register (x86 takes one
 * memory operand per instruction): operand index -> allowed, given the others. */
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

/** `inst` with vreg `id` replaced by its memory `home`, when `id` is one whole operand
 * (not an address part) that x86 allows as memory; else undefined. */
export function foldSlot(inst: MInst, id: number, home: Mem): MInst | undefined {
  const at = inst.ops.flatMap((o, k) => (o.k === "v" && o.id === id ? [k] : []));
  const inAddress = inst.ops.some((o) => o.k === "m" && ((o.base?.k === "v" && o.base.id === id) || (o.index?.k === "v" && o.index.id === id)));
  if (at.length !== 1 || inAddress || !foldable(inst, at[0])) return undefined;
  const size = inst.op === "movzx8" || inst.op === "movsx8" ? 1 : inst.op === "movzx16" || inst.op === "movsx16" ? 2 : 4;
  const ops = [...inst.ops];
  ops[at[0]] = { ...home, size };
  return { ...inst, ops };
}
