// SimpleOS's input path: the ring-3 PS/2 keyboard driver (kernel/drivers/keyboard/),
// the COM1 receive driver (kernel/drivers/serial-input/), console input and its ring
// buffer (kernel/drivers/console-input.ts, kernel/lib/ring.ts) and the shell
// (kernel/shell.ts), on test/kernel-fixtures/shell-kernel.ts, which boots as
// kernel/main.ts does when it runs the shell. Each test boots it in v86 with
// scancodes or COM1 bytes, which the harness sends after the banner's first byte,
// and ends the run with the shell's `exit` command. Needs nothing built first.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootOptions, type BootResult } from "../compiler/emulator/v86.js";
import { TerminalInput } from "../compiler/cli/terminal.js";
import { screenLines, VGA_TEXT } from "./helpers/vga.js";
import {
  BACKSPACE, CAPS_LOCK, ESCAPE, EXTENDED, F1, KEYPAD_ENTER, LEFT_ARROW, LEFT_CTRL, LEFT_SHIFT, press, RELEASE, RIGHT_SHIFT, TAB, type, withKeyHeld,
} from "./helpers/scancodes.js";

/** What SimpleOS prints before the shell's first prompt, on both consoles. */
const BOOT_LINES = [
  "SimpleOS, written in TypeScript, compiled by tskc",
  "memory map:",
  "  00000000-0009ffff usable",
  "  000c0000-01ffffff usable",
  "usable memory: 32640 KiB",
  "[driver] keyboard started as task 3",
  "[driver] serial-input started as task 4",
];
const BANNER = BOOT_LINES.map((line) => `${line}\n`).join("");
const PROMPT = "simpleos> ";
const HELP_TEXT = [
  "commands:",
  "  help         list the commands",
  "  ticks        timer ticks and milliseconds since boot",
  "  mem          the memory map and the usable memory",
  "  ps           the threads and their states",
  "  echo <text>  print <text>",
  "  clear        blank the screen",
  "  exit [code]  end the run with exit code 0-255 (default 0)",
  "",
].join("\n");

let image: Uint8Array;

beforeAll(() => {
  image = compile("test/kernel-fixtures/shell-kernel.ts").flatBinary();
});

/** Boots the shell kernel; `screen` is the VGA text as it was at the stop. */
async function boot(options: BootOptions): Promise<BootResult & { screen: string[] }> {
  const result = await bootKernel(image, { timeoutMs: 20_000, readMemory: [VGA_TEXT], ...options });
  return { ...result, screen: screenLines(result.memory[0]) };
}

describe("keyboard", () => {
  it("types a command: help and Enter run help, echoed on both consoles", async () => {
    const r = await boot({ keys: type("help\nexit\n") });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}help\n${HELP_TEXT}${PROMPT}exit\n`);
    const screen = [...BOOT_LINES, `${PROMPT}help`, ...HELP_TEXT.trimEnd().split("\n"), `${PROMPT}exit`];
    expect(r.screen.slice(0, screen.length)).toEqual(screen);
  });

  it("shifts letters and symbols with either shift key; caps lock changes letters only", async () => {
    const keys = [
      ...type("echo "),
      ...withKeyHeld(LEFT_SHIFT, [...press(0x02), ...press(0x1e)]), // 1 a
      ...press(0x30), // b
      ...withKeyHeld(RIGHT_SHIFT, [...press(0x03), ...press(0x2e)]), // 2 c
      ...press(CAPS_LOCK),
      ...press(0x20), // d
      ...press(0x04), // 3
      ...withKeyHeld(LEFT_SHIFT, press(0x12)), // e: shift undoes caps lock
      ...press(CAPS_LOCK),
      // Both shifts down, the left one released: still shifted.
      LEFT_SHIFT,
      RIGHT_SHIFT,
      LEFT_SHIFT | RELEASE,
      ...press(0x21), // f
      RIGHT_SHIFT | RELEASE,
      ...press(0x22), // g
      ...type("\nexit\n"),
    ];
    const r = await boot({ keys });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo !Ab@CD3eFg\n!Ab@CD3eFg\n${PROMPT}exit\n`);
  });

  it("types every symbol of a US keyboard", async () => {
    const symbols = "`1234567890-=[]\\;',./~!@#$%^&*()_+{}|:\"<>?";
    const r = await boot({ keys: type(`echo ${symbols}\nexit\n`) });
    expect(r.serial).toContain(`\n${symbols}\n`);
  });

  it("erases with backspace: helx, backspace, p runs help", async () => {
    const keys = [...type("helx"), ...press(BACKSPACE), ...type("p\n"), ...press(BACKSPACE), ...type("exit\n")];
    const r = await boot({ keys });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    // Backspace on an empty line erases nothing.
    expect(r.serial).toBe(`${BANNER}${PROMPT}helx\b \bp\n${HELP_TEXT}${PROMPT}exit\n`);
    expect(r.screen[BOOT_LINES.length]).toBe(`${PROMPT}help`);
  });

  it("abandons the line on Ctrl+C, and ignores Tab, Escape, F1, other Ctrl+letters and arrows", async () => {
    const keys = [
      ...type("echo lost"),
      ...withKeyHeld(LEFT_CTRL, press(0x2e)), // c
      ...type("ec"),
      ...press(TAB),
      ...press(ESCAPE),
      ...press(F1),
      ...withKeyHeld(LEFT_CTRL, press(0x1e)), // a: 1, a control character
      ...type("ho k"),
      EXTENDED,
      LEFT_ARROW,
      EXTENDED,
      LEFT_ARROW | RELEASE,
      ...type("ept"),
      EXTENDED,
      KEYPAD_ENTER,
      EXTENDED,
      KEYPAD_ENTER | RELEASE,
      ...type("exit\n"),
    ];
    const r = await boot({ keys });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo lost^C\n${PROMPT}echo kept\nkept\n${PROMPT}exit\n`);
  });

  it("right Ctrl (an extended key) is Ctrl too", async () => {
    const keys = [...type("echo x"), EXTENDED, LEFT_CTRL, ...press(0x2e), EXTENDED, LEFT_CTRL | RELEASE, ...type("exit 3\n")];
    const r = await boot({ keys });
    expect(r).toMatchObject({ reason: "exit", exitCode: 3 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo x^C\n${PROMPT}exit 3\n`);
  });
});

