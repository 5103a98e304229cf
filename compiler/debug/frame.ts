// Call frame information (.debug_frame). In: the encoded text and the machine
// functions in encoding order. Out: the section's bytes. Runs after linking.
//
// Every compiled function has a frame register allocation builds (x86/frames.ts):
// either `push ebp; mov ebp, esp; [sub esp, n]; push <callee-saved>…`, and at each
// return `pop <callee-saved>…; leave (or pop ebp); ret`, or without a frame pointer
// `push <callee-saved>…; [sub esp, n]` and `[add esp, n]; pop …; ret`, the CFA then
// following esp through every push and pop. The rules follow the code instruction by
// instruction, so gdb's `bt` and `finish` work at every address, including the first
// instructions of a function and its epilogues.
// The boot stub gets an FDE that marks the return address undefined: the outermost
// frame, where `bt` stops. Interrupt entry stubs (x86/interrupts.ts) get rules that
// lead from the handler back to the interrupted code; the stack-overflow stub gets none.

import type { EncodedInst, EncodedText } from "../x86/encode.js";
import type { MFunction } from "../x86/machine.js";
import { START_SYMBOL } from "../x86/boot.js";
import { instsByFunction } from "./lines.js";
import { DwarfWriter } from "./writer.js";

// DWARF 4 §7.23, figure 40.
const CFA = {
  advance_loc: 0x40, offset: 0x80, restore: 0xc0, advance_loc1: 0x02, advance_loc2: 0x03, advance_loc4: 0x04,
  undefined: 0x07, same_value: 0x08, remember_state: 0x0a, restore_state: 0x0b, def_cfa: 0x0c, def_cfa_register: 0x0d, def_cfa_offset: 0x0e,
} as const;
/** i386 DWARF register numbers (System V i386 psABI, table 2.14). */
const DWARF_REG: Record<string, number> = { eax: 0, ecx: 1, edx: 2, ebx: 3, esp: 4, ebp: 5, esi: 6, edi: 7 };
const EIP = 8;
const DATA_ALIGN = -4;

/** .debug_frame (DWARF 4 §6.4.1): a CIE for calls (CFA = esp + 4, return address at
 * CFA − 4, the state at a call's target), one for the interrupt stubs, then one FDE per
 * function whose frame we know. */
export function debugFrame(text: EncodedText, fns: MFunction[], interruptEntries: ReadonlySet<string> = new Set()): Uint8Array {
  const w = new DwarfWriter();
  const cie = (augmentation: string) => {
    const offset = w.length;
    w.unit(() => {
      w.u32(0xffffffff).u8(1).cstr(augmentation); // CIE_id, version 1 (what gdb and binutils read best)
      w.uleb(1).sleb(DATA_ALIGN).u8(EIP); // code_alignment_factor, data_alignment_factor, return_address_register
      w.u8(CFA.def_cfa).uleb(DWARF_REG.esp).uleb(4);
      w.u8(CFA.offset | EIP).uleb(1);
      w.align(4);
    });
    return offset;
  };
  const callCie = cie("");
  // "S" (the GNU signal-frame augmentation, which gdb reads in .debug_frame too): the code
  // below an interrupt stub was interrupted, not calling, so its pc is looked up as it is,
  // not as pc − 1 (which would put a frame stopped after `pop ebp` back inside its frame).
  const interruptCie = interruptEntries.size > 0 ? cie("S") : callCie;
  const byFunction = instsByFunction(text);
  fns.forEach((fn, fnIndex) => {
    const insts = byFunction[fnIndex] ?? [];
    if (insts.length === 0) return;
    let program: Uint8Array | undefined;
    const interrupt = fn.naked && interruptEntries.has(fn.name);
    if (!fn.naked) program = fn.frame?.pointer === false ? framelessRules(insts, fn.frame.outside) : framedRules(insts);
    else if (interrupt) program = interruptRules(insts);
    else if (fn.name === START_SYMBOL) program = Uint8Array.of(CFA.undefined, EIP);
    if (!program) return;
    const low = insts[0].addr;
    const last = insts[insts.length - 1];
    w.unit(() => {
      w.u32(interrupt ? interruptCie : callCie).u32(low).u32(last.addr + last.bytes.length - low); // CIE_pointer, initial_location, address_range
      w.bytes(program);
      w.align(4); // zero bytes are DW_CFA_nop
    });
  });
  return w.finish();
}

