// Constant folding within blocks. In: any function. Out: the same function with
// instructions over constant operands replaced by copies of their results, and
// constant temps substituted into later operands of the same block.
//
// Lowering already folds constant source expressions; this pass catches what
// lowering exposes, e.g. `x = 4; y = x * 2` in straight-line code:
//   %t0 = copy 4            %t0 = copy 4
//   %t1 = mul %t0, 2   =>   %t1 = copy 8
// Temps are not SSA, so knowledge is per block and dropped when a temp is redefined.

import { type BinaryOp, type Cond, definedTemp, type Inst, imm, type IrFunction, replaceTerminatorUses, replaceUses, type Temp, type Value } from "../ir/ir.js";

export function foldConstants(fn: IrFunction): void {
  for (const block of fn.blocks) {
    const known = new Map<number, number>();
    const sub = (v: Temp): Value => (known.has(v.id) ? imm(known.get(v.id)!) : v);
    block.insts = block.insts.map((inst) => {
      const folded = fold(replaceUses(inst, sub));
      const dst = definedTemp(folded);
      if (dst) {
        if (folded.op === "copy" && folded.src.kind === "imm") known.set(dst.id, folded.src.value);
        else known.delete(dst.id);
      }
      return folded;
    });
    block.term = replaceTerminatorUses(block.term, sub);
  }
}

/** `i` itself, or a copy of its constant result when all its operands are immediates and
 * it would not trap at run time (division by zero, INT_MIN / -1 stay run-time operations). */
export function fold(i: Inst): Inst {
  const copy = (value: number): Inst => ({ op: "copy", dst: (i as { dst: Value & { kind: "temp" } }).dst, src: imm(value), loc: i.loc });
  switch (i.op) {
    case "neg": return i.a.kind === "imm" ? copy(-i.a.value) : i;
    case "not": return i.a.kind === "imm" ? copy(~i.a.value) : i;
    case "ext": {
      if (i.a.kind !== "imm") return i;
      const shift = 32 - i.from;
      return copy(i.signed ? (i.a.value << shift) >> shift : (i.a.value << shift) >>> shift);
    }
    case "cmp": return i.a.kind === "imm" && i.b.kind === "imm" ? copy(compare(i.cond, i.a.value, i.b.value) ? 1 : 0) : i;
    case "add": case "sub": case "mul": case "and": case "or": case "xor": case "shl": case "shr": case "sar":
    case "udiv": case "sdiv": case "urem": case "srem": {
      if (i.a.kind !== "imm" || i.b.kind !== "imm") return i;
      const r = arithmetic(i.op, i.a.value, i.b.value);
      return r === undefined ? i : copy(r);
    }
    default: return i;
  }
}

/** 32-bit machine arithmetic; undefined where the machine would trap (division by zero, INT_MIN / -1). */
function arithmetic(op: BinaryOp, a: number, b: number): number | undefined {
  const ua = a >>> 0, ub = b >>> 0;
  switch (op) {
    case "add": return a + b;
    case "sub": return a - b;
    case "mul": return Math.imul(a, b);
    case "and": return a & b;
    case "or": return a | b;
    case "xor": return a ^ b;
    case "shl": return a << b;
    case "shr": return a >>> b;
    case "sar": return a >> b;
    case "udiv": return ub === 0 ? undefined : Math.trunc(ua / ub);
    case "urem": return ub === 0 ? undefined : ua % ub;
    case "sdiv": return b === 0 || (a === -0x80000000 && b === -1) ? undefined : Math.trunc(a / b);
    case "srem": return b === 0 || (a === -0x80000000 && b === -1) ? undefined : a % b;
  }
}

function compare(c: Cond, a: number, b: number): boolean {
  const ua = a >>> 0, ub = b >>> 0;
  switch (c) {
    case "eq": return a === b;
    case "ne": return a !== b;
    case "ult": return ua < ub;
    case "ule": return ua <= ub;
    case "ugt": return ua > ub;
    case "uge": return ua >= ub;
    case "slt": return a < b;
    case "sle": return a <= b;
    case "sgt": return a > b;
    case "sge": return a >= b;
  }
}
