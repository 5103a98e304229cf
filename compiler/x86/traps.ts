// Out-of-line trap stubs. A failed bounds check runs a cold block (compiler/lower/places.ts):
//
//   @b16: ; cold
//     %t11 = addr str_2
//     call boundsTrap(%t11, 27, %t9, 4096)
//     unreachable
//
// Selected as a block, its arguments (%t9 here) would be read at the end of the function,
// where the block is laid out, and so stay live, in a register or a spill slot, through
// all the code between the check and there. Instead, instruction selection (x86/isel.ts)
// turns the branch to such a block into one `jcc` that carries the call: its callee in
// `trap`, its arguments as operands, which the register allocator sees as read at the
// jcc. After allocation, placeTrapStubs gives each such jcc a stub at the end of the
// function that pushes the arguments from wherever they were at the check and calls:
//
//   cmp esi, 0x1000 ; jae .L30   ...   .L30: push 0x1000; push esi; push 0x1b; push str_2; call boundsTrap
//
// In: trapCall runs on IR blocks after the passes; placeTrapStubs on an allocated
// MFunction (after x86/regalloc.ts). The call never returns (the block ends in
// `unreachable`), so the stub needs no cleanup and nothing is live after it. The trap
// report is the same as the block's: the same callee, with the same arguments.

import type { Block, Value } from "../ir/ir.js";
import { immOp, type MBlock, type MFunction, type MInst, type Operand, vreg } from "./machine.js";

export interface TrapCall {
  callee: string;
  args: Operand[];
}

/** The call a cold block makes, when the block is only that: `addr`s feeding a call that
 * never returns. Its arguments as operands at the branch to it: immediates, symbol
 * addresses, or the temps (vregs) that hold them there. */
export function trapCall(block: Block): TrapCall | undefined {
  const call = block.insts[block.insts.length - 1];
  if (!block.cold || block.term.op !== "unreachable" || call?.op !== "call") return undefined;
  const addresses = new Map<number, Operand>();
  for (const i of block.insts.slice(0, -1)) {
    if (i.op !== "addr") return undefined;
    addresses.set(i.dst.id, immOp(i.offset, i.symbol));
  }
  const operand = (v: Value): Operand => (v.kind === "imm" ? immOp(v.value) : addresses.get(v.id) ?? vreg(v.id));
  return { callee: call.callee, args: call.args.map(operand) };
}

/** Gives each jcc that carries a trap call a stub at the end of `fn`, which pushes the
 * call's arguments (right to left, cdecl) and calls; identical stubs are shared. */
export function placeTrapStubs(fn: MFunction): void {
  const stubs = new Map<string, MBlock>();
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  // A check before the prologue (x86/shrink-wrap.ts) gets a stub of its own, outside the frame too.
  const outside = fn.frame?.outside;
  for (const block of fn.blocks) {
    const out = outside?.has(block.id) ?? false;
    for (const inst of block.insts) {
      if (inst.op !== "jcc" || inst.trap === undefined) continue;
      const key = JSON.stringify([inst.trap, inst.ops, out]);
      let stub = stubs.get(key);
      if (!stub) {
        const pushes = [...inst.ops].reverse().map((o): MInst => ({ op: "push", ops: [o], loc: inst.loc }));
        stub = { id: nextId++, insts: [...pushes, { op: "call", ops: [], callee: inst.trap, loc: inst.loc }] };
        stubs.set(key, stub);
        if (out) outside!.add(stub.id);
      }
      inst.target = stub.id;
      inst.ops = [];
    }
  }
  fn.blocks.push(...stubs.values());
}
