// Machine code before encoding: x86 instructions over virtual registers (from
// instruction selection) or physical ones (after register allocation).
// In: nothing; this module only defines the representation and, for each opcode,
// which operands it reads and writes, which the register allocator needs.
//
// Operands follow NASM order (destination first). An instruction names its
// operand size by its opcode: `movzx8` reads a byte, `store16` writes a word;
// everything else is 32-bit.

import type { SourceLoc } from "../ir/ir.js";

export type PReg = "eax" | "ecx" | "edx" | "ebx" | "esp" | "ebp" | "esi" | "edi";
export type Reg = { k: "v"; id: number } | { k: "p"; reg: PReg };
export interface Mem {
  k: "m";
  base?: Reg;
  index?: Reg;
  scale?: 1 | 2 | 4 | 8;
  disp: number;
  symbol?: string; // the symbol's address is added to disp at encoding
  size: 1 | 2 | 4;
}
export interface Imm {
  k: "i";
  value: number;
  symbol?: string; // an absolute address: symbol + value
}
export type Operand = Reg | Mem | Imm;

/** s and ns: the sign flag alone (a result below zero, or not). */
export type CondCode = "e" | "ne" | "b" | "be" | "a" | "ae" | "l" | "le" | "g" | "ge" | "s" | "ns";

export type MOp =
  | "mov" | "movzx8" | "movsx8" | "movzx16" | "movsx16" | "store8" | "store16" | "lea"
  | "add" | "sub" | "and" | "or" | "xor" | "cmp" | "cmp8" | "cmp16" | "test" | "imul" | "imul3" | "neg" | "not"
  | "shl" | "shr" | "sar" | "rol" | "cdq" | "div" | "idiv" | "setcc"
  | "push" | "pop" | "call" | "jmp" | "jcc" | "ret" | "leave" | "jmp_table"
  | "in8" | "in16" | "in32" | "out8" | "out16" | "out32"
  | "cli" | "sti" | "hlt" | "pause" | "cld" | "rep_stosd" | "int" | "int3"
  | "lgdt" | "lidt" | "ltr" | "invlpg" | "rdtsc" | "pushfd" | "mov_from_cr" | "mov_to_cr"
  | "pushad" | "popad" | "iretd" | "push_sreg" | "pop_sreg" | "mov_from_sreg" | "mov_to_sreg" | "reload_cs"
  | "asm" | "syscall";

export type SegmentReg = "ds" | "es" | "fs" | "gs" | "ss";

export interface MInst {
  op: MOp;
  ops: Operand[];
  cc?: CondCode; // jcc, setcc
  target?: number; // jmp, jcc: a block id of the same function
  targets?: number[]; // jmp_table: every block the table can reach
  callee?: string; // call: a function's link name (else ops[0] holds the target)
  /** jcc to an out-of-line trap call (x86/traps.ts): the callee; ops are its arguments
   * until placeTrapStubs gives the jcc its stub as target. */
  trap?: string;
  symbol?: string; // jmp_table: the table's symbol
  cr?: 0 | 2 | 3 | 4; // mov_from_cr, mov_to_cr
  sreg?: SegmentReg; // push_sreg, pop_sreg, mov_from_sreg, mov_to_sreg
  asm?: string[]; // asm: the text around each operand (ops are the operand registers)
  asmOrigin?: { line: number; column: number }; // asm: where the text starts in the source
  loc?: SourceLoc;
}

export interface MBlock {
  id: number;
  insts: MInst[];
}

export interface MFunction {
  name: string;
  blocks: MBlock[];
  /** Hand-built code (the boot stub): already in physical registers, no frame. */
  naked: boolean;
  returnsValue: boolean;
  vregCount: number;
  /** Where each vreg lived, set by register allocation: for debug info (debug/homes.ts). */
  homes?: Map<number, Home>;
  /** The frame register allocation built (x86/frames.ts): with or without an ebp frame
   * pointer; spill slot k is at CFA + slot0 − 4k (the CFA: esp before the call). */
  frame?: {
    pointer: boolean;
    slot0: number;
    /** Blocks that run before the prologue (x86/shrink-wrap.ts): esp is the CFA − 4 at
     * their start, and no register is saved. */
    outside?: Set<number>;
  };
}

