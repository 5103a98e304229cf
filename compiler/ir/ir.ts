// The tskc IR: what lowering produces, what the passes rewrite, what instruction
// selection consumes. Printed by ir/printer.ts (`tskc build --dump ir`).
//
// A module is functions plus data. A function is a list of basic blocks; each
// block is straight-line instructions ending in one terminator. Values are
// 32-bit virtual registers ("temps", printed %t3) or immediates. Outside the SSA
// passes temps are not SSA: a local variable is one temp assigned in several
// places, which keeps lowering simple and is what instruction selection takes.
// Between passes/ssa.ts and passes/out-of-ssa.ts each temp has one definition,
// which dominates its uses, and blocks where values merge start with phis. Narrow integers live
// in temps already extended to 32 bits (ext), so every temp holds a valid i32.
//
// Worked example, `function sq(x: u32): u32 { return x * x; }`:
//   function sq(1 params)
//   @b0:
//     %t0 = param 0
//     %t1 = mul %t0, %t0
//     ret %t1

import type { TskType } from "../frontend/types.js";

export interface Temp {
  kind: "temp";
  id: number;
}
export interface Imm {
  kind: "imm";
  value: number; // always normalised to a signed 32-bit number (value | 0)
}
export type Value = Temp | Imm;

export type Width = 8 | 16 | 32;

/** Two-operand arithmetic. Division and shifts come in signed/unsigned forms. */
export type BinaryOp = "add" | "sub" | "mul" | "udiv" | "sdiv" | "urem" | "srem" | "and" | "or" | "xor" | "shl" | "shr" | "sar";
export type UnaryOp = "neg" | "not";
/** Comparison conditions: u = unsigned, s = signed. */
export type Cond = "eq" | "ne" | "ult" | "ule" | "ugt" | "uge" | "slt" | "sle" | "sgt" | "sge";
/** Processor intrinsics: fixed instructions that must stay where they are. */
export type SystemOp =
  | "cli" | "sti" | "hlt" | "pause" | "int" | "int3" | "lgdt" | "lidt" | "ltr" | "loadSegments"
  | "readCr0" | "readCr2" | "readCr3" | "readCr4" | "writeCr0" | "writeCr3" | "writeCr4"
  | "invlpg" | "rdtsc" | "readEflags" | "syscall";

/** A memory address: base + index * scale + symbol address + offset, each part optional. */
export interface Address {
  base?: Temp;
  index?: Temp;
  scale?: 1 | 2 | 4 | 8;
  symbol?: string;
  offset: number;
}

/** Where an instruction came from, for listings and error traces. */
export interface SourceLoc {
  file: string;
  line: number; // 1-based
  text: string; // the source line, trimmed
}

export type Inst = (
  | { op: "copy"; dst: Temp; src: Value }
  | { op: BinaryOp; dst: Temp; a: Value; b: Value }
  | { op: UnaryOp; dst: Temp; a: Value }
  | { op: "ext"; dst: Temp; a: Value; from: 8 | 16; signed: boolean }
  | { op: "cmp"; dst: Temp; cond: Cond; a: Value; b: Value }
  | { op: "param"; dst: Temp; index: number }
  | { op: "addr"; dst: Temp; symbol: string; offset: number }
  /** No load is taken to read memory that never changes, not even a length word: a view
   * (changetype) may have its length word written by the program, through store<T> or
   * another view. */
  | { op: "load"; dst: Temp; addr: Address; width: Width; signed: boolean; volatile?: boolean }
  | { op: "store"; addr: Address; value: Value; width: Width; volatile?: boolean }
  | { op: "call"; dst?: Temp; callee: string; args: Value[] }
  | { op: "callind"; dst?: Temp; target: Value; args: Value[] }
  | { op: "in"; dst: Temp; port: Value; width: Width }
  | { op: "out"; port: Value; value: Value; width: Width }
  | { op: "sys"; name: SystemOp; args: Value[]; dst?: Temp }
  /** origin: where the asm text starts in the source (1-based), for error positions. */
  | { op: "asm"; code: string[]; args: Value[]; dst: Temp; origin: { line: number; column: number } }
) & { loc?: SourceLoc };

export type Terminator = (
  | { op: "jmp"; target: Block }
  | { op: "br"; cond: Value; then: Block; else: Block }
  | { op: "ret"; value?: Value }
  | { op: "switch"; value: Value; low: number; targets: Block[]; default: Block }
  /** After a call that never returns (the bounds trap): nothing follows, nothing is live. */
  | { op: "unreachable" }
) & { loc?: SourceLoc };

