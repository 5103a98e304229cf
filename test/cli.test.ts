// The tskc command as a user runs it: files written, exit statuses, messages on
// stderr, and never a stack trace.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../compiler/driver.js";

/** Runs the installed command, with `input` on its stdin; the tests run concurrently since
 * each waits on a process. */
function tskcWithInput(input: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return node(input, ["bin/tskc.js", ...args]);
}

/** Runs node with these arguments (node options, then the script and its own) in `cwd`. */
function node(input: string, args: string[], cwd = ".", env = process.env): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { encoding: "latin1", timeout: 60_000, cwd, env }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

function tskc(...args: string[]) {
  return tskcWithInput("", ...args);
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe.concurrent("tskc build", () => {
  it("builds whatever state its code cache is in: damaged in place, or its folder a file", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cache-"));
    const env = { ...process.env, TMPDIR: tmp };
    const build = () => node("", ["bin/tskc.js", "build", "bench/programs/fib.ts", "-o", path.join(tmp, "fib")], ".", env);
    expect((await build()).status).toBe(0); // writes the caches (compiler/frontend/code-cache.ts; Node's own on Node >= 22.1)
    const folder = fs.readdirSync(tmp).find((f) => f.startsWith("tskc-compile-cache-"));
    for (const file of folder ? fs.readdirSync(path.join(tmp, folder)) : []) {
      const at = path.join(tmp, folder!, file);
      const bytes = fs.readFileSync(at);
      for (let i = 0; i < 64; i++) bytes[(bytes.length >> 1) + i] ^= 0x5a; // same size: V8 itself would accept it
      fs.writeFileSync(at, bytes);
    }
    const damaged = await build();
    expect([damaged.status, damaged.stderr]).toEqual([0, expect.stringMatching(/^tskc: wrote /)]);
    fs.rmSync(tmp, { recursive: true });
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(tmp, `tskc-compile-cache-${process.getuid?.() ?? "user"}`), "not a folder");
    const blocked = await build();
    expect([blocked.status, blocked.stderr]).toEqual([0, expect.stringMatching(/^tskc: wrote /)]);
    fs.rmSync(tmp, { recursive: true });
  });

  it("writes the flat binary, ELF, listing and symbol map", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    const r = await tskc("build", "examples/hello", "-o", path.join(dir, "hello"), "--emit", "bin,elf,asm,map", "--verbose");
    expect(r.stderr).toMatch(/^tskc: wrote .*hello\.bin \(\d+ bytes\), .* in \d+\.\d\d s$/m); // the summary, with the time
    for (const phase of ["startup", "typescript", "subset", "lowering", "passes", "isel", "regalloc", "encoding", "write bin", "total"]) {
      expect(r.stderr).toMatch(new RegExp(`^tskc: ${phase} +\\d+\\.\\d ms$`, "m")); // --verbose: each phase's time
    }
    expect(r.status).toBe(0);
    const bin = fs.readFileSync(path.join(dir, "hello.bin"));
    expect(bin.readUInt32LE(0)).toBe(0x1badb002);
    expect(fs.readFileSync(path.join(dir, "hello.elf")).subarray(0, 4).toString("latin1")).toBe("\x7fELF");
    expect(fs.readFileSync(path.join(dir, "hello.asm"), "utf8")).toMatch(/^main:$/m);
    expect(fs.readFileSync(path.join(dir, "hello.map"), "utf8")).toMatch(/ T {2}main$/m);
    fs.rmSync(dir, { recursive: true });
  });

  it("builds a ring-3 program with --target user: linked at 1 GiB, no multiboot header", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    const r = await tskc("build", "test/fixtures/user-hello.ts", "--target", "user", "-o", path.join(dir, "user"), "--emit", "bin,asm");
    expect(r.status).toBe(0);
    const bin = fs.readFileSync(path.join(dir, "user.bin"));
    expect(bin[0]).not.toBe(0x02); // no multiboot magic: the program starts with its code
    const listing = fs.readFileSync(path.join(dir, "user.asm"), "utf8");
    expect(listing).toMatch(/^org 0x40000000$/m);
    // main's result goes to the runtime's exitProgram, which ends in system call 0, exit.
    expect(listing).toMatch(/^_start:\n {4}call __tskc_init +; 40000000: .*\n {4}call main .*\n {4}push eax .*\n {4}call exitProgram /m);
    expect(listing).toMatch(/^exitProgram:$/m);
    fs.rmSync(dir, { recursive: true });
  });

  it("writes an ELF for a ring-3 program, for gdb: linked at 1 GiB, no multiboot header", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    const r = await tskc("build", "test/fixtures/user-hello.ts", "--target", "user", "-o", path.join(dir, "user"), "--emit", "elf");
    expect(r.status).toBe(0);
    const elf = fs.readFileSync(path.join(dir, "user.elf"));
    expect(elf.readUInt32LE(24)).toBe(0x40000000); // e_entry: the program's _start
    expect(elf.includes(Buffer.from(".debug_line\0"))).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it("writes the same bytes whatever the working directory (paths relative to the project root)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    // bounds-wrap has a bounds check, whose report names its file inside the image.
    const fromRoot = await tskc("build", "test/golden/bounds-wrap.ts", "-o", path.join(dir, "a"), "--emit", "bin,elf,asm");
    const fromTest = await node("", ["../bin/tskc.js", "build", "golden/bounds-wrap.ts", "-o", path.join(dir, "b"), "--emit", "bin,elf,asm"], "test");
    expect([fromRoot.status, fromTest.status]).toEqual([0, 0]);
    for (const kind of ["bin", "elf", "asm"]) {
      expect(fs.readFileSync(path.join(dir, `b.${kind}`)).equals(fs.readFileSync(path.join(dir, `a.${kind}`))), kind).toBe(true);
    }
    expect(fs.readFileSync(path.join(dir, "a.bin")).includes("test/golden/bounds-wrap.ts")).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it("prints the IR with --dump ir", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    const r = await tskc("build", "examples/hello/main.ts", "-o", path.join(dir, "h"), "--dump", "ir");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^function main\(0 params\)$/m);
    expect(r.stdout).toMatch(/^data str_\d+ \.rodata align 4 bytes 26 {2}; "Hello from TypeScript!"$/m);
    fs.rmSync(dir, { recursive: true });
  });

  it("reports a missing entry file without a stack trace", async () => {
    const r = await tskc("build", "no/such/kernel.ts");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error TSK1001: cannot find entry file 'no/such/kernel.ts'");
    expectNoStackTrace(r.stderr);
  });

  it("reports compile errors tsc-style and exits 1", async () => {
    const r = await tskc("build", "test/errors/type-error.ts");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^test\/errors\/type-error\.ts\(2,9\): error TS2322: /m);
    expect(r.stderr).toContain("Found 1 error.");
    expectNoStackTrace(r.stderr);
  });

  it("lists at most 100 errors, each with a clipped frame, then counts the rest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    const file = path.join(dir, "quotes.ts");
    fs.writeFileSync(file, `export function main(): void {}\n${'"'.repeat(20_000)}\n`); // 9,999 errors on one line
    const r = await tskc("build", file, "-o", path.join(dir, "quotes"));
    expect(r.status).toBe(1);
    expect(r.stderr.match(/error TS1005/g)).toHaveLength(100);
    expect(r.stderr).toContain("... and 9899 more errors not shown.\nFound 9999 errors.");
    expect(r.stderr.length).toBeLessThan(100 * 500); // frames do not repeat the 20,000-character line
    expectNoStackTrace(r.stderr);
    fs.rmSync(dir, { recursive: true });
  });

  it("rejects an unknown output kind", async () => {
    const r = await tskc("build", "examples/hello", "--emit", "exe");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("expected some of bin,elf,asm,map");
  });

  it("prints its version", async () => {
    expect((await tskc("--version")).stdout.trim()).toBe(VERSION);
  });
});

