// Global value numbering. In: a function in SSA form. Out: the same function where an
// instruction that recomputes a value an earlier one (whose block dominates it) already
// computed is gone, its uses reading the earlier result; copies are propagated, and a
// phi whose arguments are all one value is that value:
//
//   @b0: %t3 = mul %t1, 4                    @b0: %t3 = mul %t1, 4
//        %t4 = load.u32 [%t3 + 8]                 %t4 = load.u32 [%t3 + 8]
//   @b1: %t5 = mul %t1, 4             =>     @b1: %t7 = add %t3, %t4
//        %t7 = add %t5, %t4
//
// The algorithm is dominator-based value numbering (Briggs, Cooper and Simpson, "Value
// Numbering", Software Practice and Experience 1997; their DVNT): a preorder walk of the
// dominator tree with a scoped hash table of (operation, operands) -> temp. Loads are
// numbered too, but memory is handled conservatively: an ordinary load matches only a
// load of the same address in the same memory state, which a store, call, port access,
// asm or system instruction ends, and a block starts a new state unless its only
// predecessor is its immediate dominator. Volatile loads never match. A branch on a temp that a
// dominating branch already tested, on a path through only one of that branch's arms,
// becomes a jump (a bounds check that an equal one dominates).
// Needs: SSA form. Preserves: SSA form.

import { type Block, definedTemp, imm, type Inst, type IrFunction, replaceTerminatorUses, replaceUses, type Temp, type Value } from "../ir/ir.js";
import { removeDeadEdges } from "./cfg.js";
import { dominatorTree } from "./dominators.js";
import { evaluable } from "./sccp.js";

export function numberValues(fn: IrFunction): void {
  const tree = dominatorTree(fn);
  const replaced = new Map<number, Value>();
  const leader = (t: Temp): Value => {
    let v: Value = t;
    while (v.kind === "temp" && replaced.has(v.id)) v = replaced.get(v.id)!;
    return v;
  };
  const table = new Map<string, Value>(); // also `branch %c` -> what a dominating branch found %c to be
  const memoryAtEnd = new Map<Block, number>();
  let states = 0;
  const work: [Block, string[] | undefined][] = [[fn.blocks[0], undefined]];
  while (work.length > 0) {
    const [block, added] = work.pop()!;
    if (added) {
      for (const key of added) table.delete(key);
      continue;
    }
    const keys: string[] = [];
    const number = (key: string, dst: Temp): boolean => {
      const known = table.get(key);
      if (known) replaced.set(dst.id, known);
      else {
        table.set(key, dst);
        keys.push(key);
      }
      return known !== undefined;
    };
    const preds = tree.preds.get(block)!;
    const taken = preds.length === 1 ? branchTaken(preds[0], block) : undefined;
    if (taken) {
      table.set(`branch %${taken.cond.id}`, imm(taken.value));
      keys.push(`branch %${taken.cond.id}`);
    }
    let memory = preds.length === 1 && preds[0] === tree.idom.get(block) ? memoryAtEnd.get(preds[0])! : ++states;
    block.phis = (block.phis ?? []).filter((phi) => {
      const args = phi.args.map((a) => ({ block: a.block, value: a.value.kind === "temp" ? leader(a.value) : a.value }));
      const others = args.filter((a) => a.value.kind !== "temp" || a.value.id !== phi.dst.id);
      if (others.length > 0 && others.every((a) => same(a.value, others[0].value))) {
        replaced.set(phi.dst.id, others[0].value);
        return false;
      }
      const key = `phi ${block.id} ${args.map((a) => `${a.block.id}:${operand(a.value)}`).join(" ")}`;
      return !number(key, phi.dst);
    });
    block.insts = block.insts.flatMap((inst) => {
      const i = replaceUses(inst, leader);
      const dst = definedTemp(i);
      if (i.op === "copy") {
        replaced.set(i.dst.id, i.src);
        return [];
      }
      const key = dst && keyOf(i, memory);
      if (clobbersMemory(i)) memory = ++states;
      return key && number(key, dst!) ? [] : [i];
    });
    block.term = replaceTerminatorUses(block.term, leader);
    const t = block.term;
    if (t.op === "br" && t.cond.kind === "temp") {
      const known = table.get(`branch %${t.cond.id}`);
      if (known?.kind === "imm") block.term = { op: "jmp", target: known.value !== 0 ? t.then : t.else, loc: t.loc };
    }
    memoryAtEnd.set(block, memory);
    work.push([block, keys], ...tree.children.get(block)!.map((c): [Block, undefined] => [c, undefined]));
  }
  // Arguments along back edges name temps numbered after their phi was seen.
  for (const b of fn.blocks) for (const phi of b.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp") a.value = leader(a.value);
  removeDeadEdges(fn);
}

/** If `from` ends in a branch on a temp and `to` is only one of its arms: the temp and
 * whether it is non-zero (1) or zero (0) on entry to `to`. */
function branchTaken(from: Block, to: Block): { cond: Temp; value: number } | undefined {
  const t = from.term;
  if (t.op !== "br" || t.cond.kind !== "temp" || t.then === t.else) return undefined;
  return { cond: t.cond, value: to === t.then ? 1 : 0 };
}

const COMMUTATIVE = new Set(["add", "mul", "and", "or", "xor"]);

/** The value number key of an instruction, or undefined if it cannot be numbered. */
function keyOf(i: Inst, memory: number): string | undefined {
  if (i.op === "load") {
    if (i.volatile) return undefined;
    const a = i.addr;
    const at = `${a.base ? operand(a.base) : ""}+${a.index ? operand(a.index) : ""}*${a.scale ?? 1}+${a.symbol ?? ""}+${a.offset}`;
    return `load.${i.signed ? "i" : "u"}${i.width} ${at} @${memory}`;
  }
  if (i.op === "addr") return `addr ${i.symbol}+${i.offset}`;
  if (!evaluable(i)) return undefined;
  switch (i.op) {
    case "neg": case "not": return `${i.op} ${operand(i.a)}`;
    case "ext": return `ext.${i.signed ? "i" : "u"}${i.from} ${operand(i.a)}`;
    case "cmp": {
      const [a, b] = [operand(i.a), operand(i.b)];
      return i.cond === "eq" || i.cond === "ne" ? `cmp.${i.cond} ${[a, b].sort().join(" ")}` : `cmp.${i.cond} ${a} ${b}`;
    }
    default: {
      const { a, b } = i as { a: Value; b: Value };
      const ops = [operand(a), operand(b)];
      return `${i.op} ${(COMMUTATIVE.has(i.op) ? ops.sort() : ops).join(" ")}`;
    }
  }
}

/** Whether memory may differ after `i`: anything that writes memory or runs unknown code. */
export function clobbersMemory(i: Inst): boolean {
  switch (i.op) {
    case "store": case "call": case "callind": case "in": case "out": case "sys": case "asm": return true;
    case "load": return i.volatile === true;
    default: return false;
  }
}

function operand(v: Value): string {
  return v.kind === "temp" ? `%${v.id}` : `${v.value}`;
}

function same(a: Value, b: Value): boolean {
  return a.kind === b.kind && (a.kind === "temp" ? a.id === (b as Temp).id : a.value === (b as { value: number }).value);
}
