// Phase 5: instruction selection. In: an IR function after the passes (phase 4).
// Out: an MFunction over virtual registers, where IR temp %tN becomes vreg N.
// x86's fixed-register instructions (div, variable shifts, port I/O, calls) get
// explicit moves to and from the physical registers they need; the allocator sees
// those registers as busy for exactly that stretch and allocates around them.
//
// Worked example, `%t2 = sdiv %t0, %t1`:
//   mov eax, v0 ; cdq ; idiv v1 ; mov v2, eax
// A compare that only feeds the branch after it becomes `cmp` + `jcc`.
//
// Within a block, selection munches trees (x86/trees.ts): an instruction whose result
// has one use, in the same block, may be folded into that use. So a load becomes a
// memory operand (`add d, [m]`, `imul d, [m]`, `cmp r, [m]`, `movzx d, byte [m]`), sums
// and scaled indexes become addressing modes (`mov d, [a + i*4 + 8]`, `lea d, [a + b]`),
// `(x << n) | (x >>> (32 - n))` becomes `rol`, `(x & k) != 0` becomes `test x, k`, and a
// two-address operand is computed straight into its user's register. Without trees:
// `test r, r` for a compare with 0 (none when a branch's compare follows an add, sub,
// and, or, xor or neg that wrote r: its ZF and SF are test's, and `<`/`>=` read SF alone,
// `js`/`jns`, since its OF may be set), shifts for division by a power of two, `xor r, r`
// for zero where the flags are free, and no `movzx`/`movsx` of a value already extended.
// Blocks are laid out by x86/layout.ts; branches to bounds traps go to out-of-line
// stubs (x86/traps.ts).

import { type Address, type Block, type Cond, type DataItem, type Inst, type IrFunction, successors, type Temp, type Terminator, type Value, usedTemps } from "../ir/ir.js";
import { layoutBlocks } from "./layout.js";
import { BlockTrees } from "./trees.js";
import { trapCall, type TrapCall } from "./traps.js";
import { type CondCode, immOp, type MBlock, mem, type Mem, type MFunction, type MInst, type Operand, preg, type Reg, type SegmentReg, vreg } from "./machine.js";

/** Registers inline asm operands are bound to, in order (docs/language.md). */
export const ASM_OPERAND_REGS = ["ebx", "esi", "edi"] as const;
const DATA_SEGMENTS: SegmentReg[] = ["ds", "es", "fs", "gs", "ss"];

const CONDITION: Record<Cond, CondCode> = {
  eq: "e", ne: "ne", ult: "b", ule: "be", ugt: "a", uge: "ae", slt: "l", sle: "le", sgt: "g", sge: "ge",
};
/** The condition that holds when the operands are swapped: a < b  <=>  b > a. */
const SWAPPED: Record<CondCode, CondCode> = { e: "e", ne: "ne", b: "a", be: "ae", a: "b", ae: "be", l: "g", le: "ge", g: "l", ge: "le", s: "s", ns: "ns" };
/** Operations whose x86 form is `op d, x` after `mov d, a`, without side effects. */
const TWO_ADDRESS = new Set<Inst["op"]>(["add", "sub", "and", "or", "xor", "shl", "shr", "sar", "neg", "not", "mul"]);
const UNSIGNED: Record<CondCode, CondCode> = { e: "e", ne: "ne", b: "b", be: "be", a: "a", ae: "ae", l: "b", le: "be", g: "a", ge: "ae", s: "s", ns: "ns" };
const NEGATED: Record<CondCode, CondCode> = { e: "ne", ne: "e", b: "ae", be: "a", a: "be", ae: "b", l: "ge", le: "g", g: "le", ge: "l", s: "ns", ns: "s" };
/** Instructions whose ZF and SF describe the value they write to their first operand. */
const SETS_ZF_SF = new Set<MInst["op"]>(["add", "sub", "and", "or", "xor", "neg"]);
/** A compare of r with 0 right after an instruction that wrote r: what to test in the flags
 * it left (its OF may be set, so `<` and `>=` read the sign alone). */
