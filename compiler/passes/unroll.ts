// Full unrolling of small loops with a constant trip count. In: a function in SSA form,
// constants propagated (passes/sccp.ts), so a counter's start is an immediate. Out: the
// same function where each innermost loop that runs a known, small number of times is
// replaced by that many copies of its body, one after the other, each copy's counter an
// immediate; what the counter computed folds as the copy is made, and the loop's test
// and back edge go. hash.ts's fnv1a:
//
//   @b1: %t3 = phi [@b0: 0], [@b2: %t9]                  @b0: %t20 = and %t2, 255
//        %t1 = phi [@b0: 2166136261], [@b2: %t7]              %t21 = xor 2166136261, %t20
//        %t4 = cmp.slt %t3, 4                                 %t22 = mul %t21, 16777619
//        br %t4, @b2, @b3                         =>          %t23 = shr %t2, 8
//   @b2: %t5 = and %t2, 255; %t6 = xor %t1, %t5               ... three more copies ...
//        %t7 = mul %t6, 16777619; %t8 = shr %t2, 8            jmp @b3
//        %t9 = add %t3, 1; jmp @b1                       @b3: (uses of %t1 read the last copy's)
//
// The loops taken: without calls (whose cost dwarfs the loop's test and jump); the header is the only block with an edge out of the loop (a branch on
// a compare of a counter with a constant), besides the cold blocks of failed bounds checks,
// which each copy gets its own of; one edge comes in from outside, one back edge. Counters
// are header phis starting at an immediate and stepping by `add`/`sub` of an immediate; the
// trip count comes from running the header's instructions on them (passes/fold.ts, the
// machine's semantics, wrapping included). The copies of a loop run at most MAX_TRIPS times
// and hold at most BUDGET instructions; later passes (value numbering, range analysis of the
// now constant indexes) clean up what the copies leave.
// Needs: SSA form; constants propagated. Preserves: SSA form; adds blocks.

import { type Block, definedTemp, imm, type Inst, type IrFunction, type Phi, replaceTerminatorUses, replaceUses, retarget, successors, type Temp, type Value } from "../ir/ir.js";
import { removeDeadEdges } from "./cfg.js";
import { type DominatorTree, dominatorTree } from "./dominators.js";
import { naturalLoops } from "./loops.js";
import { fold } from "./fold.js";

/** Measured on bench/programs (commit message): fnv1a's 4 trips of 6 instructions fit. */
const BUDGET = 48;
const MAX_TRIPS = 16;

export function unrollLoops(fn: IrFunction): void {
  let unrolled = false;
  // One loop at a time: unrolling changes the predecessors, so the tree is recomputed.
  for (let shape = nextLoop(fn); shape; shape = nextLoop(fn)) {
    unroll(fn, shape);
    unrolled = true;
  }
  if (unrolled) removeDeadEdges(fn); // the copies' checks that their counters decided
}

/** The first innermost loop that can be unrolled whole. */
function nextLoop(fn: IrFunction): Loop | undefined {
  const tree = dominatorTree(fn);
  for (const { header, body, innermost } of naturalLoops(tree)) {
    if (!innermost) continue;
    const shape = loopShape(fn, tree, header, body);
    if (shape) return shape;
  }
  return undefined;
}

interface Loop {
  header: Block;
  /** The blocks copied per trip, in reverse postorder: the loop and its trap blocks. */
  blocks: Block[];
  preheader: Block;
  latch: Block;
  /** Where the header goes when the loop ends, and where it goes to run the body. */
  exit: Block;
  inside: Block;
  trips: number;
}

