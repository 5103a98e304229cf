// The frontend's process-wide cache of parsed source files (compiler/frontend/program.ts):
// a file that changes between two compiles in one process is read afresh, and a program
// that shares files with an earlier one still type-checks on its own terms.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { CompileError } from "../compiler/diagnostics.js";

const dir = mkdtempSync(join(tmpdir(), "tskc-frontend-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorsOf(entry: string): string[] {
  try {
    compile(entry);
    return [];
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return e.diagnostics.map((d) => `${d.code}: ${d.message}`);
  }
}

describe("the source-file cache", () => {
  it("parses a file again when its text changed since the last compile", () => {
    const lib = join(dir, "lib.ts");
    const main = join(dir, "main.ts");
    writeFileSync(main, 'import { answer } from "./lib";\nexport function main(): void {\n  const x: u8 = answer();\n}\n');
    writeFileSync(lib, "export function answer(): u8 {\n  return 42;\n}\n");
    expect(errorsOf(main)).toEqual([]);
    // The same path, now returning a wider type: the old tree would compile cleanly.
    writeFileSync(lib, "export function answer(): u32 {\n  return 42;\n}\n");
    expect(errorsOf(main)).toEqual([expect.stringMatching(/^TSK3005: a u32 value does not implicitly convert to u8/)]);
    writeFileSync(lib, "export function answer(): u8 {\n  return 42;\n}\n");
    expect(errorsOf(main)).toEqual([]);
  });

  it("gives the same image for the same source, cached or not", () => {
    const main = join(dir, "same.ts");
    writeFileSync(main, "let total: u32 = 0;\nexport function main(): void {\n  for (let i: u32 = 0; i < 10; i++) total += i;\n}\n");
    const first = compile(main).flatBinary();
    expect(compile(main).flatBinary()).toEqual(first);
  });
});
