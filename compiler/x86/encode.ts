// Phase 7a: encoding. In: allocated MFunctions (phase 6) and the address .text starts at.
// Out: the bytes of .text, with the address and length of every instruction (for the
// listing and the symbol table), and a relocation for every 32-bit field that holds a
// symbol's address, which the linker (image/link.ts) fills in once data is placed.
//
// iced-x86 does the encoding. Branch sizes are chosen here (relaxBranches), the
// way NASM chooses them, and iced encodes exactly that. Each machine instruction gets a range of fake IPs
// (FAKE_IP_BASE + index * FAKE_IP_STRIDE; one instruction may expand to several, e.g.
// inline asm); a branch names its target's fake IP, and iced's BlockEncoder lays the
// code out at the real address, choosing short or near branches. The fake IPs sit
// above any address we branch to, and below 4 GiB, which 32-bit mode truncates to. Where x86 has two encodings
// of one instruction, we pick the one NASM picks, so that the listing assembles
// back to the same bytes (`mov eax, [abs]` is A1, `add r, 1` is 83 /0 ib, …).

import iced from "iced-x86";
import { assemble, AsmError } from "./assembler.js";
import type { CondCode, Mem, MFunction, MInst, Operand, PReg, Reg, SegmentReg } from "./machine.js";
import { SYSCALL_VECTOR } from "./machine.js";

const { BlockEncoder, BlockEncoderOptions, Code, Decoder, DecoderOptions, Encoder, Instruction, MemoryOperand, Register } = iced;
type IcedInstruction = InstanceType<typeof Instruction>;
type IcedRegister = (typeof Register)[keyof typeof Register];

export interface EncodedInst {
  fnIndex: number;
  blockId: number;
  /** The blocks that start here: this instruction's own when it is its block's first, and
   * before it any empty blocks that fall through to it. */
  blockIds: number[];
  inst: MInst;
  addr: number;
  bytes: Uint8Array;
}

/** A 32-bit little-endian field in .text, `offset` bytes from its start, that must hold
 * `symbol`'s address plus `addend`. Encoding writes the addend alone. */
export interface TextReloc {
  offset: number;
  symbol: string;
  addend: number;
}

export interface EncodedText {
  bytes: Uint8Array;
  relocs: TextReloc[];
  insts: EncodedInst[];
  functions: Map<string, { addr: number; size: number }>;
  /** Block labels as symbols, `function.L<block id>`: jump tables and interrupt stub tables point at them. */
  labels: Map<string, number>;
}

/** Inline asm the assembler rejected, with the instruction it came from. */
export class InlineAsmError extends Error {
  constructor(readonly inst: MInst, readonly asmError: AsmError) {
    super(asmError.message);
  }
}

const FAKE_IP_BASE = 0x8000_0000n;
const FAKE_IP_STRIDE = 256n;

const R32: Record<PReg, IcedRegister> = {
  eax: Register.EAX, ecx: Register.ECX, edx: Register.EDX, ebx: Register.EBX,
  esp: Register.ESP, ebp: Register.EBP, esi: Register.ESI, edi: Register.EDI,
};
const R16: Record<PReg, IcedRegister> = {
  eax: Register.AX, ecx: Register.CX, edx: Register.DX, ebx: Register.BX,
  esp: Register.SP, ebp: Register.BP, esi: Register.SI, edi: Register.DI,
};
const R8: Partial<Record<PReg, IcedRegister>> = { eax: Register.AL, ecx: Register.CL, edx: Register.DL, ebx: Register.BL };
const CONTROL: Record<0 | 2 | 3 | 4, IcedRegister> = { 0: Register.CR0, 2: Register.CR2, 3: Register.CR3, 4: Register.CR4 };
const SEGMENT: Record<SegmentReg, IcedRegister> = { ds: Register.DS, es: Register.ES, fs: Register.FS, gs: Register.GS, ss: Register.SS };
const ALU_NAMES = { add: "Add", sub: "Sub", and: "And", or: "Or", xor: "Xor", cmp: "Cmp" } as const;
const CC_NAMES: Record<CondCode, string> = { e: "e", ne: "ne", b: "b", be: "be", a: "a", ae: "ae", l: "l", le: "le", g: "g", ge: "ge", s: "s", ns: "ns" };

/** A symbolic operand as `single` encoded it: which field of the instruction holds it. */
interface SymbolField {
  field: "immediate" | "displacement";
  symbol: string;
  addend: number;
}

