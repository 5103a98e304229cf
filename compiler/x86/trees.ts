// Expression trees within a block, for instruction selection (x86/isel.ts). In: one IR
// block after the passes and each temp's use count over the whole function. Out: answers
// to "may this operand's defining instruction be folded into the instruction now being
// selected?", which lets isel match a tree of IR instructions with one x86 instruction:
// maximal munch (Appel, "Modern Compiler Implementation in ML", §9.1), with a temp that
// has one use standing for an edge of the tree (as in LLVM's SelectionDAG, where a node
// with one use may be folded into its user).
//
// isel walks the block in order and selects each instruction into a chunk of its own,
// then calls `advance`; a query at instruction i asks about the operands i reads. Temps are
// not SSA, so a fold must keep each value the folded instruction read: a temp `t` (one
// use, that use here) may be folded when its latest definition is in this block, no
// operand of that definition has been redefined since, and, for a load, no instruction
// since may have written memory. Folding empties the definition's chunk: what it computed
// is now part of the instruction that used it. A definition whose selection folded
// others is a tree's root already and is not folded again.

import { definedTemp, type Inst, type Value, usedTemps } from "../ir/ir.js";
import type { MInst } from "./machine.js";

export class BlockTrees {
  /** Each temp's definitions so far in this block: bumped by every definition. */
  private readonly version = new Map<number, number>();
  /** The latest definition of each temp in this block, with its operands' versions then. */
  private readonly latest = new Map<number, { inst: Inst; operands: [number, number][]; stores: number; chunk: MInst[]; root: boolean }>();
  /** Instructions so far that may write memory. */
  private stores = 0;
  /** Whether the instruction being selected has folded another. */
  private root = false;

  constructor(private readonly useCount: ReadonlyMap<number, number>) {}

  /** Records `inst`, which isel has just selected into `chunk`. */
  advance(inst: Inst, chunk: MInst[]): void {
    if (writesMemory(inst)) this.stores++;
    const dst = definedTemp(inst);
    if (dst) {
      const operands = usedTemps(inst).map((t): [number, number] => [t.id, this.version.get(t.id) ?? 0]);
      this.version.set(dst.id, (this.version.get(dst.id) ?? 0) + 1);
      this.latest.set(dst.id, { inst, operands, stores: this.stores, chunk, root: this.root });
    }
    this.root = false;
  }

  /** The instruction that computed `v` here, if it may be folded into the one being selected:
   * its result has no other use, and it would read the same values here. Does not fold it. */
  foldable(v: Value): Inst | undefined {
    if (v.kind !== "temp" || this.useCount.get(v.id) !== 1) return undefined;
    const def = this.latest.get(v.id);
    if (!def || def.root || def.chunk.length === 0) return undefined;
    if (def.operands.some(([id, version]) => (this.version.get(id) ?? 0) !== version)) return undefined;
    if (def.inst.op === "load" && (def.inst.volatile || def.stores !== this.stores)) return undefined;
    return def.inst;
  }

  /** The instruction that last defined `v` in this block, whatever its uses: for facts
   * about the value `v` holds now (such as "already zero-extended"). */
  definition(v: Value): Inst | undefined {
    return v.kind === "temp" ? this.latest.get(v.id)?.inst : undefined;
  }

  /** Folds what `foldable(v)` returned into the instruction being selected: its own
   * instructions go. */
  fold(v: Value): void {
    const def = this.latest.get((v as { id: number }).id)!;
    def.chunk.length = 0;
    this.root = true;
  }
}

/** Whether an instruction may change memory a load could read. */
function writesMemory(i: Inst): boolean {
  switch (i.op) {
    case "store": case "call": case "callind": case "asm": case "sys": case "in": case "out": return true;
    default: return false;
  }
}
