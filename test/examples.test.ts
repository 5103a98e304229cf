// Every example boots in v86 and does what its comment says.

import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";
import { cellColour, screenLines, VGA_TEXT } from "./helpers/vga.js";

describe("examples/hello", () => {
  it("greets on COM1 and on the VGA screen, then exits with 0", async () => {
    const image = compile("examples/hello/main.ts").flatBinary();
    const r = await bootKernel(image, { readMemory: [VGA_TEXT] });
    expect(r.serial).toBe("Hello from TypeScript!\n");
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(0);
    expect(screenLines(r.memory[0])[0]).toBe("Hello from TypeScript!");
    expect(cellColour(r.memory[0], 0, 0)).toBe(0x1f);
  });
});

describe("kernel", () => {
  it("reports the memory map v86 gives it", async () => {
    const image = compile("kernel/main.ts").flatBinary();
    const r = await bootKernel(image, { memMiB: 64 });
    expect(r.serial).toContain("SimpleOS, compiled by tskc\n");
    // 64 MiB of RAM, less the 128 KiB VGA window at 640-768 KiB.
    expect(r.serial).toContain("  0x000c0000-0x03ffffff usable\n");
    expect(r.serial).toContain(`usable memory: ${64 * 1024 - 128} KiB\n`);
    expect(r.exitCode).toBe(0);
  });
});
