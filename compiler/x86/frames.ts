// Stack frames. In: an MFunction after register assignment (regalloc.ts calls this last),
// whose arguments and spill slots are still addressed ebp-relative as if it had an ebp
// frame: argument k at [ebp + 8 + 4k], spill slot k at [ebp - 4(k + 1)]. Out: the
// function with its prologue (block -1) and an epilogue before each `ret`, and
// MFunction.frame for the debug info.
//
// A function gets no frame pointer (frame-pointer omission, as gcc -O2 does) unless it
// holds inline asm or an instruction that moves esp in ways not tracked here:
//   push <callee-saved used>; sub esp, 4*slots        ...  add esp, 4*slots; pop ...; ret
// and each [ebp + d] becomes [esp + d'] for the esp of that instruction: esp moves only
// by the pushes, pops and `add/sub esp, imm` of call sequences, which stay within a block,
// so a walk over each block from its start (where esp is the body's) knows it. The
// others keep the ebp frame:
//   push ebp; mov ebp, esp; sub esp, 4*slots; push <callee-saved used>   ...   pop ...; leave; ret
// With stack checks on, the prologue ends with `cmp esp, [limit]; jb <call the stub>`.
// Without a frame pointer, x86/shrink-wrap.ts may move the prologue (still block -1) in
// front of a later block, when the blocks before it need no frame (an early return):
// those then have no epilogue, and their esp is the CFA − 4.

import { CALLEE_SAVED, endsFlow, immOp, mem, type MFunction, type MInst, type MOp, type Operand, preg, registerAccesses } from "./machine.js";
import { STACK_OVERFLOW_STUB } from "./boot.js";
import { shrinkWrap, type Wrap } from "./shrink-wrap.js";

const EBP = preg("ebp");
const ESP = preg("esp");

/** Instructions whose effect on esp is not followed: their functions keep ebp. */
const UNTRACKED: ReadonlySet<MOp> = new Set<MOp>(["asm", "pushad", "popad", "iretd", "push_sreg", "pop_sreg", "reload_cs", "leave"]);

/** `slotCount`: spill slots the allocator used. `stackLimit`: the stack-check limit's symbol. */
export function addFrame(fn: MFunction, slotCount: number, stackLimit?: string): void {
  // Callee-saved registers written anywhere: by allocation, or named by inline asm operands.
  const used = new Set(fn.blocks.flatMap((b) => b.insts.flatMap((i) => registerAccesses(i).map((a) => a.reg))).flatMap((r) => (r.k === "p" ? [r.reg] : [])));
  const saved = CALLEE_SAVED.filter((r) => used.has(r));
  const pointer = fn.blocks.some((b) => b.insts.some((i) => !tracked(i)));
  const checkFailed = Math.max(...fn.blocks.map((b) => b.id)) + 1; // the block calling the stack-overflow stub
  const loc = fn.blocks[0]?.insts[0]?.loc;
  const frameBytes = 4 * slotCount;
  const check: MInst[] = stackLimit ? [
    // The frame is built; if esp is now below the limit, do not run.
    { op: "cmp", ops: [ESP, mem(undefined, 0, 4, stackLimit)], loc },
    { op: "jcc", ops: [], cc: "b", target: checkFailed, loc },
  ] : [];
  const sub: MInst[] = frameBytes > 0 ? [{ op: "sub", ops: [ESP, immOp(frameBytes)], loc }] : [];
  const pushes = saved.map((r): MInst => ({ op: "push", ops: [preg(r)], loc }));
  const pops = (at: MInst) => [...saved].reverse().map((r): MInst => ({ op: "pop", ops: [preg(r)], loc: at.loc }));
  let prologue: MInst[];
  let wrap: Wrap | undefined;
  if (pointer) {
    prologue = [{ op: "push", ops: [EBP], loc }, { op: "mov", ops: [EBP, ESP], loc }, ...sub, ...pushes, ...check];
    for (const block of fn.blocks) {
      block.insts = block.insts.flatMap((inst) => inst.op !== "ret" ? [inst] : [
        ...pops(inst),
        frameBytes > 0 ? { op: "leave", ops: [], loc: inst.loc } : { op: "pop", ops: [EBP], loc: inst.loc },
        inst,
      ]);
    }
    fn.frame = { pointer, slot0: -12 };
  } else {
    wrap = shrinkWrap(fn, saved);
    // Shrink-wrapped, the prologue runs in the middle of the function: its instructions
    // belong to the header's first line, not the declaration's.
    const at = wrap ? fn.blocks.find((b) => b.id === wrap!.header)?.insts[0]?.loc ?? loc : loc;
    const relocate = (i: MInst): MInst => ({ ...i, loc: at });
    prologue = [...pushes, ...sub, ...(wrap?.moves ?? []), ...check].map(relocate);
    // The body's esp is the CFA (the esp before the call) minus the return address, the saved
    // registers and the slots; before the prologue (shrink-wrapping) it is the CFA minus 4.
    const bodyToCfa = 4 + 4 * saved.length + frameBytes;
    for (const block of fn.blocks) {
      const outside = wrap?.outside.has(block.id) ?? false;
      let depth = 0; // bytes pushed since the block began
      block.insts = block.insts.flatMap((inst) => {
        // In place: debug homes (MFunction.homes) name these instructions.
        inst.ops = inst.ops.map((o) => espRelative(o, depth + (outside ? 4 : bodyToCfa), saved.length));
        depth += espChange(inst);
        if (inst.op !== "ret" || outside) return [inst];
        return [...(frameBytes > 0 ? [{ op: "add", ops: [ESP, immOp(frameBytes)], loc: inst.loc } as MInst] : []), ...pops(inst), inst];
      });
    }
    fn.frame = { pointer, slot0: -8 - 4 * saved.length, outside: wrap?.outside };
  }
  if (wrap) placePrologue(fn, prologue, wrap);
  else fn.blocks.unshift({ id: -1, insts: prologue });
  if (stackLimit) fn.blocks.push({ id: checkFailed, insts: [{ op: "call", ops: [], callee: STACK_OVERFLOW_STUB, loc }] });
}