const FROM_RESULT: Partial<Record<CondCode, CondCode>> = { e: "e", ne: "ne", l: "s", ge: "ns" };

const isReg = (r: Reg, v: Value) => r.k === "v" && v.kind === "temp" && v.id === r.id;
const isSameReg = (o: Operand | undefined, r: Reg) => o?.k === "v" && r.k === "v" && o.id === r.id;
const sameValue = (a: Value, b: Value) => (a.kind === "temp" ? b.kind === "temp" && a.id === b.id : b.kind === "imm" && a.value === b.value);
/** k when value, as a u32, is 2^k. */
const powerOfTwo = (value: number): number | undefined => {
  const u = value >>> 0;
  return u !== 0 && (u & (u - 1)) === 0 ? 31 - Math.clz32(u) : undefined;
};

const EAX = preg("eax");
const ECX = preg("ecx");
const EDX = preg("edx");
const EBP = preg("ebp");

/** Selects instructions for `fn`; a switch's jump table is added to `data`. */
export function selectFunction(fn: IrFunction, data: DataItem[]): MFunction {
  const useCount = new Map<number, number>();
  for (const b of fn.blocks) {
    for (const i of [...b.insts, b.term]) for (const t of usedTemps(i)) useCount.set(t.id, (useCount.get(t.id) ?? 0) + 1);
  }
  let vregCount = fn.tempCount;
  const traps = outOfLineTraps(fn);
  const layout = layoutBlocks(fn, new Set(traps.keys()));
  const blocks: MBlock[] = layout.map((block, index) => {
    const trees = new BlockTrees(useCount);
    const s = new Selector(trees, () => vreg(vregCount++), fn.name, data, traps);
    const next = layout[index + 1];
    const insts = block.insts;
    const last = insts[insts.length - 1];
    // A compare used only by this block's branch is fused into cmp + jcc.
    const fused = block.term.op === "br" && block.term.cond.kind === "temp" && last?.op === "cmp"
      && last.dst.id === block.term.cond.id && useCount.get(last.dst.id) === 1 ? last : undefined;
    const chunks: MInst[][] = [];
    for (const inst of fused ? insts.slice(0, -1) : insts) {
      chunks.push(s.out = []);
      s.inst(inst);
      trees.advance(inst, s.out);
    }
    chunks.push(s.out = []);
    s.previous = () => {
      for (let k = chunks.length - 2; k >= 0; k--) if (chunks[k].length > 0) return chunks[k][chunks[k].length - 1];
      return undefined;
    };
    s.terminator(block.term, next, fused);
    return { id: block.id, insts: zeroIdioms(chunks.flat()) };
  });
  return { name: fn.name, blocks, naked: false, returnsValue: fn.returnsValue, vregCount };
}

/** The trap blocks (x86/traps.ts) that only branches reach, each from one side: those
 * branches become jccs to out-of-line stubs, and the blocks are not selected. A branch
 * between two trap blocks (a loop whose every path fails a check, once constants are
 * folded) becomes one jcc: its other side stays a block, for the jmp after the jcc. */
function outOfLineTraps(fn: IrFunction): Map<Block, TrapCall> {
  const traps = new Map<Block, TrapCall>();
  for (const b of fn.blocks) {
    const call = trapCall(b);
    if (call) traps.set(b, call);
  }
  for (const b of fn.blocks) {
    const t = b.term;
    for (const s of successors(t)) if (t.op !== "br" || t.then === t.else) traps.delete(s);
  }
  for (const b of fn.blocks) {
    const t = b.term;
    if (t.op === "br" && traps.has(t.then)) traps.delete(t.else);
  }
  return traps;
}

/** x86 writes the destination before it reads the second operand (`mov d, a; sub d, b`),
 * and a setcc result is zeroed before the compare; if the destination is such an operand,
 * the result must go through a fresh register. Commutative operations swap instead. */
