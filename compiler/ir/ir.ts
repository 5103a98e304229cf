// The tskc IR: what lowering produces, what the passes rewrite, what instruction
// selection consumes. Printed by ir/printer.ts (`tskc build --dump ir`).
//
// A module is functions plus data. A function is a list of basic blocks; each
// block is straight-line instructions ending in one terminator. Values are
// 32-bit virtual registers ("temps", printed %t3) or immediates. Temps are not
// SSA: a local variable is one temp assigned in several places, which keeps
// lowering simple and is all a linear-scan allocator needs. Narrow integers live
// in temps already extended to 32 bits (ext), so every temp holds a valid i32.
//
// Worked example, `function sq(x: u32): u32 { return x * x; }`:
//   function sq(1 params)
//   @b0:
//     %t0 = param 0
//     %t1 = mul %t0, %t0
//     ret %t1

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
/** Instructions with no operands and no result that must stay where they are. */
export type SystemOp = "cli" | "sti" | "hlt" | "pause";

/** A memory address: base temp (optional) + symbol address (optional) + constant offset. */
export interface Address {
  base?: Temp;
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
  | { op: "addr"; dst: Temp; symbol: string }
  | { op: "load"; dst: Temp; addr: Address; width: Width; signed: boolean }
  | { op: "store"; addr: Address; value: Value; width: Width }
  | { op: "call"; dst?: Temp; callee: string; args: Value[] }
  | { op: "in"; dst: Temp; port: Value; width: Width }
  | { op: "out"; port: Value; value: Value; width: Width }
  | { op: "sys"; name: SystemOp }
) & { loc?: SourceLoc };

export type Terminator = (
  | { op: "jmp"; target: Block }
  | { op: "br"; cond: Value; then: Block; else: Block }
  | { op: "ret"; value?: Value }
) & { loc?: SourceLoc };

export interface Block {
  id: number;
  insts: Inst[];
  term: Terminator;
}

export interface IrFunction {
  name: string; // unique link name
  paramCount: number;
  returnsValue: boolean;
  blocks: Block[]; // blocks[0] is the entry; the order is the layout order
  tempCount: number;
}

/** Read-only or writable initialised data, or zeroed space. */
export interface DataItem {
  symbol: string;
  section: "rodata" | "data" | "bss";
  align: number;
  bytes: Uint8Array; // for bss: zeros of the right length
  comment?: string; // shown in the listing, e.g. the string's text
}

export interface IrModule {
  functions: IrFunction[];
  data: DataItem[];
  entry: string; // link name of the kernel's main function
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
    case "load": vals.push(i.addr.base); break;
    case "store": vals.push(i.addr.base, i.value); break;
    case "call": vals.push(...i.args); break;
    case "in": vals.push(i.port); break;
    case "out": vals.push(i.port, i.value); break;
    case "br": vals.push(i.cond); break;
    case "ret": vals.push(i.value); break;
    case "param": case "addr": case "sys": case "jmp": break;
    default: vals.push(i.a, i.b);
  }
  return vals.filter((v): v is Temp => v !== undefined && v.kind === "temp");
}

/** The temp an instruction writes, if any. */
export function definedTemp(i: Inst): Temp | undefined {
  return "dst" in i ? i.dst : undefined;
}

/** True for instructions that must be kept even when their result is unused. */
export function hasSideEffects(i: Inst): boolean {
  switch (i.op) {
    case "store": case "call": case "in": case "out": case "sys": return true;
    // Division by zero traps (#DE); removing it would hide the fault.
    case "udiv": case "sdiv": case "urem": case "srem": return !isImm(i.b) || i.b.value === 0;
    default: return false;
  }
}

/** The blocks a terminator can jump to. */
export function successors(t: Terminator): Block[] {
  switch (t.op) {
    case "jmp": return [t.target];
    case "br": return [t.then, t.else];
    case "ret": return [];
  }
}
