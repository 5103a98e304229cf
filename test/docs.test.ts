// The language reference's examples compile and do what it says. In: the fenced blocks
// of docs/language.md, by tag:
//   ts                    compiled; a block without `export function main` gets
//                         `export function main(): void {}` appended
//   ts file=NAME.ts       also saved as NAME.ts, which other blocks import as "./NAME"
//   ts error CODE…        must fail to compile with exactly these diagnostic codes
//   text output [ENDING]  after a ts block: that kernel, booted in v86, prints this on COM1
//                         and ends with ENDING, `exit N` or `halt` (default `exit 0`)
// Out: one test per ts block. Other tags (sh, json, text) are prose; an untagged or
// `typescript` block would escape the test, so it fails it.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CompileError, formatDiagnostic } from "../compiler/diagnostics.js";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";

const DOC = "docs/language.md";

interface Block {
  line: number; // of the opening fence
  info: string[]; // the tag's words
  text: string;
}

interface Example {
  line: number;
  source: string;
  module?: string; // file=NAME.ts
  errors?: string[]; // error CODE…
  output?: { text: string; ending: string };
}

function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith("```")) continue;
    const start = i;
    while (++i < lines.length && lines[i] !== "```");
    if (i === lines.length) throw new Error(`${DOC}:${start + 1}: the block never closes`);
    blocks.push({ line: start + 1, info: lines[start].slice(3).trim().split(/\s+/).filter(Boolean), text: lines.slice(start + 1, i).join("\n") + "\n" });
  }
  return blocks;
}

function examples(blocks: Block[]): Example[] {
  const out: Example[] = [];
  blocks.forEach((b, k) => {
    const [tag, ...words] = b.info;
    if (tag === "text" && words[0] === "output") {
      const above = out.at(-1);
      if (!above || blocks[k - 1]?.info[0] !== "ts" || above.errors) throw new Error(`${DOC}:${b.line}: an output block must follow a ts block that compiles`);
      above.output = { text: b.text, ending: words.slice(1).join(" ") || "exit 0" };
      return;
    }
    if (tag !== "ts") return;
    const example: Example = { line: b.line, source: b.text };
    if (words[0]?.startsWith("file=")) example.module = words[0].slice(5);
    else if (words[0] === "error" && words.length > 1) example.errors = words.slice(1);
    else if (words.length > 0) throw new Error(`${DOC}:${b.line}: unknown tag \`${b.info.join(" ")}\``);
    out.push(example);
  });
  return out;
}

function ending(r: BootResult): string {
  return r.reason === "exit" ? `exit ${r.exitCode}` : r.reason;
}

const blocks = fencedBlocks(fs.readFileSync(DOC, "utf8"));
const cases = examples(blocks);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-docs-"));
for (const e of cases) if (e.module) fs.writeFileSync(path.join(dir, e.module), e.source);

/** Writes the example as a kernel of its own, named after its line in the doc. */
function entryFile(e: Example): string {
  const file = path.join(dir, `line${e.line}.ts`);
  const main = e.source.includes("export function main") ? "" : "\nexport function main(): void {}\n";
  fs.writeFileSync(file, e.source + main);
  return file;
}

describe(DOC, () => {
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it("has tested examples, and no block that escapes the test", () => {
    expect(cases.length).toBeGreaterThan(0);
    const untagged = blocks.filter((b) => b.info.length === 0 || ["typescript", "tsx", "js", "javascript"].includes(b.info[0]));
    expect(untagged.map((b) => `${DOC}:${b.line}`), "tag these blocks: ts to test them, or the language they are in").toEqual([]);
  });

  for (const e of cases) {
    const where = `${DOC}:${e.line}`;
    if (e.errors) {
      it(`${where} is rejected with ${e.errors.join(" ")}`, () => {
        let error: unknown;
        try {
          compile(entryFile(e));
        } catch (caught) {
          error = caught;
        }
        expect(error, `${where} compiled, but the doc says it fails`).toBeInstanceOf(CompileError);
        const diagnostics = (error as CompileError).diagnostics;
        const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
        expect(codes, diagnostics.map((d) => formatDiagnostic(d, { frame: false })).join("\n")).toEqual([...e.errors!].sort());
      });
    } else if (e.output) {
      const { text, ending: expected } = e.output;
      it(`${where} compiles, boots and prints its output`, async () => {
        const result = await bootKernel(compile(entryFile(e)).flatBinary(), { timeoutMs: 10_000 });
        expect(result.serial, `the COM1 output of ${where}`).toBe(text);
        expect(ending(result), `how ${where} stops (${result.detail ?? ""})`).toBe(expected);
      });
    } else {
      it(`${where} compiles`, () => {
        compile(entryFile(e));
      });
    }
  }
});

/** Every TSK code the compiler can report, read from its sources: a code is a four-digit
 * number passed right before a message string (`error(node, 3032, "…")`, the subset
 * check's `[2001, "…"]`), or a literal "TSKnnnn". */
function codesInCompiler(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/[\s(,[]([1-5]\d{3}), [`"']|"TSK(\d{4})"/g)) codes.add(`TSK${m[1] ?? m[2]}`);
      }
    }
  };
  walk("compiler");
  return codes;
}

describe(`${DOC}'s table of diagnostic codes`, () => {
  it("lists every code the compiler reports, and no other", () => {
    const table = new Set([...fs.readFileSync(DOC, "utf8").matchAll(/^\| (TSK\d{4}) \|/gm)].map((m) => m[1]));
    const reported = codesInCompiler();
    expect([...reported].filter((c) => !table.has(c)).sort(), "reported, but missing from the table").toEqual([]);
    expect([...table].filter((c) => !reported.has(c)).sort(), "in the table, but nothing reports it").toEqual([]);
  });
});