function clobbersOperand(i: Inst): boolean {
  const isDst = (v: Value) => "dst" in i && i.dst !== undefined && v.kind === "temp" && v.id === i.dst.id;
  switch (i.op) {
    case "cmp": return isDst(i.a) || isDst(i.b);
    case "sub": case "shl": case "shr": case "sar": return isDst(i.b) && !isDst(i.a);
    default: return false;
  }
}

/** `mov r, 0` becomes `xor r, r` (shorter, and the idiom for zero) where no flags reader
 * (jcc, setcc) follows before the next instruction that sets all the flags it tests.
 * isel never keeps flags live across blocks. */
function zeroIdioms(insts: MInst[]): MInst[] {
  const setsFlags = new Set<MInst["op"]>(["cmp", "test", "add", "sub", "and", "or", "xor", "neg", "imul", "imul3"]);
  let flagsRead = false; // whether the flags are read before they are set again, after this point
  for (let k = insts.length - 1; k >= 0; k--) {
    const i = insts[k];
    if (i.op === "jcc" || i.op === "setcc") flagsRead = true;
    else if (setsFlags.has(i.op)) flagsRead = false;
    else if (i.op === "mov" && i.ops[0].k !== "m" && i.ops[1].k === "i" && i.ops[1].value === 0 && !i.ops[1].symbol && !flagsRead) {
      insts[k] = { ...i, op: "xor", ops: [i.ops[0], i.ops[0]] };
    }
  }
  return insts;
}

class Selector {
  /** Where the instruction being selected goes (its chunk: x86/trees.ts). */
  out: MInst[] = [];
  constructor(
    private readonly trees: BlockTrees,
    private readonly fresh: () => Reg,
    private readonly fnName: string,
    private readonly data: DataItem[],
    private readonly traps: ReadonlyMap<Block, TrapCall>,
  ) {}
  private loc: Inst["loc"];
  /** The last instruction selected in this block before the current one's, if any. */
  previous: () => MInst | undefined = () => undefined;

  private emit(op: MInst["op"], ops: Operand[], extra: Partial<MInst> = {}): void {
    this.out.push({ op, ops, loc: this.loc, ...extra });
  }

  private operand(v: Value): Operand {
    return v.kind === "temp" ? vreg(v.id) : immOp(v.value);
  }

  /** A value in a register: temps are, immediates get one. */
  private register(v: Value): Reg {
    if (v.kind === "temp") return vreg(v.id);
    const r = this.fresh();
    this.emit("mov", [r, immOp(v.value)]);
    return r;
  }

  private memory(address: Address, size: 1 | 2 | 4): Mem {
    const a = this.munchAddress(address);
    const m = mem(a.base ? vreg(a.base.id) : undefined, a.offset, size, a.symbol);
    return a.index ? { ...m, index: vreg(a.index.id), scale: a.scale ?? 1 } : m;
  }