export interface Block {
  id: number;
  /** Only in SSA form (passes/ssa.ts to passes/out-of-ssa.ts): the phis at the block's start. */
  phis?: Phi[];
  insts: Inst[];
  term: Terminator;
  /** Rarely run (a bounds-check failure): laid out after the rest of the function. */
  cold?: boolean;
}

/** `dst` takes the value `args[k].value` when control arrives from `args[k].block`; one
 * argument per distinct predecessor. All of a block's phis read their arguments together. */
export interface Phi {
  dst: Temp;
  args: { block: Block; value: Value }[];
}

export interface IrFunction {
  name: string; // unique link name
  paramCount: number;
  returnsValue: boolean;
  blocks: Block[]; // blocks[0] is the entry; the order is the layout order
  tempCount: number;
  /** Marked `/** @inline *\/`: calls to it are replaced by its body (passes/inline.ts). */
  inline?: boolean;
  /** Marked `/** @noinline *\/`: calls to it stay calls, whatever the cost model says. */
  noinline?: boolean;
  /** Present while the function is in SSA form: the temp (variable) each SSA temp renames,
   * so that leaving SSA can give the variables their names back. */
  ssa?: { origin: Map<number, number> };
  /** Where it was declared and what its variables are called: for debug info (compiler/debug/). */
  debug?: FunctionDebug;
}

/** A function's source names, as DWARF needs them. Passes may rename or drop temps; the
 * debug info then shows only the variables whose temp still appears in the code. */
export interface FunctionDebug {
  /** The declaration: the function's first line. */
  loc: SourceLoc;
  /** Parameters and locals in declaration order. `param`: the parameter's index (its slot
   * is [ebp + 8 + 4 * param]); absent for locals, which live in `temp`. */
  variables: { name: string; temp: number; type: TskType; param?: number }[];
  /** The declared return type. */
  returns: TskType;
}

/** Read-only or writable initialised data, or zeroed space. */
export interface DataItem {
  symbol: string;
  section: "rodata" | "data" | "bss";
  align: number;
  bytes: Uint8Array; // for bss: zeros of the right length
  comment?: string; // shown in the listing, e.g. the string's text
  /** 32-bit addresses to write into the bytes at link time. */
  relocs?: { offset: number; symbol: string; addend: number }[];
}

export interface IrModule {
  functions: IrFunction[];
  data: DataItem[];
  entry: string; // link name of the kernel's main function
  init?: string; // link name of the function the boot stub calls before main
  exit?: string; // a ring-3 program's: the runtime function its _start calls with main's result
  /** Set when the program calls setStackLimit: every function's prologue then compares esp
   * with the word at `limit` and calls `trap` (through a stub) when it is below. */
  stackCheck?: { limit: string; trap: string };
  /** Functions whose 256 interrupt entry stubs the program asked for (interruptStubs). */
  interruptHandlers: InterruptHandler[];
}

/** A handler's interrupt entry stubs: the function `entry` holds one stub per vector, and
 * `table` (data) their addresses; each stub calls `handler`. All three are link names. */
export interface InterruptHandler {
  handler: string;
  entry: string;
  table: string;
  switchesStack: boolean;
}

export function temp(id: number): Temp {
  return { kind: "temp", id };
}

export function imm(value: number): Imm {
  return { kind: "imm", value: value | 0 };
}

export function isImm(v: Value, value?: number): v is Imm {
  return v.kind === "imm" && (value === undefined || v.value === value);
}

/** The temps an instruction or terminator reads, in operand order. */
export function usedTemps(i: Inst | Terminator): Temp[] {
  const vals: (Value | undefined)[] = [];
  switch (i.op) {
    case "copy": vals.push(i.src); break;
    case "neg": case "not": case "ext": vals.push(i.a); break;
    case "load": vals.push(i.addr.base, i.addr.index); break;
    case "store": vals.push(i.addr.base, i.addr.index, i.value); break;
    case "call": case "sys": case "asm": vals.push(...i.args); break;
    case "callind": vals.push(i.target, ...i.args); break;
    case "in": vals.push(i.port); break;
    case "out": vals.push(i.port, i.value); break;
    case "br": vals.push(i.cond); break;
    case "ret": vals.push(i.value); break;
    case "switch": vals.push(i.value); break;
    case "param": case "addr": case "jmp": case "unreachable": break;
    default: vals.push(i.a, i.b);
  }
  return vals.filter((v): v is Temp => v !== undefined && v.kind === "temp");
}

