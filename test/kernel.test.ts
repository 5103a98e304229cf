// SimpleOS boot tests: the scenario kernel (test/kernel-fixtures/scenario-kernel.ts, SimpleOS
// with the test scenarios) compiled once and booted in v86 per scenario (selected with
// `test=<name>` on the multiboot command line; test/kernel-fixtures/scenarios.ts).
// Each asserts what the kernel printed, how the run ended, or what is on the screen.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";
import { screenLines, VGA_TEXT } from "./helpers/vga.js";

let image: Uint8Array;

beforeAll(() => {
  image = compile("test/kernel-fixtures/scenario-kernel.ts").flatBinary();
});

function boot(scenario: string, memMiB = 32): Promise<BootResult> {
  return bootKernel(image, { cmdline: `test=${scenario}`, memMiB, timeoutMs: 20_000, readMemory: [VGA_TEXT] });
}

describe("SimpleOS boot", () => {
  it("ships SimpleOS alone: the shipped image holds no test scenario and no test program", () => {
    const map = compile("kernel/main.ts").symbolMap();
    for (const name of ["runScenario", "runTierScenario", "program_probe", "program_crashy"]) expect(map).not.toMatch(new RegExp(`\\b${name}\\b`));
    const programs = map.split("\n").filter((line) => / R {2}program_\w+$/.test(line) && !line.endsWith("_bytes"));
    expect(programs).toHaveLength(2); // the keyboard and serial-input drivers
  });

  it("reports the memory map v86 provides, matching the memory it booted with", async () => {
    const r = await boot("timer", 64);
    expect(r.serial).toMatch(/^SimpleOS, written in TypeScript, compiled by tskc\n/);
    expect(r.serial).toContain("  00000000-0009ffff usable\n");
    expect(r.serial).toContain("  000c0000-03ffffff usable\n"); // 64 MiB ends at 0x3ffffff
    expect(r.serial).toContain(`usable memory: ${64 * 1024 - 128} KiB\n`); // less the VGA hole
    expect(screenLines(r.memory[0])[0]).toBe("SimpleOS, written in TypeScript, compiled by tskc");
  });

  const exceptions: [string, number, string][] = [
    ["divzero", 0, "Divide Error"],
    ["breakpoint", 3, "Breakpoint"],
    ["opcode", 6, "Invalid Opcode"],
    ["doublefault", 8, "Double Fault"],
    ["gpf", 13, "General Protection Fault"],
    ["pagefault", 14, "Page Fault"],
  ];
  for (const [scenario, vector, name] of exceptions) {
    it(`reports ${name} and stops cleanly, not with a triple fault`, async () => {
      const r = await boot(scenario);
      expect(r.serial).toContain(`\nEXCEPTION ${vector}: ${name} (error code 0x`);
      expect(r.serial).toMatch(/ eip=0x[0-9a-f]{8} cs=0x[0-9a-f]{4} eflags=0x[0-9a-f]{8}\n/);
      expect(r.serial).toMatch(/ eax=0x[0-9a-f]{8} ebx=0x[0-9a-f]{8} ecx=0x[0-9a-f]{8} edx=0x[0-9a-f]{8}\n/);
      expect(r.reason).toBe("exit");
      expect(r.exitCode).toBe(0x80 + vector);
    });
  }

  it("reports the general protection fault's error code: the bad selector", async () => {
    const r = await boot("gpf");
    expect(r.serial).toContain("EXCEPTION 13: General Protection Fault (error code 0x1234)\n  eip=");
    expect(r.serial).toContain(" cs=0x0008 ");
  });

  it("decodes a page fault's CR2 and access", async () => {
    const r = await boot("pagefault");
    expect(r.serial).toContain("EXCEPTION 14: Page Fault (error code 0x0)\n"); // not present, read, kernel
    expect(r.serial).toContain("\n  cr2=0x00000000: page not present on read in kernel mode\n");
  });

  it("counts 50 ± 5 ticks at 100 Hz while sleeping 500 ms", async () => {
    const r = await boot("timer");
    const ticks = Number(/slept 500 ms: (\d+) ticks/.exec(r.serial)?.[1]);
    expect(ticks).toBeGreaterThanOrEqual(45);
    expect(ticks).toBeLessThanOrEqual(55);
    expect(r.exitCode).toBe(0);
  });

  it("runs custom handlers for a software vector and IRQ 0, and stops after unregistering", async () => {
    const r = await boot("handlers");
    expect(r.serial).toContain(
      [
        "register exception vector: -2",
        "register vector 256: -1",
        "register 0x50: 0",
        "software handler ran 2 times",
        "timer handler ran: yes",
        "unregister: 0",
        "ran after unregistering: 0 times",
        "interrupt 80 has no handler (reported once)",
        "unhandled 0x50: 2, spurious: 0",
        "unregister again: -4",
      ].join("\n"),
    );
    expect(r.exitCode).toBe(0);
  });

  it("scrolls the VGA console once the screen is full", async () => {
    const r = await boot("scroll");
    const lines = screenLines(r.memory[0]);
    expect(lines).not.toContain("SimpleOS, written in TypeScript, compiled by tskc"); // scrolled away
    expect(lines).not.toContain("line 1");
    expect(lines[23]).toBe("line 30"); // the cursor waits on the empty bottom line
    expect(lines[22]).toBe("line 29");
    expect(lines[24]).toBe("");
  });
});

describe("SimpleOS threads", () => {
  it("shares the CPU between three busy threads by preemption, a third each", async () => {
    const r = await boot("threads");
    const marks = r.serial.split("\n").find((line) => /^[ABC]+$/.test(line)) ?? "";
    // They interleave: each thread runs more than once, whichever the timer lets in first
    // (under host load v86's PIT may preempt A before its first mark).
    expect([...new Set(marks)].sort().join("")).toBe("ABC");
    expect(marks.match(/A+|B+|C+/g)!.length, marks).toBeGreaterThanOrEqual(6);
    const shares = [...r.serial.matchAll(/thread \d: (\d+)% of the work/g)].map((m) => Number(m[1]));
    expect(shares).toHaveLength(3);
    for (const share of shares) {
      expect(share).toBeGreaterThanOrEqual(27); // a third, +-20 %
      expect(share).toBeLessThanOrEqual(40);
    }
    expect(r.serial).toMatch(/ {2}3 {3}ready +\d+ +core +busy-a\n/); // after main, idle and the driver supervisor
    expect(r.exitCode).toBe(0);
  });

  it("wakes a sleeping thread within one tick of its deadline", async () => {
    const r = await boot("sleep");
    const ticks = Number(/woke after (\d+) ticks/.exec(r.serial)?.[1]);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(ticks).toBeLessThanOrEqual(11);
  });

  it("frees the stack of a thread that exits", async () => {
    const r = await boot("exit");
    expect(r.serial).toContain("thread 3 runs and returns\nthread 4 runs and returns\n"); // a warm-up thread, then the one measured
    const [before, after] = /heap free before (\d+), after (\d+)/.exec(r.serial)!.slice(1).map(Number);
    expect(after).toBe(before);
  });
});

describe("SimpleOS stack overflow", () => {
  it("stops a thread that recurses without end, and only that thread", async () => {
    const r = await boot("overflow");
    expect(r.serial).toContain("[fault] thread 3 (runaway): stack overflow; stopped\nmain still running after the overflow\n");
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(0);
  });
});
