// Instruction selection for the inline assembler (assembler.ts). In: a mnemonic and
// parsed operands. Out: the iced Instruction that NASM would encode for them, or why
// there is none. Candidates come from iced's own opcode tables: every legacy-encoded
// 32-bit Code with that mnemonic whose operand kinds accept the operands is encoded,
// and the shortest wins, ties going to a sign-extended imm8, then to the lower Code
// (the "r/m, reg" direction). That is NASM's choice, checked against nasm by the tests.

import iced from "iced-x86";

const { Code, CodeExt, EncodingKind, Encoder, Instruction, InstructionInfoFactory, MemorySizeExt, Mnemonic, OpAccess, OpKind, Register, RegisterExt } = iced;
const K = iced.OpCodeOperandKind;
type OperandKind = (typeof K)[keyof typeof K];
type IcedCode = (typeof Code)[keyof typeof Code];
type IcedOpKind = (typeof OpKind)[keyof typeof OpKind];
export type IcedInstruction = InstanceType<typeof Instruction>;
export type IcedRegister = (typeof Register)[keyof typeof Register];
export type Size = 1 | 2 | 4;

/** A parsed operand. Labels are already resolved to fake IPs (`branch`). */
export type Operand =
  | { kind: "reg"; reg: IcedRegister; cls: "gpr" | "seg" | "cr" | "dr"; size: Size }
  | { kind: "imm"; value: number; size?: Size }
  | { kind: "mem"; size?: Size; seg: IcedRegister; base: IcedRegister; index: IcedRegister; scale: number; disp: number }
  | { kind: "branch"; target: bigint }
  | { kind: "far"; selector: number; offset: number };

export type Prefix = "rep" | "repe" | "repne" | "lock";

export interface Selected {
  instruction: IcedInstruction;
  length: number; // the most bytes it can take (a short jmp or jcc counts as near)
  shortBranch: boolean; // a rel8-only branch (loop, jecxz): the caller checks its reach
}
/** Why no instruction was selected; `operand` is the index of the operand to blame. */
export interface Rejection {
  error: string;
  operand?: number;
}

interface Form {
  code: IcedCode;
  kinds: OperandKind[]; // all of iced's operands, including implicit ones (movsb's [esi], stosd's eax)
  opSize: number; // 16 means an o16 form (0x66 prefix in 32-bit code)
  memSize: number; // bytes of the memory operand, 0 if unknown or none
}

// NASM spellings that iced names differently. NASM's `pusha`, `iret`, … in bits 32 are
// the 32-bit forms; iced's `Sal` codes are the undocumented /6 encoding, NASM's sal is shl.
const ALIASES = new Map(Object.entries({
  pusha: "pushad", popa: "popad", pushf: "pushfd", popf: "popfd", iret: "iretd",
  sal: "shl", retn: "ret", icebp: "int1", xlat: "xlatb", fwait: "wait", loopz: "loope", loopnz: "loopne",
}));
const CONDITION_ALIASES = new Map(Object.entries({
  z: "e", nz: "ne", c: "b", nc: "ae", nae: "b", nb: "ae", na: "be", nbe: "a", nge: "l", nl: "ge", ng: "le", nle: "g", pe: "p", po: "np",
}));

/** iced's mnemonic name (lower case) for a NASM mnemonic. */
function canonical(mnemonic: string): string {
  const cc = /^(j|set|cmov)(.+)$/.exec(mnemonic);
  const condition = cc && CONDITION_ALIASES.get(cc[2]);
  return ALIASES.get(mnemonic) ?? (condition ? cc[1] + condition : mnemonic);
}

// `pop cs` is 8086-only (0F has been the two-byte escape since); bswap r16 is undefined;
// NASM has no movzx/movsx r16, r/m16; iced's arpl r/m16 has an o16 prefix NASM does not write.
const EXCLUDED = new Set<IcedCode>([Code.Popw_CS, Code.Bswap_r16, Code.Movzx_r16_rm16, Code.Movsx_r16_rm16, Code.Arpl_rm16_r16, Code.Arpl_r32m16_r32]);

let forms: Map<string, Form[]> | undefined;

// Built on first use: reading iced's tables takes a few tens of milliseconds.
function formsOf(mnemonic: string): Form[] | undefined {
  if (!forms) {
    forms = new Map();
    for (const code of Object.values(Code)) {
      if (typeof code !== "number") continue;
      const info = CodeExt.opCode(code);
      // decoderOption marks oddities iced decodes only on request (cmpxchg486's 0F A7, umov, jmpe).
      const usable = info.mode32 && info.encoding === EncodingKind.Legacy && info.addressSize !== 16 && info.decoderOption === 0 && !EXCLUDED.has(code);
      if (info.isInstruction && usable) {
        const name = Mnemonic[info.mnemonic].toLowerCase();
        const kinds = Array.from({ length: info.opCount }, (_, i) => info.opKind(i));
        const form = { code, kinds, opSize: info.operandSize, memSize: MemorySizeExt.size(info.memorySize) };
        forms.set(name, forms.get(name) ?? []).get(name)!.push(form);
      }
      info.free();
    }
  }
  return forms.get(canonical(mnemonic));
}

