// The runner: boots generated programs and compares them with the evaluator. In:
// Programs (generate.ts). Out: one Outcome per program: ok, mismatch (the kernel
// printed other traces, another value or another trap report, or stopped
// before printing them), or crash (tskc rejected the program or threw). Many
// programs share one kernel and one boot; a kernel that fails to compile is
// split to find the programs at fault, and the programs after one at fault, or
// after one that ends in its expected trap, run again without it. Nothing needs
// to run first; it writes kernels to a temporary folder of its own.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile } from "../../compiler/driver.js";
import { CompileError } from "../../compiler/diagnostics.js";
import { bootKernel, type BootResult } from "../../compiler/emulator/v86.js";
import type { Program, Stmt } from "./ast.js";
import { execute } from "./evaluate.js";
import { printKernelWithLines } from "./print.js";

export type Verdict = "ok" | "mismatch" | "crash";

export interface Outcome {
  program: Program;
  verdict: Verdict;
  expected: string; // the line the evaluator says the kernel prints
  actual?: string; // what it printed instead, or how it stopped, or the compile error
  code?: string; // a crash's first diagnostic code, "ICE" for an internal error
}

let tempDir: string | undefined;
let kernelCount = 0;

/** A fresh file name for a kernel source, in this process's temporary folder. */
export function kernelPath(): string {
  tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "tskc-random-"));
  return path.join(tempDir, `k${process.pid}_${kernelCount++}.ts`);
}

/**
 * What the kernel must print for p: its traces, then `<id> <value>`, or the report of the bounds check it
 * fails, naming the kernel file TRAP_FILE and the line of the statement that holds the access.
 */
export function expectedOutput(p: Program, lineOf: Map<Stmt, number>): Expected {
  const run = execute(p);
  const lines = run.traces.map((v) => `t ${v}`);
  if (!run.trap) return { lines: [...lines, `${p.id} ${run.value}`], traps: false };
  const { index, length, at } = run.trap;
  const line = at ? lineOf.get(at) : undefined;
  if (line === undefined) throw new Error(`program ${p.id}: a trap outside any printed statement`);
  return { lines: [...lines, `bounds check failed: index ${index} is out of range for length ${length} at ${TRAP_FILE}:${line}`], traps: true };
}

export interface Expected {
  lines: string[];
  traps: boolean; // the last line is a trap report, after which the kernel exits with TRAP_EXIT
}

/** The file name that expected trap reports carry; the kernel's real name replaces it before comparing. */
export const TRAP_FILE = "kernel.ts";
const TRAP_EXIT = 101; // tskc/trap's TRAP_EXIT_CODE

/** Whether p's run ends in a failed bounds check (then it must run last in its kernel). */
export function traps(p: Program): boolean {
  return execute(p).trap !== undefined;
}

export type Built = { ok: true; image: Uint8Array } | { ok: false; error: string; code: string };

/** Compiles kernel source; a rejection or an internal error comes back as text, with the first code ("ICE" for a throw). */
export function build(source: string): Built {
  const file = kernelPath();
  fs.writeFileSync(file, source);
  try {
    return { ok: true, image: compile(file).flatBinary() };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: e.message, code: e.diagnostics[0]?.code ?? "?" };
    return { ok: false, error: `internal compiler error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`, code: "ICE" };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export async function boot(image: Uint8Array): Promise<BootResult> {
  return bootKernel(image, { timeoutMs: 20_000 });
}

/** How a run stopped, for a report. */
export function ending(r: BootResult): string {
  const tail = r.serial.split("\n").slice(-3).join("\\n");
  return `${r.reason}${r.reason === "exit" ? ` ${r.exitCode}` : ""}${r.detail ? ` (${r.detail})` : ""}; last output: ${JSON.stringify(tail)}`;
}

/**
 * Runs programs in one kernel (or more: when some crash tskc, when the kernel stops early or prints
 * something else, the programs after the one at fault run again in a kernel of their own). Programs
 * that end in a trap run after the others, as a trap ends the kernel.
 */
export async function checkPrograms(programs: Program[]): Promise<Outcome[]> {
  if (programs.length === 0) return [];
  const ordered = [...programs.filter((p) => !traps(p)), ...programs.filter(traps)];
  const printed = printKernelWithLines(ordered);
  const expected = new Map(ordered.map((p) => [p, expectedOutput(p, printed.lineOf)]));
  const built = build(printed.text);
  if (!built.ok) {
    if (ordered.length === 1) return [{ program: ordered[0], verdict: "crash", expected: expected.get(ordered[0])!.lines.join("\n"), actual: built.error, code: built.code }];
    const half = Math.ceil(ordered.length / 2);
    return [...(await checkPrograms(ordered.slice(0, half))), ...(await checkPrograms(ordered.slice(half)))];
  }
  const run = await boot(built.image);
  // The last element is what follows the last "\n": an unfinished line, or "".
  const lines = run.serial.split("\n").map((l) => l.replace(/ at k[^ ]*\.ts:(\d+)$/, ` at ${TRAP_FILE}:$1`));
  const outcomes: Outcome[] = [];
  let at = 0;
  for (let i = 0; i < ordered.length; i++) {
    const p = ordered[i];
    const want = expected.get(p)!;
    const got = lines.slice(at, at + want.lines.length);
    const complete = at + want.lines.length < lines.length;
    const ended = !want.traps || (run.reason === "exit" && run.exitCode === TRAP_EXIT && lines.slice(at + want.lines.length).join("") === "");
    const text = want.lines.join("\n");
    if (complete && ended && got.join("\n") === text) {
      outcomes.push({ program: p, verdict: "ok", expected: text, actual: text });
      at += want.lines.length;
      if (want.traps) return [...outcomes, ...(await checkPrograms(ordered.slice(i + 1)))];
      continue;
    }
    // This program printed something else, or the kernel stopped while it ran: it is at fault; the rest run again.
    const stopped = run.reason === "exit" && run.exitCode === 0 ? "" : `; the kernel stopped: ${ending(run)}`;
    outcomes.push({ program: p, verdict: "mismatch", expected: text, actual: `${JSON.stringify(lines.slice(at, at + want.lines.length + 1).join("\n"))}${stopped}` });
    outcomes.push(...(await checkPrograms(ordered.slice(i + 1))));
    break;
  }
  return outcomes;
}
