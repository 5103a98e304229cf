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
