// Graph colouring for the register allocator (regalloc.ts drives it). In: an MFunction
// over vregs and the physical registers instruction selection named. Out: a register
// for each vreg, or the vregs to spill; for the colouring that succeeds, each vreg's
// live segments (for debug info). Nothing must run first; regalloc.ts reruns it after
// each round of spill code.
//
// Iterated register coalescing: George & Appel, "Iterated Register Coalescing", TOPLAS
// 18(3), 1996, as in Appel's "Modern Compiler Implementation" §11.4, with Briggs'
// optimistic colouring (Briggs, Cooper & Torczon 1994). Nodes are the six allocatable
// registers (precoloured) and the vregs. Interference comes from exact liveness, so a
// value's lifetime holes are free for others; `mov` between registers is coalesced when
// Briggs' or George's conservative test allows; a remaining move biases the colour.
// Spill candidates are chosen by cost / degree, where the cost counts each access as
// 10^loop depth: a value used in a hot loop is the last to go, and one that only lives
// across a loop goes first (its loads and stores then sit outside the loop).
// A value whose low byte is read (al/cl/dl/bl) interferes with esi and edi.

import { ALLOCATABLE, branchTargets, endsFlow, type MFunction, type MInst, type PReg, registerAccesses } from "./machine.js";

const K = ALLOCATABLE.length;
const ESI = ALLOCATABLE.indexOf("esi");
const EDI = ALLOCATABLE.indexOf("edi");
const PRECOLOURED_DEGREE = 1 << 30;

export interface Coloring {
  colours: Map<number, PReg>; // vreg -> register (for the round that spilled nothing)
  spilled: number[][]; // groups of vregs that share a spill slot (coalesced together)
  /** For each coloured vreg, the flat instruction ranges [from, to] (inclusive) where its
   * register holds it: from the instruction after its def (or its block's first) to its
   * last use (or its block's last). */
  segments: Map<number, [number, number][]>;
}

/** A block's successors (by index in fn.blocks). */
export function successors(fn: MFunction): number[][] {
  const index = new Map(fn.blocks.map((b, i) => [b.id, i]));
  return fn.blocks.map((block, b) => {
    const last = block.insts[block.insts.length - 1];
    const targets = block.insts.flatMap(branchTargets).map((id) => index.get(id)!);
    if (!endsFlow(last) && b + 1 < fn.blocks.length) targets.push(b + 1);
    return targets;
  });
}

/** Live-in and live-out sets of each block from what it reads before writing (`gen`) and
 * writes (`kill`): the backward data-flow equations, iterated to their fixed point (Aho,
 * Lam, Sethi and Ullman, "Compilers", 2nd ed., §9.2.5). Indexes are blocks, as in `succs`. */
export function solveLiveness(gen: Set<number>[], kill: Set<number>[], succs: number[][]): { in: Set<number>[]; out: Set<number>[] } {
  const liveIn = gen.map(() => new Set<number>());
  const liveOut = gen.map(() => new Set<number>());
  for (let changed = true; changed; ) {
    changed = false;
    for (let b = gen.length - 1; b >= 0; b--) {
      for (const s of succs[b]) for (const x of liveIn[s]) liveOut[b].add(x);
      const size = liveIn[b].size;
      for (const x of gen[b]) liveIn[b].add(x);
      for (const x of liveOut[b]) if (!kill[b].has(x)) liveIn[b].add(x);
      changed ||= liveIn[b].size !== size;
    }
  }
  return { in: liveIn, out: liveOut };
}

/** Loop nesting depth of each block: natural loops of the retreating edges of a depth-first
 * search from the entry (the back edges, in a reducible graph; Aho et al. §9.6). */
export function loopDepths(succs: number[][]): number[] {
  const n = succs.length;
  const preds: number[][] = succs.map(() => []);
  succs.forEach((ss, b) => ss.forEach((s) => preds[s].push(b)));
  const state = new Uint8Array(n); // 0 unseen, 1 on the stack, 2 done
  const bodies = new Map<number, Set<number>>(); // header -> loop body
  const stack: [number, number][] = n > 0 ? [[0, 0]] : [];
  if (n > 0) state[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [b, k] = top;
    if (k >= succs[b].length) {
      state[b] = 2;
      stack.pop();
      continue;
    }
    top[1]++;
    const s = succs[b][k];
    if (state[s] === 0) {
      state[s] = 1;
      stack.push([s, 0]);
    } else if (state[s] === 1) {
      // b -> s retreats: the natural loop of s holds every block reaching b without s.
      const body = bodies.get(s) ?? new Set([s]);
      bodies.set(s, body);
      const work = [b];
      while (work.length > 0) {
        const x = work.pop()!;
        if (body.has(x)) continue;
        body.add(x);
        work.push(...preds[x]);
      }
    }
  }
  const depth = new Array<number>(n).fill(0);
  for (const body of bodies.values()) for (const b of body) depth[b]++;
  return depth;
}

