// Boots the kernel headless in v86 and checks what it printed on COM1 and how it stopped.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bootKernel, compile } from "tskc";

const entry = fileURLToPath(new URL("../main.ts", import.meta.url));

describe("the kernel", () => {
  it("prints its greeting and exits with 0", async () => {
    const compiled = compile(entry);
    const result = await bootKernel(compiled.flatBinary(), { timeoutMs: 10_000, locate: compiled.locate });
    expect(result.serial).toBe("Hello from __NAME__!\n");
    expect(result).toMatchObject({ reason: "exit", exitCode: 0 });
  }, 60_000); // loading TypeScript and compiling take seconds
});
