// `tskc run`'s terminal input (compiler/cli/terminal.ts): the escape key and the keys that
// reach the kernel as scancodes; and how paths compare and are written (compiler/paths.ts).
// Pure functions, no boot; test/keyboard.test.ts boots the shell with the terminal's keys and
// test/cli.test.ts runs the commands.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TerminalInput } from "../compiler/cli/terminal.js";
import { normalizePath, projectRoot, samePath, sourcePath } from "../compiler/paths.js";

const feed = (terminal: TerminalInput, text: string) => terminal.feed(Buffer.from(text, "latin1"));

describe("tskc run's terminal input", () => {
  it("sends typed bytes to COM1 as they are, Ctrl-C included", () => {
    expect(feed(new TerminalInput(), "ls\r\x03")).toEqual([{ kind: "serial", text: "ls\r\x03" }]);
  });

  it("quits on Ctrl-A x, also when the two keys come in separate reads", () => {
    const terminal = new TerminalInput();
    expect(feed(terminal, "ab\x01")).toEqual([{ kind: "serial", text: "ab" }]);
    expect(feed(terminal, "x")).toEqual([{ kind: "quit" }]);
  });

  it("sends one Ctrl-A for Ctrl-A Ctrl-A, prints help for Ctrl-A h, and ignores other keys after Ctrl-A", () => {
    expect(feed(new TerminalInput(), "\x01\x01\x01h\x01zq")).toEqual([{ kind: "serial", text: "\x01" }, { kind: "help" }, { kind: "serial", text: "q" }]);
  });

  it("turns the arrows, editing keys and function keys into PS/2 set-1 scancodes", () => {
    const keys = (text: string) => feed(new TerminalInput(), text).flatMap((a) => (a.kind === "keys" ? [a.codes] : []));
    expect(keys("\x1b[A\x1b[B\x1b[C\x1b[D")).toEqual([[0xe0, 0x48, 0xe0, 0xc8], [0xe0, 0x50, 0xe0, 0xd0], [0xe0, 0x4d, 0xe0, 0xcd], [0xe0, 0x4b, 0xe0, 0xcb]]);
    expect(keys("\x1bOA\x1b[1;5A")).toEqual([[0xe0, 0x48, 0xe0, 0xc8], [0xe0, 0x48, 0xe0, 0xc8]]); // application mode; Ctrl+up
    expect(keys("\x1b[H\x1b[4~\x1b[3~\x1b[5~")).toEqual([[0xe0, 0x47, 0xe0, 0xc7], [0xe0, 0x4f, 0xe0, 0xcf], [0xe0, 0x53, 0xe0, 0xd3], [0xe0, 0x49, 0xe0, 0xc9]]);
    expect(keys("\x1bOP\x1b[24~")).toEqual([[0x3b, 0xbb], [0x58, 0xd8]]); // F1, F12
  });

  it("never types a sequence's text: an unknown sequence is dropped, a lone Escape goes to COM1", () => {
    expect(feed(new TerminalInput(), "a\x1b[Ab")).toEqual([{ kind: "serial", text: "a" }, { kind: "keys", codes: [0xe0, 0x48, 0xe0, 0xc8] }, { kind: "serial", text: "b" }]);
    expect(feed(new TerminalInput(), "\x1b[Z")).toEqual([]); // Shift+Tab: no PC key of its own
    expect(feed(new TerminalInput(), "\x1b")).toEqual([{ kind: "serial", text: "\x1b" }]);
    expect(feed(new TerminalInput(), "\x1bx")).toEqual([{ kind: "serial", text: "\x1bx" }]); // Alt+x
  });
});

describe("paths", () => {
  it("compare equal whatever their separators: TypeScript's forward slashes, Windows' backslashes", () => {
    expect(samePath("runtime\\lib\\trap.ts", "runtime/lib/trap.ts")).toBe(true);
    expect(samePath(`${process.cwd()}/runtime/lib/../lib/trap.ts`, "runtime/lib/trap.ts")).toBe(true);
    expect(samePath("runtime/lib/trap.ts", "runtime/lib/user/trap.ts")).toBe(false);
    expect(normalizePath("a\\b")).toBe(`${process.cwd()}/a/b`);
  });

  it("are relative to the project root (the nearest package.json above the entry) in images", () => {
    expect(projectRoot("test/golden/order.ts")).toBe(process.cwd());
    expect(sourcePath(path.resolve("test/golden/order.ts"), projectRoot("test/golden/order.ts"))).toBe("test/golden/order.ts");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-root-")); // no package.json above it
    expect(projectRoot(path.join(dir, "main.ts"))).toBe(normalizePath(dir));
    fs.rmSync(dir, { recursive: true });
  });
});