/**
 * Encodes all functions as one block of code at `base`. Symbolic operands are encoded as
 * their addends in 32-bit fields, so the code's size and its branches do not depend on
 * where data lands; `relocs` says where each symbol's address goes.
 */
export function encodeText(fns: MFunction[], base: number): EncodedText {
  const order: { fnIndex: number; blockId: number; blockIds: number[]; inst: MInst }[] = [];
  const labelIp = new Map<string, bigint>();
  const functionIp = new Map<string, bigint>();
  const ipOf = (index: number) => FAKE_IP_BASE + BigInt(index) * FAKE_IP_STRIDE;
  // Where each function and each block starts in `order`. A block may be empty (its jump to
  // the next block became a fall-through): its label is then the next instruction's address.
  const fnStarts: number[] = [];
  const blockStarts: { fnIndex: number; blockId: number; index: number }[] = [];
  fns.forEach((fn, fnIndex) => {
    const waiting: number[] = []; // blocks that start at the next instruction
    functionIp.set(fn.name, ipOf(order.length));
    fnStarts.push(order.length);
    for (const block of fn.blocks) {
      labelIp.set(`${fnIndex}:${block.id}`, ipOf(order.length));
      blockStarts.push({ fnIndex, blockId: block.id, index: order.length });
      waiting.push(block.id);
      for (const inst of block.insts) order.push({ fnIndex, blockId: block.id, blockIds: waiting.splice(0), inst });
    }
  });
  if (ipOf(order.length) >= 0x1_0000_0000n) throw new Error("internal error: too many instructions for the fake IP range");

  const all: IcedInstruction[] = [];
  const symbolFields: SymbolField[][] = [];
  const counts = order.map(({ fnIndex, inst }, index) => {
    const target = () => {
      const ip = inst.callee !== undefined ? functionIp.get(inst.callee) : labelIp.get(`${fnIndex}:${inst.target}`);
      if (ip === undefined || ip >= ipOf(order.length)) throw new Error(`internal error: unresolved branch target in ${fns[fnIndex].name}`);
      return ip;
    };
    const fields: SymbolField[] = [];
    const expansion = toIced(inst, target, fields, ipOf(index));
    if (fields.length > 0) symbolFields[index] = fields;
    if (BigInt(expansion.length) > FAKE_IP_STRIDE) throw new InlineAsmError(inst, new AsmError(`inline asm longer than ${FAKE_IP_STRIDE} instructions`, 1, 1));
    expansion.forEach((e, k) => {
      if (e.ip === 0n) e.ip = ipOf(index) + BigInt(k);
      all.push(e);
    });
    return expansion.length;
  });
  relaxBranches(all);
  const encoder = new BlockEncoder(32, BlockEncoderOptions.DontFixBranches);
  for (const e of all) encoder.add(e); // the encoder keeps copies: iced's objects live in wasm memory until freed
  all.forEach((e) => e.free());
  const bytes = encoder.encode(BigInt(base));
  encoder.free();

  // Decode the result to learn where each instruction landed, and where its symbols' fields are.
  const decoder = new Decoder(32, bytes, DecoderOptions.None);
  decoder.ip = BigInt(base);
  const relocs: TextReloc[] = [];
  const insts: EncodedInst[] = order.map((entry, index) => {
    const addr = Number(decoder.ip);
    for (let k = 0; k < counts[index]; k++) {
      const decoded = decoder.decode();
      if (symbolFields[index]) relocs.push(...fieldRelocs(decoder, decoded, addr - base, symbolFields[index]));
      decoded.free();
    }
    return { ...entry, addr, bytes: bytes.subarray(addr - base, Number(decoder.ip) - base) };
  });
  if (decoder.canDecode) throw new Error("internal error: encoder produced more instructions than it was given");
  decoder.free();

  const addrAt = (index: number) => insts[index]?.addr ?? base + bytes.length;
  const functions = new Map<string, { addr: number; size: number }>();
  fns.forEach((fn, fnIndex) => {
    const [first, end] = [addrAt(fnStarts[fnIndex]), addrAt(fnStarts[fnIndex + 1] ?? order.length)];
    functions.set(fn.name, { addr: first, size: end - first });
  });
  const labels = new Map<string, number>();
  for (const { fnIndex, blockId, index } of blockStarts) labels.set(`${fns[fnIndex].name}.L${blockId}`, addrAt(index));
  return { bytes, relocs, insts, functions, labels };
}