/** A copy of `i` with each temp it writes renamed by `temp` and each value it reads by `value`. */
export function renameInst(i: Inst, temp: (t: Temp) => Temp, value: (v: Value) => Value): Inst {
  const addr = <A extends { base?: Temp; index?: Temp }>(a: A): A => ({ ...a, base: a.base && temp(a.base), index: a.index && temp(a.index) });
  switch (i.op) {
    case "copy": return { ...i, dst: temp(i.dst), src: value(i.src) };
    case "neg": case "not": case "ext": return { ...i, dst: temp(i.dst), a: value(i.a) };
    case "param": case "addr": return { ...i, dst: temp(i.dst) };
    case "load": return { ...i, dst: temp(i.dst), addr: addr(i.addr) };
    case "store": return { ...i, addr: addr(i.addr), value: value(i.value) };
    case "call": case "sys": case "asm": return { ...i, dst: i.dst && temp(i.dst), args: i.args.map(value) } as Inst;
    case "callind": return { ...i, dst: i.dst && temp(i.dst), target: value(i.target), args: i.args.map(value) };
    case "in": return { ...i, dst: temp(i.dst), port: value(i.port) };
    case "out": return { ...i, port: value(i.port), value: value(i.value) };
    default: return { ...i, dst: temp(i.dst), a: value(i.a), b: value(i.b) };
  }
}

/** The temp an instruction writes, if any. */
export function definedTemp(i: Inst): Temp | undefined {
  return "dst" in i ? i.dst : undefined;
}

/** True for instructions that must be kept even when their result is unused. */
export function hasSideEffects(i: Inst): boolean {
  switch (i.op) {
    case "store": case "call": case "callind": case "in": case "out": case "sys": case "asm": return true;
    case "load": return i.volatile === true;
    // Division by zero traps (#DE), and so does a signed one of INT_MIN by -1: removing,
    // or hoisting, such a division would hide or invent the fault.
    case "udiv": case "urem": return !isImm(i.b) || i.b.value === 0;
    case "sdiv": case "srem": return !isImm(i.b) || i.b.value === 0 || i.b.value === -1;
    default: return false;
  }
}

/** The blocks a terminator can jump to. */
export function successors(t: Terminator): Block[] {
  switch (t.op) {
    case "jmp": return [t.target];
    case "br": return [t.then, t.else];
    case "switch": return [...t.targets, t.default];
    case "ret": case "unreachable": return [];
  }
}

/** A copy of terminator `t` that jumps to `block(b)` wherever it jumped to the block b. */
export function retarget(t: Terminator, block: (b: Block) => Block): Terminator {
  switch (t.op) {
    case "jmp": return { ...t, target: block(t.target) };
    case "br": return { ...t, then: block(t.then), else: block(t.else) };
    case "switch": return { ...t, targets: t.targets.map(block), default: block(t.default) };
    case "ret": case "unreachable": return t;
  }
}

/** A copy of `i` that reads `use(t)` wherever it read the temp t. An immediate that replaces
 * an address's base or index moves into the address's offset (wrapping at 32 bits). */
export function replaceUses(i: Inst, use: (t: Temp) => Value): Inst {
  const value = (v: Value): Value => (v.kind === "temp" ? use(v) : v);
  const address = (a: Address): Address => {
    const out: Address = { ...a };
    const base = a.base && use(a.base);
    const index = a.index && use(a.index);
    if (base?.kind === "imm") [out.base, out.offset] = [undefined, (out.offset + base.value) | 0];
    else out.base = base;
    if (index?.kind === "imm") [out.index, out.scale, out.offset] = [undefined, undefined, (out.offset + Math.imul(index.value, a.scale ?? 1)) | 0];
    else out.index = index;
    return out;
  };
  switch (i.op) {
    case "copy": return { ...i, src: value(i.src) };
    case "neg": case "not": case "ext": return { ...i, a: value(i.a) };
    case "param": case "addr": return i;
    case "load": return { ...i, addr: address(i.addr) };
    case "store": return { ...i, addr: address(i.addr), value: value(i.value) };
    case "call": case "sys": case "asm": return { ...i, args: i.args.map(value) } as Inst;
    case "callind": return { ...i, target: value(i.target), args: i.args.map(value) };
    case "in": return { ...i, port: value(i.port) };
    case "out": return { ...i, port: value(i.port), value: value(i.value) };
    default: return { ...i, a: value(i.a), b: value(i.b) };
  }
}

/** A copy of terminator `t` that reads `use(t)` wherever it read the temp t. */
export function replaceTerminatorUses(t: Terminator, use: (t: Temp) => Value): Terminator {
  const value = (v: Value): Value => (v.kind === "temp" ? use(v) : v);
  switch (t.op) {
    case "br": return { ...t, cond: value(t.cond) };
    case "switch": return { ...t, value: value(t.value) };
    case "ret": return t.value ? { ...t, value: value(t.value) } : t;
    case "jmp": case "unreachable": return t;
  }
}
