// SimpleOS under fault and attack: test/kernel-fixtures/hardening.ts, compiled once and
// booted with the checks to run named on the command line. Each test asserts what the
// booted kernel printed and how the run ended.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";

let image: Uint8Array;

beforeAll(() => {
  image = compile("test/kernel-fixtures/hardening.ts").flatBinary();
});

function boot(checks: string): Promise<BootResult> {
  return bootKernel(image, { cmdline: checks, timeoutMs: 30_000 });
}

describe("faults inside the interrupt path", () => {
  it("goes on after a thread overflows its stack inside the timer's interrupt: the IRQ is ended first", async () => {
    const r = await boot("irq-overflow");
    expect(r.serial).toContain(
      "stack overflow in thread 3 (near-limit): stopped\nmain still running after the overflow in the interrupt path\n",
    );
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});