interface Move { dst: number; src: number }
/** A node's state (Appel's worklists and sets). */
const S = { Initial: 0, Simplify: 1, Freeze: 2, Spill: 3, Spilled: 4, Coalesced: 5, Coloured: 6, Stack: 7 } as const;
/** A move's state. */
const M = { Worklist: 0, Active: 1, Coalesced: 2, Constrained: 3, Frozen: 4 } as const;

/** `unspillable`: vregs made by spill code, which live for one instruction. */
export function colourGraph(fn: MFunction, unspillable: ReadonlySet<number>): Coloring {
  const N = K + fn.vregCount;
  const node = (r: MInst["ops"][number]): number => {
    if (r.k === "v") return K + r.id;
    if (r.k === "p") return ALLOCATABLE.indexOf(r.reg); // esp, ebp: -1, not allocated
    return -1;
  };
  const succs = successors(fn);
  const depths = loopDepths(succs);

  // Per instruction: the nodes it reads and writes.
  const uses: number[][] = [], defs: number[][] = [];
  const byteNodes = new Set<number>();
  const cost = new Float64Array(N);
  const seen = new Uint8Array(N);
  const starts: number[] = [];
  fn.blocks.forEach((block, b) => {
    starts.push(uses.length);
    const weight = 10 ** Math.min(depths[b], 6);
    for (const inst of block.insts) {
      const u: number[] = [], d: number[] = [];
      for (const a of registerAccesses(inst, fn.returnsValue)) {
        const x = node(a.reg);
        if (x < 0) continue;
        (a.kind === "use" ? u : d).push(x);
        if (x >= K) {
          seen[x] = 1;
          cost[x] += weight;
          if (a.needsByte) byteNodes.add(x);
        }
      }
      uses.push(u);
      defs.push(d);
    }
  });
  starts.push(uses.length);
  const insts = fn.blocks.flatMap((b) => b.insts);

  // Block liveness, iterated to a fixpoint (live-in = uses ∪ (live-out − defs)).
  const nb = fn.blocks.length;
  const gen: Set<number>[] = [], kill: Set<number>[] = [];
  for (let b = 0; b < nb; b++) {
    const g = new Set<number>(), k = new Set<number>();
    for (let i = starts[b]; i < starts[b + 1]; i++) {
      for (const x of uses[i]) if (!k.has(x)) g.add(x);
      for (const x of defs[i]) k.add(x);
    }
    gen.push(g);
    kill.push(k);
  }
  const liveOut = solveLiveness(gen, kill, succs).out;

  // The interference graph (Appel's Build), and the live segments of each vreg.
  const adjSet = new Set<number>();
  const adjList: number[][] = Array.from({ length: N }, () => []);
  const degree = new Int32Array(N);
  for (let r = 0; r < K; r++) degree[r] = PRECOLOURED_DEGREE;
  const addEdge = (u: number, v: number) => {
    if (u === v || adjSet.has(u * N + v)) return;
    adjSet.add(u * N + v).add(v * N + u);
    if (u >= K) { adjList[u].push(v); degree[u]++; }
    if (v >= K) { adjList[v].push(u); degree[v]++; }
  };
  for (const x of byteNodes) {
    addEdge(x, ESI);
    addEdge(x, EDI);
  }
  const moves: Move[] = [];
  const moveList: number[][] = Array.from({ length: N }, () => []);
  const segments = new Map<number, [number, number][]>();
  const segment = (x: number, from: number, to: number) => {
    if (x < K || from > to) return;
    const list = segments.get(x - K) ?? [];
    segments.set(x - K, list);
    list.push([from, to]);
  };
  for (let b = 0; b < nb; b++) {
    const live = new Set(liveOut[b]);
    const end = new Map<number, number>(); // live vreg -> last instruction of its current segment
    for (const x of live) end.set(x, starts[b + 1] - 1);
    for (let i = starts[b + 1] - 1; i >= starts[b]; i--) {
      const inst = insts[i];
      if (isMove(inst) && uses[i].length === 1 && defs[i].length === 1 && !(uses[i][0] < K && defs[i][0] < K)) {
        live.delete(uses[i][0]);
        const m = moves.length;
        moves.push({ dst: defs[i][0], src: uses[i][0] });
        moveList[defs[i][0]].push(m);
        moveList[uses[i][0]].push(m);
      }
      for (const d of defs[i]) live.add(d);
      for (const d of defs[i]) for (const l of live) addEdge(l, d);
      for (const d of defs[i]) {
        live.delete(d);
        if (end.has(d)) segment(d, i + 1, end.get(d)!);
        end.delete(d);
      }
      for (const u of uses[i]) {
        live.add(u);
        if (!end.has(u)) end.set(u, i);
      }
    }
    for (const [x, e] of end) segment(x, starts[b], e);
  }

  // Worklists (Appel's MakeWorklist and the main loop).
  const alias = new Int32Array(N).map((_, i) => i);
  const state = new Uint8Array(N); // see S
  const moveState = new Uint8Array(moves.length); // see M
  const simplifyWL = new Set<number>(), freezeWL = new Set<number>(), spillWL = new Set<number>();
  const worklistMoves = new Set<number>(moves.keys());
  const activeMoves = new Set<number>();
  const stack: number[] = [];
  const members = new Map<number, number[]>(); // representative -> the vreg nodes coalesced into it
  const moveRelated = (n: number) => moveList[n].some((m) => moveState[m] === M.Worklist || moveState[m] === M.Active);
  const nodeMoves = (n: number) => moveList[n].filter((m) => moveState[m] === M.Worklist || moveState[m] === M.Active);
  const gone = (w: number) => state[w] === S.Stack || state[w] === S.Coalesced;
  const adjacent = (n: number) => adjList[n].filter((w) => !gone(w));
  const getAlias = (n: number): number => (state[n] === S.Coalesced ? (alias[n] = getAlias(alias[n])) : n);
  const place = (n: number, s: number) => {
    simplifyWL.delete(n);
    freezeWL.delete(n);
    spillWL.delete(n);
    state[n] = s;
    (s === S.Simplify ? simplifyWL : s === S.Freeze ? freezeWL : spillWL).add(n);
  };
  for (let n = K; n < N; n++) {
    if (!seen[n]) continue;
    place(n, degree[n] >= K ? S.Spill : moveRelated(n) ? S.Freeze : S.Simplify);
  }
  const enableMoves = (n: number) => {
    for (const m of nodeMoves(n)) {
      if (moveState[m] !== M.Active) continue;
      activeMoves.delete(m);
      moveState[m] = M.Worklist;
      worklistMoves.add(m);
    }
  };
  const decrementDegree = (m: number) => {
    if (m < K) return;
    const d = degree[m]--;
    if (d !== K) return;
    enableMoves(m);
    for (const a of adjacent(m)) enableMoves(a);
    spillWL.delete(m);
    place(m, moveRelated(m) ? S.Freeze : S.Simplify);
  };
  const addWorkList = (u: number) => {
    if (u >= K && !moveRelated(u) && degree[u] < K && state[u] === S.Freeze) {
      place(u, S.Simplify);
    }
  };
  const ok = (t: number, r: number) => degree[t] < K || t < K || adjSet.has(t * N + r);
  /** George: every neighbour of v is insignificant, precoloured or already a neighbour of r. */
  const george = (r: number, v: number) => {
    for (const t of adjList[v]) if (!gone(t) && !ok(t, r)) return false;
    return true;
  };
  /** Briggs: u and v together have fewer than K significant neighbours; stops at the K-th. */
  const mark = new Int32Array(N); // == stamp: counted in this test
  let stamp = 0;
  const briggs = (u: number, v: number) => {
    let significant = 0;
    stamp++;
    for (const list of [adjList[u], adjList[v]]) {
      for (const t of list) {
        if (mark[t] === stamp || gone(t) || degree[t] < K) continue;
        mark[t] = stamp;
        if (++significant >= K) return false;
      }
    }
    return true;
  };
  const combine = (u: number, v: number) => {
    freezeWL.delete(v);
    spillWL.delete(v);
    state[v] = S.Coalesced;
    alias[v] = u;
    cost[u] += cost[v];
    members.set(u, [...(members.get(u) ?? [u]), ...(members.get(v) ?? [v])]);
    members.delete(v);
    for (const m of moveList[v]) moveList[u].push(m);
    for (const t of adjacent(v)) {
      addEdge(t, u);
      decrementDegree(t);
    }
    if (degree[u] >= K && state[u] === S.Freeze) {
      place(u, S.Spill);
    }
  };
  const freezeMoves = (u: number) => {
    for (const m of nodeMoves(u)) {
      const { dst, src } = moves[m];
      const v = getAlias(src) === getAlias(u) ? getAlias(dst) : getAlias(src);
      activeMoves.delete(m);
      moveState[m] = M.Frozen;
      if (v >= K && nodeMoves(v).length === 0 && degree[v] < K && state[v] === S.Freeze) {
        place(v, S.Simplify);
      }
    }
  };
  const take = (set: Set<number>) => {
    const x = set.values().next().value as number;
    set.delete(x);
    return x;
  };

  while (simplifyWL.size + worklistMoves.size + freezeWL.size + spillWL.size > 0) {
    if (simplifyWL.size > 0) {
      const n = take(simplifyWL);
      state[n] = S.Stack;
      stack.push(n);
      for (const m of adjacent(n)) decrementDegree(m);
    } else if (worklistMoves.size > 0) {
      const m = take(worklistMoves);
      const x = getAlias(moves[m].dst), y = getAlias(moves[m].src);
      const [u, v] = y < K ? [y, x] : [x, y];
      if (u === v) {
        moveState[m] = M.Coalesced;
        addWorkList(u);
      } else if (v < K || adjSet.has(u * N + v)) {
        moveState[m] = M.Constrained;
        addWorkList(u);
        addWorkList(v);
      } else if (u < K ? george(u, v) : briggs(u, v)) {
        moveState[m] = M.Coalesced;
        combine(u, v);
        addWorkList(u);
      } else {
        moveState[m] = M.Active;
        activeMoves.add(m);
      }
    } else if (freezeWL.size > 0) {
      const u = take(freezeWL);
      place(u, S.Simplify);
      freezeMoves(u);
    } else {
      // The cheapest spill per interference removed; spill-code temps never, if anything else will do.
      let best = -1, bestScore = Infinity;
      for (const n of spillWL) {
        const score = (unspillable.has(n - K) ? 1e30 : cost[n]) / degree[n];
        if (best < 0 || score < bestScore) { best = n; bestScore = score; }
      }
      place(best, S.Simplify);
      freezeMoves(best);
    }
  }

  // AssignColors, preferring the colour of a move partner (biased colouring).
  const colour = new Int32Array(N).fill(-1);
  for (let r = 0; r < K; r++) colour[r] = r;
  const spilledNodes: number[] = [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const taken = new Set<number>();
    for (const w of adjList[n]) {
      const a = getAlias(w);
      if (colour[a] >= 0 && (a < K || state[a] === S.Coloured)) taken.add(colour[a]);
    }
    const free: number[] = [];
    for (let r = 0; r < K; r++) if (!taken.has(r)) free.push(r);
    if (free.length === 0) {
      state[n] = S.Spilled;
      spilledNodes.push(n);
      continue;
    }
    let pick = free[0];
    for (const m of moveList[n]) {
      const other = getAlias(moves[m].dst) === n ? getAlias(moves[m].src) : getAlias(moves[m].dst);
      if (colour[other] >= 0 && (other < K || state[other] === S.Coloured) && free.includes(colour[other])) { pick = colour[other]; break; }
    }
    state[n] = S.Coloured;
    colour[n] = pick;
  }
  const colours = new Map<number, PReg>();
  if (spilledNodes.length > 0) {
    const spilled = spilledNodes.map((n) => (members.get(n) ?? [n]).map((x) => x - K));
    return { colours, spilled, segments };
  }
  for (let n = K; n < N; n++) {
    if (!seen[n]) continue;
    colours.set(n - K, ALLOCATABLE[colour[getAlias(n)]]);
  }
  return { colours, spilled: [], segments };
}

/** `mov r1, r2` between registers: a candidate for coalescing. */
function isMove(inst: MInst): boolean {
  return inst.op === "mov" && inst.ops[0].k !== "m" && inst.ops[0].k !== "i" && inst.ops[1].k !== "m" && inst.ops[1].k !== "i";
}
