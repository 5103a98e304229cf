// SimpleOS's consoles (kernel/drivers/vga.ts, kernel/drivers/serial.ts,
// kernel/lib/printk.ts), each scenario a small kernel in test/kernel-fixtures
// compiled from source and booted once in v86. Asserts the exact COM1 bytes and
// the VGA text memory as the guest left it. Needs nothing built first.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootOptions, type BootResult } from "../compiler/emulator/v86.js";
import { cellColour, screenLines, VGA_TEXT } from "./helpers/vga.js";

const LIGHT_GREY_ON_BLACK = 0x07;
const WHITE_ON_RED = 0x4f;
const YELLOW_ON_BLUE = 0x1e;

/** Boots test/kernel-fixtures/NAME.ts; the result's screen is the VGA text memory at the stop. */
async function boot(name: string, options: BootOptions = {}): Promise<BootResult & { screen: Uint8Array }> {
  const image = compile(`test/kernel-fixtures/${name}.ts`).flatBinary();
  const result = await bootKernel(image, { timeoutMs: 10_000, readMemory: [VGA_TEXT], ...options });
  return { ...result, screen: result.memory[0] };
}

describe("printk", () => {
  const expected = [
    "-42 7 -2147483648 0", // %d reads the u32 as an i32
    "4294967295 42", // %u
    "beef 0000beef|    beef|beef    |", // %x %08x %8x %-8x
    "abc   |   abc||", // %-6s %6s, and an empty string
    "OK SimpleOS|  *|*  |  SimpleOS|", // %c keeps the low byte of 0x14b; %s of a string variable; %010s pads with blanks
    "100% 12   | -0012 abcd 7    |", // %%, %-5d, zeros after the sign, a width narrower than the number, '-' beats '0'
    "%q %5 %y %", // unknown and unfinished directives print as written
  ];

  it("formats every directive, and writes the same text to COM1 and the screen", async () => {
    const r = await boot("printk-formats");
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe(expected.join("\n"));
    expect(screenLines(r.screen)).toEqual([...expected, ...Array(25 - expected.length).fill("")]);
    expect(cellColour(r.screen, 0, 0)).toBe(LIGHT_GREY_ON_BLACK);
  });
});

describe("VGA console: scrolling and colours", () => {
  let r: Awaited<ReturnType<typeof boot>>;
  beforeAll(async () => {
    r = await boot("vga-scroll");
  });

  it("scrolls: after 30 lines the screen holds lines 6 to 30, and the cursor follows", () => {
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    const lines = screenLines(r.screen);
    expect(lines).toEqual(Array.from({ length: 25 }, (_, row) => `line ${row + 6}`));
    // COM1 has every line; "line 30" ends at column 7 of the bottom row, in software and in the CRT controller.
    const printed = Array.from({ length: 30 }, (_, n) => `line ${n + 1}`).join("\n");
    expect(r.serial).toBe(`${printed}\ncursor ${24 * 80 + 7}, hardware ${24 * 80 + 7}\n`);
  });

  it("writes in the colour set last, and blanks the scrolled-in row in the colour of the moment", () => {
    expect(cellColour(r.screen, 22, 0)).toBe(LIGHT_GREY_ON_BLACK); // line 28
    expect(cellColour(r.screen, 23, 0)).toBe(WHITE_ON_RED); // line 29
    expect(cellColour(r.screen, 24, 0)).toBe(YELLOW_ON_BLUE); // line 30
    expect(cellColour(r.screen, 24, 6)).toBe(YELLOW_ON_BLUE);
    expect(cellColour(r.screen, 24, 7)).toBe(WHITE_ON_RED); // blanked by the scroll after line 29
    expect(cellColour(r.screen, 24, 79)).toBe(WHITE_ON_RED);
  });
});

describe("VGA console: control characters", () => {
  it("handles backspace, carriage return, tabs and wrapping", async () => {
    const r = await boot("vga-editing");
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    const lines = screenLines(r.screen);
    expect(lines.slice(0, 8)).toEqual([
      "abd", // "abc\bd"
      "Jello", // "hello\rJ"
      "        a       b", // "\ta\tb": tab stops at 8 and 16
      "1234567 X", // one blank to column 8
      "12345678        Y", // a full stop from column 8 to 16
      "#".repeat(79), // 80 '#', then a backspace across the wrap
      "-".repeat(76), // then a tab that runs to column 80 and wraps
      "",
    ]);
    expect(r.serial).toBe(
      [
        "backspace at the top left 0",
        `after 80 columns ${6 * 80}`,
        `after backspace ${5 * 80 + 79}`,
        `after a tab at column 76 ${7 * 80}`,
        "",
      ].join("\n"),
    );
    expect(cellColour(r.screen, 5, 79)).toBe(LIGHT_GREY_ON_BLACK); // erased, not left as zero
  });
});

describe("COM1 driver", () => {
  it("programs 115200 baud 8N1, DTR/RTS/OUT2 and the receive interrupt, and reads what arrives", async () => {
    const r = await boot("serial-echo", { serialInput: "ok\n" });
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe("divisor 1 lcr 03 mcr 0b ier 01\necho: [o][k]\n");
  });
});

describe("panic", () => {
  it("prints PANIC: and the message on both consoles, then exits with 255", async () => {
    const r = await boot("panic");
    expect(r).toMatchObject({ reason: "exit", exitCode: 255 });
    expect(r.serial).toBe("mounting /\nPANIC: no root file system\n");
    expect(screenLines(r.screen).slice(0, 3)).toEqual(["mounting /", "PANIC: no root file system", ""]);
  });
});
