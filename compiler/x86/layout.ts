// Block placement, run by instruction selection. In: an IR function after the passes,
// and the blocks isel leaves out (trap blocks that became out-of-line stubs, x86/traps.ts).
// Out: the order to emit the remaining blocks in. The IR function is not changed.
//
// Bottom-up chain formation (Pettis & Hansen, "Profile Guided Code Positioning", PLDI
// 1990, §4.2), with static edge weights in place of a profile: an edge weighs more the
// deeper the loop it lies in (a loop is taken to run often), and an edge into a cold
// block (a bounds trap) weighs nothing. The heaviest edges are made fall-throughs first,
// by joining the chain ending at the edge's source to the chain starting at its target.
// Edges that go back in a depth-first order (a loop's back edge) are never made
// fall-throughs, so a loop that tests at the bottom (passes/tails.ts) keeps its test
// last and its body first, and its check blocks fall through to their in-bounds code:
// one taken branch per iteration. The entry's chain comes first, cold blocks last.

import { type Block, type IrFunction, successors } from "../ir/ir.js";

/** The blocks of `fn` but `dropped`, in the order to lay them out; blocks[0] stays first. */
export function layoutBlocks(fn: IrFunction, dropped: ReadonlySet<Block>): Block[] {
  const blocks = fn.blocks.filter((b) => !dropped.has(b));
  const position = new Map(blocks.map((b, i) => [b, i]));
  const order = depthFirstOrder(fn.blocks[0]);
  const depth = loopDepths(order);
  const edges: { from: Block; to: Block; weight: number; inner: number; natural: boolean }[] = [];
  for (const from of blocks) {
    // Only a jmp or a br can fall through to its target; a switch ends in an indirect jump.
    if (from.cold || (from.term.op !== "jmp" && from.term.op !== "br")) continue;
    for (const to of new Set(successors(from.term))) {
      if (to.cold || dropped.has(to) || to === blocks[0] || order.get(to)! <= order.get(from)!) continue;
      const weight = Math.min(depth.get(from) ?? 0, depth.get(to) ?? 0);
      edges.push({ from, to, weight, inner: depth.get(to) ?? 0, natural: position.get(to) === position.get(from)! + 1 });
    }
  }
  // Heaviest first; among equals, an edge into a loop (its entry test falls through to the
  // body), then the lowering's own order where it already falls through.
  edges.sort((a, b) => b.weight - a.weight || b.inner - a.inner || Number(b.natural) - Number(a.natural)
    || position.get(a.from)! - position.get(b.from)! || position.get(a.to)! - position.get(b.to)!);
  const chainOf = new Map<Block, Block[]>(blocks.map((b) => [b, [b]]));
  for (const { from, to } of edges) {
    const head = chainOf.get(from)!, tail = chainOf.get(to)!;
    if (head === tail || head[head.length - 1] !== from || tail[0] !== to) continue;
    head.push(...tail);
    for (const b of tail) chainOf.set(b, head);
  }
  // Chains in the order of their first block's original position; cold chains last.
  const chains = [...new Set(blocks.map((b) => chainOf.get(b)!))];
  const hot = chains.filter((c) => !c[0].cold), cold = chains.filter((c) => c[0].cold);
  return [...hot, ...cold].flat();
}

/** Each block's position in a reverse postorder from `entry`. */
function depthFirstOrder(entry: Block): Map<Block, number> {
  const post: Block[] = [];
  const seen = new Set<Block>([entry]);
  const stack: { block: Block; next: Block[]; at: number }[] = [{ block: entry, next: successors(entry.term), at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const s = top.next[top.at++];
    if (!s) {
      post.push(top.block);
      stack.pop();
    } else if (!seen.has(s)) {
      seen.add(s);
      stack.push({ block: s, next: successors(s.term), at: 0 });
    }
  }
  return new Map(post.reverse().map((b, i) => [b, i]));
}

/** How many loops contain each block. Structured code gives reducible flow graphs, where
 * an edge that goes back in a reverse postorder is a back edge to a loop header; the
 * loop's body is what reaches the edge's source without passing its header (the natural
 * loop, Aho, Lam, Sethi & Ullman, "Compilers", 2nd ed., §9.6.6). */
function loopDepths(order: Map<Block, number>): Map<Block, number> {
  const predecessors = new Map<Block, Block[]>();
  const latches = new Map<Block, Block[]>(); // loop header -> the sources of its back edges
  const add = (map: Map<Block, Block[]>, key: Block, b: Block) => {
    const list = map.get(key);
    if (list) list.push(b);
    else map.set(key, [b]);
  };
  for (const from of order.keys()) {
    for (const s of new Set(successors(from.term))) {
      add(predecessors, s, from);
      if (order.get(s)! <= order.get(from)!) add(latches, s, from);
    }
  }
  const depth = new Map<Block, number>();
  for (const [header, sources] of latches) {
    const body = new Set<Block>([header]);
    const work = [...sources];
    while (work.length > 0) {
      const b = work.pop()!;
      if (body.has(b)) continue;
      body.add(b);
      work.push(...(predecessors.get(b) ?? []));
    }
    for (const b of body) depth.set(b, (depth.get(b) ?? 0) + 1);
  }
  return depth;
}