/** The loop's shape if it can be unrolled whole, within the budget. */
function loopShape(fn: IrFunction, tree: DominatorTree, header: Block, body: Set<Block>): Loop | undefined {
  const outside = tree.preds.get(header)!.filter((p) => !body.has(p));
  const latches = tree.preds.get(header)!.filter((p) => body.has(p));
  if (outside.length !== 1 || latches.length !== 1 || latches[0] === header || header.term.op !== "br") return undefined;
  const [preheader, latch] = [outside[0], latches[0]];
  const { then, else: otherwise } = header.term;
  if (body.has(then) === body.has(otherwise)) return undefined;
  const [inside, exit] = body.has(then) ? [then, otherwise] : [otherwise, then];
  const traps = new Set<Block>();
  for (const b of body) {
    // A loop that calls is not cheap enough for its test and back edge to matter.
    if (b.insts.some((i) => i.op === "call" || i.op === "callind")) return undefined;
    if (b === header) continue;
    for (const s of successors(b.term)) {
      if (body.has(s)) continue;
      // A bounds check's cold block: reached from here only, so each copy can have its own.
      if (s.cold && s.term.op === "unreachable" && tree.preds.get(s)!.length === 1 && (s.phis ?? []).length === 0) traps.add(s);
      else return undefined;
    }
  }
  const size = [...body, ...traps].reduce((n, b) => n + b.insts.length + 1, 0);
  const trips = tripCount(fn, header, latch, body);
  if (trips === undefined || trips * size > BUDGET) return undefined;
  const blocks = tree.order.filter((b) => body.has(b) || traps.has(b));
  return { header, blocks, preheader, latch, exit, inside, trips };
}

/** How many times the loop's body runs, if the header's branch depends only on counters
 * and stays in the loop at most MAX_TRIPS times. */
function tripCount(fn: IrFunction, header: Block, latch: Block, body: Set<Block>): number | undefined {
  const definitions = new Map<number, Inst>();
  for (const b of body) for (const i of b.insts) if (definedTemp(i)) definitions.set(definedTemp(i)!.id, i);
  const counters: { phi: Phi; step: (v: number) => Value }[] = [];
  let values = new Map<number, number>();
  for (const phi of header.phis ?? []) {
    const start = phi.args.find((a) => a.block !== latch)!.value;
    const next = phi.args.find((a) => a.block === latch)!.value;
    const step = next.kind === "temp" ? definitions.get(next.id) : undefined;
    if (start.kind !== "imm" || (step?.op !== "add" && step?.op !== "sub")) continue;
    if (step.a.kind !== "temp" || step.a.id !== phi.dst.id || step.b.kind !== "imm") continue;
    const by = step.b.value;
    counters.push({ phi, step: (v) => (fold({ ...step, a: imm(v), b: imm(by) }) as { src: Value }).src });
    values.set(phi.dst.id, start.value);
  }
  if (counters.length === 0) return undefined;
  const cond = (header.term as { cond: Value }).cond;
  const stays = (header.term as { then: Block }).then === header || body.has((header.term as { then: Block }).then);
  for (let trips = 0; trips <= MAX_TRIPS; trips++) {
    const known = evaluate(header.insts, values);
    const c = cond.kind === "imm" ? cond.value : known.get(cond.id);
    if (c === undefined) return undefined;
    if ((c !== 0) !== stays) return trips;
    const next = new Map<number, number>();
    for (const { phi, step } of counters) next.set(phi.dst.id, (step(values.get(phi.dst.id)!) as { value: number }).value);
    values = next;
  }
  return undefined;
}

/** The constants `insts` compute from the known temps `values`, with them. */
function evaluate(insts: Inst[], values: Map<number, number>): Map<number, number> {
  const known = new Map(values);
  for (const i of insts) {
    const folded = fold(replaceUses(i, (t) => (known.has(t.id) ? imm(known.get(t.id)!) : t)));
    if (folded.op === "copy" && folded.src.kind === "imm") known.set(folded.dst.id, folded.src.value);
  }
  return known;
}

