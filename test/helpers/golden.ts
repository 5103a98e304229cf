// Golden files: expected outputs kept next to their inputs. In: the path of an
// expected file and the actual text. Out: a passing or failing assertion, or, with
// TSKC_UPDATE_GOLDEN=1 (`npm run test:update`), the file rewritten. Read the diff
// before committing an update: a golden file is a claim about the compiler.

import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export const UPDATING = process.env.TSKC_UPDATE_GOLDEN === "1";

export function expectGolden(file: string, actual: string): void {
  if (UPDATING) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== actual) fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run test:update\`, then read the new file before committing it`);
  }
  const expected = fs.readFileSync(file, "utf8");
  expect(actual, `${file} is stale: the diff below is expected (-) vs actual (+); if the change is intended, run \`npm run test:update\``).toBe(expected);
}

/** The sources of a golden folder, and the expected files no source claims. */
export function goldenCases(dir: string, expectedExtensions: string[]): { sources: string[]; orphans: string[] } {
  const files = fs.readdirSync(dir).sort();
  const sources = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  const stems = new Set(sources.map((f) => f.slice(0, -3)));
  const orphans = files.filter((f) => expectedExtensions.includes(path.extname(f)) && !stems.has(f.slice(0, -path.extname(f).length)));
  return { sources, orphans };
}
