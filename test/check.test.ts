// `tskc check`, diagnostics in one round, the project's tsconfig, the messages of issue 11,
// and the output editors read: every error of a program at once (tsc's and tskc's, several
// per statement), `--watch`, `paths` aliases, colours, and the documented problem matcher.

import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Diagnostic, formatDiagnostic, formatReport, wantsColor } from "../compiler/diagnostics.js";
import { check, compile } from "../compiler/driver.js";
import { CompileError } from "../compiler/diagnostics.js";

const MISTAKES = "test/check/mistakes.ts";
const BASE = path.resolve("runtime/tsconfig.kernel.json");

/** Each diagnostic as `line:CODE`. */
const places = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line}:${d.code}`);

/** A project in a fresh temporary folder: file name -> text. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-check-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function tskc(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/tskc.js", ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The mistakes, each where test/check/mistakes.ts makes it. */
const EXPECTED = [
  "5:TSK2020", // number
  "10:TSK2026", // a class with a constructor
  "14:TSK3004", // 1.5
  "15:TSK2001", // a closure
  "16:TSK2004", // let list = []
  "17:TSK3001", // let b: u8 = 300
  "18:TSK3006", // string +
  "21:TSK3002", // i32 < u32
  "22:TSK2040", // Math.max
  "23:TSK2040", // console.log
  "24:TSK2040", "24:TSK3001", // two in one call
  "25:TSK3001", "25:TSK3001", // two in one declaration list
];

describe("diagnostics in one round", () => {
  it("check reports the subset's and lowering's errors together, several per statement", () => {
    expect(places(check(MISTAKES).diagnostics)).toEqual(EXPECTED);
  });

  it("build reports the same, and emits nothing", () => {
    let error: unknown;
    try {
      compile(MISTAKES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    expect(places((error as CompileError).diagnostics)).toEqual(EXPECTED);
  });

  it("a tsc error hides no tskc error, in its file or another", () => {
    const dir = project({
      "main.ts": `import { twice } from "./lib";\nexport function main(): void {\n  twice(1, 2);\n  let b: u8 = 300;\n}\n`,
      "lib.ts": `export function twice(x: u32): u32 {\n  let y: string = 5;\n  return x + x + 1.5;\n}\n`,
    });
    const found = check(path.join(dir, "main.ts")).diagnostics.map((d) => `${path.basename(d.file!)}:${d.line}:${d.code}`);
    expect(found).toEqual(["lib.ts:2:TS2322", "lib.ts:3:TSK3004", "main.ts:3:TS2554", "main.ts:4:TSK3001"]);
  });

  it("errors in nested blocks, switch cases and after a failed condition are all reported", () => {
    const dir = project({
      "main.ts": `export function main(): void {\n  let i: i32 = 0;\n  let u: u32 = 0;\n  if (i < u) {\n    let a: u8 = 256;\n    let b: u8 = 257;\n  }\n  while (u < 300) {\n    let c: u8 = 258;\n  }\n  switch (u) {\n    case 1: { let d: u8 = 259; break; }\n    default: { let e: u8 = 260; }\n  }\n}\n`,
    });
    expect(places(check(path.join(dir, "main.ts")).diagnostics)).toEqual(["4:TSK3002", "5:TSK3001", "6:TSK3001", "9:TSK3001", "12:TSK3001", "13:TSK3001"]);
  });
});

describe("tskc check", () => {
  it("prints every error and exits 1; a clean kernel exits 0", async () => {
    const [bad, good] = await Promise.all([tskc("check", MISTAKES), tskc("check", "examples/hello")]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("test/check/mistakes.ts(17,15): error TSK3001: constant 300 does not fit in u8 (0..255)");
    expect(bad.stdout).toContain("Found 14 errors.");
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toBe("Found 0 errors.\n");
  });

  it("--watch checks again when a file changes", async () => {
    const dir = project({ "main.ts": `export function main(): void {\n  let b: u8 = 300;\n}\n` });
    const child = spawn(process.execPath, ["bin/tskc.js", "check", path.join(dir, "main.ts"), "--watch"], { env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    const seen = (text: string) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${text}' in:\n${out}`)), 60_000);
      const look = () => {
        if (!out.includes(text)) return;
        clearTimeout(timer);
        resolve();
      };
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        look();
      });
      look();
    });
    try {
      await seen("Found 1 error. Watching for file changes.");
      fs.writeFileSync(path.join(dir, "main.ts"), `export function main(): void {\n  let b: u8 = 200;\n}\n`);
      await seen("Found 0 errors. Watching for file changes.");
    } finally {
      child.kill();
    }
  }, 90_000);
});

