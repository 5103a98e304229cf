// Bounds-check elimination. In: a function whose bounds checks lowering emitted as
//   %bad = cmp.uge %i, L ; br %bad, @trap, @ok
// Out: the same function without the checks a dominating loop guard already proves:
//
//   @head: %c = cmp.slt %i, L ; br %c, @body, @exit      (for (i = 0; i < a.length; i++))
//   @body: %bad = cmp.uge %i, L ; br %bad, @trap, @ok  =>  jmp @ok
//
// A guard's fact `i < L` holds on entry to its true successor, if neither %i nor L is
// assigned between the compare and the branch, and flows along blocks with a single
// predecessor until %i or L is redefined. A signed guard proves the unsigned check
// only if %i is never negative: its definitions are non-negative constants and one
// `add %i, 1`, which the guarded block dominates, which cannot run twice without
// passing the guard, and which no constant definition between the guard and it can
// feed (so it only ever increments a value below L, and never overflows past i32's
// maximum).
// Needs: nothing; leaves trap blocks unreachable for the next unreachable-block pass.

import { type Block, definedTemp, type Inst, type IrFunction, successors, type Terminator, type Value } from "../ir/ir.js";
import { dominatorTree } from "./dominators.js";

interface Fact {
  index: number; // temp id
  bound: Value;
  signed: boolean;
  guard: Block; // the block whose branch established it
}

export function eliminateBoundsChecks(fn: IrFunction): void {
  const preds = incomingEdges(fn);
  const defs = definitions(fn);
  const dominates = dominatorTree(fn).dominates;
  for (const guard of fn.blocks) {
    const t = guard.term;
    if (t.op !== "br" || t.cond.kind !== "temp") continue;
    const cmp = lastDefinition(guard, t.cond.id);
    if (!cmp || cmp.op !== "cmp" || cmp.a.kind !== "temp" || (cmp.cond !== "slt" && cmp.cond !== "ult")) continue;
    // The compare's operands must still hold their compared values at the branch.
    const after = guard.insts.slice(guard.insts.indexOf(cmp) + 1);
    if (after.some((i) => [cmp.a, cmp.b].some((v) => v.kind === "temp" && definedTemp(i)?.id === v.id))) continue;
    const fact: Fact = { index: cmp.a.id, bound: cmp.b, signed: cmp.cond === "slt", guard };
    if (fact.signed && !neverNegative(fn, fact, t.then, defs, dominates)) continue;
    followFact(fact, t.then, preds, defs);
  }
}

/** Walks single-predecessor blocks from `start`, removing the checks the fact proves. */
function followFact(fact: Fact, start: Block, preds: Map<Block, Block[]>, defs: Map<number, Inst[]>): void {
  const boundTemp = fact.bound.kind === "temp" ? fact.bound.id : undefined;
  for (let block: Block | undefined = start; block && preds.get(block)!.length === 1; ) {
    for (const i of block.insts) {
      const d = definedTemp(i);
      if (d && (d.id === fact.index || d.id === boundTemp)) return;
    }
    const t: Terminator = block.term;
    if (t.op === "br" && t.cond.kind === "temp") {
      const check = lastDefinition(block, t.cond.id);
      const proven = check?.op === "cmp" && check.cond === "uge" && check.a.kind === "temp"
        && check.a.id === fact.index && sameBound(check.b, fact.bound);
      if (proven) {
        block.term = { op: "jmp", target: t.else, loc: t.loc };
        unlink(preds, block, t.then);
        block = t.else;
        continue;
      }
    }
    const next = successors(block.term);
    block = next.length === 1 ? next[0] : undefined;
  }
}

/** Removes the edge from -> to; a block left without predecessors (the trap) stops counting
 * as a predecessor of its own successors, so facts keep flowing past it. */
function unlink(preds: Map<Block, Block[]>, from: Block, to: Block): void {
  const left = preds.get(to)!.filter((p) => p !== from);
  preds.set(to, left);
  if (left.length === 0) for (const s of successors(to.term)) unlink(preds, to, s);
}

/** Equal constants, or the same temp. (Two loads of one length word are not the same
 * bound: the program may write the word between them, through a view or store<T>.) */
function sameBound(a: Value, b: Value): boolean {
  if (a.kind === "imm" || b.kind === "imm") return a.kind === "imm" && b.kind === "imm" && a.value === b.value;
  return a.id === b.id;
}

/** The index is never negative if its definitions are non-negative constants and one
 * increment that only a value which passed the guard reaches: no constant is assigned
 * between the guard and the increment (`i = 0x7fffffff; i++` would wrap past the guard). */
function neverNegative(fn: IrFunction, fact: Fact, guarded: Block, defs: Map<number, Inst[]>, dominates: (a: Block, b: Block) => boolean): boolean {
  const isNonNegativeConstant = (i: Inst) => i.op === "copy" && i.src.kind === "imm" && i.src.value >= 0;
  const all = defs.get(fact.index) ?? [];
  const increments = all.filter((i) => !isNonNegativeConstant(i));
  if (increments.length !== 1) return false;
  const inc = increments[0];
  if (inc.op !== "add" || inc.a.kind !== "temp" || inc.a.id !== fact.index || inc.b.kind !== "imm" || inc.b.value !== 1) return false;
  const blockOf = (i: Inst) => fn.blocks.find((b) => b.insts.includes(i))!;
  const home = blockOf(inc);
  const region = reachableAvoiding(guarded, fact.guard); // the blocks the guard's fact can reach
  if (all.some((i) => i !== inc && region.has(blockOf(i)))) return false;
  return dominates(guarded, home) && !cycleAvoiding(home, fact.guard);
}

/** `start` and the blocks it reaches without passing through `avoid`. */
function reachableAvoiding(start: Block, avoid: Block): Set<Block> {
  const seen = new Set<Block>();
  const work = [start];
  while (work.length > 0) {
    const b = work.pop()!;
    if (b === avoid || seen.has(b)) continue;
    seen.add(b);
    work.push(...successors(b.term));
  }
  return seen;
}

/** True if `start` can reach itself without passing through `avoid`. */
function cycleAvoiding(start: Block, avoid: Block): boolean {
  return successors(start.term).some((s) => s !== avoid && reachableAvoiding(s, avoid).has(start));
}

function lastDefinition(block: Block, id: number): Inst | undefined {
  for (let k = block.insts.length - 1; k >= 0; k--) if (definedTemp(block.insts[k])?.id === id) return block.insts[k];
  return undefined;
}

/** One entry per edge (a branch whose arms agree counts twice), so one entry is one way in. */
function incomingEdges(fn: IrFunction): Map<Block, Block[]> {
  const preds = new Map<Block, Block[]>(fn.blocks.map((b) => [b, []]));
  for (const b of fn.blocks) for (const s of successors(b.term)) preds.get(s)?.push(b);
  return preds;
}

function definitions(fn: IrFunction): Map<number, Inst[]> {
  const defs = new Map<number, Inst[]>();
  for (const b of fn.blocks) {
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) defs.set(d.id, [...(defs.get(d.id) ?? []), i]);
    }
  }
  return defs;
}