/** A vreg's place: a register over the instructions from `first` to `last` (its live
 * interval; `ranges`, when present, are the pieces of it where the register holds the
 * vreg, in order, each in `reg` unless it names another: shrink-wrapping renames
 * registers before the prologue), or a frame slot at [ebp - 4 * (slot + 1)] for the
 * whole function. A register home may also have `memory`: where [ebp + disp] (a frame
 * slot, or an argument slot when disp >= 8) holds the vreg, around calls
 * (x86/splitting.ts). `defs` counts the instructions that write it. */
export type Home = ({ reg: PReg; first: MInst; last: MInst; ranges?: InstRange[]; memory?: { disp: number; ranges: InstRange[] } } | { slot: number }) & { defs: number };
export interface InstRange { first: MInst; last: MInst; reg?: PReg }

export const vreg = (id: number): Reg => ({ k: "v", id });
export const preg = (reg: PReg): Reg => ({ k: "p", reg });
export const immOp = (value: number, symbol?: string): Imm => ({ k: "i", value: value | 0, symbol });
export const mem = (base: Reg | undefined, disp: number, size: 1 | 2 | 4 = 4, symbol?: string): Mem => ({ k: "m", base, disp: disp | 0, size, symbol });

/** Registers the allocator hands out, caller-saved first so that leaf code saves nothing. */
export const ALLOCATABLE: readonly PReg[] = ["eax", "ecx", "edx", "ebx", "esi", "edi"];
/** The registers with an addressable low byte (al, cl, dl, bl). */
export const BYTE_REGS: readonly PReg[] = ["eax", "ecx", "edx", "ebx"];
/** `syscall(n, a, b, c)` is `int 0x80` (runtime/prelude.d.ts): the vector ring-3 programs call the kernel with. */
export const SYSCALL_VECTOR = 0x80;
export const CALLEE_SAVED: readonly PReg[] = ["ebx", "esi", "edi"];
const CALL_CLOBBERED: readonly PReg[] = ["eax", "ecx", "edx"];

type Role = "use" | "def" | "usedef";
interface OpInfo {
  roles: Role[]; // per explicit operand
  byteOperand?: number; // index of an operand whose low byte is used: needs al/cl/dl/bl
  implicitUses?: readonly PReg[];
  implicitDefs?: readonly PReg[];
}

const BINARY: OpInfo = { roles: ["usedef", "use"] };
const UNARY: OpInfo = { roles: ["usedef"] };
const MOVE: OpInfo = { roles: ["def", "use"] };
const NONE: OpInfo = { roles: [] };

