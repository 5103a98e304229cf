// Tail-recursion elimination, with an accumulator. In: a function in the lowered form
// (temps are variables, not SSA), dead code removed. Out: the same function where each
// call to itself in tail position is a jump back to its start, the parameters
// reassigned: a loop. A call whose result goes through an associative and commutative
// operation (add, mul, and, or, xor: 32-bit wrapping, so any grouping gives the same
// bits) on its way to `return` is in tail position too: the operation's other operands
// go into an accumulator, and every other return returns `acc op value`. This is
// LLVM's TailRecursionElimination (and gcc's tree-tailcall) for this IR. For
// `fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)`:
//
//   @b0: %t0 = param 0                     @b9: %t0 = param 0
//        %t1 = cmp.ult %t0, 2                   %t7 = copy 0                (the accumulator)
//        br %t1, @b1, @b2                       %t1 = cmp.ult %t0, 2
//   @b1: ret %t0                                br %t1, @b10, @b2
//   @b2: %t2 = sub %t0, 1                  @b10: ret %t0                    (first call: acc = 0)
//        %t3 = call fib(%t2)        =>     @b0: %t1 = cmp.ult %t0, 2
//        %t4 = sub %t0, 2                       br %t1, @b1, @b2
//        %t5 = call fib(%t4)               @b1: %t9 = add %t7, %t0
//        %t6 = add %t3, %t5                     ret %t9
//        ret %t6                           @b2: %t2 = sub %t0, 1
//                                               %t3 = call fib(%t2)
//                                               %t4 = sub %t0, 2
//                                               %t8 = copy %t4              (the argument)
//                                               %t7 = add %t7, %t3
//                                               %t0 = copy %t8
//                                               jmp @b0
//
// fib(n - 1) stays a call; fib(n - 2) is the loop. The new entry (@b9) holds the
// parameters' `param`s and runs the old entry's test once more (loop rotation, if that
// entry is short); a return it reaches directly gets a copy of its own (@b10) without the
// accumulator, which is still the identity there: the base case costs what it did.
//
// Exact semantics: what follows the call in its block may only be the accumulating
// operations and instructions that have no effect, read no memory and cannot trap, so
// running them before the callee's body instead of after changes nothing; the callee's
// arguments are taken where the call was. The function's temps become loop variables,
// so the pass gives up when any temp can be read before it is written (live into the
// entry): a later iteration would see the earlier one's value instead of a fresh frame's.
// Traps in the body report the same function and line (the same code runs). What does
// change: the recursion no longer grows the stack, so a stack check that fired at some
// depth may no longer fire (as with gcc -O2), and gdb's backtrace shows one frame where
// there were many.
// Needs: no unreachable blocks; dead code gone (a dead instruction after the call would
// hide the tail position). Runs before passes/ssa.ts, which turns the reassigned
// parameters and the accumulator into phis.

import { type BinaryOp, type Block, definedTemp, hasSideEffects, imm, type Inst, type IrFunction, renameInst, successors, type Temp, type Terminator, temp, usedTemps, type Value } from "../ir/ir.js";

/** The operations an accumulator may gather, with their identity elements. */
const IDENTITY: Partial<Record<BinaryOp, number>> = { add: 0, mul: 1, and: -1, or: 0, xor: 0 };

/** The loop's header is copied into the new entry only when at most this long (as passes/tails.ts). */
const MAX_PEELED_INSTS = 4;

/** A call to the function itself in tail position. */
interface Site {
  block: Block;
  call: number; // its index in block.insts
  chain: Set<number>; // the indexes of the accumulating instructions after it
  op?: BinaryOp; // their operation; absent for a plain tail call
}

export function eliminateTailRecursion(fn: IrFunction): void {
  const entry = fn.blocks[0];
  const found = fn.blocks.flatMap((b) => tailSite(fn, b) ?? []);
  if (found.length === 0) return;
  const params = entry.insts.filter((i) => i.op === "param");
  const indexes = new Set(params.map((i) => (i as { index: number }).index));
  if (indexes.size !== params.length || fn.blocks.some((b) => b !== entry && b.insts.some((i) => i.op === "param"))) return;
  if (readsBeforeWriting(fn)) return;
  // One accumulating operation: the sites with another one stay calls.
  const op = found.find((s) => s.op)?.op;
  const sites = found.filter((s) => s.op === undefined || s.op === op);

  let nextBlock = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const acc = op && temp(fn.tempCount++);
  const start: Block = { id: nextBlock++, insts: [...params], term: { op: "jmp", target: entry, loc: fn.debug?.loc } };
  if (acc) start.insts.push({ op: "copy", dst: acc, src: imm(IDENTITY[op!]!), loc: fn.debug?.loc });
  // The sites' instruction indexes hold until every site is rewritten (the entry may be one).
  for (const site of sites) rewriteSite(fn, site, params, entry, acc);
  entry.insts = entry.insts.filter((i) => i.op !== "param");
  // Rotation: the new entry runs the header's test itself, and a return it reaches gets a
  // copy that ignores the accumulator (made before the returns below add it).
  const copies = new Map<Block, Block>();
  if (isShort(entry) && entry.term.op === "br") {
    const exit = (b: Block): Block => {
      const ret = returnOf(b);
      if (!isShort(b) || !ret) return b;
      if (!copies.has(b)) copies.set(b, { id: nextBlock++, insts: b.insts.map(copyInst), term: { ...ret } });
      return copies.get(b)!;
    };
    start.insts.push(...entry.insts.map(copyInst));
    start.term = { ...entry.term, then: exit(entry.term.then), else: exit(entry.term.else) };
    fn.blocks.push(...copies.values());
  }
  if (acc) {
    const peeled = new Set(copies.values());
    for (const b of fn.blocks) {
      if (b.term.op !== "ret" || !b.term.value || peeled.has(b)) continue;
      const result = temp(fn.tempCount++);
      b.insts.push({ op: op!, dst: result, a: acc, b: b.term.value, loc: b.term.loc } as Inst);
      b.term = { ...b.term, value: result };
    }
  }
  fn.blocks.unshift(start);
}

