// bench/history.ts: which recorded row `npm run bench` compares itself with. In: a
// throwaway git repository with a main line and a side branch, and history rows for
// some of its commits. Out: checks that the previous figures come from the nearest
// recorded ancestor of HEAD, skipping HEAD's own row when the tree is clean.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Git, type History, type HistoryRow, previousRows, upsertRow } from "../bench/history.js";

let dir: string;
const commits: Record<string, string> = {};

function git(...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" },
  }).trim();
}

function commit(name: string): void {
  fs.writeFileSync(path.join(dir, "file.txt"), name);
  git("add", "file.txt");
  git("commit", "-q", "-m", name);
  commits[name] = git("rev-parse", "HEAD");
}

function row(name: string, instructions: number): HistoryRow {
  return { commit: commits[name] ?? name, subject: name, date: "", recorded: "", tskc: { fib: { instructions, textBytes: 1 } } };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-bench-history-"));
  git("init", "-q", "-b", "main");
  commit("A");
  commit("B");
  commit("C");
  git("checkout", "-q", "-b", "side", commits.A);
  commit("D");
  git("checkout", "-q", "main");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bench history", () => {
  const history = (): History => ({ about: "", rows: [row("A", 1), row("D", 4), row("C", 3), row("f".repeat(40), 9)] });

  it("takes the nearest recorded ancestor, not a row from another branch or an unknown commit", () => {
    const rows = previousRows(history(), new Git(dir), commits.B, true);
    expect(rows.map((r) => r.subject)).toEqual(["A"]);
  });

  it("skips HEAD's own row when the tree is clean, and compares with it when it is not", () => {
    expect(previousRows(history(), new Git(dir), commits.C, true).map((r) => r.subject)).toEqual(["A"]);
    expect(previousRows(history(), new Git(dir), commits.C, false).map((r) => r.subject)).toEqual(["C", "A"]);
  });

  it("replaces a commit's row instead of adding a second one, keeping what the new row lacks", () => {
    const withGcc: History = { about: "", rows: [{ ...row("A", 1), gcc: { version: "g", flags: "", startup: { tskc: 1, gcc: 1 }, levels: {} } }] };
    const updated = upsertRow(withGcc, row("A", 2));
    expect(updated.rows).toHaveLength(1);
    expect(updated.rows[0].tskc.fib.instructions).toBe(2);
    expect(updated.rows[0].gcc?.version).toBe("g");
  });
});