/** A DW_CFA program's row state, written to `w` (DWARF 2, §6.4.2): `advanceTo` starts a new
 * row at `addr` (bytes from the function's start `at`; nothing when already there), and
 * `setOffset` says the CFA is `offset` bytes above its register there, unless the rows
 * already say so (`written`: what the CIE or the last row said). */
function cfaRows(w: DwarfWriter, at: number, written: number) {
  const advanceTo = (addr: number) => {
    const delta = addr - at;
    if (delta === 0) return;
    if (delta < 0x40) w.u8(CFA.advance_loc | delta);
    else if (delta < 0x100) w.u8(CFA.advance_loc1).u8(delta);
    else if (delta < 0x10000) w.u8(CFA.advance_loc2).u16(delta);
    else w.u8(CFA.advance_loc4).u32(delta);
    at = addr;
  };
  const setOffset = (addr: number, offset: number) => {
    if (offset === written) return;
    advanceTo(addr);
    w.u8(CFA.def_cfa_offset).uleb(offset);
    written = offset;
  };
  return { advanceTo, setOffset };
}

/** The rules for a function with the regalloc frame, as a DW_CFA program. */
function framedRules(insts: EncodedInst[]): Uint8Array {
  const w = new DwarfWriter();
  const { advanceTo } = cfaRows(w, insts[0].addr, 4);
  const end = (e: EncodedInst) => e.addr + e.bytes.length;
  const reg = (e: EncodedInst) => (e.inst.ops[0]?.k === "p" ? e.inst.ops[0].reg : undefined);
  let frameSize = 0; // bytes below ebp: spill slots, then the callee-saved pushes
  insts.forEach((e, i) => {
    const { op } = e.inst;
    if (e.blockId === -1) { // the prologue
      if (op === "push" && reg(e) === "ebp") {
        advanceTo(end(e));
        w.u8(CFA.def_cfa_offset).uleb(8).u8(CFA.offset | DWARF_REG.ebp).uleb(2);
      } else if (op === "mov" && reg(e) === "ebp") {
        advanceTo(end(e));
        w.u8(CFA.def_cfa_register).uleb(DWARF_REG.ebp);
      } else if (op === "sub" && reg(e) === "esp" && e.inst.ops[1].k === "i") {
        frameSize += e.inst.ops[1].value;
      } else if (op === "push" && reg(e) !== undefined) {
        frameSize += 4;
        advanceTo(end(e));
        w.u8(CFA.offset | DWARF_REG[reg(e)!]).uleb((8 + frameSize) / -DATA_ALIGN); // saved at CFA − 8 − frameSize
      }
      return;
    }
    // An epilogue: after `leave` or `pop ebp` the frame is gone until the `ret`.
    if (op === "leave" || (op === "pop" && reg(e) === "ebp")) {
      advanceTo(e.addr);
      w.u8(CFA.remember_state);
      advanceTo(end(e));
      w.u8(CFA.def_cfa).uleb(DWARF_REG.esp).uleb(4).u8(CFA.same_value).uleb(DWARF_REG.ebp);
      const ret = insts[i + 1];
      if (ret?.inst.op === "ret" && insts[i + 2]) {
        advanceTo(end(ret));
        w.u8(CFA.restore_state); // the code after this return runs inside the frame
      }
    }
  });
  return w.finish();
}

/** The rules for a function without a frame pointer (x86/frames.ts): the CFA is esp plus
 * what the function pushed. The prologue pushes the callee-saved registers (each saved
 * at the CFA minus what is pushed by then) and subtracts the slots; in the body, each
 * block starts with esp at the body's level, and pushes, pops and `add/sub esp, imm`
 * (call sequences, epilogues) move it. A block outside the frame (shrink-wrapping puts
 * the prologue in front of a later block) starts at CFA = esp + 4 with no register saved. */