const OPS: Record<MOp, OpInfo> = {
  mov: MOVE, movzx16: MOVE, movsx16: MOVE, lea: MOVE,
  movzx8: { roles: ["def", "use"], byteOperand: 1 },
  movsx8: { roles: ["def", "use"], byteOperand: 1 },
  store8: { roles: ["use", "use"], byteOperand: 1 },
  store16: { roles: ["use", "use"] },
  add: BINARY, sub: BINARY, and: BINARY, or: BINARY, xor: BINARY, imul: BINARY,
  shl: BINARY, shr: BINARY, sar: BINARY, rol: BINARY,
  imul3: { roles: ["def", "use", "use"] },
  cmp: { roles: ["use", "use"] }, cmp8: { roles: ["use", "use"] }, cmp16: { roles: ["use", "use"] }, test: { roles: ["use", "use"] },
  neg: UNARY, not: UNARY,
  setcc: { roles: ["usedef"], byteOperand: 0 }, // writes only the low byte: the rest is read through
  cdq: { roles: [], implicitUses: ["eax"], implicitDefs: ["edx"] },
  div: { roles: ["use"], implicitUses: ["eax", "edx"], implicitDefs: ["eax", "edx"] },
  idiv: { roles: ["use"], implicitUses: ["eax", "edx"], implicitDefs: ["eax", "edx"] },
  push: { roles: ["use"] }, pop: { roles: ["def"] },
  call: { roles: ["use"], implicitDefs: CALL_CLOBBERED },
  jmp: NONE, jcc: { roles: ["use", "use", "use", "use"] }, // a trap's arguments (x86/traps.ts)
  leave: NONE, ret: NONE, jmp_table: { roles: ["use"] },
  in8: { roles: ["def", "use"] }, in16: { roles: ["def", "use"] }, in32: { roles: ["def", "use"] },
  out8: { roles: ["use", "use"] }, out16: { roles: ["use", "use"] }, out32: { roles: ["use", "use"] },
  cli: NONE, sti: NONE, hlt: NONE, pause: NONE, cld: NONE,
  rep_stosd: { roles: [], implicitUses: ["eax", "ecx", "edi"], implicitDefs: ["ecx", "edi"] },
  int: NONE, int3: NONE, pushad: NONE, popad: NONE, iretd: NONE, push_sreg: NONE, pop_sreg: NONE,
  lgdt: { roles: ["use"] }, lidt: { roles: ["use"] }, invlpg: { roles: ["use"] }, ltr: { roles: ["use"] },
  rdtsc: { roles: [], implicitDefs: ["eax", "edx"] },
  pushfd: NONE,
  mov_from_cr: { roles: ["def"] }, mov_to_cr: { roles: ["use"] },
  mov_from_sreg: { roles: ["def"] }, mov_to_sreg: { roles: ["use"] },
  reload_cs: { roles: ["use"] },
  asm: { roles: ["use", "use", "use"], implicitDefs: CALL_CLOBBERED },
  syscall: { roles: ["use", "use", "use", "use"], implicitDefs: ["eax"] }, // int 0x80: eax = call(eax, ebx, ecx, edx)
};

export interface RegAccess {
  reg: Reg;
  kind: "use" | "def";
  needsByte: boolean;
}

/** Every register an instruction reads or writes, uses before defs.
 * `xor r, r` and `sub r, r` only write r: the idiom for zero. `ret` in a function
 * that returns a value reads eax. */
export function registerAccesses(inst: MInst, returnsValue = false): RegAccess[] {
  const info = OPS[inst.op];
  const uses: RegAccess[] = [];
  const defs: RegAccess[] = [];
  const zeroIdiom = (inst.op === "xor" || inst.op === "sub") && sameReg(inst.ops[0], inst.ops[1]);
  inst.ops.forEach((op, i) => {
    if (op.k === "m") {
      if (op.base) uses.push({ reg: op.base, kind: "use", needsByte: false });
      if (op.index) uses.push({ reg: op.index, kind: "use", needsByte: false });
      return;
    }
    if (op.k === "i") return;
    const needsByte = info.byteOperand === i;
    const role = zeroIdiom ? "def" : info.roles[i];
    if (role !== "def") uses.push({ reg: op, kind: "use", needsByte });
    if (role !== "use") defs.push({ reg: op, kind: "def", needsByte });
  });
  for (const r of info.implicitUses ?? []) uses.push({ reg: preg(r), kind: "use", needsByte: false });
  if (inst.op === "ret" && returnsValue) uses.push({ reg: preg("eax"), kind: "use", needsByte: false });
  for (const r of info.implicitDefs ?? []) defs.push({ reg: preg(r), kind: "def", needsByte: false });
  return [...uses, ...defs];
}

export function sameReg(a: Operand | undefined, b: Operand | undefined): boolean {
  if (!a || !b || a.k === "m" || a.k === "i" || b.k === "m" || b.k === "i") return false;
  return a.k === "v" ? b.k === "v" && a.id === b.id : b.k === "p" && a.reg === b.reg;
}

/** Instructions after which control does not fall through to the next block. */
export function endsFlow(inst: MInst | undefined): boolean {
  return inst !== undefined && (inst.op === "jmp" || inst.op === "ret" || inst.op === "jmp_table" || inst.op === "iretd");
}

/** The blocks an instruction can jump to. */
export function branchTargets(inst: MInst): number[] {
  return inst.targets ?? (inst.target !== undefined ? [inst.target] : []);
}