describe("serial input", () => {
  it("runs what a terminal sends: echo hi, then exit 7 ends the run with code 7", async () => {
    const r = await boot({ serialInput: "echo hi\rexit 7\r" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 7 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo hi\nhi\n${PROMPT}exit 7\n`);
    expect(r.screen.slice(0, BOOT_LINES.length + 4)).toEqual([...BOOT_LINES, `${PROMPT}echo hi`, "hi", `${PROMPT}exit 7`, ""]);
  });

  it("takes \\r\\n and \\n as one Enter each, and DEL as backspace", async () => {
    const r = await boot({ serialInput: "echo a\r\necho bx\x7f\nexit 2\n" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 2 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo a\na\n${PROMPT}echo bx\b \b\nb\n${PROMPT}exit 2\n`);
  });

  it("gets a terminal's keys as tskc run sends them: the up arrow types nothing, Ctrl-C abandons the line", async () => {
    // An up arrow is ESC [ A on a terminal; tskc run (cli/terminal.ts) sends it as the
    // scancodes of the arrow key, which the keyboard driver ignores, instead of typing "[A".
    const actions = new TerminalInput().feed(Buffer.from("echo a\x1b[Ab\rjunk\x03exit 5\r", "latin1"));
    const r = await boot({
      onReady: (input) => actions.forEach((a) => (a.kind === "serial" ? input.sendSerial(a.text) : a.kind === "keys" && input.sendScancodes(a.codes))),
    });
    expect(r).toMatchObject({ reason: "exit", exitCode: 5 });
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo ab\nab\n${PROMPT}junk^C\n${PROMPT}exit 5\n`);
  });
});

describe("shell commands", () => {
  it("keeps at most 128 characters of a line", async () => {
    const digits = "0123456789".repeat(20);
    const r = await boot({ serialInput: `echo ${digits}\rexit\r` });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    const kept = digits.slice(0, 128 - "echo ".length);
    expect(r.serial).toBe(`${BANNER}${PROMPT}echo ${kept}\n${kept}\n${PROMPT}exit\n`);
  });

  it("reports unknown commands and bad exit codes, and keeps running", async () => {
    const r = await boot({ serialInput: "frobnicate now\r   \rexit 256\rexit 7x\rexit 1 2\r  exit   9  \r" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 9 });
    const usage = "usage: exit [code], code 0-255\n";
    expect(r.serial).toBe(
      `${BANNER}${PROMPT}frobnicate now\nunknown command: frobnicate; try help\n${PROMPT}   \n` +
        `${PROMPT}exit 256\n${usage}${PROMPT}exit 7x\n${usage}${PROMPT}exit 1 2\n${usage}${PROMPT}  exit   9  \n`,
    );
  });

  it("prints the timer and the memory map", async () => {
    const r = await boot({ serialInput: "ticks\rmem\rexit\r" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toMatch(/simpleos> ticks\n\d+ ticks, \d+ ms since boot\n/);
    // v86 with 32 MiB: conventional memory, then 1 MiB to the end.
    expect(r.serial).toContain(
      `${PROMPT}mem\n  00000000-0009ffff usable\n  000c0000-01ffffff usable\nusable memory: 32640 KiB\n${PROMPT}exit\n`,
    );
  });

  it("clears the screen", async () => {
    const r = await boot({ serialInput: "echo before\rclear\rexit\r" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.screen[0]).toBe(`${PROMPT}exit`);
    expect(r.screen.slice(1).every((line) => line === "")).toBe(true);
  });
});

describe("ring buffer", () => {
  it("keeps order, drops and counts what comes while full, survives the counters' wrap, wants a power of two", async () => {
    const r = await boot({ cmdline: "ring" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 255 });
    expect(r.serial).toBe(
      [
        BANNER + "new: empty 1 count 0 pop -1",
        "6 pushed: count 4 dropped 2",
        "popped: 1 2",
        "popped: 3 4 7 8, empty 1",
        "across the wrap: count 4 head 2",
        "popped: 9 10 11 12, empty 1",
        "PANIC: ring buffer: capacity must be a power of two",
        "",
      ].join("\n"),
    );
  });
});