/** Replaces the loop by `trips` copies of its blocks and a last copy of its header. */
function unroll(fn: IrFunction, loop: Loop): void {
  const origin = fn.ssa!.origin;
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const copies: Block[] = [];
  let carried = new Map<number, Value>(); // each header phi's value on entry to this trip
  for (const phi of loop.header.phis ?? []) carried.set(phi.dst.id, phi.args.find((a) => a.block === loop.preheader)!.value);
  let entry: Block | undefined;
  let previousLatch: Block | undefined;
  let values = new Map<number, Value>();
  for (let trip = 0; trip <= loop.trips; trip++) {
    const last = trip === loop.trips;
    const blocks = last ? [loop.header] : loop.blocks;
    values = new Map(carried);
    const copyOf = new Map(blocks.map((b): [Block, Block] => [b, { id: nextId++, insts: [], term: { op: "unreachable" }, cold: b.cold }]));
    const use = (t: Temp): Value => values.get(t.id) ?? t;
    for (const b of blocks) {
      const copy = copyOf.get(b)!;
      if (b !== loop.header) {
        copy.phis = (b.phis ?? []).map((phi) => {
          const dst = fresh(fn, phi.dst, origin);
          values.set(phi.dst.id, dst);
          return { dst, args: [] };
        });
      }
      for (const i of b.insts) {
        const folded = fold(replaceUses(i, use));
        const d = definedTemp(folded);
        if (d && folded.op === "copy") {
          values.set(d.id, folded.src);
          continue;
        }
        if (d) {
          const dst = fresh(fn, d, origin);
          values.set(d.id, dst);
        }
        copy.insts.push(d ? ({ ...folded, dst: values.get(d.id) } as Inst) : folded);
      }
    }
    for (const b of blocks) {
      const copy = copyOf.get(b)!;
      (b.phis ?? []).forEach((phi, k) => {
        if (b !== loop.header) copy.phis![k].args = phi.args.map((a) => ({ block: copyOf.get(a.block)!, value: a.value.kind === "temp" ? use(a.value) : a.value }));
      });
      if (b === loop.header) {
        copy.term = { op: "jmp", target: last ? loop.exit : copyOf.get(loop.inside)!, loc: b.term.loc };
      } else {
        let t = replaceTerminatorUses(b.term, use);
        if (t.op === "br" && t.cond.kind === "imm") t = { op: "jmp", target: t.cond.value !== 0 ? t.then : t.else, loc: t.loc }; // a check the trip's counter decides
        copy.term = retarget(t, (s) => (s === loop.header ? s : copyOf.get(s) ?? s)); // the back edge: to the next trip
      }
    }
    const headerCopy = copyOf.get(loop.header)!;
    if (previousLatch) previousLatch.term = retarget(previousLatch.term, (s) => (s === loop.header ? headerCopy : s));
    entry ??= headerCopy;
    if (!last) {
      previousLatch = copyOf.get(loop.latch)!;
      const next = new Map<number, Value>();
      for (const phi of loop.header.phis ?? []) {
        const v = phi.args.find((a) => a.block === loop.latch)!.value;
        next.set(phi.dst.id, v.kind === "temp" ? use(v) : v);
      }
      carried = next;
    }
    copies.push(...copyOf.values());
  }
  // The exit's phis and everything after the loop read the last trip's header values.
  const after = (t: Temp): Value => values.get(t.id) ?? t;
  const lastHeader = copies[copies.length - 1];
  for (const phi of loop.exit.phis ?? []) for (const a of phi.args) if (a.block === loop.header) a.block = lastHeader;
  const removed = new Set(loop.blocks);
  for (const b of fn.blocks) {
    if (removed.has(b)) continue;
    for (const phi of b.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp") a.value = after(a.value);
    b.insts = b.insts.map((i) => replaceUses(i, after));
    b.term = replaceTerminatorUses(b.term, after);
  }
  loop.preheader.term = retarget(loop.preheader.term, (s) => (s === loop.header ? entry! : s));
  const at = fn.blocks.indexOf(loop.header);
  fn.blocks = [...fn.blocks.slice(0, at).filter((b) => !removed.has(b)), ...copies, ...fn.blocks.slice(at).filter((b) => !removed.has(b))];
}

function fresh(fn: IrFunction, of: Temp, origin: Map<number, number>): Temp {
  const t: Temp = { kind: "temp", id: fn.tempCount++ };
  const variable = origin.get(of.id);
  if (variable !== undefined) origin.set(t.id, variable);
  return t;
}