  inst(i: Inst): void {
    this.loc = i.loc;
    if (clobbersOperand(i)) {
      const dst = (i as { dst: Temp }).dst;
      const scratch = this.fresh() as Reg & { k: "v" };
      this.inst({ ...i, dst: { kind: "temp", id: scratch.id } } as Inst);
      return this.emit("mov", [vreg(dst.id), scratch]);
    }
    switch (i.op) {
      case "copy": return this.emit("mov", [vreg(i.dst.id), this.operand(i.src)]);
      case "param": return this.emit("mov", [vreg(i.dst.id), mem(EBP, 8 + 4 * i.index)]);
      case "addr": return this.emit("mov", [vreg(i.dst.id), immOp(i.offset, i.symbol)]);
      case "add": case "and": case "or": case "xor": case "sub": return this.alu(i.op, vreg(i.dst.id), i.a, i.b);
      case "mul": return this.multiply(vreg(i.dst.id), i.a, i.b);
      case "shl": case "shr": case "sar": return this.shift(i.op, vreg(i.dst.id), i.a, i.b);
      case "udiv": case "urem": case "sdiv": case "srem": return this.divide(i.op, vreg(i.dst.id), i.a, i.b);
      case "neg": case "not":
        this.emit("mov", [vreg(i.dst.id), this.operand(i.a)]);
        return this.emit(i.op, [vreg(i.dst.id)]);
      case "ext": {
        const op = i.from === 8 ? (i.signed ? "movsx8" : "movzx8") : i.signed ? "movsx16" : "movzx16";
        if (this.alreadyExtended(i.a, i.from, i.signed)) return this.emit("mov", [vreg(i.dst.id), this.operand(i.a)]);
        // The low bytes of a loaded word are at its address (little-endian): load just them.
        const word = this.foldLoad(i.a, vreg(i.dst.id));
        return this.emit(op, [vreg(i.dst.id), word ? { ...word, size: i.from / 8 as 1 | 2 } : this.register(i.a)]);
      }
      case "cmp": {
        const d = vreg(i.dst.id);
        this.emit("xor", [d, d]); // before the cmp: xor clobbers the flags
        const cc = this.compare(i.a, i.b, CONDITION[i.cond], d);
        return this.emit("setcc", [d], { cc });
      }
      case "load": {
        const d = vreg(i.dst.id);
        if (i.width === 32) return this.emit("mov", [d, this.memory(i.addr, 4)]);
        const op = i.width === 8 ? (i.signed ? "movsx8" : "movzx8") : i.signed ? "movsx16" : "movzx16";
        return this.emit(op, [d, this.memory(i.addr, i.width / 8 as 1 | 2)]);
      }
      case "store": {
        const op = i.width === 32 ? "mov" : i.width === 16 ? "store16" : "store8";
        return this.emit(op, [this.memory(i.addr, (i.width / 8) as 1 | 2 | 4), this.operand(i.value)]);
      }
      case "call": case "callind": {
        for (const arg of [...i.args].reverse()) this.emit("push", [this.operand(arg)]);
        if (i.op === "call") this.emit("call", [], { callee: i.callee });
        else this.emit("call", [this.register(i.target)]);
        if (i.args.length > 0) this.emit("add", [preg("esp"), immOp(4 * i.args.length)]);
        if (i.dst) this.emit("mov", [vreg(i.dst.id), EAX]);
        return;
      }
      case "asm": {
        const regs = i.args.map((arg, k) => {
          const r = preg(ASM_OPERAND_REGS[k]);
          this.emit("mov", [r, this.operand(arg)]);
          return r;
        });
        this.emit("asm", regs, { asm: i.code, asmOrigin: i.origin });
        return this.emit("mov", [vreg(i.dst.id), EAX]);
      }
      case "in": {
        const port = this.port(i.port);
        this.emit(`in${i.width}`, [EAX, port]);
        if (i.width === 32) return this.emit("mov", [vreg(i.dst.id), EAX]);
        return this.emit(i.width === 8 ? "movzx8" : "movzx16", [vreg(i.dst.id), EAX]);
      }
      case "out": {
        this.emit("mov", [EAX, this.operand(i.value)]);
        const port = this.port(i.port);
        return this.emit(`out${i.width}`, [port, EAX]);
      }
      case "sys": return this.system(i);
    }
  }

  private system(i: Inst & { op: "sys" }): void {
    const [a, b] = i.args;
    const d = i.dst ? vreg(i.dst.id) : undefined;
    switch (i.name) {
      case "cli": case "sti": case "hlt": case "pause": case "int3": return this.emit(i.name, []);
      case "int": return this.emit("int", [this.operand(a)]);
      case "lgdt": case "lidt": case "invlpg": return this.emit(i.name, [this.memory(a.kind === "temp" ? { base: a, offset: 0 } : { offset: a.value }, 4)]);
      case "ltr": return this.emit("ltr", [this.register(a)]);
      case "readCr0": case "readCr2": case "readCr3": case "readCr4": return this.emit("mov_from_cr", [d!], { cr: Number(i.name[6]) as 0 });
      case "writeCr0": case "writeCr3": case "writeCr4": return this.emit("mov_to_cr", [this.register(a)], { cr: Number(i.name[7]) as 0 });
      case "syscall": {
        const regs = (["eax", "ebx", "ecx", "edx"] as const).map((r, k) => {
          this.emit("mov", [preg(r), this.operand(i.args[k])]);
          return preg(r);
        });
        this.emit("syscall", regs);
        return this.emit("mov", [d!, EAX]);
      }
      case "rdtsc":
        this.emit("rdtsc", []);
        return this.emit("mov", [d!, EAX]);
      case "readEflags":
        this.emit("pushfd", []);
        return this.emit("pop", [d!]);
      case "loadSegments": {
        const data = this.register(b);
        for (const sreg of DATA_SEGMENTS) this.emit("mov_to_sreg", [data], { sreg });
        return this.emit("reload_cs", [this.register(a)]);
      }
    }
  }

