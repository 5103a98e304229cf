// Inlining. In: the whole module, its functions visited callees first (callOrder), each
// callee already through the per-function passes (passes/index.ts runs them in that order)
// and its body as lowered kept (keepBody). Out: in the function at hand, each direct call
// worth inlining replaced by a copy of the callee's lowered body (the caller's passes
// expect lowered code: re-running them over optimised code made sieve 5% slower). The
// call's block is split; the copy's temps and blocks are renumbered:
//
//   @b3: ...; %t9 = call sq(%t4); rest      @b3: ...; %t20 = copy %t4; jmp @b7
//                                   =>      @b7: %t21 = mul %t20, %t20; %t9 = copy %t21; jmp @b8
//                                           @b8: rest
//
// The caller's own passes then fold what the copy's arguments allow. The cost model
// (worthInlining), on the callee's size after its own passes: a callee no bigger than the
// call (TINY_BUDGET), a leaf (no calls outside its cold trap blocks) of at most LEAF_BUDGET
// instructions called in a loop, the only call of a function nothing else names (its size
// as lowered, ONCE_BUDGET: such a function skips its own passes), or a function marked
// `/** @inline */`, a hint that raises the budget to the growth limits below. Never
// inlined: `/** @noinline */` functions, functions on a cycle of calls (recursion would
// expand forever; the strongly connected components of the call graph, Tarjan 1972), calls
// in cold blocks (the bounds trap's out-of-line call, x86/traps.ts), and, without the hint,
// functions holding inline asm (their code may address their parameters on the ebp frame,
// docs/language.md). A function keeps its own body: one whose address is taken, an
// interrupt handler, main, stays callable; functions/removeUnreachable drops those nothing
// reaches any more. Fault reports survive: an inlined bounds check's trap call carries its
// own file and line as arguments, and each copied instruction keeps its source location
// for the line table. An inlined function has no frame of its own for gdb.

import { type Block, type Inst, type IrFunction, type IrModule, renameInst, replaceTerminatorUses, retarget, type Temp, type Terminator, type Value } from "../ir/ir.js";
import { dominatorTree } from "./dominators.js";
import { naturalLoops } from "./loops.js";

/** The cost model's budgets, in IR instructions of the callee's hot blocks (params not
 * counted, terminators counted), measured on bench/programs and SimpleOS (commit message):
 * a leaf budget of 24 ran no faster than 12 and made SimpleOS 1% larger. */
const LEAF_BUDGET = 12; // a leaf called in a loop
const TINY_BUDGET = 3; // plus the callee's parameters: no bigger than the call
const ONCE_BUDGET = 1000; // the only call of a function nothing else names, as lowered: the original goes
/** A function grows by inlining to at most this many instructions, and the module by at
 * most MAX_GROWTH; further calls stay calls. Without the first, inline functions that each
 * call the next twice grow exponentially; without the second, a chain of 3,000 inline
 * functions each calling the next grows every one of them to the limit. */
const MAX_INSTRUCTIONS = 10_000;
const MAX_GROWTH = 100_000;

/** Where inlining stands in a module: which functions share a cycle, what is still allowed to grow. */
export interface Inliner {
  functions: Map<string, IrFunction>;
  /** The functions on a cycle of calls: calls to them stay calls, or recursion would expand. */
  cyclic: Set<string>;
  growth: { left: number };
  /** How many calls name each function, kept up to date as calls are inlined and copied. */
  calls: Map<string, number>;
  /** Functions named otherwise: by address, data, interrupt table, as the entry. */
  named: Set<string>;
  /** Each final callee's size and shape, as the cost model sees it. */
  shapes: Map<IrFunction, Shape>;
  /** Each function's body as lowered, with its own inlined calls, before its passes: what
   * a caller copies, so that the caller's passes see lowered code, as they expect. */
  bodies: Map<string, Body>;
}

interface Body {
  blocks: Block[];
  tempCount: number;
}

interface Shape {
  size: number;
  leaf: boolean;
  asm: boolean;
}

/** The module's functions, callees before callers (Tarjan's components come out in reverse
 * topological order), and the inliner's state for inlineCalls. */
