// The runner: boots generated programs and compares them with the evaluator. In:
// Programs (generate.ts). Out: one Outcome per program: ok, mismatch (the kernel
// printed another value, or stopped before printing it), or crash (tskc rejected
// the program or threw). Many programs share one kernel and one boot; a kernel
// that fails to compile is split to find the programs at fault, and one that
// stops early is re-run without the program that stopped it. Nothing needs to
// run first; it writes kernels to a temporary folder of its own.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile } from "../../compiler/driver.js";
import { CompileError } from "../../compiler/diagnostics.js";
import { bootKernel, type BootResult } from "../../compiler/emulator/v86.js";
import type { Program } from "./ast.js";
import { evaluate } from "./evaluate.js";
import { printKernel } from "./print.js";

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

export function expectedLine(p: Program): string {
  return `${p.id} ${evaluate(p)}`;
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

/** Runs programs in one kernel (or more, when some crash tskc or stop the kernel early). */
export async function checkPrograms(programs: Program[]): Promise<Outcome[]> {
  if (programs.length === 0) return [];
  const expected = new Map(programs.map((p) => [p, expectedLine(p)]));
  const built = build(printKernel(programs));
  if (!built.ok) {
    if (programs.length === 1) return [{ program: programs[0], verdict: "crash", expected: expected.get(programs[0])!, actual: built.error, code: built.code }];
    const half = Math.ceil(programs.length / 2);
    return [...(await checkPrograms(programs.slice(0, half))), ...(await checkPrograms(programs.slice(half)))];
  }
  const run = await boot(built.image);
  const lines = run.serial.split("\n");
  const outcomes: Outcome[] = [];
  for (let i = 0; i < programs.length; i++) {
    const p = programs[i];
    const want = expected.get(p)!;
    const line = lines[i] ?? "";
    const complete = i < lines.length - 1; // a line ended by "\n"
    if (complete && line.startsWith(`${p.id} `)) {
      outcomes.push({ program: p, verdict: line === want ? "ok" : "mismatch", expected: want, actual: line });
      continue;
    }
    // The kernel stopped, or printed something else, while this program ran: it is at fault; the rest run again.
    outcomes.push({ program: p, verdict: "mismatch", expected: want, actual: `${JSON.stringify(line)}; the kernel stopped: ${ending(run)}` });
    outcomes.push(...(await checkPrograms(programs.slice(i + 1))));
    break;
  }
  return outcomes;
}
