// The language-service plugin (compiler/plugin.ts): tskc's diagnostics in the editor, as
// tsserver shows them. In process, through the language service API with the plugin
// applied; and once end to end, in a real tsserver that loads it from a kernel project's
// tsconfig (runtime/tsconfig.kernel.json names it).

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { kernelOptions } from "../compiler/frontend/tsconfig.js";
import { preludePath, trapPath } from "../compiler/paths.js";
import init from "../compiler/plugin.js";

/** A language service over files on disk, except those given in memory (the editor's buffers). */
function languageService(rootFiles: string[], buffers: Map<string, { text: string; version: number }>, editorVersion = ts.version): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => kernelOptions(),
    // The plugin's getExternalFiles adds the runtime's trap module, as tsserver would.
    getScriptFileNames: () => [...rootFiles, preludePath(), trapPath()],
    getScriptVersion: (f) => String(buffers.get(f)?.version ?? 0),
    getScriptSnapshot: (f) => {
      const text = buffers.get(f)?.text ?? ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => process.cwd(),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (f) => buffers.has(f) || ts.sys.fileExists(f),
    readFile: (f) => buffers.get(f)?.text ?? ts.sys.readFile(f),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const plain = ts.createLanguageService(host);
  const plugin = init({ typescript: { ...ts, version: editorVersion } });
  expect(plugin.getExternalFiles!({} as ts.server.Project, ts.ProgramUpdateLevel.Update)).toEqual([trapPath()]);
  const info = { languageService: plain, project: { projectService: { logger: { info: () => {} } } } } as unknown as ts.server.PluginCreateInfo;
  return plugin.create(info);
}

const tskcOnly = (diagnostics: readonly ts.Diagnostic[]) => diagnostics.filter((d) => d.source === "tskc");

describe("the language-service plugin", () => {
  it("reports a u8 overflow as you type, with its code and position, and forgets it once fixed", () => {
    const file = path.resolve("test/check/typing.ts").replace(/\\/g, "/");
    const text = "export function main(): void {\n  let b: u8 = 300;\n}\n";
    const buffers = new Map([[file, { text, version: 1 }]]);
    const ls = languageService([file], buffers);
    const [overflow, ...rest] = tskcOnly(ls.getSemanticDiagnostics(file));
    expect(rest).toEqual([]);
    expect({ code: overflow.code, category: overflow.category, start: overflow.start, length: overflow.length, message: overflow.messageText })
      .toEqual({ code: 3001, category: ts.DiagnosticCategory.Error, start: text.indexOf("300"), length: 3, message: "constant 300 does not fit in u8 (0..255)" });
    buffers.set(file, { text: text.replace("300", "200"), version: 2 });
    expect(ls.getSemanticDiagnostics(file)).toEqual([]);
  });

  it("reports the issue's list next to tsc's, and TSK2040 in place of tsc's advice for console", () => {
    const file = path.resolve("test/check/mistakes.ts").replace(/\\/g, "/");
    const ls = languageService([file], new Map());
    const diagnostics = ls.getSemanticDiagnostics(file);
    const sf = ls.getProgram()!.getSourceFile(file)!;
    const found = diagnostics.map((d) => `${sf.getLineAndCharacterOfPosition(d.start!).line + 1}:${d.source === "tskc" ? "TSK" : "TS"}${d.code}`);
    expect(found).toEqual([
      "5:TSK2020", "10:TSK2026", "14:TSK3004", "15:TSK2001", "16:TSK2004", "17:TSK3001", "18:TSK3006", "21:TSK3002",
      "22:TSK2040", "23:TSK2040", "24:TSK2040", "24:TSK3001", "25:TSK3001", "25:TSK3001",
    ]);
  });

  it("says when the editor's TypeScript is not tskc's, instead of misreading its trees", () => {
    const file = path.resolve("test/check/mistakes.ts").replace(/\\/g, "/");
    const [warning, ...rest] = tskcOnly(languageService([file], new Map(), "5.0.4").getSemanticDiagnostics(file));
    expect(rest).toEqual([]);
    expect([warning.code, warning.category, warning.messageText]).toEqual([1006, ts.DiagnosticCategory.Warning, expect.stringContaining("the editor runs TypeScript 5.0.4")]);
  });

  it("loads in tsserver from a kernel project's tsconfig", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "tskc-plugin-")));
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(process.cwd(), path.join(dir, "node_modules", "tskc"), "dir");
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ extends: "tskc/runtime/tsconfig.kernel.json", include: ["*.ts", "node_modules/tskc/runtime/prelude.d.ts"] }));
    const main = path.join(dir, "main.ts");
    fs.writeFileSync(main, "export function main(): void {\n  let b: u8 = 300;\n}\n");
    // tsserver looks for plugins next to its own node_modules, and in --pluginProbeLocations.
    const server = spawn(process.execPath, [require.resolve("typescript/lib/tsserver.js"), "--pluginProbeLocations", dir, "--disableAutomaticTypingAcquisition"], { cwd: dir });
    const send = (seq: number, command: string, args: object) => server.stdin.write(`${JSON.stringify({ seq, type: "request", command, arguments: args })}\n`);
    let out = "";
    const answer = new Promise<{ code: number; source?: string; start: { line: number; offset: number } }[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tsserver did not answer:\n${out}`)), 60_000);
      server.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const response = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).find((m) => m.type === "response" && m.request_seq === 2);
        if (!response) return;
        clearTimeout(timer);
        resolve(response.body);
      });
    });
    try {
      send(1, "open", { file: main });
      send(2, "semanticDiagnosticsSync", { file: main });
      const diagnostics = await answer;
      expect(diagnostics.map((d) => ({ code: d.code, source: d.source, start: d.start }))).toEqual([{ code: 3001, source: "tskc", start: { line: 2, offset: 15 } }]);
    } finally {
      server.kill();
      fs.rmSync(dir, { recursive: true });
    }
  }, 90_000);
});
