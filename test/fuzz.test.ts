// A short fixed-seed run of the compile fuzzer (npm run fuzz:compile; test/fuzz/): every
// input ends in a binary or a positioned diagnostic, never an internal error, a crash or
// a hang. It runs the built fuzzer (dist/, which `npm test` builds first), as a process.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("fuzzes 24 mutated kernels without a failure", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-fuzz-test-"));
  const { status, stdout } = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
    const args = ["dist/test/fuzz/compile.js", "--count", "24", "--seed", "2026", "--jobs", "1", "--timeout", "50000", "--out", out];
    execFile(process.execPath, args, { encoding: "utf8", timeout: 55_000 }, (error, stdout) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout });
    });
  });
  expect(stdout).toMatch(/^ {2}total +24$/m);
  expect(stdout, stdout).not.toContain("failure classes");
  expect(status).toBe(0);
  fs.rmSync(out, { recursive: true, force: true });
}, 60_000);
