// Loop versioning for bounds checks (loop predication). In: a function in SSA form whose
// loops have preheaders (licm) and whose provable checks are gone (ranges). Out: the same
// function where an innermost loop whose checks range analysis could not prove, but whose
// indexes are `p + b` of a counter p the loop's exit test bounds, is run in one of two
// copies: the preheader tests, once, that every index the loop can reach is in bounds,
// and takes a copy without those checks if so, the original, checked loop if not. The
// original traps at the same iteration, after the same side effects, with the same
// report as before, since it is the same code. sieve's inner loop (j = i*i; j <= LIMIT;
// j += i), where nothing bounds i*i from below:
//
//   @b7:  jmp @b14                                  @b7:  %lo = add %t32, 0   (folded: %t32)
//   @b14: %t52 = phi [@b7: %t32], [@b16: %t55]            %c1 = cmp.sgt %t30, 0; %c2 = cmp.sle 2000000, ...
//         %t53 = cmp.sle %t52, 2000000          =>        br %all, @b7', @b7''
//         br %t53, @b15, @b17                       @b14: (the original loop, checks and all)
//   @b15: %t54 = cmp.uge %t52, 2000001              @b14': %t52' = phi [@b7': %t32], [@b16': %t55']
//         br %t54, @trap, @b20                             ... the copy: @b15' is `jmp @b20'`
//   @b20: store.8 [%t52 + flags + 4], 1             @b17: %t.. = phi of what leaves either copy
//   @b16: %t55 = add %t52, %t30; jmp @b14
//
// The counter p is `phi [preheader: init], [latch: p + s]` (or p - k) with s invariant, and the
// header's exit test `p < B` or `p <= B` (B invariant; signed or unsigned) leads into a
// block that dominates the check and the latch; or `p > B`, `p >= B` for a falling counter.
// Then, when s has the test's direction and p + s cannot wrap past B (B <= MAX - s, or
// B >= MIN - s; unsigned, B <= 0xffffffff - s or B >= -s), p
// runs from init to B (or B to init) without wrapping, and if the wrapped indexes at the
// two ends satisfy 0 <= lo <= hi < L, every index between is in [lo, hi] too: the span
// hi - lo is exact, since p's is below 2^32 and the difference below 2^31. Each such fact
// that constants do not settle becomes a compare in the preheader (Gupta, "Optimizing
// Array Bound Checks Using Flow Analysis", LOPLAS 1993, hoists checks of a loop's largest
// index; versioning, rather than hoisting the check, keeps the trap's timing exact).
// A loop is copied only if it is small (MAX_SIZE instructions), it leaves to at most one
// block, which only it reaches (what it computes and uses later meets in phis there), and
// its other exits end the function (trap or return blocks only it reaches, which are
// copied, as are the empty blocks a `break` jumps through).
// Needs: SSA form, preheaders (licm), range analysis done (ranges). Preserves: SSA form.

import { type Block, type Cond, definedTemp, imm, type Inst, type IrFunction, type Phi, renameInst, replaceTerminatorUses, replaceUses, successors, type Temp, temp, type Terminator, usedTemps, type Value } from "../ir/ir.js";
import { removeDeadEdges } from "./cfg.js";
import { type DominatorTree, dominatorTree } from "./dominators.js";
import { type Loop, naturalLoops, stepOf } from "./loops.js";
import { NEGATE, SWAP } from "./ranges.js";

/** The most instructions a loop may have to be copied. */
const MAX_SIZE = 100;
const MIN = -0x80000000;
const MAX = 0x7fffffff;

export function versionLoops(fn: IrFunction): void {
  if (!fn.blocks.some((b) => b.phis?.length) || !fn.blocks.some((b) => checkIn(b))) return; // no counter, or no check
  const done = new Set<Block>(); // headers of loops tried, and of copies
  let changed = false;
  for (let again = true; again; ) {
    again = false;
    const tree = dominatorTree(fn);
    const defs = definitions(fn);
    for (const loop of naturalLoops(tree)) {
      if (!loop.innermost || !loop.preheader || done.has(loop.header)) continue;
      done.add(loop.header);
      const tests: Predicate[] = [];
      const proven = new Set<Block>();
      for (const b of loop.body) {
        const test = new Predicate(fn);
        if (checkIn(b) && provable(b, loop, tree, defs, test)) [proven.add(b), tests.push(test)];
      }
      const copy = proven.size > 0 ? duplicate(fn, loop, tree, proven, tests) : undefined;
      if (copy) {
        done.add(copy);
        [changed, again] = [true, true];
        break; // the dominator tree is stale now
      }
    }
  }
  if (changed) removeDeadEdges(fn);
}

