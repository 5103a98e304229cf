// The fuzzer's compile worker, a child process of test/fuzz/compile.ts. In: messages
// { file, text }: a mutated source to write at `file` (next to the original, so its
// imports resolve) and compile as a kernel. Out: one Outcome message per input. It runs
// no input of its own choosing; the parent kills it when an input takes too long, and
// counts its death as a crash.

import fs from "node:fs";
import { CompileError, formatReport } from "../../compiler/diagnostics.js";
import { compile } from "../../compiler/driver.js";
import type { Outcome } from "./outcome.js";

process.on("message", (input: { file: string; text: string }) => {
  fs.writeFileSync(input.file, input.text);
  const outcome = compileOne(input.file);
  fs.rmSync(input.file, { force: true });
  process.send!(outcome);
});

/** What the command would do with the file: write a binary, report errors, or fail. */
function compileOne(file: string): Outcome {
  try {
    const bytes = compile(file).flatBinary().length;
    return { kind: "compiled", detail: `${bytes} bytes` };
  } catch (e) {
    if (!(e instanceof CompileError)) {
      const error = e instanceof Error ? e : new Error(String(e));
      return { kind: "internal error", detail: error.message, stack: error.stack };
    }
    const report = formatReport(e.diagnostics); // as the command prints it: must not throw either
    const unplaced = e.diagnostics.find((d) => !d.file || !d.line || !d.column);
    if (e.diagnostics.length === 0 || (unplaced && !PLACELESS.has(unplaced.code))) {
      return { kind: "diagnostic without a position", detail: report.split("\n")[0] };
    }
    return { kind: "diagnostic", detail: e.diagnostics[0].code };
  }
}

/** Errors about the whole image, which no one place in the source causes. */
const PLACELESS = new Set(["TSK4007"]);