/** Where in one decoded instruction (at `offset` in .text) its symbolic fields are. Only
 * single instructions carry symbols (inline asm names none), and every symbolic field is
 * 32 bits wide. */
function fieldRelocs(decoder: InstanceType<typeof Decoder>, decoded: IcedInstruction, offset: number, fields: SymbolField[]): TextReloc[] {
  const constants = decoder.getConstantOffsets(decoded);
  const out = fields.map(({ field, symbol, addend }): TextReloc => {
    const [has, at, size] = field === "immediate"
      ? [constants.hasImmediate, constants.immediateOffset, constants.immediateSize]
      : [constants.hasDisplacement, constants.displacementOffset, constants.displacementSize];
    if (!has || size !== 4) throw new Error(`internal error: the ${field} holding ${symbol} is not a 32-bit field`);
    return { offset: offset + at, symbol, addend };
  });
  constants.free();
  return out;
}

/** Short branch codes and their near forms. */
const NEAR_FORM = new Map<number, number>([
  [Code.Jmp_rel8_32, Code.Jmp_rel32_32],
  ...(["e", "ne", "b", "be", "a", "ae", "l", "le", "g", "ge", "s", "ns", "o", "no", "p", "np"] as const).map((cc): [number, number] => {
    const codes = Code as unknown as Record<string, number>;
    return [codes[`J${cc}_rel8_32`], codes[`J${cc}_rel32_32`]];
  }),
]);

/** Branch relaxation: every short branch starts short and becomes near only when its target is
 * out of reach, repeated until nothing changes. Growing from the smallest layout reaches the least
 * fixpoint, which is also what NASM's optimizer finds, so the listing reassembles to these bytes.
 * (iced's BlockEncoder shrinks from near in a bounded number of passes and can stop short of it.) */
function relaxBranches(list: IcedInstruction[]): void {
  // iced's properties are wasm calls: read each once. `branches` holds each short branch's
  // index and its target's (-1 when outside the list: always near).
  const indexOfIp = new Map(list.map((ins, i) => [ins.ip, i]));
  const measure = new Encoder(32);
  const branches: { at: number; target: number }[] = [];
  const sizes = list.map((ins, i) => {
    if (NEAR_FORM.has(ins.code)) {
      branches.push({ at: i, target: indexOfIp.get(ins.nearBranchTarget) ?? -1 });
      return 2;
    }
    const length = measure.encode(ins, ins.ip);
    measure.takeBuffer();
    return length;
  });
  measure.free();
  const addr = new Float64Array(list.length);
  let short = branches;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0, at = 0; i < list.length; at += sizes[i], i++) addr[i] = at;
    short = short.filter(({ at, target }) => {
      const displacement = target < 0 ? Infinity : addr[target] - (addr[at] + 2);
      if (displacement >= -128 && displacement <= 127) return true;
      sizes[at] = list[at].code === Code.Jmp_rel8_32 ? 5 : 6;
      list[at].code = NEAR_FORM.get(list[at].code)!;
      changed = true;
      return false;
    });
  }
}

function fitsI8(v: number): boolean {
  return v >= -128 && v <= 127;
}

/** The instructions one machine instruction stands for. Most are one; fixed sequences and inline
 * asm are several, whose IPs (when they branch among themselves) start at `ip`. */
function toIced(inst: MInst, target: () => bigint, fields: SymbolField[], ip: bigint): IcedInstruction[] {
  switch (inst.op) {
    case "reload_cs": {
      // push code; call next; next: add dword [esp], 5; retf  -- returns, with CS = code, right after itself
      const add = Instruction.createMemI32(Code.Add_rm32_imm8, new MemoryOperand(Register.ESP, Register.None, 1, 0n, 0, false, Register.None), 5);
      add.ip = ip + 2n;
      return [Instruction.createReg(Code.Push_r32, R32[phys(inst.ops[0])]), Instruction.createBranch(Code.Call_rel32_32, ip + 2n), add, Instruction.create(Code.Retfd)];
    }
    case "asm": {
      const source = inst.asm!.map((text, k) => text + (k < inst.ops.length ? phys(inst.ops[k]) : "")).join("");
      try {
        const { instructions, nextIp } = assemble(source, ip);
        // A label at the end of the text means "after the asm": the next machine instruction.
        for (const i of instructions) if (NEAR_FORM.has(i.code) && i.nearBranchTarget === nextIp) i.nearBranch32 = Number(ip + FAKE_IP_STRIDE);
        return instructions;
      } catch (e) {
        if (e instanceof AsmError) throw new InlineAsmError(inst, e);
        throw e;
      }
    }
    default:
      return [single(inst, target, fields)];
  }
}