describe.concurrent("tskc run", () => {
  it("ends quietly when its reader closes the pipe (tskc run … | head -1)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["bin/tskc.js", "run", "test/golden/order.ts"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy()); // what head does after its line
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expectNoStackTrace(stderr);
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });

  it("streams the kernel's console and exits with its code", async () => {
    const r = await tskc("run", "examples/hello");
    expect(r.stdout).toBe("Hello from TypeScript!\n");
    expect(r.status).toBe(0);
    expect((await tskc("run", "test/fixtures/exit-code.ts")).status).toBe(42);
  });

  it("boots a built image, without loading the compiler", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    await tskc("build", "examples/hello", "-o", path.join(dir, "hello"), "--emit", "bin,elf");
    const r = await tskc("run", path.join(dir, "hello.elf"));
    expect(r.stdout).toBe("Hello from TypeScript!\n");
    expect(r.status).toBe(0);
    // The helper makes loading TypeScript fail or be reported: a .bin boots without it (seconds faster).
    const bare = await node("", ["--import", "./test/helpers/forbid-typescript.mjs", "bin/tskc.js", "run", path.join(dir, "hello.bin")]);
    expect(bare.stderr).toBe("");
    expect([bare.stdout, bare.status]).toEqual(["Hello from TypeScript!\n", 0]);
    fs.rmSync(dir, { recursive: true });
  });

  it("reports a triple fault as a crash, with the output so far and where it happened", async () => {
    const r = await tskc("run", "test/fixtures/triple-fault.ts", "--timeout", "10000");
    expect(r.stdout).toBe("about to divide by zero\n");
    expect(r.stderr).toMatch(/^tskc: the kernel crashed: triple fault at 0x0010[0-9a-f]{4} in divide \(test\/fixtures\/triple-fault\.ts:5\): /m);
    expect(r.status).toBe(123);
    expectNoStackTrace(r.stderr);
  });

  it("reports where a built image faulted: from an ELF's symbols and line table, a .bin's .map, or not at all", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-cli-"));
    await tskc("build", "test/fixtures/triple-fault.ts", "-o", path.join(dir, "tf"), "--emit", "bin,elf,map");
    const elf = await tskc("run", path.join(dir, "tf.elf"));
    expect(elf.stderr).toMatch(/^tskc: the kernel crashed: triple fault at 0x0010[0-9a-f]{4} in divide \(test\/fixtures\/triple-fault\.ts:5\): /m);
    expect(elf.status).toBe(123);
    expect((await tskc("run", path.join(dir, "tf.bin"))).stderr).toMatch(/triple fault at 0x0010[0-9a-f]{4} in divide\+0x[0-9a-f]+: /);
    fs.rmSync(path.join(dir, "tf.map"));
    expect((await tskc("run", path.join(dir, "tf.bin"))).stderr).toMatch(/triple fault at 0x0010[0-9a-f]{4}: /);
    fs.writeFileSync(path.join(dir, "bad.elf"), fs.readFileSync(path.join(dir, "tf.elf")).subarray(0, 3000));
    const bad = await tskc("run", path.join(dir, "bad.elf"));
    expect([bad.status, bad.stderr.trim()]).toEqual([2, `tskc: cannot boot '${path.join(dir, "bad.elf")}': no multiboot header in the first 8192 bytes of the image`]);
    fs.rmSync(dir, { recursive: true });
  });

  it("passes --cmdline to the kernel as its multiboot command line", async () => {
    const r = await tskc("run", "test/fixtures/cmdline.ts", "--cmdline", "test=timer verbose");
    expect(r.stdout).toBe("cmdline: test=timer verbose\n");
    expect(r.status).toBe(18); // the fixture exits with the line's length
  });

  it("stops a kernel that never ends at --timeout", async () => {
    const started = Date.now();
    const r = await tskc("run", "test/fixtures/spin.ts", "--timeout", "500");
    expect(r.stdout).toBe("spinning\n");
    expect(r.stderr).toContain("stopped after 500 ms");
    expect(r.status).toBe(124);
    expect(Date.now() - started).toBeLessThan(40_000); // generous: CI has two slow cores; a hang would take the 60 s test timeout
  });

  it("feeds stdin to the kernel's console, as npm start does", async () => {
    const r = await tskcWithInput("help\recho piped\rexit 4\r", "run", "kernel");
    expect(r.stdout).toMatch(/^SimpleOS, written in TypeScript, compiled by tskc\n/);
    expect(r.stdout).toContain("simpleos> help\ncommands:\n  help ");
    expect(r.stdout).toContain("simpleos> echo piped\npiped\n");
    expect(r.status).toBe(4);
  });

  it("reports a kernel that halts", async () => {
    const r = await tskc("run", "test/fixtures/halt.ts", "--timeout", "10000");
    expect(r.stdout).toBe("returning from main\n");
    expect(r.stderr).toContain("halted with interrupts disabled");
    expect(r.status).toBe(0);
  });
});
