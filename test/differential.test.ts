// Differential test: tskc's integer semantics agree with plain TypeScript run as
// JavaScript wherever a program's arithmetic stays in range. In: the goldens named
// in AGREEING, run by test/helpers/js-host.ts, whose output must equal their
// checked-in NAME.out (what tskc + v86 print, kept current by golden.test.ts);
// and test/differential/inrange.ts, compiled by tskc and booted in v86 here, whose
// output must equal its JavaScript run. Nothing needs to run first.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";
import { goldenCases } from "./helpers/golden.js";
import { describeRun, type JsRun, runKernelJs } from "./helpers/js-host.js";

const GOLDEN = "test/golden";

/** Goldens whose JavaScript run prints exactly their .out file. Adding a name is all a new golden needs. */
const AGREEING = ["calls", "control", "hello", "memory", "names", "order", "switch", "switch-empty"];

/** Goldens left out, each with why JavaScript prints something else. */
const EXCLUDED: Record<string, string> = {
  arith: "tests 32-bit wrap-around (max + 1, x + 10, y - 11) and u32 >> and << past bit 31, which JS bitwise operators read as signed",
  narrow: "tests wrap-around at 8 and 16 bits (u8 255 + 1, i8 -(-128), u16 40000 * 2), which JS numbers do not do",
  arrays: "StaticArray is a memory layout the JS host does not model, and the golden tests the bounds-check trap",
  globals: "addressof and page-aligned .data have no JavaScript meaning",
  structs: "@unmanaged classes are memory layouts (sizeof, offsetof, changetype views), which JS objects are not",
  interrupts: "descriptor tables, interrupts and inline asm have no JavaScript meaning",
  bounds: "StaticArray and the bounds-check trap are not modelled by the JS host",
  folding: "tests narrow results wrapped at their width (i8 -128 >>> 1, i8 -128 / -1), which JS numbers do not do",
  "bounds-stale-guard": "StaticArray and the bounds-check trap are not modelled by the JS host",
  "bounds-wrap": "StaticArray and the bounds-check trap are not modelled by the JS host",
  "loop-versioning": "StaticArray and the bounds-check trap are not modelled by the JS host",
  "inline-trap": "StaticArray and the bounds-check trap are not modelled by the JS host",
  "order-arrays": "StaticArray and the bounds-check trap are not modelled by the JS host",
  "isel-patterns": "StaticArray is not modelled by the JS host, and u32 rotates and shifts past bit 31 read as signed in JS",
  "tail-recursion": "recurses a million deep (JavaScript's stack overflows; the compiled loop does not), wraps u32 sums and products past 2^32, and tests the bounds-check trap",
  "tail-recursion-entry": "recurses a million deep, which overflows JavaScript's stack: the compiled code is a loop",
  "shrink-wrap": "@unmanaged classes viewed over raw memory with changetype: memory layouts the JS host does not model",
  "optimiser-memory": "a changetype view over raw memory written with store<T>, and a division that would raise #DE: memory and faults the JS host does not model",
};

describe("differential: goldens as JavaScript", () => {
  const { sources } = goldenCases(GOLDEN, []);
  const goldens = sources.map((f) => f.slice(0, -3));

  it("AGREEING and EXCLUDED name existing goldens, each once", () => {
    const listed = [...AGREEING, ...Object.keys(EXCLUDED)];
    expect(listed.filter((n) => !goldens.includes(n)), `no ${GOLDEN}/NAME.ts for these names`).toEqual([]);
    expect(listed.filter((n, i) => listed.indexOf(n) !== i), "listed twice").toEqual([]);
  });

  it("every golden is in AGREEING or in EXCLUDED with a reason", () => {
    const unlisted = goldens.filter((n) => !AGREEING.includes(n) && !(n in EXCLUDED));
    expect(unlisted, "run these as JavaScript: add each to AGREEING if it agrees, else to EXCLUDED with the reason").toEqual([]);
  });

  for (const name of AGREEING) {
    it(`${name} prints its .out file`, () => {
      const run = runKernelJs(path.join(GOLDEN, `${name}.ts`));
      const expected = fs.readFileSync(path.join(GOLDEN, `${name}.out`), "utf8");
      expect(describeRun(run), mismatch(`${GOLDEN}/${name}.out (tskc + v86)`, run)).toBe(expected);
    });
  }

  for (const [name, reason] of Object.entries(EXCLUDED)) {
    it(`${name} still differs (${reason})`, () => {
      const run = runKernelJs(path.join(GOLDEN, `${name}.ts`));
      const expected = fs.readFileSync(path.join(GOLDEN, `${name}.out`), "utf8");
      expect(describeRun(run), `${name} now agrees: move it to AGREEING`).not.toBe(expected);
    });
  }
});