  /** `in`/`out` take the port as an 8-bit immediate or in dx. */
  private port(v: Value): Operand {
    if (v.kind === "imm" && v.value >= 0 && v.value <= 0xff) return immOp(v.value);
    this.emit("mov", [EDX, this.operand(v)]);
    return EDX;
  }

  private alu(op: "add" | "sub" | "and" | "or" | "xor", d: Reg, a: Value, b: Value): void {
    // Commutative: keep a register first, and the destination's own value first.
    if (op !== "sub" && ((a.kind === "imm" && b.kind === "temp") || isReg(d, b))) [a, b] = [b, a];
    if (op === "or" && this.rotate(d, a, b)) return;
    // Into another register than the operand's: one lea instead of mov + add.
    if ((op === "add" || (op === "sub" && b.kind === "imm")) && a.kind === "temp" && !isReg(d, a) && !isReg(d, b)) {
      const index = b.kind === "temp" ? this.scaledIndex(b) ?? { index: b, scale: 1 as const } : undefined;
      const disp = b.kind === "imm" ? (op === "add" ? b.value : -b.value) : 0;
      return this.emit("lea", [d, this.memory({ base: a, index: index?.index, scale: index?.scale, offset: disp }, 4)]);
    }
    if (this.computeInto(d, a, b)) return this.emit(op, [d, this.foldLoad(b, d) ?? this.operand(b)]);
    // A load with no other use is read by the instruction itself: `add d, [m]`.
    let m = this.foldLoad(b, d);
    if (!m && op !== "sub" && !isReg(d, b) && a.kind === "temp") {
      m = this.foldLoad(a, d);
      if (m) [a, b] = [b, a];
    }
    this.emit("mov", [d, this.operand(a)]);
    this.emit(op, [d, m ?? this.operand(b)]);
  }

  private multiply(d: Reg, a: Value, b: Value): void {
    if (a.kind === "imm" || isReg(d, b)) [a, b] = [b, a];
    if (b.kind === "imm") return this.emit("imul3", [d, this.foldLoad(a, d) ?? this.register(a), immOp(b.value)]);
    let m = this.foldLoad(b, d);
    if (!m && !isReg(d, b)) {
      m = this.foldLoad(a, d);
      if (m) [a, b] = [b, a];
    }
    this.emit("mov", [d, this.operand(a)]);
    this.emit("imul", [d, m ?? this.operand(b)]);
  }

  /** For `d = op a, b`, where `a` is a two-address operation with no other use: selects
   * it straight into d, so that `op d, b` can follow (`crc = (crc >> 1) ^ k` is
   * `shr crc, 1; xor crc, k`, with no temp between). b must not be d: d is written first. */
  private computeInto(d: Reg, a: Value, b: Value): boolean {
    if (isReg(d, b)) return false;
    const def = this.trees.foldable(a);
    if (!def || !TWO_ADDRESS.has(def.op)) return false;
    this.trees.fold(a);
    const loc = this.loc;
    this.inst({ ...def, dst: { kind: "temp", id: (d as { id: number }).id } } as Inst);
    this.loc = loc;
    return true;
  }

