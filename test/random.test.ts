// The random differential tester in CI (test/random/): a fixed set of generated
// programs must print in v86 exactly what the reference evaluator computes, and
// every reduced failure saved in test/random/regressions/NAME.ts must print its
// NAME.out. The .out files are the evaluator's answers, not tskc's output, so
// `npm run test:update` never rewrites them. Nothing needs to run first.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";
import { goldenCases } from "./helpers/golden.js";
import { generateProgram } from "./random/generate.js";
import { checkPrograms, traps } from "./random/run.js";
import { describeRun } from "./helpers/js-host.js";

/** 3 kernels of 25 programs: about 20 s of the suite's time on two cores (each kernel
 * of 25 programs is about 2,500 lines, which the optimiser takes seconds to compile);
 * `npm run fuzz:diff` runs thousands more. Program i has seed SEED + i. */
const SEED = 20261130;
const KERNELS = 3;
const PER_KERNEL = 25;

describe("random programs agree with the reference evaluator", () => {
  it("include programs that end in a bounds trap, whose report is compared too", () => {
    const seeds = Array.from({ length: KERNELS * PER_KERNEL }, (_, i) => SEED + i);
    expect(seeds.filter((s) => traps(generateProgram(s, "p0"))).length).toBeGreaterThanOrEqual(3);
  });

  for (let k = 0; k < KERNELS; k++) {
    const first = SEED + k * PER_KERNEL;
    it(`seeds ${first}..${first + PER_KERNEL - 1}`, async () => {
      const programs = Array.from({ length: PER_KERNEL }, (_, i) => generateProgram(first + i, `p${i}`));
      const failures = (await checkPrograms(programs)).filter((o) => o.verdict !== "ok");
      const report = failures.map((f) => `${f.verdict} at seed ${f.program.seed}: expected ${f.expected}, got ${f.actual}`);
      expect(report, "reproduce with `npm run fuzz:diff -- --count 1 --seed SEED`, which also reduces it").toEqual([]);
    });
  }
});

const REGRESSIONS = "test/random/regressions";

describe("reduced random failures (test/random/regressions)", () => {
  const { sources, orphans } = goldenCases(REGRESSIONS, [".out"]);

  it("have no .out file without its kernel", () => {
    expect(orphans).toEqual([]);
  });

  for (const source of sources) {
    it(`${source} prints what the evaluator computed`, async () => {
      const file = path.join(REGRESSIONS, source);
      const expected = fs.readFileSync(file.replace(/\.ts$/, ".out"), "utf8");
      const result = await bootKernel(compile(file).flatBinary(), { timeoutMs: 10_000 });
      expect(describeRun(result)).toBe(expected);
    });
  }
});