/** One machine instruction as iced's. A symbolic operand is encoded as its addend, and
 * `fields` records which field holds it. */
function single(inst: MInst, target: () => bigint, fields: SymbolField[]): IcedInstruction {
  const [a, b, c] = inst.ops;
  const r32 = (o: Operand) => R32[phys(o)];
  const r8 = (o: Operand) => R8[phys(o)] ?? fail(inst, "needs a byte register");
  const value = (o: Operand) => {
    if (o.k !== "i") return fail(inst, "expected an immediate");
    if (o.symbol) fields.push({ field: "immediate", symbol: o.symbol, addend: o.value });
    return o.value | 0;
  };
  const small = (o: Operand) => o.k === "i" && !o.symbol && fitsI8(o.value);
  const memory = (o: Operand) => {
    let m = o as Mem;
    // [index*1 + disp] is [base + disp]: shorter without a SIB byte, and how NASM encodes it.
    if (!m.base && m.index && (m.scale ?? 1) === 1) m = { ...m, base: m.index, index: undefined };
    // NASM splits [index*2 + disp] into [index + index*1 + disp] (no disp32 needed without a symbol).
    if (!m.base && m.index && m.scale === 2) m = { ...m, base: m.index, scale: 1 };
    // NASM sorts the registers of [r1 + r2 + symbol + k], k not 0, by name: the first is the
    // base (esp can only be one).
    if (m.base && m.index && (m.scale ?? 1) === 1 && m.symbol && m.disp !== 0) {
      const [b, i] = [phys(m.base), phys(m.index)];
      if (b !== "esp" && (i === "esp" || i < b)) m = { ...m, base: m.index, index: m.base };
    }
    if (m.symbol) fields.push({ field: "displacement", symbol: m.symbol, addend: m.disp });
    const disp = m.disp | 0;
    // Absolute and symbolic displacements are always disp32, so sizes do not depend on
    // addresses; otherwise none for 0 (as NASM writes [ebx]), else the shortest.
    const displSize = !m.base || m.symbol ? 4 : disp === 0 ? 0 : 1;
    const index = m.index ? R32[phys(m.index)] : Register.None;
    // An absolute address is unsigned (the moffs forms of `mov eax, [addr]` insist).
    const address = m.base || m.index ? disp : disp >>> 0;
    return new MemoryOperand(m.base ? R32[phys(m.base)] : Register.None, index, m.scale ?? 1, BigInt(address), displSize, false, Register.None);
  };
  const absolute = (o: Operand) => o.k === "m" && !o.base && !o.index;
  const isEax = (o: Operand) => o.k === "p" && o.reg === "eax";
  const code = (name: string) => (Code as unknown as Record<string, number>)[name] ?? fail(inst, `no iced code ${name}`);

  switch (inst.op) {
    case "mov":
      if (a.k === "m") {
        if (b.k === "i") return Instruction.createMemI32(Code.Mov_rm32_imm32, memory(a), value(b));
        return Instruction.createMemReg(absolute(a) && isEax(b) ? Code.Mov_moffs32_EAX : Code.Mov_rm32_r32, memory(a), r32(b));
      }
      if (b.k === "i") return Instruction.createRegI32(Code.Mov_r32_imm32, r32(a), value(b));
      if (b.k === "m") return Instruction.createRegMem(absolute(b) && isEax(a) ? Code.Mov_EAX_moffs32 : Code.Mov_r32_rm32, r32(a), memory(b));
      return Instruction.createRegReg(Code.Mov_rm32_r32, r32(a), r32(b));
    case "store8":
      if (b.k === "i") return Instruction.createMemI32(Code.Mov_rm8_imm8, memory(a), value(b));
      return Instruction.createMemReg(absolute(a) && isEax(b) ? Code.Mov_moffs8_AL : Code.Mov_rm8_r8, memory(a), r8(b));
    case "store16":
      if (b.k === "i") return Instruction.createMemI32(Code.Mov_rm16_imm16, memory(a), value(b));
      return Instruction.createMemReg(absolute(a) && isEax(b) ? Code.Mov_moffs16_AX : Code.Mov_rm16_r16, memory(a), R16[phys(b)]);
    case "movzx8": case "movsx8": {
      const c8 = inst.op === "movzx8" ? Code.Movzx_r32_rm8 : Code.Movsx_r32_rm8;
      return b.k === "m" ? Instruction.createRegMem(c8, r32(a), memory(b)) : Instruction.createRegReg(c8, r32(a), r8(b));
    }
    case "movzx16": case "movsx16": {
      const c16 = inst.op === "movzx16" ? Code.Movzx_r32_rm16 : Code.Movsx_r32_rm16;
      return b.k === "m" ? Instruction.createRegMem(c16, r32(a), memory(b)) : Instruction.createRegReg(c16, r32(a), R16[phys(b)]);
    }
    case "lea": return Instruction.createRegMem(Code.Lea_r32_m, r32(a), memory(b));
    case "add": case "sub": case "and": case "or": case "xor": case "cmp": {
      const n = ALU_NAMES[inst.op];
      if (b.k === "i") {
        const form = small(b) ? `${n}_rm32_imm8` : isEax(a) ? `${n}_EAX_imm32` : `${n}_rm32_imm32`;
        return a.k === "m" ? Instruction.createMemI32(code(form), memory(a), value(b)) : Instruction.createRegI32(code(form), r32(a), value(b));
      }
      if (a.k === "m") return Instruction.createMemReg(code(`${n}_rm32_r32`), memory(a), r32(b));
      if (b.k === "m") return Instruction.createRegMem(code(`${n}_r32_rm32`), r32(a), memory(b));
      return Instruction.createRegReg(code(`${n}_rm32_r32`), r32(a), r32(b));
    }
    case "cmp8": return Instruction.createMemI32(Code.Cmp_rm8_imm8, memory(a), value(b));
    case "cmp16": { // NASM takes the imm8 form when the word, read as signed, fits a byte (0xffff is -1)
      const word = (value(b) << 16) >> 16;
      return fitsI8(word) ? Instruction.createMemI32(Code.Cmp_rm16_imm8, memory(a), word) : Instruction.createMemI32(Code.Cmp_rm16_imm16, memory(a), word & 0xffff);
    }
    case "test":
      if (b.k === "i") return Instruction.createRegI32(isEax(a) ? Code.Test_EAX_imm32 : Code.Test_rm32_imm32, r32(a), value(b));
      return Instruction.createRegReg(Code.Test_rm32_r32, r32(a), r32(b));
    case "imul":
      return b.k === "m" ? Instruction.createRegMem(Code.Imul_r32_rm32, r32(a), memory(b)) : Instruction.createRegReg(Code.Imul_r32_rm32, r32(a), r32(b));
    case "imul3":
      if (b.k === "m") return Instruction.createRegMemI32(small(c) ? Code.Imul_r32_rm32_imm8 : Code.Imul_r32_rm32_imm32, r32(a), memory(b), value(c));
      return Instruction.createRegRegI32(small(c) ? Code.Imul_r32_rm32_imm8 : Code.Imul_r32_rm32_imm32, r32(a), r32(b), value(c));
    case "neg": return Instruction.createReg(Code.Neg_rm32, r32(a));
    case "not": return Instruction.createReg(Code.Not_rm32, r32(a));
    case "shl": case "shr": case "sar": case "rol": {
      const n = inst.op[0].toUpperCase() + inst.op.slice(1);
      if (b.k !== "i") return Instruction.createRegReg(code(`${n}_rm32_CL`), r32(a), Register.CL);
      return Instruction.createRegI32(code(value(b) === 1 ? `${n}_rm32_1` : `${n}_rm32_imm8`), r32(a), value(b));
    }
    case "cdq": return Instruction.create(Code.Cdq);
    case "div": return Instruction.createReg(Code.Div_rm32, r32(a));
    case "idiv": return Instruction.createReg(Code.Idiv_rm32, r32(a));
    case "setcc": return Instruction.createReg(code(`Set${CC_NAMES[inst.cc!]}_rm8`), r8(a));
    case "push":
      if (a.k === "i") return Instruction.createI32(small(a) ? Code.Pushd_imm8 : Code.Pushd_imm32, value(a));
      if (a.k === "m") return Instruction.createMem(Code.Push_rm32, memory(a));
      return Instruction.createReg(Code.Push_r32, r32(a));
    case "pop": return Instruction.createReg(Code.Pop_r32, r32(a));
    case "call": return a ? Instruction.createReg(Code.Call_rm32, r32(a)) : Instruction.createBranch(Code.Call_rel32_32, target());
    case "jmp_table": {
      fields.push({ field: "displacement", symbol: inst.symbol!, addend: 0 });
      const table = new MemoryOperand(Register.None, r32(a), 4, 0n, 4, false, Register.None);
      return Instruction.createMem(Code.Jmp_rm32, table);
    }
    // Branches start short; the BlockEncoder lengthens those that do not reach. Growing from
    // short finds the smallest layout, as NASM does (shrinking from near can stop early).
    case "jmp": return Instruction.createBranch(Code.Jmp_rel8_32, target());
    case "jcc": return Instruction.createBranch(code(`J${CC_NAMES[inst.cc!]}_rel8_32`), target());
    case "ret": return Instruction.create(Code.Retnd);
    case "leave": return Instruction.create(Code.Leaved);
    case "in8": case "in16": case "in32": {
      const [acc, name] = portWidth(inst.op);
      return b.k === "i" ? Instruction.createRegI32(code(`In_${name}_imm8`), acc, value(b)) : Instruction.createRegReg(code(`In_${name}_DX`), acc, Register.DX);
    }
    case "out8": case "out16": case "out32": {
      const [acc, name] = portWidth(inst.op);
      return a.k === "i" ? Instruction.createI32Reg(code(`Out_imm8_${name}`), value(a), acc) : Instruction.createRegReg(code(`Out_DX_${name}`), Register.DX, acc);
    }
    case "cli": return Instruction.create(Code.Cli);
    case "sti": return Instruction.create(Code.Sti);
    case "hlt": return Instruction.create(Code.Hlt);
    case "pause": return Instruction.create(Code.Pause);
    case "cld": return Instruction.create(Code.Cld);
    case "int": return Instruction.createI32(Code.Int_imm8, value(a));
    case "int3": return Instruction.create(Code.Int3);
    case "syscall": return Instruction.createI32(Code.Int_imm8, SYSCALL_VECTOR);
    case "lgdt": return Instruction.createMem(Code.Lgdt_m1632, memory(a));
    case "lidt": return Instruction.createMem(Code.Lidt_m1632, memory(a));
    case "invlpg": return Instruction.createMem(Code.Invlpg_m, memory(a));
    case "ltr": return Instruction.createReg(Code.Ltr_r32m16, r32(a)); // 0F 00 /3 without 66, as NASM writes `ltr ax`
    case "rdtsc": return Instruction.create(Code.Rdtsc);
    case "pushfd": return Instruction.create(Code.Pushfd);
    case "pushad": return Instruction.create(Code.Pushad);
    case "popad": return Instruction.create(Code.Popad);
    case "iretd": return Instruction.create(Code.Iretd);
    case "mov_from_cr": return Instruction.createRegReg(Code.Mov_r32_cr, r32(a), CONTROL[inst.cr!]);
    case "mov_to_cr": return Instruction.createRegReg(Code.Mov_cr_r32, CONTROL[inst.cr!], r32(a));
    case "push_sreg": return Instruction.createReg(code(`Pushd_${inst.sreg!.toUpperCase()}`), SEGMENT[inst.sreg!]);
    case "pop_sreg": return Instruction.createReg(code(`Popd_${inst.sreg!.toUpperCase()}`), SEGMENT[inst.sreg!]);
    case "mov_from_sreg": return Instruction.createRegReg(Code.Mov_r32m16_Sreg, r32(a), SEGMENT[inst.sreg!]);
    case "mov_to_sreg": return Instruction.createRegReg(Code.Mov_Sreg_r32m16, SEGMENT[inst.sreg!], r32(a));
    case "reload_cs": case "asm": return fail(inst, "expands to several instructions");
    case "rep_stosd": return Instruction.createRepStosd(32);
  }
}

function portWidth(op: string): [IcedRegister, string] {
  if (op.endsWith("8")) return [Register.AL, "AL"];
  if (op.endsWith("16")) return [Register.AX, "AX"];
  return [Register.EAX, "EAX"];
}

function phys(o: Operand | Reg): PReg {
  if (o.k !== "p") throw new Error(`internal error: operand ${JSON.stringify(o)} reached the encoder unallocated`);
  return o.reg;
}

function fail(inst: MInst, why: string): never {
  throw new Error(`internal error: cannot encode ${inst.op} ${JSON.stringify(inst.ops)}: ${why}`);
}
