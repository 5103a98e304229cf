// The SSA middle end (compiler/passes/ssa.ts to out-of-ssa.ts): what it removes and what it
// must keep, checked on the optimised IR (`--dump ir`). The SSA verifier runs after each
// SSA pass here (VITEST is set), so each compile also checks the form. Compile only: the
// goldens and the differential tester boot the code.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-ssa-"));

/** The optimised IR of function `name` in a kernel whose main calls it; `name` is marked
 * `@noinline`, so that it stays a function of its own. */
function irOf(name: string, source: string): string {
  const file = path.join(dir, `${name}.ts`);
  const kept = source.replace(`function ${name}(`, `/** @noinline */ function ${name}(`);
  fs.writeFileSync(file, `${kept}\nexport function main(): void { ${name}(); }\n`);
  const ir = compile(file).irText();
  const start = ir.indexOf(`function ${name}(`);
  return ir.slice(start, ir.indexOf("\nfunction ", start + 1) >>> 0);
}

describe("the SSA passes", () => {
  it("remove the checks of i * M + k in counted loops, and keep one that can fail", () => {
    const grid = `
      const a = new StaticArray<u32>(4096);
      function inside(): void {
        for (let i: i32 = 0; i < 64; i++) for (let k: i32 = 0; k < 64; k++) a[i * 64 + k] = 1;
      }
      function past(): void {
        for (let i: i32 = 0; i < 64; i++) for (let k: i32 = 0; k < 64; k++) a[i * 64 + k + 1] = 1;
      }`;
    expect(irOf("inside", grid)).not.toMatch(/boundsTrap/);
    expect(irOf("past", grid)).toMatch(/boundsTrap/); // a[4096] at i = 63, k = 63
  });

  it("keep a check whose guard a counter can wrap past", () => {
    const ir = irOf("wraps", `
      const a = new StaticArray<u8>(16);
      function wraps(): void {
        for (let i: i32 = 0x7ffffff0; i < 0x7fffffff; i += 0x20) a[i - 0x7ffffff0] = 1;
      }`);
    expect(ir).toMatch(/boundsTrap/);
  });

  it("remove a check that a stronger one dominates, and keep one it does not cover", () => {
    const ir = irOf("stronger", `
      const a = new StaticArray<u32>(100);
      const b = new StaticArray<u32>(50);
      let k: i32 = 3;
      let out: u32 = 0;
      function stronger(): void {
        const i = k;
        out = b[i] + a[i] + a[i >> 1] + b[i - 1]; // i < 50 covers a[i] and a[i >> 1], not b[-1]
      }`);
    expect(ir.match(/cmp\.uge/g)).toEqual(["cmp.uge", "cmp.uge"]);
    expect(ir).toMatch(/cmp\.uge %t\d+, 50[^]*cmp\.uge %t\d+, 50/);
  });

  it("version a counted loop whose checks cannot be proven: a copy without them, chosen before the loop", () => {
    const ir = irOf("mark", `
      const a = new StaticArray<u8>(100);
      let first: i32 = 0;
      let last: i32 = 99;
      let step: i32 = 1;
      function mark(): void {
        const f = first; // read once each: the loop's store may write globals
        const l = last;
        const s = step;
        for (let j = f; j <= l; j += s) a[j] = 1;
      }`);
    expect(ir.match(/store\.8/g)?.length).toBe(2); // the checked loop and its copy
    expect(ir.match(/boundsTrap/g)?.length).toBe(1); // only the original checks
    expect(ir).toMatch(/cmp\.slt %t\d+, 100/); // the largest index, tested once
  });

  it("version a loop over u32 counters, falling", () => {
    const ir = irOf("clear", `
      const a = new StaticArray<u32>(64);
      let top: u32 = 63;
      let bottom: u32 = 0;
      function clear(): void {
        const t = top;
        const b = bottom;
        for (let i: u32 = t; i > b; i -= 2) a[i] = 0;
      }`);
    expect(ir.match(/store\.32/g)?.length).toBe(2);
    expect(ir).toMatch(/cmp\.uge %t\d+, 1/); // i - 2 cannot pass 0: the bound is at least 1
  });

  it("version a loop with a break, whose ways out meet after it", () => {
    const ir = irOf("search", `
      const a = new StaticArray<u32>(100);
      let first: i32 = 0;
      let last: i32 = 99;
      let found: i32 = 0;
      function search(): void {
        const f = first;
        const l = last;
        let j = f;
        for (; j < l; j++) if (a[j] == 7) break;
        found = j;
      }`);
    expect(ir.match(/load\.u32/g)?.length).toBe(2);
    expect(ir.match(/boundsTrap/g)?.length).toBe(1);
  });

  it("keep a single, checked loop when its counter may wrap past the bound", () => {
    const ir = irOf("wrapping", `
      const a = new StaticArray<u8>(100);
      let first: i32 = 0;
      function wrapping(): void {
        for (let j = first; j <= 0x7fffffff; j++) a[j] = 1;
      }`);
    expect(ir.match(/store\.8/g)?.length).toBe(1);
  });

  it("form addresses from induction variables: no multiply or add left for a[i * N + k], b[k * N + j], a[j + 1]", () => {
    const ir = irOf("multiply", `
      const a = new StaticArray<u32>(4096);
      const b = new StaticArray<u32>(4096);
      let total: u32 = 0;
      function multiply(): void {
        for (let i: i32 = 0; i < 64; i++) {
          for (let j: i32 = 0; j < 63; j++) {
            let sum: u32 = 0;
            for (let k: i32 = 0; k < 64; k++) sum += a[i * 64 + k] * b[k * 64 + j + 1];
            total += sum;
          }
        }
      }`);
    const inner = ir.slice(ir.indexOf("load.u32"));
    expect(inner).toMatch(/load\.u32 \[%t\d+ \+ %t\d+ \* 4 \+ a \+ 4\]/);
    expect(inner).toMatch(/load\.u32 \[%t\d+ \+ %t\d+ \* 4 \+ b \+ 8\]/); // k * 256 a new counter
    expect(inner).toMatch(/add %t\d+, 256/);
  });

  it("never fold a division that traps at run time", () => {
    const ir = irOf("divides", `
      let x: i32 = -0x80000000;
      function divides(): void { const zero: i32 = 0; const m: i32 = -1; x = x / m; x = 7 / zero; }`);
    expect(ir).toMatch(/sdiv -2147483648, -1|sdiv %t\d+, -1/);
    expect(ir).toMatch(/sdiv 7, 0/);
  });

  it("load an array's length once, before the loop, and number equal values once", () => {
    const ir = irOf("sum", `
      const a = new StaticArray<u32>(10);
      let total: u32 = 0;
      function sum(): void { for (let i: i32 = 0; i < a.length; i++) total += a[i] * 3 + a[i] * 3; }`);
    expect(ir.match(/mul /g)?.length).toBe(1);
  });

  it("unroll a loop of 4 constant trips whole, fold its counter, and leave a longer one", () => {
    const source = `
      let sink: u32 = 0;
      function hash(): u32 {
        let h: u32 = 2166136261;
        let rest = sink;
        for (let i = 0; i < 4; i++) { h ^= rest & 0xff; h *= 16777619; rest >>= 8; }
        return h;
      }
      function long(): u32 {
        let h: u32 = sink;
        for (let i = 0; i < 40; i++) h = h * 31 + 7;
        return h;
      }`;
    const unrolled = irOf("hash", source);
    expect(unrolled.match(/mul /g)?.length).toBe(4);
    expect(unrolled).not.toMatch(/cmp|br /); // no counter, no test
    expect(irOf("long", source)).toMatch(/cmp\.slt/); // 40 trips: over the budget
  });

  it("give each unrolled trip its own bounds check, decided by its counter", () => {
    const ir = irOf("tail", `
      const a = new StaticArray<u32>(8);
      let sink: u32 = 0;
      function tail(): void { for (let i: i32 = 7; i < 9; i++) sink += a[i]; }`);
    // a[7] passes; a[8] traps whatever happens, after the first trip's store: no compare is left.
    expect(ir.match(/call boundsTrap\(%t\d+, \d+, 8, 8\)/g)?.length).toBe(1);
    expect(ir.match(/store/g)?.length).toBe(1);
    expect(ir).not.toMatch(/cmp/);
  });
});