function framelessRules(insts: EncodedInst[], outside: ReadonlySet<number> = new Set()): Uint8Array {
  const w = new DwarfWriter();
  // The prologue's effect, wherever it is laid out: the body's offset and where it saves what.
  let body = 4;
  const saves: [string, number][] = [];
  for (const e of insts) {
    if (e.blockId !== -1) continue;
    const [dst, src] = e.inst.ops;
    if (e.inst.op === "push" && dst?.k === "p") saves.push([dst.reg, (body += 4)]);
    else if (e.inst.op === "sub" && dst?.k === "p" && dst.reg === "esp" && src?.k === "i") body += src.value;
  }
  const { advanceTo, setOffset: setRow } = cfaRows(w, insts[0].addr, 4); // the CIE's CFA = esp + 4
  let offset = 4;
  const setOffset = (addr: number) => setRow(addr, offset);
  let savedRules = false; // whether the rows say the registers are saved
  const setSaved = (addr: number, on: boolean) => {
    if (on === savedRules) return;
    advanceTo(addr);
    for (const [reg, off] of saves) {
      if (on) w.u8(CFA.offset | DWARF_REG[reg]).uleb(off / -DATA_ALIGN);
      else w.u8(CFA.restore | DWARF_REG[reg]);
    }
    savedRules = on;
  };
  let pushed = 0; // the callee-saved registers the prologue has pushed so far
  for (const e of insts) {
    const prologue = e.blockId === -1;
    if (prologue && e.blockIds.length > 0) {
      offset = 4;
      pushed = 0;
      setOffset(e.addr);
      setSaved(e.addr, false);
    } else if (!prologue && e.blockIds.length > 0) {
      const out = outside.has(e.blockId);
      offset = out ? 4 : body;
      setOffset(e.addr);
      setSaved(e.addr, !out);
    }
    const [dst, src] = e.inst.ops;
    const next = e.addr + e.bytes.length;
    const esp = dst?.k === "p" && dst.reg === "esp" && src?.k === "i";
    switch (e.inst.op) {
      case "push": case "pushfd": offset += 4; break;
      case "pop": offset -= 4; break;
      case "add": if (esp) offset -= src.value; break;
      case "sub": if (esp) offset += src.value; break;
      default: continue;
    }
    setOffset(next);
    if (prologue && e.inst.op === "push" && dst?.k === "p") {
      w.u8(CFA.offset | DWARF_REG[dst.reg]).uleb(offset / -DATA_ALIGN);
      if (++pushed === saves.length) savedRules = true;
    }
  }
  return w.finish();
}

/** pushad's order, lowest address first, as offsets below the CFA of an interrupt stub. */
const PUSHAD = ["edi", "esi", "ebp", "esp", "ebx", "edx", "ecx", "eax"] as const;

/** The rules for interrupt entry stubs: per vector `[push 0;] push v; jmp common`, then
 * `push ds, es, fs, gs; pushad; …; push esp; call handler; …; popad; pop …; add esp, 8;
 * iretd`. The CFA is the interrupted code's esp (for an interrupt from ring 0: from ring
 * 3 the CPU switched stacks and the unwound esp is not the user's): eip is at CFA − 12,
 * under cs and eflags, and after pushad the registers are in the frame. */
function interruptRules(insts: EncodedInst[]): Uint8Array {
  const w = new DwarfWriter();
  const { advanceTo, setOffset: setRow } = cfaRows(w, insts[0].addr, -1); // no CFA offset said yet
  let offset = 0;
  const setOffset = (addr: number) => setRow(addr, offset);
  w.u8(CFA.offset | EIP).uleb(3); // eip at CFA − 12
  const saved = (onStack: boolean, addr: number) => {
    advanceTo(addr);
    PUSHAD.forEach((r, k) => {
      if (r === "esp") return; // esp is the CFA itself
      if (onStack) w.u8(CFA.offset | DWARF_REG[r]).uleb((68 - 4 * k) / -DATA_ALIGN); // pushad's frame ends 68 bytes below the CFA
      else w.u8(CFA.same_value).uleb(DWARF_REG[r]);
    });
  };
  insts.forEach((e, i) => {
    if (e.blockIds.length > 0) {
      // A vector's entry pushes one or two words and then stands 20 bytes below the CFA,
      // like the common part's start.
      const block = insts.slice(i, insts.findIndex((x, j) => j >= i && x.inst.op === "jmp") + 1 || i + 1);
      const pushes = block.filter((x) => x.inst.op === "push").length;
      offset = e.inst.op === "push" && e.inst.ops[0]?.k === "i" ? 20 - 4 * pushes : 20;
    }
    setOffset(e.addr);
    const next = e.addr + e.bytes.length;
    const [dst, src] = e.inst.ops;
    switch (e.inst.op) {
      case "push": case "push_sreg": offset += 4; break;
      case "pop": case "pop_sreg": offset -= 4; break;
      case "pushad": offset += 32; saved(true, next); break;
      case "popad": offset -= 32; saved(false, next); break;
      case "add": if (dst?.k === "p" && dst.reg === "esp" && src?.k === "i") offset -= src.value; break;
      default: return;
    }
    if (i + 1 < insts.length && insts[i + 1].blockIds.length === 0) setOffset(next);
  });
  return w.finish();
}