  /** A 32-bit load `v` with no other use, as the memory operand of the instruction being
   * selected, which writes `dst` first: its address must not use dst. */
  private foldLoad(v: Value, dst?: Reg): Mem | undefined {
    const def = this.trees.foldable(v);
    if (def?.op !== "load" || def.width !== 32) return undefined;
    if (dst && [def.addr.base, def.addr.index].some((t) => t && isReg(dst, t))) return undefined;
    this.trees.fold(v);
    return this.memory(def.addr, 4);
  }

  /** An address with a plain temp as its base, where that temp is a sum, scaled index or
   * symbol computed for this access alone: those parts go into the addressing mode. */
  private munchAddress(a: Address): Address {
    if (!a.base || a.index) return a;
    const def = this.trees.foldable(a.base);
    if (def?.op === "add" && def.a.kind === "temp") {
      if (def.b.kind === "imm") {
        this.trees.fold(a.base);
        return this.munchAddress({ ...a, base: def.a, offset: (a.offset + def.b.value) | 0 });
      }
      this.trees.fold(a.base);
      return { ...a, base: def.a, ...(this.scaledIndex(def.b) ?? { index: def.b, scale: 1 }) };
    }
    if (def?.op === "addr" && !a.symbol) {
      this.trees.fold(a.base);
      return { symbol: def.symbol, offset: (a.offset + def.offset) | 0 };
    }
    return a;
  }

  /** `v = i << k` or `i * 2^k` (k = 1..3) computed for this use alone: index i, scale 2^k. */
  private scaledIndex(v: Value): { index: Temp; scale: 2 | 4 | 8 } | undefined {
    const def = this.trees.foldable(v);
    if ((def?.op !== "shl" && def?.op !== "mul") || def.a.kind !== "temp" || def.b.kind !== "imm") return undefined;
    const scale = def.op === "shl" ? 1 << def.b.value : def.b.value;
    if (scale !== 2 && scale !== 4 && scale !== 8) return undefined;
    this.trees.fold(v);
    return { index: def.a, scale };
  }

  /** `(x << n) | (x >>> (32 - n))`, each shift computed for this use alone: `rol x, n`.
   * x86 masks the count as the IR's shifts do, so a count in a register works too when the
   * right shift's count is `32 - n` (or `-n`) of the same n. */
  private rotate(d: Reg, a: Value, b: Value): boolean {
    let [left, right] = [this.trees.foldable(a), this.trees.foldable(b)];
    if (left?.op === "shr") [left, right] = [right, left];
    if (left?.op !== "shl" || right?.op !== "shr" || left.a.kind !== "temp" || !sameValue(left.a, right.a)) return false;
    const [n, m] = [left.b, right.b];
    if (n.kind === "imm") {
      if (m.kind !== "imm" || ((n.value + m.value) & 31) !== 0) return false;
    } else {
      const count = this.trees.foldable(m);
      const negated = count?.op === "neg" ? count.a : count?.op === "sub" && count.a.kind === "imm" && (count.a.value & 31) === 0 ? count.b : undefined;
      if (!negated || !sameValue(negated, n)) return false;
      this.trees.fold(m);
    }
    this.trees.fold(a);
    this.trees.fold(b);
    if (n.kind === "temp") this.emit("mov", [ECX, this.operand(n)]); // before d is written: d may be n
    this.emit("mov", [d, this.operand(left.a)]);
    this.emit("rol", [d, n.kind === "imm" ? immOp(n.value & 31) : ECX]);
    return true;
  }

  /** Whether `v` already holds a value that `ext` from `from` bits would not change: it was
   * just loaded or extended that narrow, is a compare's 0 or 1, or was masked to fit. */
  private alreadyExtended(v: Value, from: 8 | 16, signed: boolean): boolean {
    const def = this.trees.definition(v);
    const bits = signed ? from - 1 : from; // the value bits that fit
    switch (def?.op) {
      case "cmp": return true;
      case "and": return def.b.kind === "imm" && def.b.value >= 0 && def.b.value < 2 ** bits;
      case "load": return def.width < 32 && (def.signed === signed ? def.width <= from : !def.signed && def.width < from);
      case "ext": return def.signed === signed ? def.from <= from : !def.signed && def.from < from;
      default: return false;
    }
  }

