// Inlining. In: the whole module, where functions marked `/** @inline */` carry
// `inline: true`. Out: each direct call to such a function replaced by a copy of its
// body. The call's block is split; the copy's temps and blocks are renumbered:
//
//   @b3: ...; %t9 = call sq(%t4); rest      @b3: ...; %t20 = copy %t4; jmp @b7
//                                   =>      @b7: %t21 = mul %t20, %t20; %t9 = copy %t21; jmp @b8
//                                           @b8: rest
//
// Later passes fold what the copy's constant arguments allow. Recursion is not inlined:
// an inline function that can call itself again through inline functions (f -> f, or
// f -> g -> f) would expand forever, so calls to it stay calls.

import { type Block, type Inst, type IrFunction, type IrModule, renameInst, type Temp, type Terminator, type Value } from "../ir/ir.js";

const MAX_ROUNDS = 4; // inline functions calling inline functions, to this depth
/** A function grows by inlining to at most this many instructions; further calls stay
 * calls. Without it, inline functions that each call the next twice grow exponentially. */
const MAX_INSTRUCTIONS = 10_000;

export function inlineFunctions(mod: IrModule): void {
  const marked = new Map(mod.functions.filter((f) => f.inline).map((f) => [f.name, f]));
  const inline = new Map([...marked].filter(([name]) => !callsItself(name, marked)));
  if (inline.size === 0) return;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const fn of mod.functions) changed = inlineCallsIn(fn, inline) || changed;
    if (!changed) return;
  }
}

/** Whether `name` can reach a call to itself through the bodies of inline functions. */
function callsItself(name: string, inline: Map<string, IrFunction>): boolean {
  const seen = new Set<string>();
  const work = [name];
  while (work.length > 0) {
    const fn = inline.get(work.pop()!)!;
    for (const b of fn.blocks) {
      for (const i of b.insts) {
        if (i.op !== "call" || !inline.has(i.callee)) continue;
        if (i.callee === name) return true;
        if (!seen.has(i.callee)) {
          seen.add(i.callee);
          work.push(i.callee);
        }
      }
    }
  }
  return false;
}

function inlineCallsIn(fn: IrFunction, inline: Map<string, IrFunction>): boolean {
  let changed = false;
  let size = instructionCount(fn);
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const fits = (callee: IrFunction | undefined) => callee !== undefined && size + instructionCount(callee) <= MAX_INSTRUCTIONS;
  for (let b = 0; b < fn.blocks.length; b++) {
    const block = fn.blocks[b];
    const at = block.insts.findIndex((i) => i.op === "call" && i.callee !== fn.name && fits(inline.get(i.callee)));
    if (at < 0) continue;
    const call = block.insts[at] as Inst & { op: "call" };
    const callee = inline.get(call.callee)!;
    size += instructionCount(callee);
    const rest: Block = { id: nextId++, insts: block.insts.slice(at + 1), term: block.term, cold: block.cold };
    const copy = cloneBody(fn, callee, call, rest, nextId);
    nextId += copy.length;
    block.insts = block.insts.slice(0, at);
    block.term = { op: "jmp", target: copy[0], loc: call.loc };
    fn.blocks.splice(b + 1, 0, ...copy, rest);
    changed = true; // the copy and `rest` come next in the loop, so their calls are inlined too
  }
  return changed;
}

/** The callee's blocks with fresh temps and ids; params read the arguments, rets go to `rest`. */
/** Block ids count up from `firstId`. */
function cloneBody(fn: IrFunction, callee: IrFunction, call: Inst & { op: "call" }, rest: Block, firstId: number): Block[] {
  const tempBase = fn.tempCount;
  fn.tempCount += callee.tempCount;
  const temp = (t: Temp): Temp => ({ kind: "temp", id: tempBase + t.id });
  const value = (v: Value): Value => (v.kind === "temp" ? temp(v) : v);
  let id = firstId;
  const blocks = new Map(callee.blocks.map((b): [Block, Block] => [b, { id: id++, insts: [], term: { op: "ret" }, cold: b.cold }]));
  for (const [original, copy] of blocks) {
    copy.insts = original.insts.map((i) => {
      if (i.op === "param") return { op: "copy", dst: temp(i.dst), src: call.args[i.index], loc: i.loc };
      return renameInst(i, temp, value);
    });
    copy.term = renameTerminator(original.term, blocks, value, call, rest, copy.insts);
  }
  return [...blocks.values()];
}

function renameTerminator(t: Terminator, blocks: Map<Block, Block>, value: (v: Value) => Value, call: Inst & { op: "call" }, rest: Block, insts: Inst[]): Terminator {
  switch (t.op) {
    case "jmp": return { ...t, target: blocks.get(t.target)! };
    case "br": return { ...t, cond: value(t.cond), then: blocks.get(t.then)!, else: blocks.get(t.else)! };
    case "switch": return { ...t, value: value(t.value), targets: t.targets.map((b) => blocks.get(b)!), default: blocks.get(t.default)! };
    case "ret":
      if (call.dst && t.value) insts.push({ op: "copy", dst: call.dst, src: value(t.value), loc: t.loc });
      return { op: "jmp", target: rest, loc: t.loc };
    case "unreachable": return t;
  }
}

function instructionCount(fn: IrFunction): number {
  return fn.blocks.reduce((n, b) => n + b.insts.length + 1, 0);
}
