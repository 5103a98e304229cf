// Dominators, for the passes that need them (SSA construction and destruction, value
// numbering, bounds-check elimination). In: a function's blocks, blocks[0] the entry.
// Out: the dominator tree over the blocks the entry reaches, and dominance frontiers.
// Nothing must run first; unreachable blocks are left out of the tree.

import { type Block, type IrFunction, successors } from "../ir/ir.js";

export interface DominatorTree {
  /** The reachable blocks in reverse postorder: each before its successors, back edges aside. */
  order: Block[];
  /** Each block's distinct predecessors, reachable or not, in layout order. */
  preds: Map<Block, Block[]>;
  /** Each reachable block's immediate dominator; the entry's is itself. */
  idom: Map<Block, Block>;
  /** The dominator tree's children of each reachable block. */
  children: Map<Block, Block[]>;
  /** Whether `a` dominates `b` (every path from the entry to `b` passes through `a`).
   * An unreachable `b` is dominated by every block, vacuously. O(1). */
  dominates(a: Block, b: Block): boolean;
}

/** Each block's distinct predecessors, in layout order. */
export function predecessors(fn: IrFunction): Map<Block, Block[]> {
  const preds = new Map<Block, Block[]>(fn.blocks.map((b) => [b, []]));
  for (const b of fn.blocks) {
    for (const s of new Set(successors(b.term))) preds.get(s)?.push(b);
  }
  return preds;
}

/** Immediate dominators come from Cooper, Harvey and Kennedy, "A Simple, Fast Dominance
 * Algorithm" (Software Practice and Experience, 2001): over the blocks in reverse
 * postorder, each block's idom is the intersection (the nearest common ancestor in the
 * tree built so far) of its processed predecessors, repeated until nothing changes,
 * which for the reducible graphs lowering makes is two passes. A query then compares
 * the blocks' entry and exit numbers in a depth-first walk of the dominator tree, so the
 * whole is near-linear in the size of the graph (sets of dominators per block were
 * quadratic: 4,000 sparse switch cases took 47 s). */
export function dominatorTree(fn: IrFunction): DominatorTree {
  const preds = predecessors(fn);
  const entry = fn.blocks[0];
  const postorder = postorderFrom(entry);
  const number = new Map(postorder.map((b, k) => [b, k]));
  const idom = new Map<Block, Block>([[entry, entry]]);
  const intersect = (x: Block, y: Block): Block => {
    while (x !== y) {
      while (number.get(x)! < number.get(y)!) x = idom.get(x)!;
      while (number.get(y)! < number.get(x)!) y = idom.get(y)!;
    }
    return x;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = postorder.length - 2; k >= 0; k--) { // reverse postorder, after the entry
      const b = postorder[k];
      let next: Block | undefined;
      for (const p of preds.get(b)!) if (idom.has(p)) next = next ? intersect(p, next) : p;
      if (next && idom.get(b) !== next) {
        idom.set(b, next);
        changed = true;
      }
    }
  }
  const children = new Map<Block, Block[]>(postorder.map((b) => [b, []]));
  for (const b of [...postorder].reverse()) if (b !== entry) children.get(idom.get(b)!)!.push(b);
  const [enter, leave] = [new Map<Block, number>(), new Map<Block, number>()];
  let clock = 0;
  const work: [Block, boolean][] = [[entry, false]];
  while (work.length > 0) {
    const [b, done] = work.pop()!;
    if (done) {
      leave.set(b, clock++);
      continue;
    }
    enter.set(b, clock++);
    work.push([b, true], ...children.get(b)!.map((c): [Block, boolean] => [c, false]));
  }
  const dominates = (a: Block, b: Block) => !enter.has(b) || (enter.has(a) && enter.get(a)! <= enter.get(b)! && leave.get(b)! <= leave.get(a)!);
  return { order: postorder.reverse(), preds, idom, children, dominates };
}

/** Each reachable block's dominance frontier: the blocks where its dominance ends, the
 * places a definition in it needs a phi (Cytron et al., "Efficiently Computing Static
 * Single Assignment Form and the Control Dependence Graph", TOPLAS 1991). Computed as
 * Cooper, Harvey and Kennedy do (2001, figure 5): from each join point, walk up from
 * each predecessor to the join's idom. Linear in the size of the frontiers. */
export function dominanceFrontiers(tree: DominatorTree): Map<Block, Set<Block>> {
  const frontier = new Map<Block, Set<Block>>(tree.order.map((b) => [b, new Set()]));
  for (const b of tree.order) {
    const preds = tree.preds.get(b)!.filter((p) => tree.idom.has(p));
    if (preds.length < 2) continue;
    for (const p of preds) {
      for (let runner = p; runner !== tree.idom.get(b); runner = tree.idom.get(runner)!) {
        frontier.get(runner)!.add(b);
        if (runner === tree.idom.get(runner)) break; // the entry
      }
    }
  }
  return frontier;
}

/** The blocks reachable from `entry`, each after all its successors but back edges' (iterative DFS). */
function postorderFrom(entry: Block): Block[] {
  const order: Block[] = [];
  const seen = new Set<Block>([entry]);
  const work: [Block, Block[]][] = [[entry, successors(entry.term)]];
  while (work.length > 0) {
    const [b, next] = work[work.length - 1];
    const s = next.pop();
    if (!s) {
      order.push(b);
      work.pop();
    } else if (!seen.has(s)) {
      seen.add(s);
      work.push([s, successors(s.term)]);
    }
  }
  return order;
}

/** The natural loops: header -> its body (header included). A back edge is an edge to a block
 * that dominates its source; the loop is what reaches the source backwards without passing
 * the header (Aho, Sethi and Ullman, §10.4). Back edges to one header make one loop. */
export function naturalLoops(tree: DominatorTree): Map<Block, Set<Block>> {
  const loops = new Map<Block, Set<Block>>();
  for (const b of tree.order) {
    for (const h of successors(b.term)) {
      if (!tree.dominates(h, b)) continue;
      const body = loops.get(h) ?? new Set([h]);
      loops.set(h, body);
      const work = [b];
      while (work.length > 0) {
        const x = work.pop()!;
        if (body.has(x)) continue;
        body.add(x);
        work.push(...tree.preds.get(x)!);
      }
    }
  }
  return loops;
}
