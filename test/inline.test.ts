// The inliner's cost model (compiler/passes/inline.ts), checked on the optimised IR
// (`--dump ir`): what it copies into callers and what must stay a call. Compile only:
// the goldens (inline-trap) and the differential tester boot the code.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-inline-"));

/** The optimised IR of the kernel `source`, function by function. */
function functionsOf(name: string, source: string): Map<string, string> {
  const file = path.join(dir, `${name}.ts`);
  fs.writeFileSync(file, source);
  const ir = compile(file).irText();
  return new Map(ir.split(/\n(?=function )/).map((f) => [/^function (\w+)/.exec(f)![1], f]));
}

describe("the inliner", () => {
  it("copies a small leaf called in a loop, and drops it when no call is left", () => {
    const fns = functionsOf("leaf", `
      function mix(x: u32): u32 { let y = x ^ (x << 13); y ^= y >> 17; return y ^ (y << 5); }
      let sink: u32 = 0;
      export function main(): void { let x: u32 = 1; for (let i = 0; i < 9; i++) x = mix(x); sink = x; }`);
    expect(fns.get("main")).not.toMatch(/call mix/);
    expect(fns.has("mix")).toBe(false);
  });

  it("keeps calls to recursive, @noinline and inline-asm functions, and calls in trap blocks", () => {
    const fns = functionsOf("kept", `
      function down(x: u32): u32 { return x == 0 ? 0 : down(x - 1) + 1; }
      /** @noinline */ function kept(x: u32): u32 { return x + 1; }
      function cs(): u32 { return asm\`mov eax, cs\`; }
      let sink: u32 = 0;
      export function main(): void { for (let i: u32 = 0; i < 3; i++) sink += down(i) + kept(i) + cs(); }`);
    const main = fns.get("main")!;
    expect(main).toMatch(/call down\(/);
    expect(main).toMatch(/call kept\(/);
    expect(main).toMatch(/call cs\(/);
  });

  it("copies the only call of a larger function, but not a larger leaf called twice outside loops", () => {
    const body = "let h: u32 = x; for (let i = 0; i < 40; i++) { h = h * 31 + u32(i); if (h > 1000) h -= 999; } return h;";
    const fns = functionsOf("once", `
      function once(x: u32): u32 { ${body} }
      function twice(x: u32): u32 { ${body} }
      let sink: u32 = 0;
      export function main(): void { sink = once(sink) + twice(sink) + twice(sink + 1); }`);
    expect(fns.get("main")).not.toMatch(/call once\(/);
    expect(fns.get("main")).toMatch(/call twice\(/);
  });

  it("keeps an inlined bounds check's own line in its trap call", () => {
    const fns = functionsOf("trap", `const t = new StaticArray<u32>(4);
      function get(i: i32): u32 {
        return t[i];
      }
      let sink: u32 = 0;
      export function main(): void { for (let i = 0; i < 9; i++) sink += get(i); }`);
    expect(fns.get("main")).toMatch(/call boundsTrap\(%t\d+, 3, /);
  });
});