export function callOrder(mod: IrModule): { order: IrFunction[]; inliner: Inliner } {
  const functions = new Map(mod.functions.map((f) => [f.name, f]));
  const callees = new Map(mod.functions.map((fn): [string, string[]] => {
    const called = fn.blocks.flatMap((b) => b.insts.flatMap((i) => (i.op === "call" && functions.has(i.callee) ? [i.callee] : [])));
    return [fn.name, [...new Set(called)]];
  }));
  const components = stronglyConnected(callees);
  const cyclic = new Set(components.filter((c) => c.length > 1 || callees.get(c[0])!.includes(c[0])).flat());
  const inliner = { functions, cyclic, growth: { left: MAX_GROWTH }, ...references(mod), shapes: new Map(), bodies: new Map() };
  return { order: components.flat().map((n) => functions.get(n)!), inliner };
}

/** How many calls name each function, and the functions named otherwise. */
function references(mod: IrModule): { calls: Map<string, number>; named: Set<string> } {
  const calls = new Map<string, number>();
  const named = new Set([mod.entry, mod.init, mod.exit, mod.stackCheck?.trap, ...mod.interruptHandlers.map((h) => h.handler)].filter((n) => n !== undefined));
  for (const d of mod.data) for (const r of d.relocs ?? []) named.add(r.symbol);
  for (const fn of mod.functions) {
    for (const b of fn.blocks) {
      for (const i of b.insts) {
        if (i.op === "call") calls.set(i.callee, (calls.get(i.callee) ?? 0) + 1);
        else if (i.op === "addr") named.add(i.symbol);
      }
    }
  }
  return { calls, named };
}

/** The strongly connected components of a graph given as successor lists (Tarjan, 1972;
 * iterative, so linear and without recursion), each component after every one it reaches. */
function stronglyConnected(successors: Map<string, string[]>): string[][] {
  const [index, low] = [new Map<string, number>(), new Map<string, number>()];
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  for (const root of successors.keys()) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]]; // a node and how many of its successors were visited
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [v, visited] = frame;
      if (!index.has(v)) {
        index.set(v, index.size);
        low.set(v, index.get(v)!);
        stack.push(v);
        onStack.add(v);
      }
      const next = successors.get(v)!;
      if (visited < next.length) {
        frame[1]++;
        const w = next[visited];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const caller = work[work.length - 1][0];
        low.set(caller, Math.min(low.get(caller)!, low.get(v)!));
      }
      if (low.get(v) !== index.get(v)) continue;
      const component: string[] = [];
      for (let w = ""; w !== v; ) {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      }
      components.push(component);
    }
  }
  return components;
}

/** Inlines into `fn` the calls worth it (see the file comment); the callees must be final
 * (through their passes) and their lowered bodies kept (keepBody). */
export function inlineCalls(fn: IrFunction, inliner: Inliner): void {
  let size = instructionCount(fn);
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const inLoop = new Set(naturalLoops(dominatorTree(fn)).flatMap((loop) => [...loop.body]));
  const fits = (callee: IrFunction | undefined, loop: boolean): callee is IrFunction => {
    if (!callee || inliner.cyclic.has(callee.name) || !worthInlining(callee, loop, inliner)) return false;
    const added = instructionCount(inliner.bodies.get(callee.name)!);
    return size + added <= MAX_INSTRUCTIONS && added <= inliner.growth.left;
  };
  for (let b = 0; b < fn.blocks.length; b++) {
    const block = fn.blocks[b];
    if (block.cold || block.term.op === "unreachable") continue;
    const loop = inLoop.has(block);
    const at = block.insts.findIndex((i) => i.op === "call" && fits(inliner.functions.get(i.callee), loop));
    if (at < 0) continue;
    const call = block.insts[at] as Inst & { op: "call" };
    const body = inliner.bodies.get(call.callee)!;
    const added = instructionCount(body);
    size += added;
    inliner.growth.left -= added;
    const rest: Block = { id: nextId++, insts: block.insts.slice(at + 1), term: block.term, cold: block.cold };
    if (loop) inLoop.add(rest);
    const copy = cloneBody(fn, body, call, rest, nextId);
    nextId += copy.length;
    block.insts = block.insts.slice(0, at);
    block.term = { op: "jmp", target: copy[0], loc: call.loc };
    inliner.calls.set(call.callee, inliner.calls.get(call.callee)! - 1);
    for (const c of copy) {
      if (loop) inLoop.add(c);
      for (const i of c.insts) if (i.op === "call") inliner.calls.set(i.callee, (inliner.calls.get(i.callee) ?? 0) + 1);
    }
    // The copy and `rest` come next in the loop: a call the callee kept may be worth
    // inlining here, in a loop; the growth limits bound the copies of copies.
    fn.blocks.splice(b + 1, 0, ...copy, rest);
  }
}