describe("differential: test/differential/inrange.ts", () => {
  it("prints the same in v86 as in JavaScript", async () => {
    const source = "test/differential/inrange.ts";
    const booted = await bootKernel(compile(source).flatBinary(), { timeoutMs: 10_000 });
    const run = runKernelJs(source);
    expect(describeRun(run), mismatch("tskc + v86", run)).toBe(describeRun(booted));
    expect(run.reason, "inrange.ts ends with exit(), so a different ending is a failure in both").toBe("exit");
  });
});

describe("differential: the JavaScript host itself", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-js-host-"));
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  /** Writes `files` (name -> source) and runs the first as a kernel. */
  const run = (files: Record<string, string>, timeoutMs?: number): JsRun => {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return runKernelJs(path.join(dir, Object.keys(files)[0]), { timeoutMs });
  };
  const kernel = (body: string) =>
    `import { print, printI32, println } from "tskc/serial";\nimport { exit } from "tskc/exit";\nexport function main(): void {\n${body}\n}\n`;

  it("prints what the program prints, so a different program fails the comparison", () => {
    const a = run({ "a.ts": kernel(`println("A"); exit(3);`) });
    const b = run({ "b.ts": kernel(`println("B"); exit(3);`) });
    expect(describeRun(a)).toBe("A\n--- exit 3\n");
    expect(describeRun(b)).toBe("B\n--- exit 3\n");
  });

  it("reports each ending as golden.test.ts does", () => {
    expect(describeRun(run({ "returns.ts": kernel(`print("x");`) }))).toBe("x\n--- halt\n");
    expect(describeRun(run({ "word.ts": kernel(`outw(0xf4, 300); println("never");`) }))).toBe("--- exit 300\n");
    expect(describeRun(run({ "spins.ts": kernel(`while (true) pause();`) }, 200))).toBe("--- timeout\n");
    const crash = run({ "crash.ts": kernel(`print("y"); store<u8>(usize(0) - 1, 0);`) });
    expect([describeRun(crash), crash.detail]).toEqual(["y\n--- crash\n", expect.stringContaining("not a 32-bit address")]);
  });

  it("keeps memory as little-endian bytes shared by all widths", () => {
    const body = `store<u32>(0x1000, 0x8001fffe); printI32(load<i16>(0x1000)); print(" "); printI32(load<i8>(0x1000, 3));
      print(" "); printI32(i32(volatileLoad<u16>(0x1002))); print(" "); printI32(i32(load<u8>(0x5000))); exit(0);`;
    expect(describeRun(run({ "mem.ts": kernel(body) }))).toBe("-2 -128 32769 0\n--- exit 0\n");
  });

  it("follows relative imports, and shows JavaScript's own arithmetic where it leaves the range", () => {
    const lib = `export function twice(n: i32): i32 {\n  return n * 2;\n}\n`;
    const main = kernel(`printI32(twice(2147483647)); print(" "); printI32(i32(twice(7) / 4)); exit(0);`);
    const result = run({ "entry.ts": main.replace("\n", `\nimport { twice } from "./lib";\n`), "lib.ts": lib });
    expect(describeRun(result)).toBe("4294967294 3\n--- exit 0\n"); // tskc prints -2 and 3
  });

  it("refuses a load whose width it cannot see", () => {
    expect(() => run({ "untyped.ts": kernel(`const v: u16 = load(0x1000); exit(u8(v));`) })).toThrow(/load<u32>/);
  });
});

/** The assertion message of a mismatch: what the JavaScript side compared against, and any error it met. */
function mismatch(against: string, run: JsRun): string {
  return `JavaScript run (+) differs from ${against} (-)${run.detail ? `; the JavaScript run stopped with: ${run.detail}` : ""}`;
}