  private shift(op: "shl" | "shr" | "sar", d: Reg, a: Value, b: Value): void {
    if (b.kind === "imm" && this.computeInto(d, a, b)) return this.emit(op, [d, immOp(b.value & 31)]);
    this.emit("mov", [d, this.operand(a)]);
    if (b.kind === "imm") return this.emit(op, [d, immOp(b.value & 31)]);
    this.emit("mov", [ECX, this.operand(b)]);
    this.emit(op, [d, ECX]);
  }

  private divide(op: "udiv" | "urem" | "sdiv" | "srem", d: Reg, a: Value, b: Value): void {
    const k = b.kind === "imm" && (op === "udiv" || op === "urem" || b.value > 0) ? powerOfTwo(b.value) : undefined;
    if (k !== undefined && op !== "srem") return this.dividePowerOfTwo(op, d, a, k);
    const divisor = this.register(b);
    this.emit("mov", [EAX, this.operand(a)]);
    const signed = op === "sdiv" || op === "srem";
    if (signed) this.emit("cdq", []);
    else this.emit("xor", [EDX, EDX]);
    this.emit(signed ? "idiv" : "div", [divisor]);
    this.emit("mov", [d, op === "udiv" || op === "sdiv" ? EAX : EDX]);
  }

  /** `cmp byte [m], imm` for a narrow load `a` with no other use, compared with an immediate
   * of its range. A zero-extended byte compares as an unsigned byte, so a signed condition
   * becomes the unsigned one (both operands are non-negative); a sign-extended one compares
   * alike at either width, signed or unsigned. Returns the condition, or undefined. */
  private narrowCompare(a: Value, value: number, cc: CondCode, written?: Reg): CondCode | undefined {
    const def = this.trees.foldable(a);
    if (def?.op !== "load" || def.width === 32) return undefined;
    const [low, high] = def.signed ? [-(2 ** (def.width - 1)), 2 ** (def.width - 1)] : [0, 2 ** def.width];
    if (value < low || value >= high || [def.addr.base, def.addr.index].some((t) => t && written && isReg(written, t))) return undefined;
    this.trees.fold(a);
    this.emit(def.width === 8 ? "cmp8" : "cmp16", [this.memory(def.addr, def.width / 8 as 1 | 2), immOp(value)]);
    return def.signed ? cc : UNSIGNED[cc];
  }

  /** Division by 2^k without div: unsigned `shr` and `and`; signed, a shift that rounds toward
   * zero as idiv does, by first adding 2^k - 1 to a negative dividend (Warren, "Hacker's
   * Delight", 2nd ed., §10-1): t = ((a >> 31) >>> (32 - k)) + a; d = t >> k. */
  private dividePowerOfTwo(op: "udiv" | "urem" | "sdiv", d: Reg, a: Value, k: number): void {
    if (op === "urem") {
      this.emit("mov", [d, this.operand(a)]);
      return this.emit("and", [d, immOp(2 ** k - 1)]);
    }
    if (op === "udiv" || k === 0) {
      this.emit("mov", [d, this.operand(a)]);
      if (k > 0) this.emit("shr", [d, immOp(k)]);
      return;
    }
    const t = isReg(d, a) ? this.fresh() : d;
    this.emit("mov", [t, this.operand(a)]);
    if (k > 1) this.emit("sar", [t, immOp(31)]);
    this.emit("shr", [t, immOp(32 - k)]);
    this.emit("add", [t, this.operand(a)]);
    this.emit("sar", [t, immOp(k)]);
    if (t !== d) this.emit("mov", [d, t]);
  }

