// The reducer: shrinks a failing program while it keeps failing the same way. In:
// an Outcome that is a mismatch or a crash (run.ts). Out: a smaller Program with
// its expected and actual output; saveFailure writes it as a kernel NAME.ts with
// its expected NAME.out (the regression-test format of test/random/regressions).
// Nothing needs to run first.
//
// Greedy: it lists every one-step simplification (drop a function, a global, a
// statement; unwrap an if, loop or switch; replace an expression by the value
// it had, or by an operand; replace a condition by true or false), tries them in
// batches that share one kernel, keeps the first that still fails, and starts
// over until none does. A candidate must name only what it declares and must
// evaluate without a trap, so it stays a valid test.

import fs from "node:fs";
import path from "node:path";
import type { Expr, Program, Stmt } from "./ast.js";
import { evaluate, execute, Invalid } from "./evaluate.js";
import { printKernelWithLines } from "./print.js";
import { build, checkPrograms, expectedOutput, type Outcome, TRAP_FILE } from "./run.js";
import { condSlots, constantTraps, exprSlots, stmtLists, wellFormed } from "./walk.js";

export interface Reduced {
  program: Program;
  verdict: Outcome["verdict"];
  expected: string;
  actual: string;
}

const BATCH = 8;

/** A copy of p whose names all carry the prefix `id` instead of p.id, so candidates can share a kernel. */
export function renamed(p: Program, id: string): Program {
  const up = p.id.toUpperCase();
  const text = JSON.stringify(p)
    .replace(new RegExp(`\\b${p.id}_`, "g"), `${id}_`)
    .replace(new RegExp(`\\b${up}([SF]\\d)`, "g"), `${id.toUpperCase()}$1`);
  return { ...JSON.parse(text), id };
}

function clone(p: Program): Program {
  return structuredClone(p);
}

type Edit = (p: Program) => boolean; // applies one simplification to a copy; false when it does not apply

/** Every one-step simplification of p, biggest first. */
function edits(p: Program): Edit[] {
  const out: Edit[] = [];
  const values = new Map<Expr, number>();
  try {
    evaluate(p, { onValue: (e, v) => void (values.has(e) || values.set(e, v)) });
  } catch {
    // the original is valid; a throw here only leaves some values unknown
  }
  for (let i = 0; i < p.funcs.length - 1; i++) out.push((q) => (q.funcs.splice(i, 1), true));
  for (let i = 0; i < p.funcs.length; i++) if (p.funcs[i].inline) out.push((q) => ((q.funcs[i].inline = false), true));
  for (let i = 0; i < p.funcValues.length; i++) out.push((q) => (q.funcValues.splice(i, 1), true));
  for (let i = 0; i < p.globals.length; i++) out.push((q) => (q.globals.splice(i, 1), true));
  for (let i = 0; i < p.arrays.length; i++) out.push((q) => (q.arrays.splice(i, 1), true));
  for (let i = 0; i < p.structs.length; i++) out.push((q) => (q.structs.splice(i, 1), true));
  const lists = stmtLists(p);
  lists.forEach((list, li) => {
    for (let j = list.length - 1; j >= 0; j--) {
      out.push((q) => (stmtLists(q)[li].splice(j, 1), true));
      const s = list[j];
      const inner = innerBodies(s);
      inner.forEach((_, b) => out.push((q) => {
        const l = stmtLists(q)[li];
        l.splice(j, 1, ...innerBodies(l[j])[b]);
        return true;
      }));
    }
  });
  exprSlots(p).forEach((slot, k) => {
    const e = slot.get();
    if (e.k !== "lit") out.push((q) => (exprSlots(q)[k].set({ k: "lit", v: values.get(e) ?? 0, t: e.t, typed: true }), true));
    for (const child of children(e)) {
      if (child.t !== e.t) continue;
      const ci = exprSlots(p).findIndex((s) => s.get() === child);
      out.push((q) => {
        const slots = exprSlots(q);
        slots[k].set(slots[ci].get());
        return true;
      });
    }
  });
  condSlots(p).forEach((slot, k) => {
    const c = slot.get();
    if (c.k === "truthy" && c.e.k === "lit") return;
    for (const v of [1, 0]) out.push((q) => (condSlots(q)[k].set({ k: "truthy", e: { k: "lit", v, t: "i32", typed: true }, t: "bool" }), true));
    if (c.k === "and" || c.k === "or") for (const side of [c.l, c.r]) {
      const ci = condSlots(p).findIndex((s) => s.get() === side);
      out.push((q) => {
        const slots = condSlots(q);
        slots[k].set(slots[ci].get());
        return true;
      });
    }
  });
  return out;
}

