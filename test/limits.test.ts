// Inputs at the compiler's limits compile in bounded time and memory, or are refused
// with a diagnostic: recursive and exponentially growing @inline functions, sparse
// switches with thousands of cases, nesting at and past MAX_NESTING, chains of 3,000
// declarations each naming the next (generated here: as files they would be 3,000 lines).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CompileError } from "../compiler/diagnostics.js";
import { compile } from "../compiler/driver.js";
import { MAX_NESTING } from "../compiler/frontend/nesting.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-limits-"));

function compileSource(name: string, source: string) {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, source);
  return compile(file);
}

/** The diagnostics `source` is rejected with (none if it compiles). */
function diagnosticsOf(name: string, source: string) {
  try {
    compileSource(name, source);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    return (e as CompileError).diagnostics;
  }
}

function timed<T>(work: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe("compiler limits", () => {
  it("calls a recursive @inline function instead of expanding it forever", () => {
    const { irText } = compileSource("inline-recursive", `
      /** @inline */ function f(x: u32): u32 { return x == 0 ? 0 : f(x - 1) + g(x); }
      /** @inline */ function g(x: u32): u32 { return x == 0 ? 1 : h(x - 1); }
      /** @inline */ function h(x: u32): u32 { return g(x) + 1; }
      /** @inline */ function square(x: u32): u32 { return x * x; }
      export function main(magic: u32): void { f(magic); square(magic); }
    `);
    const main = irText().slice(irText().indexOf("function main("));
    expect(main).toMatch(/call f\(/); // f -> f
    expect(main).not.toMatch(/call square\(/); // not recursive: inlined
    expect(irText()).toMatch(/call g\(/); // g -> h -> g
  });

  it("stops inlining a function that doubles at each level once it is large", () => {
    const levels = 16; // fully inlined: 2^16 copies of the last
    const source = Array.from({ length: levels }, (_, k) => `/** @inline */ function f${k}(x: u32): u32 { return f${k + 1}(x) + f${k + 1}(x + 1); }\n`).join("")
      + `/** @inline */ function f${levels}(x: u32): u32 { return x * 3; }\nexport function main(magic: u32): void { f0(magic); }\n`;
    const { result, seconds } = timed(() => compileSource("inline-exponential", source).flatBinary());
    expect(result.length).toBeLessThan(1 << 20);
    expect(seconds).toBeLessThan(40);
  });

  it("inlines a chain of 3,000 inline functions, each calling the next, in bounded time", () => {
    const n = 3000;
    const source = Array.from({ length: n }, (_, k) => `/** @inline */ function f${k}(x: u32): u32 { return f${k + 1}(x) + 1; }\n`).join("")
      + `function f${n}(x: u32): u32 { return x; }\nexport function main(magic: u32): void { f0(magic); }\n`;
    const { seconds } = timed(() => compileSource("inline-chain", source).flatBinary());
    expect(seconds).toBeLessThan(40); // was quadratic, and grew each of them to the size limit
  });

  it("compiles a sparse switch of 8,000 cases in near-linear time", () => {
    const cases = Array.from({ length: 8000 }, (_, k) => `    case ${k * 1000}: return ${k};\n`).join("");
    const source = `function f(x: u32): u32 {\n  switch (x) {\n${cases}    default: return 0;\n  }\n}\nexport function main(magic: u32): void { f(magic); }\n`;
    const { seconds } = timed(() => compileSource("switch-sparse", source).flatBinary());
    expect(seconds).toBeLessThan(40); // was quadratic: 47 s for 4,000 cases, out of memory for 8,000
  });

  it(`compiles nesting ${MAX_NESTING} levels deep, and refuses one level more`, () => {
    // Each parenthesis is one level; the function, its block, the statement, the declaration
    // list, the declaration and the literal add six.
    const nested = (parens: number) => `export function main(): void {\n  let x: u32 = ${"(".repeat(parens)}1${")".repeat(parens)};\n}\n`;
    expect(() => compileSource("nesting-at-limit", nested(MAX_NESTING - 6))).not.toThrow();
    expect(diagnosticsOf("nesting-past-limit", nested(MAX_NESTING - 5)).map((d) => d.code)).toEqual(["TSK1003"]);
  });

  it("refuses a chain of 3,000 structs, each with a field of the next, where it starts (lowering's stack)", () => {
    const structs = Array.from({ length: 3000 }, (_, k) => `@unmanaged class S${k} { s: S${k + 1}; }\n`).join("");
    const source = `${structs}@unmanaged class S3000 { x: u32; }\nconst s = new S0();\nexport function main(): void {}\n`;
    expect(diagnosticsOf("deep-declarations", source).map((d) => [d.code, d.line])).toEqual([["TSK1003", 1]]);
  });

  it("refuses a chain of 3,000 type aliases, each naming the next (TypeScript's checker's stack)", () => {
    const aliases = Array.from({ length: 3000 }, (_, k) => `type T${k} = T${k + 1};\n`).join("");
    const source = `${aliases}type T3000 = u32;\nexport function main(): void {\n  let x: T0 = 1;\n}\n`;
    expect(diagnosticsOf("deep-aliases", source).map((d) => d.code)).toEqual(["TSK1003"]);
  });
});
