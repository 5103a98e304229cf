// SimpleOS under fault and attack: test/kernel-fixtures/hardening.ts, compiled once and
// booted with the checks to run named on the command line. Each test asserts what the
// booted kernel printed and how the run ended.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult, type GuestInput } from "../compiler/emulator/v86.js";

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

describe("the timer at rates other than 100 Hz", () => {
  const PIT_HZ = 1193182;
  const lines: { text: string; at: number }[] = [];
  let r: BootResult;
  beforeAll(async () => {
    let line = "";
    r = await bootKernel(image, {
      cmdline: "pit",
      timeoutMs: 30_000,
      onSerial: (byte) => {
        if (byte !== "\n") line += byte;
        else lines.push({ text: line, at: performance.now() }), (line = "");
      },
    });
  });

  for (const [hz, divisor] of [[18, 65536], [100, 11932], [300, 3977], [1000, 1193]]) {
    it(`runs at ${hz} Hz (divisor ${divisor}): ticks and uptime agree with a 500 ms sleep, timed on the host`, () => {
      const go = lines.findIndex((l) => l.text === `pit ${hz} Hz: go`);
      const report = lines[go + 1];
      const [, div, ticks, uptime] = /divisor (\d+), slept 500 ms: (\d+) ticks, uptime \+(\d+) ms/.exec(report.text)!.map(Number);
      expect(div).toBe(divisor); // 18 Hz is below the slowest rate: clamped to 18.2 Hz, not wrapped to 1.6 kHz
      const period = (1000 * divisor) / PIT_HZ; // ms per tick
      expect(ticks).toBe(Math.ceil(500 / period)); // sleepMs rounds up to whole ticks
      expect(Math.abs(uptime - ticks * period)).toBeLessThan(1); // uptime in exact units, not whole ms per tick
      // v86's PIT follows host time while the CPU runs: the fixture spins through ticksFor(500) ticks.
      const elapsed = lines[go + 2].at - report.at;
      expect(elapsed).toBeGreaterThan(400); // not a wrapped divisor's 1.6 kHz, which takes 6 ms
      expect(elapsed).toBeLessThan(8000); // v86 raises ticks late, never early, when the host is loaded
    });
  }

  it("counts ticks for the longest sleep exactly", () => {
    expect(r.serial).toContain(`ticksFor(4294967295 ms) at 100 Hz = ${Math.ceil((4294967295 * PIT_HZ) / 11932000)}\n`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});

describe("the kernel heap after exhaustion", () => {
  it("gives back a failed growth's frames, works again once frames are free, and returns the frames of a freed end", async () => {
    const r = await boot("heap");
    const lines = r.serial.split("\n").filter((l) => l.startsWith("heap: "));
    expect(lines[0]).toBe("heap: 8 frames left: kmalloc(64 KiB) = 0, then 8 frames left, a program starts: no");
    expect(lines[1]).toBe("heap: frames back: kmalloc(64 KiB) works, a program starts: yes");
    const [blocks, left] = /filled memory with (\d+) blocks of 64 KiB; free frames (\d+)/.exec(lines[2])!.slice(1).map(Number);
    expect(blocks).toBeGreaterThan(400); // 32 MiB, less the kernel's own
    expect(left).toBeLessThan(17); // too few for one more block
    const [back, before] = /freed them: (\d+) frames of (\d+) came back/.exec(lines[3])!.slice(1).map(Number);
    expect(back).toBe(before);
    expect(lines[3]).toMatch(/a program starts: yes$/);
    expect(r.serial).toContain("probe: still running\n");
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});

describe("a burst on COM1", () => {
  it("keeps the serial-input driver alive through 10,000 bytes at once, and counts what did not fit as dropped", async () => {
    let input: GuestInput | undefined;
    let shown = "";
    const r = await bootKernel(image, {
      cmdline: "serial-burst",
      timeoutMs: 30_000,
      onReady: (channel) => (input = channel),
      onSerial: (byte) => {
        shown += byte;
        if (shown.endsWith("serial-burst: ready\n")) queueMicrotask(() => input!.sendSerial("x".repeat(10_000)));
      },
    });
    expect(r.serial).not.toContain("[fault]");
    const [queued, dropped] = /serial-burst: (\d+) bytes queued, (\d+) dropped; serial-input running, 0 faults\n/.exec(r.serial)!.slice(1).map(Number);
    expect(queued).toBe(1024); // console-input.ts's buffer, which nothing reads meanwhile
    expect(queued + dropped).toBe(10_000);
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});