describe("tsconfig.json", () => {
  const kernel = `import { pad } from "@lib/pad";\nimport { println } from "tskc/serial";\nexport function main(): void {\n  println("x");\n  pad(1);\n}\n`;
  const lib = `export function pad(n: u32): u32 {\n  return n + 1;\n}\n`;

  it("the nearest tsconfig's paths work, and keep the base's tskc/* mapping", () => {
    const dir = project({
      "tsconfig.json": JSON.stringify({ extends: BASE, compilerOptions: { paths: { "@lib/*": ["./lib/*"] } }, include: ["**/*.ts"] }),
      "src/main.ts": kernel,
      "lib/pad.ts": lib,
    });
    expect(check(path.join(dir, "src/main.ts")).diagnostics).toEqual([]);
  });

  it("-p names the tsconfig; a setting tskc cannot honour is TSK1005, at the setting", () => {
    const dir = project({
      "config/kernel.json": JSON.stringify({ extends: BASE, compilerOptions: { paths: { "@lib/*": ["../lib/*"] } }, files: ["../main.ts"] }),
      "config/dom.json": `{\n  "extends": ${JSON.stringify(BASE)},\n  "compilerOptions": { "lib": ["es2022", "dom"] },\n  "files": ["../main.ts"]\n}\n`,
      "main.ts": kernel,
      "lib/pad.ts": lib,
    });
    expect(check(path.join(dir, "main.ts")).diagnostics.map((d) => d.code)).toEqual(["TS2307"]); // no tsconfig includes main.ts: no alias
    expect(check(path.join(dir, "main.ts"), { project: path.join(dir, "config/kernel.json") }).diagnostics).toEqual([]);
    const [dom] = check(path.join(dir, "main.ts"), { project: path.join(dir, "config/dom.json") }).diagnostics;
    expect(formatDiagnostic(dom, { frame: false })).toMatch(/dom\.json\(3,24\): error TSK1005: tsconfig setting 'lib' is incompatible with tskc: dom declares/);
  });
});

describe("messages", () => {
  it("a u8 product widened after it wrapped is warning TSK3045, and the build goes on", () => {
    const dir = project({
      "main.ts": `export function main(): void {\n  let century: u8 = 20;\n  let year: u8 = 26;\n  let full: u16 = century * 100 + year;\n  let meant: u16 = u16(century) * 100 + year;\n  let wrapped: u16 = u8(century * 100 + year);\n}\n`,
    });
    const compiled = compile(path.join(dir, "main.ts"));
    expect(compiled.warnings.map((d) => `${d.line}:${d.code}:${d.severity}`)).toEqual(["4:TSK3045:warning"]);
    expect(formatReport(compiled.warnings)).toContain("warning TSK3045: this u8 arithmetic wraps at 8 bits before it widens to u16");
  });
});

describe("output", () => {
  const d: Diagnostic = { code: "TSK3001", message: "constant 300 does not fit in u8 (0..255)", file: "main.ts", line: 2, column: 15, length: 3, sourceLine: "  let b: u8 = 300;" };

  it("colours follow the terminal, NO_COLOR and FORCE_COLOR", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(formatDiagnostic(d, { frame: true, pretty: true })).toMatch(/^\x1b\[96mmain\.ts\x1b\[0m:\x1b\[93m2\x1b\[0m:\x1b\[93m15\x1b\[0m - \x1b\[91merror\x1b\[0m /);
    expect(formatDiagnostic(d)).not.toContain("\x1b");
  });

  it("the problem matcher in docs/editors.md matches tskc's errors and tsc's", () => {
    const doc = fs.readFileSync("docs/editors.md", "utf8");
    const tasks = JSON.parse(/```jsonc? tasks\.json\n([\s\S]*?)```/.exec(doc)![1].replace(/^\s*\/\/.*$/gm, ""));
    const pattern = tasks.tasks[0].problemMatcher.pattern;
    const regexp = new RegExp(pattern.regexp);
    const match = regexp.exec(formatDiagnostic(d, { frame: false }))!;
    expect([match[pattern.file], match[pattern.line], match[pattern.column], match[pattern.severity], match[pattern.code], match[pattern.message]])
      .toEqual(["main.ts", "2", "15", "error", "TSK3001", d.message]);
    expect(regexp.exec("kernel/main.ts(3,1): error TS2304: Cannot find name 'x'.")?.[pattern.code]).toBe("TS2304");
    const pretty = formatDiagnostic(d, { frame: false, pretty: true }).replace(/\x1b\[\d+m/g, ""); // as VS Code strips colours
    expect(regexp.exec(pretty)?.slice(1)).toEqual(match.slice(1));
    expect(tasks.tasks.every((t: { options?: { env?: { NO_COLOR?: string } } }) => t.options?.env?.NO_COLOR === "1")).toBe(true);
  });
});