function definitions(fn: IrFunction): Map<number, { def: Inst | Phi; block: Block }> {
  const defs = new Map<number, { def: Inst | Phi; block: Block }>();
  for (const b of fn.blocks) {
    for (const phi of b.phis ?? []) defs.set(phi.dst.id, { def: phi, block: b });
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) defs.set(d.id, { def: i, block: b });
    }
  }
  return defs;
}

/** Copies `loop` (see the header) without the checks that end the blocks in `proven`, and
 * makes its preheader choose by `tests`. Returns the copy's header, or undefined if the
 * loop's shape does not allow it (and then changes nothing). */
function duplicate(fn: IrFunction, loop: Loop, tree: DominatorTree, proven: Set<Block>, tests: Predicate[]): Block | undefined {
  const preheader = loop.preheader!;
  const region = new Set(loop.body);
  for (const b of fn.blocks) {
    const preds = tree.preds.get(b)!;
    if (!region.has(b) && successors(b.term).length === 0 && preds.length > 0 && preds.every((p) => loop.body.has(p))) region.add(b);
  }
  // The way out: one block that only the region reaches. Empty blocks and blocks that end
  // the function, which only the region reaches (a `break`'s jump), join the region until
  // there is one.
  const owned = (b: Block) => tree.preds.get(b)!.every((p) => region.has(p));
  let exits: Block[];
  for (;;) {
    exits = [...new Set([...region].flatMap((b) => successors(b.term)).filter((s) => !region.has(s)))];
    if (exits.length === 0 || (exits.length === 1 && owned(exits[0]))) break;
    const joining = exits.filter((e) => owned(e) && (successors(e.term).length === 0 || (e.insts.length === 0 && !e.phis?.length && e.term.op === "jmp")));
    if (joining.length === 0) return undefined;
    joining.forEach((e) => region.add(e));
  }
  const [exit] = exits; // none if every way out ends the function
  if ([...region].reduce((n, b) => n + b.insts.length, 0) > MAX_SIZE) return undefined;
  // Temps the region defines and code after it reads meet in phis at the exit, which
  // they must therefore reach on every path.
  const home = new Map<number, Block>();
  for (const b of region) {
    for (const phi of b.phis ?? []) home.set(phi.dst.id, b);
    for (const i of b.insts) {
      const d = definedTemp(i);
      if (d) home.set(d.id, b);
    }
  }
  const escaping = new Set<number>();
  const read = (t: Temp) => home.has(t.id) && escaping.add(t.id);
  for (const b of fn.blocks) {
    if (region.has(b)) continue;
    for (const phi of b.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp" && !region.has(a.block)) read(a.value);
    for (const i of b.insts) usedTemps(i).forEach(read);
    usedTemps(b.term).forEach(read);
  }
  if ([...escaping].some((id) => !exit || !tree.dominates(home.get(id)!, exit))) return undefined;

  const origin = fn.ssa!.origin;
  let nextId = Math.max(...fn.blocks.map((b) => b.id)) + 1;
  const fresh = (like?: number): Temp => {
    const t = temp(fn.tempCount++);
    const variable = like === undefined ? undefined : origin.get(like);
    if (variable !== undefined) origin.set(t.id, variable);
    return t;
  };
  const renamed = new Map<number, Temp>([...home.keys()].map((id) => [id, fresh(id)]));
  const copies = new Map<Block, Block>([...region].map((b) => [b, { id: nextId++, insts: [], term: b.term, cold: b.cold }]));
  const name = (t: Temp) => renamed.get(t.id) ?? t;
  const value = (v: Value): Value => (v.kind === "temp" ? name(v) : v);
  const block = (b: Block) => copies.get(b) ?? b;
  for (const [b, copy] of copies) {
    copy.phis = b.phis?.map((phi) => ({ dst: name(phi.dst), args: phi.args.map((a) => ({ block: block(a.block), value: value(a.value) })) }));
    copy.insts = b.insts.map((i) => renameInst(i, name, value));
    copy.term = proven.has(b) ? { op: "jmp", target: block(checkIn(b)!.ok), loc: b.term.loc } : retarget(replaceTerminatorUses(b.term, name), block);
  }
  for (const phi of exit?.phis ?? []) {
    phi.args.push(...phi.args.map((a) => ({ block: block(a.block), value: value(a.value) })));
  }
  const merged = new Map<number, Value>();
  for (const id of escaping) {
    const dst = fresh(id);
    const args = tree.preds.get(exit!)!.flatMap((p) => [{ block: p, value: temp(id) }, { block: block(p), value: name(temp(id)) }]);
    (exit!.phis ??= []).push({ dst, args });
    merged.set(id, dst);
  }
  if (merged.size > 0) {
    const use = (t: Temp): Value => merged.get(t.id) ?? t;
    for (const b of fn.blocks) {
      if (region.has(b)) continue;
      for (const phi of b.phis ?? []) for (const a of phi.args) if (a.value.kind === "temp" && !region.has(a.block)) a.value = use(a.value);
      b.insts = b.insts.map((i) => replaceUses(i, use));
      b.term = replaceTerminatorUses(b.term, use);
    }
  }

  // The preheader runs the tests and picks a copy; each copy gets a preheader of its own.
  const header = block(loop.header);
  const [checked, unchecked]: Block[] = [loop.header, header].map((h) => ({ id: nextId++, phis: [], insts: [], term: { op: "jmp", target: h } }));
  for (const [h, pre] of [[loop.header, checked], [header, unchecked]]) {
    for (const phi of h.phis ?? []) for (const a of phi.args) if (a.block === preheader) a.block = pre;
  }
  // The tests run as a chain of compare-and-branch blocks, each of which goes to the checked
  // copy when its compare fails.
  const loc = loop.header.term.loc; // the loop's test, in listings and line tables
  preheader.insts.push(...tests.flatMap((t) => t.insts).map((i) => ({ ...i, loc })));
  const compares = tests.flatMap((t) => t.compares);
  const chain = compares.map((c, k): Block => (k === 0 ? preheader : { id: nextId++, phis: [], insts: [], term: preheader.term }));
  compares.forEach((c, k) => {
    chain[k].insts.push({ ...c, loc });
    chain[k].term = { op: "br", cond: c.dst, then: chain[k + 1] ?? unchecked, else: checked, loc };
  });
  if (compares.length === 0) preheader.term = { op: "jmp", target: unchecked };
  const at = fn.blocks.indexOf(preheader); // (instruction selection lays the blocks out)
  fn.blocks = [...fn.blocks.slice(0, at + 1), ...chain.slice(1), checked, unchecked, ...fn.blocks.slice(at + 1), ...copies.values()];
  return header;
}

/** `t` with each jump target b replaced by `to(b)`. */
function retarget(t: Terminator, to: (b: Block) => Block): Terminator {
  switch (t.op) {
    case "jmp": return { ...t, target: to(t.target) };
    case "br": return { ...t, then: to(t.then), else: to(t.else) };
    case "switch": return { ...t, targets: t.targets.map(to), default: to(t.default) };
    default: return t;
  }
}

/** The check `br (cmp.uge index, length), @trap, @ok` that ends `b`, if it does. */
function checkIn(b: Block): { index: Value; length: Value; ok: Block } | undefined {
  const t = b.term;
  if (t.op !== "br" || t.cond.kind !== "temp" || !t.then.cold || t.then.term.op !== "unreachable") return undefined;
  const cmp = b.insts.find((i) => definedTemp(i)?.id === (t.cond as Temp).id);
  if (cmp?.op !== "cmp" || cmp.cond !== "uge") return undefined;
  return { index: cmp.a, length: cmp.b, ok: t.else };
}

/** Adds to `test` what makes the check ending `b` pass on every iteration; false if the
 * check is not of that form (or constants show it can fail). */
function provable(b: Block, loop: Loop, tree: DominatorTree, defs: Map<number, { def: Inst | Phi; block: Block }>, test: Predicate): boolean {
  const invariant = (v: Value) => v.kind === "imm" || !loop.body.has(defs.get(v.id)!.block);
  const check = checkIn(b)!;
  if (!invariant(check.length) || check.index.kind !== "temp") return false;
  // index = p + offset
  let p: Temp = check.index;
  let offset: Value = imm(0);
  const d = defs.get(p.id)!.def;
  if ("op" in d && (d.op === "add" || d.op === "sub") && d.a.kind === "temp" && invariant(d.b)) {
    if (d.op === "sub" && d.b.kind !== "imm") return false;
    [p, offset] = [d.a, d.op === "sub" ? imm(-(d.b as { value: number }).value) : d.b];
  } else if ("op" in d && d.op === "add" && d.b.kind === "temp" && invariant(d.a)) [p, offset] = [d.b, d.a];
  // p = phi [preheader: init], [latch: p + step]
  const phi = defs.get(p.id)!;
  if (phi.block !== loop.header || "op" in phi.def || phi.def.args.length !== 2 || loop.latches.length !== 1) return false;
  const init = phi.def.args.find((a) => a.block === loop.preheader)?.value;
  const back = phi.def.args.find((a) => a.block === loop.latches[0])?.value;
  const next = back?.kind === "temp" ? defs.get(back.id)!.def : undefined;
  const step = next && stepOf(next, p);
  if (!init || !step || !invariant(step)) return false;
  // The header's exit test bounds p in the block it enters, which holds the check and the latch.
  const t = loop.header.term;
  const cmp = t.op === "br" && t.cond.kind === "temp" ? defs.get(t.cond.id)?.def : undefined;
  if (t.op !== "br" || !cmp || !("op" in cmp) || cmp.op !== "cmp") return false;
  const inside = loop.body.has(t.then) ? t.then : t.else;
  if (loop.body.has(t.then) === loop.body.has(t.else) || tree.preds.get(inside)!.length !== 1) return false;
  if (!tree.dominates(inside, b) || !tree.dominates(inside, loop.latches[0])) return false;
  let cond: Cond = inside === t.then ? cmp.cond : NEGATE[cmp.cond];
  let bound: Value;
  if (cmp.a.kind === "temp" && cmp.a.id === p.id) bound = cmp.b;
  else if (cmp.b.kind === "temp" && cmp.b.id === p.id) [bound, cond] = [cmp.a, SWAP[cond]];
  else return false;
  if (!invariant(bound)) return false;
  const length = check.length;
  const [unsigned, strict] = [cond[0] === "u", cond === "slt" || cond === "ult" || cond === "sgt" || cond === "ugt"];
  // The extremes p + step must not pass: the largest value when rising, the least falling.
  const [top, bottom] = unsigned ? [-1, 0] : [MAX, MIN];
  if (cond === "slt" || cond === "sle" || cond === "ult" || cond === "ule") {
    // Rising: p in [init, last], last = bound (- 1 for <); p + step <= top for every such p.
    test.require("sgt", step, imm(0));
    test.require(unsigned ? "ule" : "sle", bound, test.arith("sub", imm(strict ? top + 1 : top), step));
    const last = strict ? test.arith("add", bound, imm(-1)) : bound;
    return test.inBounds(test.arith("add", init, offset), test.arith("add", last, offset), length);
  }
  if (cond === "sgt" || cond === "sge" || cond === "ugt" || cond === "uge") {
    // Falling: p in [first, init], first = bound (+ 1 for >); p + step >= bottom for every such p.
    test.require("slt", step, imm(0));
    test.require(unsigned ? "uge" : "sge", bound, test.arith("sub", imm(strict ? bottom - 1 : bottom), step));
    const first = strict ? test.arith("add", bound, imm(1)) : bound;
    return test.inBounds(test.arith("add", first, offset), test.arith("add", init, offset), length);
  }
  return false;
}

/** The preheader's test: compares to run there, all of which must hold. Constant ones are
 * settled now; one that fails makes the whole test false. */
class Predicate {
  /** The arithmetic the compares read. */
  readonly insts: Inst[] = [];
  readonly compares: (Inst & { op: "cmp" })[] = [];
  failed = false;
  private readonly made = new Map<string, Temp>();

  constructor(private readonly fn: IrFunction) {}

  arith(op: "add" | "sub", a: Value, b: Value): Value {
    if (a.kind === "imm" && b.kind === "imm") return imm(op === "add" ? a.value + b.value : a.value - b.value);
    if (op === "add" && b.kind === "imm" && b.value === 0) return a;
    return this.make({ op, dst: temp(0), a, b } as Inst & { dst: Temp }, this.insts as (Inst & { dst: Temp })[]);
  }

  require(cond: "slt" | "sle" | "sgt" | "sge" | "ule" | "uge", a: Value, b: Value): void {
    const limit = (v: Value, value: number) => v.kind === "imm" && v.value === value;
    const [least, most] = cond[0] === "u" ? [0, -1] : [MIN, MAX];
    if ((cond.endsWith("le") && (limit(b, most) || limit(a, least))) || (cond.endsWith("ge") && (limit(b, least) || limit(a, most)))) return;
    if (a.kind === "imm" && b.kind === "imm") {
      const [x, y] = cond[0] === "u" ? [a.value >>> 0, b.value >>> 0] : [a.value, b.value];
      const holds = cond.endsWith("lt") ? x < y : cond.endsWith("le") ? x <= y : cond.endsWith("gt") ? x > y : x >= y;
      if (!holds) this.failed = true;
      return;
    }
    this.make({ op: "cmp", cond, dst: temp(0), a, b }, this.compares);
  }

  /** 0 <= lo <= hi < length, all signed. */
  inBounds(lo: Value, hi: Value, length: Value): boolean {
    [this.require("sge", lo, imm(0)), this.require("sle", lo, hi), this.require("slt", hi, length)];
    return !this.failed;
  }

  /** The instruction `i` (its dst a placeholder), made once, into `list`. */
  private make<I extends Inst & { dst: Temp }>(i: I, list: I[]): Temp {
    const key = JSON.stringify({ ...i, dst: 0 });
    const known = this.made.get(key);
    if (known) return known;
    const dst = temp(this.fn.tempCount++);
    list.push({ ...i, dst });
    this.made.set(key, dst);
    return dst;
  }
}