const GPR_SLOT = new Map<OperandKind, Size>([
  [K.r8_or_mem, 1], [K.r8_reg, 1], [K.r8_opcode, 1],
  [K.r16_or_mem, 2], [K.r16_reg, 2], [K.r16_reg_mem, 2], [K.r16_rm, 2], [K.r16_opcode, 2],
  [K.r32_or_mem, 4], [K.r32_reg, 4], [K.r32_reg_mem, 4], [K.r32_rm, 4], [K.r32_opcode, 4],
]);
const MEM_SLOT = new Set<OperandKind>([K.r8_or_mem, K.r16_or_mem, K.r32_or_mem, K.mem, K.mem_offs]);
const CLASS_SLOT = new Map<OperandKind, string>([[K.seg_reg, "seg"], [K.cr_reg, "cr"], [K.dr_reg, "dr"]]);
const FIXED_SLOT = new Map<OperandKind, IcedRegister>([
  [K.al, Register.AL], [K.cl, Register.CL], [K.ax, Register.AX], [K.dx, Register.DX], [K.eax, Register.EAX],
  [K.es, Register.ES], [K.cs, Register.CS], [K.ss, Register.SS], [K.ds, Register.DS], [K.fs, Register.FS], [K.gs, Register.GS],
]);
// String instructions' operands, which NASM does not write (`movsb`, `rep stosd`).
const IMPLICIT_SLOT = new Map<OperandKind, IcedOpKind>([
  [K.seg_rSI, OpKind.MemorySegESI], [K.es_rDI, OpKind.MemoryESEDI], [K.seg_rDI, OpKind.MemorySegEDI], [K.seg_rBX_al, OpKind.Memory],
]);
// Immediates: the values the operand size allows, those this form can hold (its
// sign-extended imm8 takes fewer), and the size keywords NASM lets it carry (`push word 5`
// is an imm16 form, `add eax, byte 1` an imm8 one, `shl eax, byte 1` is C1 /4 ib).
// Outside the first range is "out of range".
const INT32: [number, number] = [-(2 ** 31), 2 ** 32 - 1];
const IMM_SLOT = new Map<OperandKind, { op: IcedOpKind; range: [number, number]; fits: (v: number) => boolean; sizes: Size[] }>([
  [K.imm8, { op: OpKind.Immediate8, range: [-128, 255], fits: () => true, sizes: [1] }],
  [K.imm8_const_1, { op: OpKind.Immediate8, range: [-128, 255], fits: (v) => v === 1, sizes: [] }],
  [K.imm8sex16, { op: OpKind.Immediate8to16, range: [-32768, 65535], fits: (v) => ((v << 16) >> 16) === ((v << 24) >> 24), sizes: [1, 2] }],
  [K.imm8sex32, { op: OpKind.Immediate8to32, range: INT32, fits: (v) => (v | 0) === ((v << 24) >> 24), sizes: [1, 4] }],
  [K.imm16, { op: OpKind.Immediate16, range: [-32768, 65535], fits: () => true, sizes: [2] }],
  [K.imm32, { op: OpKind.Immediate32, range: INT32, fits: () => true, sizes: [4] }],
]);

let encoder: InstanceType<typeof Encoder> | undefined;
let infoFactory: InstanceType<typeof InstructionInfoFactory> | undefined;