/** Keeps `fn`'s body, after inlineCalls and before its passes, for its callers to copy. */
export function keepBody(fn: IrFunction, inliner: Inliner): void {
  const same = (i: Inst) => renameInst(i, (t) => t, (v) => v);
  inliner.bodies.set(fn.name, { blocks: copyBlocks(fn.blocks, (b) => b.id, same, (t) => t), tempCount: fn.tempCount });
}

/** Whether `fn` has one call, which will take a copy of it: named by nothing else, not on a
 * cycle, without inline asm, at most ONCE_BUDGET instructions as lowered (its kept body).
 * Such a function need not go through the passes on its own (passes/index.ts). */
export function inlinedOnce(fn: IrFunction, inliner: Inliner): boolean {
  const body = inliner.bodies.get(fn.name);
  if (!body || fn.noinline || inliner.cyclic.has(fn.name) || inliner.calls.get(fn.name) !== 1 || inliner.named.has(fn.name)) return false;
  return instructionCount(body) <= ONCE_BUDGET && (fn.inline || !body.blocks.some((b) => b.insts.some((i) => i.op === "asm")));
}

/** The cost model: `@inline` functions (within the growth limits); without inline asm, a
 * callee no bigger than the call, the only call of a function, and a small leaf called in a loop. */
function worthInlining(callee: IrFunction, inLoop: boolean, inliner: Inliner): boolean {
  if (callee.noinline) return false;
  if (callee.inline || inlinedOnce(callee, inliner)) return true;
  let shape = inliner.shapes.get(callee);
  if (!shape) inliner.shapes.set(callee, (shape = shapeOf(callee)));
  if (shape.asm) return false;
  if (shape.size <= TINY_BUDGET + callee.paramCount) return true;
  return inLoop && shape.leaf && shape.size <= LEAF_BUDGET;
}

function shapeOf(callee: IrFunction): Shape {
  const shape = { size: 0, leaf: true, asm: false };
  for (const b of callee.blocks) {
    for (const i of b.insts) {
      if (i.op === "asm") shape.asm = true;
      if (b.cold) continue;
      if (i.op === "call" || i.op === "callind") shape.leaf = false;
      if (i.op !== "param") shape.size++;
    }
    if (!b.cold) shape.size++; // the terminator
  }
  return shape;
}

/** The callee's lowered body (a Body) with fresh temps and block ids counting up from
 * `firstId`; params read the arguments, rets go to `rest`. */
function cloneBody(fn: IrFunction, callee: Body, call: Inst & { op: "call" }, rest: Block, firstId: number): Block[] {
  const tempBase = fn.tempCount;
  fn.tempCount += callee.tempCount;
  const temp = (t: Temp): Temp => ({ kind: "temp", id: tempBase + t.id });
  const value = (v: Value): Value => (v.kind === "temp" ? temp(v) : v);
  let id = firstId;
  return copyBlocks(callee.blocks, () => id++, (i) => (i.op === "param" ? { op: "copy", dst: temp(i.dst), src: call.args[i.index], loc: i.loc } : renameInst(i, temp, value)), (t, insts) => {
    if (t.op !== "ret") return replaceTerminatorUses(t, temp);
    if (call.dst && t.value) insts.push({ op: "copy", dst: call.dst, src: value(t.value), loc: t.loc });
    return { op: "jmp", target: rest, loc: t.loc };
  });
}

/** Copies of `blocks`, each instruction rewritten by `inst` and terminator by `term`, and
 * the terminators' targets moved to the copies. */
function copyBlocks(blocks: Block[], newId: (b: Block) => number, inst: (i: Inst) => Inst, term: (t: Terminator, insts: Inst[]) => Terminator): Block[] {
  const copies = new Map(blocks.map((b): [Block, Block] => [b, { id: newId(b), insts: [], term: { op: "ret" }, cold: b.cold }]));
  for (const [original, copy] of copies) {
    copy.insts = original.insts.map(inst);
    const t = term(original.term, copy.insts);
    copy.term = retarget(t, (b) => copies.get(b) ?? b);
  }
  return [...copies.values()];
}

function instructionCount(fn: Body): number {
  return fn.blocks.reduce((n, b) => n + b.insts.length + 1, 0);
}
