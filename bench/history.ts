// The benchmark history: bench/history.json, one row per recorded commit. In: git (the
// checkout the runner sits in) and the file. Out: the row a run compares itself with
// (the newest recorded figures for HEAD or an ancestor of HEAD), and the writing of
// a new row (`npm run bench -- --record`). Instruction counts are deterministic, so a
// recorded figure is as good as a re-run of the same commit.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** One program's figures. */
export interface Figures {
  instructions: number;
  textBytes: number;
}

/** The C twins' figures (bench/c), with the compiler and flags that made them. */
export interface GccFigures {
  version: string; // first line of `gcc --version`
  flags: string; // the flags common to both levels
  startup: { tskc: number; gcc: number }; // instructions of a kernel that only exits
  levels: Record<string, Record<string, Figures>>; // "-O2" / "-O0" -> program -> figures
}

/** Compile times (CPU ms): these vary from host to host and run to run, unlike the rest. */
export interface CompileTimes {
  host: string;
  generated: { lines: number; functions: number; files: number; cpuMs: number }[];
  simpleOs?: { tskcBuildCpuMs: number; tscNoEmitCpuMs: number; runs: number };
}

export interface HistoryRow {
  commit: string; // full hash
  subject: string;
  date: string; // the commit's date (ISO)
  recorded: string; // when the row was written (ISO)
  tskc: Record<string, Figures>;
  gcc?: GccFigures;
  compileTimes?: CompileTimes;
}

export interface History {
  about: string;
  rows: HistoryRow[];
}

/** Where the figures may differ from a commit's: the compiler, its runtime and the kernels measured. */
export const MEASURED_PATHS = ["compiler", "runtime", "bench/programs"];

export class Git {
  constructor(private readonly root: string) {}

  run(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  }

  /** The full hash of a revision, or undefined if git does not know it. */
  resolve(rev: string): string | undefined {
    try {
      return this.run("rev-parse", "--verify", "--quiet", `${rev}^{commit}`);
    } catch {
      return undefined;
    }
  }

  /** The files under `paths` that differ from HEAD (`git status --porcelain`), one per line. */
  changes(paths: string[]): string[] {
    const out = this.run("status", "--porcelain", "--", ...paths);
    return out === "" ? [] : out.split("\n");
  }

  /** Commits reachable from `rev` (itself included), nearest first: a map from full hash to its position. */
  ancestry(rev: string): Map<string, number> {
    const order = this.run("rev-list", "--topo-order", rev).split("\n");
    return new Map(order.map((hash, index) => [hash, index]));
  }

  describe(rev: string): { subject: string; date: string } {
    const [subject, date] = this.run("show", "-s", "--format=%s%n%cI", rev).split("\n");
    return { subject, date };
  }
}

export function short(commit: string): string {
  return commit.slice(0, 7);
}

export function readHistory(file: string): History {
  if (!fs.existsSync(file)) return { about: ABOUT, rows: [] };
  const history = JSON.parse(fs.readFileSync(file, "utf8")) as History;
  if (!Array.isArray(history.rows)) throw new Error(`${file}: no "rows" array`);
  return history;
}

const ABOUT =
  "Benchmark figures per commit, written by `npm run bench -- --record` (bench/README.md). " +
  "tskc: v86 instruction counts and .text bytes, deterministic for a given compiler, runtime and program. " +
  "gcc: the C twins in bench/c. compileTimes: CPU milliseconds, which vary by host and load.";

export function writeHistory(file: string, history: History): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // One line per program's figures, so that a diff of the file reads like the table.
  const text = JSON.stringify({ ...history, about: ABOUT }, null, 2).replace(/\{\n\s*("instructions": \d+),\n\s*("textBytes": \d+)\n\s*\}/g, "{ $1, $2 }");
  fs.writeFileSync(file, `${text}\n`);
}

/**
 * The rows a run at HEAD compares itself with, nearest commit first: rows for HEAD or an
 * ancestor of HEAD. A row for HEAD itself counts only when the measured paths differ
 * from HEAD (then the run measures HEAD plus changes, and HEAD is its previous state);
 * with a clean tree a run of HEAD would just repeat that row, so the one before it is
 * the previous figure. Rows for commits git does not know (another clone's, a rebased
 * branch's) or that are not ancestors are skipped.
 */
export function previousRows(history: History, git: Git, head: string, clean: boolean): HistoryRow[] {
  let ancestry: Map<string, number>;
  try {
    ancestry = git.ancestry(head);
  } catch {
    return [];
  }
  const candidates = history.rows.filter((row) => ancestry.has(row.commit) && !(clean && row.commit === head));
  // Nearest to HEAD first; for one commit recorded twice, the later row.
  return candidates
    .map((row, index) => ({ row, index }))
    .sort((a, b) => ancestry.get(a.row.commit)! - ancestry.get(b.row.commit)! || b.index - a.index)
    .map(({ row }) => row);
}

/** Adds `row`, replacing an earlier row for the same commit (its figures are the same, or newer modes were added). */
export function upsertRow(history: History, row: HistoryRow): History {
  const existing = history.rows.find((r) => r.commit === row.commit);
  if (!existing) return { ...history, rows: [...history.rows, row] };
  const merged: HistoryRow = {
    ...existing,
    ...row,
    tskc: { ...existing.tskc, ...row.tskc },
    gcc: row.gcc ?? existing.gcc,
    compileTimes: row.compileTimes ?? existing.compileTimes,
  };
  return { ...history, rows: history.rows.map((r) => (r === existing ? merged : r)) };
}

/** The newest row (in file order) holding gcc figures: what --vs-gcc shows when gcc is not installed. */
export function latestGcc(history: History): HistoryRow | undefined {
  return [...history.rows].reverse().find((row) => row.gcc !== undefined);
}