  /** Emits `cmp a, b` and returns the condition to test, swapped if the operands had to be.
   * `written`: a register already written before the compare, which a folded load's
   * address must not use. */
  private compare(a: Value, b: Value, cc: CondCode, written?: Reg): CondCode {
    if (a.kind === "imm" && b.kind === "temp") {
      [a, b] = [b, a];
      cc = SWAPPED[cc];
    }
    const narrow = b.kind === "imm" ? this.narrowCompare(a, b.value, cc, written) : undefined;
    if (narrow) return narrow;
    const left = this.foldLoad(a, written);
    const right = left ? undefined : this.foldLoad(b, written);
    const masked = b.kind === "imm" && b.value === 0 ? this.trees.foldable(a) : undefined;
    if (masked?.op === "and" && masked.a.kind === "temp") {
      // (x & y) compared with 0: test sets the flags as cmp would (CF = OF = 0).
      this.trees.fold(a);
      this.emit("test", [vreg(masked.a.id), this.operand(masked.b)]);
    } else if (left || right) {
      this.emit("cmp", [left ?? this.register(a), right ?? this.operand(b)]);
    } else {
      const r = this.register(a);
      const before = this.previous();
      const fromResult = b.kind === "imm" && b.value === 0 ? FROM_RESULT[cc] : undefined;
      if (fromResult && this.out.length === 0 && before && SETS_ZF_SF.has(before.op) && isSameReg(before.ops[0], r)) return fromResult;
      // cmp r, 0 and test r, r set the flags the same way (CF = OF = 0).
      this.emit(b.kind === "imm" && b.value === 0 ? "test" : "cmp", [r, b.kind === "imm" && b.value === 0 ? r : this.operand(b)]);
    }
    return cc;
  }

  /** `jmp [table + (value - low) * 4]` after one unsigned check that covers both ends. */
  private jumpTable(t: Terminator & { op: "switch" }): void {
    const index = this.fresh();
    this.emit("mov", [index, this.operand(t.value)]);
    if (t.low !== 0) this.emit("sub", [index, immOp(t.low)]);
    this.emit("cmp", [index, immOp(t.targets.length)]);
    this.emit("jcc", [], { cc: "ae", target: t.default.id });
    const symbol = `${this.fnName}.switch${this.data.length}`;
    this.data.push({
      symbol, section: "rodata", align: 4, bytes: new Uint8Array(4 * t.targets.length),
      relocs: t.targets.map((b, k) => ({ offset: 4 * k, symbol: `${this.fnName}.L${b.id}`, addend: 0 })),
      comment: `jump table of ${this.fnName}`,
    });
    this.emit("jmp_table", [index], { symbol, targets: [...new Set(t.targets.map((b) => b.id))] });
  }

  terminator(t: Terminator, next: Block | undefined, fused?: Inst & { op: "cmp" }): void {
    this.loc = t.loc;
    switch (t.op) {
      case "jmp":
        if (t.target !== next) this.emit("jmp", [], { target: t.target.id });
        return;
      case "switch": return this.jumpTable(t);
      case "unreachable": return; // the call before it never returns
      case "ret":
        if (t.value) this.emit("mov", [EAX, this.operand(t.value)]);
        return this.emit("ret", []);
      case "br": {
        let cc: CondCode;
        if (fused) {
          this.loc = fused.loc;
          cc = this.compare(fused.a, fused.b, CONDITION[fused.cond]);
        } else {
          const r = this.register(t.cond);
          this.emit("test", [r, r]);
          cc = "ne";
        }
        const trap = this.traps.get(t.then) ?? this.traps.get(t.else);
        if (trap) {
          const [taken, other] = this.traps.has(t.then) ? [cc, t.else] : [NEGATED[cc], t.then];
          this.emit("jcc", trap.args, { cc: taken, trap: trap.callee });
          if (other !== next) this.emit("jmp", [], { target: other.id });
          return;
        }
        if (t.then === next) return this.emit("jcc", [], { cc: NEGATED[cc], target: t.else.id });
        this.emit("jcc", [], { cc, target: t.then.id });
        if (t.else !== next) this.emit("jmp", [], { target: t.else.id });
      }
    }
  }
}
