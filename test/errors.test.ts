// Diagnostics goldens: each test/errors/NAME.ts must fail to compile, and the
// formatted errors (tsc style, with code frames) must equal NAME.err.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { CompileError, formatDiagnostic } from "../compiler/diagnostics.js";
import { compile } from "../compiler/driver.js";
import { expectGolden, goldenCases } from "./helpers/golden.js";

const DIR = "test/errors";
const { sources, orphans } = goldenCases(DIR, [".err"]);

describe("diagnostics", () => {
  it("have no expected files without a source", () => {
    expect(orphans, "delete these, or restore their .ts source").toEqual([]);
  });

  for (const source of sources) {
    it(`${source} is rejected with the expected errors`, () => {
      let error: unknown;
      try {
        compile(path.join(DIR, source));
      } catch (e) {
        error = e;
      }
      expect(error, `${source} compiled, but it should not`).toBeInstanceOf(CompileError);
      const text = (error as CompileError).diagnostics.map((d) => formatDiagnostic(d)).join("\n");
      expectGolden(path.join(DIR, `${source.slice(0, -3)}.err`), text);
    });
  }
});