/** Picks the instruction NASM would encode for `mnemonic operands` at fake address `ip`. */
export function select(mnemonic: string, operands: Operand[], ip: bigint): Selected | Rejection {
  const candidates = formsOf(mnemonic);
  if (!candidates) return { error: `unknown instruction '${mnemonic}'` };
  encoder ??= new Encoder(32);

  // NASM reads `imul r, imm` as `imul r, r, imm`; `test` and `xchg` take their
  // operands in either order, and NASM puts xchg's first register in modrm.reg.
  const ops = mnemonic === "imul" && operands.length === 2 && operands[0].kind === "reg" && operands[1].kind === "imm" ? [operands[0], ...operands] : operands;
  const swapped = ops.length === 2 && ops.every((o) => o.kind === "reg" || o.kind === "mem") ? [ops[1], ops[0]] : undefined;
  const orders = !swapped ? [ops] : mnemonic === "xchg" ? [swapped, ops] : mnemonic === "test" ? [ops, swapped] : [ops];
  // A near jmp/call through memory is a dword unless the text says otherwise.
  const defaultSize = mnemonic === "jmp" || mnemonic === "call" ? 4 : undefined;

  // Branch forms are measured as if the target were at hand, as the short form is the one
  // to pick: the caller grows it to near where the target is out of reach, as NASM does.
  const branch = operands.find((o) => o.kind === "branch");
  const measureAt = branch?.target ?? ip;

  let outOfRange: number | undefined;
  const matches: { form: Form; instruction: IcedInstruction; length: number }[] = [];
  const memSizes = new Set<number>(); // of the forms whose operand kinds fit, whatever the immediate's value
  for (const order of orders) {
    for (const form of candidates) {
      const built = build(form, order, defaultSize);
      if (built !== undefined) memSizes.add(form.memSize);
      if (typeof built === "number") outOfRange ??= operands.indexOf(order[built]);
      if (typeof built !== "object") continue;
      built.ip = ip;
      try {
        matches.push({ form, instruction: built, length: encoder.encode(built, measureAt) });
      } catch {
        built.free(); // the encoder refused an operand combination the kinds let through
      }
      encoder.takeBuffer();
    }
  }
  if (matches.length === 0) {
    if (outOfRange === undefined) return { error: `no form of '${mnemonic}' takes (${operands.map(describe).join(", ")})` };
    return { error: `immediate ${(operands[outOfRange] as { value: number }).value} is out of range for '${mnemonic}'`, operand: outOfRange };
  }

  const unsized = operands.findIndex((o) => o.kind === "mem" && !o.size);
  if (unsized >= 0 && defaultSize === undefined && memSizes.size > 1) {
    matches.forEach((m) => m.instruction.free());
    return { error: "operation size not specified: write byte, word or dword before the [", operand: unsized };
  }
  // o16 forms only when the text asks for 16 bits or has nothing else (`push ds` is 1E,
  // `push word 5` is 66 6A 05, `cbw` is 66 98).
  const wants16 = operands.some((o) => (o.kind === "reg" ? o.cls === "gpr" && o.size === 2 : "size" in o && o.size === 2));
  const usable = wants16 || matches.every((m) => m.form.opSize === 16) ? matches : matches.filter((m) => m.form.opSize !== 16);
  // Between equally long forms NASM takes a sign-extended imm8 (66 83 C0 01 for `add ax, 1`).
  const rank = (m: (typeof matches)[number]) => m.length * 2 + (m.form.kinds.some((k) => k === K.imm16 || k === K.imm32) ? 1 : 0);
  const best = usable.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  for (const m of matches) if (m !== best) m.instruction.free();
  const short = best.form.kinds.includes(K.br32_1);
  const near = short ? matches.find((m) => m.form.kinds.includes(K.br32_4) && m.form.opSize !== 16) : undefined;
  return { instruction: best.instruction, length: near?.length ?? best.length, shortBranch: short && !near };
}

/**
 * An instruction for `form` with `ops`, or undefined if they do not fit it, or the index
 * (in `ops`) of an immediate that fits the form's kind but not its range.
 */