/** Puts the prologue (block -1) in front of the region's header: the outside's edges to the
 * header now go through it, the region's own (a loop's) still go straight to the header. */
function placePrologue(fn: MFunction, prologue: MInst[], wrap: Wrap): void {
  const at = fn.blocks.findIndex((b) => b.id === wrap.header);
  const before = fn.blocks[at - 1];
  if (!wrap.outside.has(before.id) && !endsFlow(before.insts[before.insts.length - 1])) before.insts.push({ op: "jmp", ops: [], target: wrap.header });
  for (const b of fn.blocks) {
    if (!wrap.outside.has(b.id)) continue;
    for (const i of b.insts) if (i.target === wrap.header) i.target = -1;
  }
  fn.blocks.splice(at, 0, { id: -1, insts: prologue });
}

/** Whether esp's changes in `inst` are followed (and it names ebp only as an address base). */
function tracked(inst: MInst): boolean {
  if (UNTRACKED.has(inst.op)) return false;
  const adjustsEsp = (inst.op === "add" || inst.op === "sub") && inst.ops[1]?.k === "i";
  return inst.ops.every((o, k) => {
    if (o.k === "m") return !(o.base?.k === "p" && o.base.reg === "esp") && !(o.index?.k === "p" && (o.index.reg === "esp" || o.index.reg === "ebp"));
    if (o.k !== "p" || (o.reg !== "esp" && o.reg !== "ebp")) return true;
    return adjustsEsp && k === 0 && o.reg === "esp";
  });
}

/** How many bytes `inst` pushes (negative: pops). */
function espChange(inst: MInst): number {
  const [a, b] = inst.ops;
  switch (inst.op) {
    case "push": case "pushfd": return 4;
    case "pop": return -4;
    case "add": return a?.k === "p" && a.reg === "esp" && b?.k === "i" ? -b.value : 0;
    case "sub": return a?.k === "p" && a.reg === "esp" && b?.k === "i" ? b.value : 0;
    default: return 0;
  }
}

/** [ebp + d] in the ebp frame's terms, as [esp + d'] for an esp `toCfa` bytes below the CFA:
 * an argument (d ≥ 8) is at CFA + d − 8, spill slot k (d = −4(k + 1)) at CFA − 8 − 4·saved − 4k. */
function espRelative(o: Operand, toCfa: number, saved: number): Operand {
  if (o.k !== "m" || o.base?.k !== "p" || o.base.reg !== "ebp") return o;
  const fromCfa = o.disp >= 8 ? o.disp - 8 : o.disp - 4 - 4 * saved;
  return { ...o, base: ESP, disp: fromCfa + toCfa };
}
