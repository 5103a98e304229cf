// Golden tests of whole programs: each test/golden/NAME.ts is compiled, its NASM
// listing compared with NAME.asm, and its flat binary booted in v86 with the
// serial output and the way it stopped compared with NAME.out. When nasm is
// installed, each listing must also assemble to exactly the flat binary.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Compilation, compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";
import { expectGolden, goldenCases } from "./helpers/golden.js";

const DIR = "test/golden";
const { sources, orphans } = goldenCases(DIR, [".asm", ".out"]);
const nasm = hasCommand("nasm");

/** The serial output, then how the run ended. */
export function describeRun(r: BootResult): string {
  const end = r.reason === "exit" ? `exit ${r.exitCode}` : r.reason;
  return `${r.serial}${r.serial.endsWith("\n") || r.serial === "" ? "" : "\n"}--- ${end}\n`;
}

describe("golden programs", () => {
  it("have no expected files without a source", () => {
    expect(orphans, "delete these, or restore their .ts source").toEqual([]);
  });

  for (const source of sources) {
    const name = source.slice(0, -3);
    describe(name, () => {
      let compiled: Compilation;
      beforeAll(() => {
        compiled = compile(path.join(DIR, source));
      });

      it("compiles to the expected listing", () => {
        expectGolden(path.join(DIR, `${name}.asm`), compiled.listing());
      });

      it("boots in v86 and prints the expected output", async () => {
        const result = await bootKernel(compiled.flatBinary(), { timeoutMs: 10_000 });
        expectGolden(path.join(DIR, `${name}.out`), describeRun(result));
      });

      it.skipIf(!nasm)("listing assembles with nasm to the flat binary", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-nasm-"));
        const asm = path.join(dir, `${name}.asm`);
        fs.writeFileSync(asm, compiled.listing());
        execFileSync("nasm", ["-f", "bin", asm, "-o", path.join(dir, "out.bin")]);
        const assembled = fs.readFileSync(path.join(dir, "out.bin"));
        fs.rmSync(dir, { recursive: true });
        expect(Buffer.compare(assembled, Buffer.from(compiled.flatBinary()))).toBe(0);
      });
    });
  }
});

if (!nasm) console.log("note: nasm is not installed, so the listing round-trip tests are skipped (apt-get install nasm to run them)");

function hasCommand(cmd: string): boolean {
  try {
    execFileSync(cmd, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