/** The call in `b` to the function itself that is in tail position, if there is one:
 * after it come only instructions without effect that neither read memory nor the call's
 * result, and a chain of one associative operation from that result to `b`'s return (or
 * the return of an empty block `b` jumps to). */
function tailSite(fn: IrFunction, b: Block): Site | undefined {
  const ret = returnOf(b);
  if (!ret) return undefined;
  let call = b.insts.length - 1;
  while (call >= 0 && !(b.insts[call].op === "call" && (b.insts[call] as { callee: string }).callee === fn.name)) call--;
  if (call < 0) return undefined;
  let head = definedTemp(b.insts[call]); // the value on its way to the return
  const consumed = new Set<number>(); // earlier values of the chain: nothing else may read them
  const chain = new Set<number>();
  let op: BinaryOp | undefined;
  for (let k = call + 1; k < b.insts.length; k++) {
    const i = b.insts[k];
    if (hasSideEffects(i) || i.op === "load" || i.op === "param") return undefined;
    const reads = usedTemps(i).map((t) => t.id);
    if (reads.some((id) => consumed.has(id))) return undefined;
    const dst = definedTemp(i);
    if (head && reads.includes(head.id)) {
      const binary = i as { op: BinaryOp; a: Value; b: Value };
      const other = binary.a.kind === "temp" && binary.a.id === head.id ? binary.b : binary.a;
      if (IDENTITY[binary.op] === undefined || (op && binary.op !== op) || (other.kind === "temp" && other.id === head.id)) return undefined;
      op = binary.op;
      chain.add(k);
      consumed.add(head.id);
      head = dst;
    } else if (dst && (dst.id === head?.id || consumed.has(dst.id))) {
      return undefined;
    }
  }
  const returned = ret.value;
  if (returned === undefined) return chain.size === 0 ? { block: b, call, chain } : undefined;
  if (!head || returned.kind !== "temp" || returned.id !== head.id) return undefined;
  return { block: b, call, chain, op };
}

/** Replaces the site's call by a jump to `header`: the arguments are taken where the call
 * was, the accumulating instructions fold their other operand into `acc`, and the
 * parameters get the arguments at the end. */
function rewriteSite(fn: IrFunction, site: Site, params: Inst[], header: Block, acc: Temp | undefined): void {
  const { block, call, chain } = site;
  const callInst = block.insts[call] as Extract<Inst, { op: "call" }>;
  const loc = callInst.loc;
  const insts = block.insts.slice(0, call);
  const args = callInst.args.map((a): Value => {
    if (a.kind === "imm") return a;
    const snapshot = temp(fn.tempCount++);
    insts.push({ op: "copy", dst: snapshot, src: a, loc });
    return snapshot;
  });
  let head = callInst.dst;
  block.insts.forEach((i, k) => {
    if (k <= call) return;
    if (!chain.has(k)) return void insts.push(i);
    const binary = i as Inst & { op: BinaryOp; dst: Temp; a: Value; b: Value };
    const other = binary.a.kind === "temp" && binary.a.id === head!.id ? binary.b : binary.a;
    insts.push({ ...binary, dst: acc!, a: acc!, b: other });
    head = binary.dst;
  });
  for (const p of params) {
    const { dst, index } = p as Extract<Inst, { op: "param" }>;
    insts.push({ op: "copy", dst, src: args[index], loc });
  }
  block.insts = insts;
  block.term = { op: "jmp", target: header, loc };
}

/** The return `b` ends in, or jumps to through an empty block (a `return` inside `if`, or `?:`). */
function returnOf(b: Block): Extract<Terminator, { op: "ret" }> | undefined {
  const ret = b.term.op === "jmp" && b.term.target.insts.length === 0 ? b.term.target.term : b.term;
  return ret.op === "ret" ? ret : undefined;
}

/** A copy that shares no operand objects with `i` (later passes may rewrite either in place). */
function copyInst(i: Inst): Inst {
  return renameInst(i, (t) => t, (v) => v);
}

/** Short enough to copy, and without calls. */
function isShort(b: Block): boolean {
  return b.insts.length <= MAX_PEELED_INSTS && !b.insts.some((i) => i.op === "call" || i.op === "callind");
}

/** Whether some temp is live into the entry: read on a path from it before any write. */
function readsBeforeWriting(fn: IrFunction): boolean {
  const index = new Map(fn.blocks.map((b, k) => [b, k]));
  const uses = fn.blocks.map(() => new Set<number>());
  const defs = fn.blocks.map(() => new Set<number>());
  fn.blocks.forEach((b, k) => {
    for (const i of b.insts) {
      for (const t of usedTemps(i)) if (!defs[k].has(t.id)) uses[k].add(t.id);
      const d = definedTemp(i);
      if (d) defs[k].add(d.id);
    }
    for (const t of usedTemps(b.term)) if (!defs[k].has(t.id)) uses[k].add(t.id);
  });
  const liveIn = uses.map((u) => new Set(u));
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = fn.blocks.length - 1; k >= 0; k--) {
      for (const s of successors(fn.blocks[k].term)) {
        for (const id of liveIn[index.get(s)!]) {
          if (!defs[k].has(id) && !liveIn[k].has(id)) {
            liveIn[k].add(id);
            changed = true;
          }
        }
      }
    }
  }
  return liveIn[0].size > 0;
}

