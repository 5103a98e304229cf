// Kernel code must type-check under plain tsc with the runtime prelude, so that
// editors show the same errors tskc does. Each kernel folder's tsconfig.json is
// checked here the way `tsc -p folder` would check it.

import ts from "typescript";
import { describe, expect, it } from "vitest";

const KERNEL_PROJECTS = ["kernel", "examples", "test/golden", "test/fixtures", "test/kernel-fixtures", "test/differential", "bench/programs"];

describe("plain tsc accepts kernel code", () => {
  for (const dir of KERNEL_PROJECTS) {
    it(`${dir}/tsconfig.json`, () => {
      const config = ts.getParsedCommandLineOfConfigFile(`${dir}/tsconfig.json`, {}, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      })!;
      const program = ts.createProgram(config.fileNames, config.options);
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, {
        getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => "\n",
      }));
      expect(errors).toEqual([]);
      expect(config.fileNames.length).toBeGreaterThan(1);
    });
  }
});