function innerBodies(s: Stmt): Stmt[][] {
  switch (s.k) {
    case "if": return s.else ? [s.then, s.else] : [s.then];
    case "for": case "while": case "do": case "forof": case "block": return [s.body];
    case "switch": return s.cases.map((c) => c.body);
    default: return [];
  }
}

function children(e: Expr): Expr[] {
  switch (e.k) {
    case "un": case "conv": return [e.e];
    case "bin": return [e.l, e.r];
    case "cond": return [e.a, e.b];
    case "assign": return [e.rhs];
    case "call": return e.args;
    default: return [];
  }
}

function compileOnly(p: Program): Outcome {
  const printed = printKernelWithLines([p]);
  const built = build(printed.text);
  const expected = expectedOutput(p, printed.lineOf).lines.join("\n");
  return built.ok ? { program: p, verdict: "ok", expected } : { program: p, verdict: "crash", expected, actual: built.error, code: built.code };
}

/** Expected output under the reduced program's name: its last line, if not a trap report, starts with the id. */
function asP0(expected: string): string {
  return expected.replace(/^[pc]\d+ /m, "p0 ");
}

/** The program's size, to check that each kept step shrinks it. */
function size(p: Program): number {
  return JSON.stringify(p).length;
}

export async function reduceFailure(failure: Outcome, budgetSeconds = 180): Promise<Reduced> {
  const started = performance.now();
  let best: Reduced = { program: renamed(failure.program, "p0"), verdict: failure.verdict, expected: asP0(failure.expected), actual: failure.actual ?? "" };
  const code = failure.code;
  let start = 0;
  for (;;) {
    const all = edits(best.program);
    let accepted = false;
    for (let at = start; at < all.length && !accepted; at += BATCH) {
      if ((performance.now() - started) / 1000 > budgetSeconds) return best;
      const candidates: Program[] = [];
      for (const edit of all.slice(at, at + BATCH)) {
        const q = clone(best.program);
        if (!edit(q) || size(q) >= size(best.program) || !wellFormed(q) || constantTraps(q)) continue;
        try {
          execute(q); // a program that ends in a bounds trap is still a valid test
        } catch (e) {
          if (e instanceof Invalid) continue;
          throw e;
        }
        candidates.push(renamed(q, `c${candidates.length}`));
      }
      if (candidates.length === 0) continue;
      // A crash needs no boot: compile the candidates one by one (a shared kernel would fail whole).
      const outcomes = failure.verdict === "crash" ? candidates.map(compileOnly) : await checkPrograms(candidates);
      for (const o of outcomes.sort((a, b) => candidates.indexOf(a.program) - candidates.indexOf(b.program))) {
        const same = o.verdict === failure.verdict && (o.verdict !== "crash" || o.code === code);
        if (!same) continue;
        best = { program: renamed(o.program, "p0"), verdict: o.verdict, expected: asP0(o.expected), actual: (o.actual ?? "").replace(/^c\d+/, "p0") };
        start = at;
        accepted = true;
        break;
      }
    }
    if (!accepted) {
      if (start === 0) return best;
      start = 0; // one more sweep from the beginning
    }
  }
}

/** Writes NAME.ts (the reduced kernel, with what went wrong in a comment) and NAME.out (what it must print). */
export function saveFailure(r: Reduced, dir: string, name = `${r.program.seed}`): string {
  const file = path.join(dir, `${name}.ts`);
  const header = [
    `// Found by the random differential tester (test/random), seed ${r.program.seed}, reduced: a ${r.verdict}.`,
    ...`The evaluator expects: ${r.expected}`.split("\n").map((l) => `// ${l}`),
    ...`tskc gave: ${r.actual}`.split("\n").slice(0, 6).map((l) => `// ${l}`),
  ];
  const printed = printKernelWithLines([r.program]);
  fs.writeFileSync(file, [...header, printed.text.replace(/^\/\/ Generated.*\n/, "")].join("\n"));
  // The header replaces the kernel's first line: trap reports name lines that many further down.
  const shift = header.length - 1;
  const expected = expectedOutput(r.program, new Map([...printed.lineOf].map(([s, line]) => [s, line + shift])));
  // tskc names a file by its path from the project's root (the nearest package.json): here, the
  // working directory's. A trap report in NAME.out needs its path edited when the kernel moves.
  const lines = expected.lines.map((l) => l.replace(` at ${TRAP_FILE}:`, ` at ${path.relative(process.cwd(), file).split(path.sep).join("/")}:`));
  fs.writeFileSync(path.join(dir, `${name}.out`), `${lines.join("\n")}\n--- exit ${expected.traps ? 101 : 0}\n`);
  return file;
}