function build(form: Form, ops: Operand[], defaultSize: Size | undefined): IcedInstruction | number | undefined {
  // String instructions: NASM writes none of their operands (`stosd`, `rep movsb`, `insb`).
  const stringForm = form.kinds.some((k) => IMPLICIT_SLOT.has(k));
  if (ops.length !== (stringForm ? 0 : form.kinds.length)) return undefined;
  const plan: ((i: IcedInstruction) => void)[] = [];
  const setRegister = (pos: number, reg: IcedRegister) => plan.push((i) => (i.setOpKind(pos, OpKind.Register), i.setOpRegister(pos, reg)));
  let widened = -1;
  let immediates = 0;
  let next = 0;
  for (const [pos, kind] of form.kinds.entries()) {
    const implicit = IMPLICIT_SLOT.get(kind);
    if (implicit !== undefined) {
      plan.push((i) => i.setOpKind(pos, implicit));
      if (kind === K.seg_rBX_al) plan.push((i) => ((i.memoryBase = Register.EBX), (i.memoryIndex = Register.AL), (i.memoryIndexScale = 1)));
      continue;
    }
    if (stringForm) {
      setRegister(pos, FIXED_SLOT.get(kind)!);
      continue;
    }
    const op = ops[next++];
    if (op.kind === "reg") {
      const gpr = GPR_SLOT.get(kind);
      if (gpr !== undefined && op.cls === "gpr" && op.size === gpr) setRegister(pos, op.reg);
      else if (kind === K.r32_or_mem && form.memSize === 2 && op.cls === "gpr" && op.size === 2) {
        // An r32/m16 slot (mov ds, r32; ltr; lar): a 16-bit register that is only read is
        // given as its 32-bit self, which spares the 0x66 prefix, as NASM does.
        widened = pos;
        setRegister(pos, RegisterExt.fullRegister32(op.reg));
      } else if (CLASS_SLOT.get(kind) === op.cls || FIXED_SLOT.get(kind) === op.reg) setRegister(pos, op.reg);
      else return undefined;
    } else if (op.kind === "mem") {
      const size = op.size ?? defaultSize;
      if (!MEM_SLOT.has(kind) || (size !== undefined && form.memSize !== 0 && size !== form.memSize)) return undefined;
      if (kind === K.mem_offs && (op.base !== Register.None || op.index !== Register.None)) return undefined;
      plan.push((i) => {
        i.setOpKind(pos, OpKind.Memory);
        i.memoryBase = op.base;
        i.memoryIndex = op.index;
        i.memoryIndexScale = op.scale;
        i.memoryDisplacement = BigInt.asUintN(32, BigInt(op.disp));
        // No base means a disp32 (even with an index); else none for 0, as NASM writes [ebx], else the shortest.
        i.memoryDisplSize = op.base === Register.None ? 4 : op.disp === 0 ? 0 : 1;
        i.segmentPrefix = op.seg;
      });
    } else if (op.kind === "imm") {
      const slot = IMM_SLOT.get(kind);
      if (!slot || !slot.fits(op.value) || (op.size && !slot.sizes.includes(op.size))) return undefined;
      if (op.value < slot.range[0] || op.value > slot.range[1]) return next - 1;
      const opKind = slot.op === OpKind.Immediate8 && immediates > 0 ? OpKind.Immediate8_2nd : slot.op; // enter imm16, imm8
      immediates++;
      plan.push((i) => (i.setOpKind(pos, opKind), i.setImmediateI32(pos, op.value | 0)));
    } else if (op.kind === "branch") {
      if (kind !== K.br32_1 && kind !== K.br32_4) return undefined;
      plan.push((i) => (i.setOpKind(pos, OpKind.NearBranch32), (i.nearBranch32 = Number(op.target))));
    } else {
      if (kind !== K.farbr4_2) return undefined;
      plan.push((i) => (i.setOpKind(pos, OpKind.FarBranch32), (i.farBranch32 = op.offset), (i.farBranchSelector = op.selector)));
    }
  }
  const instruction = Instruction.create(form.code);
  plan.forEach((step) => step(instruction));
  if (widened >= 0) {
    infoFactory ??= new InstructionInfoFactory();
    const info = infoFactory.info(instruction);
    const readOnly = info.opAccess(widened) === OpAccess.Read;
    info.free();
    if (!readOnly) return instruction.free(), undefined;
  }
  return instruction;
}

/**
 * The selected instruction with `prefix` set, or why it cannot take it. iced writes a
 * segment override before lock and 66 before rep; NASM writes lock and rep first. Where
 * that differs (`rep stosw`, `lock add [fs:eax], ebx`) the result is the NASM bytes as one
 * `db`, which decodes back to the same single instruction.
 */
export function applyPrefix(instruction: IcedInstruction, prefix: Prefix): IcedInstruction | string {
  const info = CodeExt.opCode(instruction.code);
  const allowed = { lock: info.canUseLockPrefix && instruction.op0Kind === OpKind.Memory, rep: info.canUseRepPrefix, repe: info.canUseRepPrefix, repne: info.canUseRepnePrefix };
  const name = Mnemonic[info.mnemonic].toLowerCase();
  info.free();
  if (!allowed[prefix]) return `'${prefix}' cannot be used with '${name}'${prefix === "lock" ? " (it needs a lockable instruction with a memory destination)" : ""}`;
  if (prefix === "lock") instruction.hasLockPrefix = true;
  else if (prefix === "repne") instruction.hasRepnePrefix = true;
  else if (prefix === "repe") instruction.hasRepePrefix = true;
  else instruction.hasRepPrefix = true;

  encoder ??= new Encoder(32);
  encoder.encode(instruction, instruction.ip);
  const bytes = encoder.takeBuffer();
  const at = bytes.findIndex((b) => b === 0xf0 || b === 0xf2 || b === 0xf3);
  if (at === 0) return instruction;
  const reordered = Instruction.createDeclareByte(Uint8Array.of(bytes[at], ...bytes.subarray(0, at), ...bytes.subarray(at + 1)));
  reordered.ip = instruction.ip;
  instruction.free();
  return reordered;
}

function describe(op: Operand): string {
  const sized = (what: string, size?: Size) => (size ? `${["byte", "word", "", "dword"][size - 1]} ${what}` : what);
  switch (op.kind) {
    case "reg": return op.cls === "gpr" ? `reg${op.size * 8}` : op.cls === "seg" ? "sreg" : `${op.cls[0]}reg`;
    case "imm": return sized("imm", op.size);
    case "mem": return sized("mem", op.size);
    case "branch": return "label";
    case "far": return "far pointer";
  }
}
