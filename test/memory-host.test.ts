// The compiler over an in-memory project (compiler/host.ts with the playground's
// playground/src/memory-host.ts), in node: what the browser's compile worker does,
// checked here cheaply on every npm test. In: examples/hello and the runtime, read into
// maps, and TypeScript's lib.es2022 closure. Out: the same image bytes as a compile from
// the disk, and diagnostics named and placed as the CLI names and places them.

import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { CompileError } from "../compiler/diagnostics.js";
import { compile } from "../compiler/driver.js";
import { useHost } from "../compiler/host.js";
import { nodeFileSystem } from "../compiler/host-node.js";
import { memoryHost } from "../playground/src/memory-host.js";

function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (name.endsWith(".ts")) files[path.posix.join(dir, name.split(path.sep).join("/"))] = fs.readFileSync(path.join(dir, name), "utf8");
  }
  return files;
}

/** All of TypeScript's lib files; TypeScript reads those lib.es2022.d.ts references. */
function typescriptLibs(): Record<string, string> {
  const dir = path.dirname(ts.getDefaultLibFilePath({}));
  return Object.fromEntries(fs.readdirSync(dir).filter((n) => /^lib\..*\.d\.ts$/.test(n)).map((n) => [n, fs.readFileSync(path.join(dir, n), "utf8")]));
}

const RUNTIME = filesUnder("runtime");
const LIBS = typescriptLibs();

describe("compiling an in-memory project (the playground's worker)", () => {
  afterEach(() => {
    useHost(nodeFileSystem);
  });

  it("gives the same image as a compile from the disk", () => {
    const fromDisk = compile("examples/hello/main.ts").flatBinary();
    // The project root (paths.ts) is the folder with the package.json: bounds reports name files from it.
    const project = { "package.json": fs.readFileSync("package.json", "utf8") };
    useHost(memoryHost({ ...RUNTIME, ...project, ...filesUnder("examples/hello") }, LIBS));
    expect(Buffer.from(compile("examples/hello/main.ts").flatBinary()).equals(Buffer.from(fromDisk))).toBe(true);
  });

  it("names and places a diagnostic as the CLI does", () => {
    const source = fs.readFileSync("examples/hello/main.ts", "utf8") + 'const bad: u32 = "text";\n';
    useHost(memoryHost({ ...RUNTIME, "examples/hello/main.ts": source }, LIBS));
    const error = (() => {
      try {
        compile("examples/hello/main.ts");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CompileError);
    const [d] = (error as CompileError).diagnostics;
    expect([d.file, d.line, d.column, d.code]).toEqual(["examples/hello/main.ts", 21, 7, "TS2322"]);
  });
});
