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
      "[fault] thread 3 (near-limit): stack overflow; stopped\nmain still running after the overflow in the interrupt path\n",
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
      // Not a wrapped divisor's 1.6 kHz, which takes 6 ms. There is no upper bound: on a loaded
      // host v86 raises ticks late (seconds late, measured at a load average of 20), never early.
      expect(elapsed).toBeGreaterThan(400);
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
    // At least all of them: a probe started just before the count may still be ending
    // then, and its frames come back too (the old heap gave back none).
    expect(back).toBeGreaterThanOrEqual(before);
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

describe("a hostile app: forged kernel lines, ports past its grant (one boot)", () => {
  let r: BootResult;
  beforeAll(async () => {
    r = await boot("forge ports");
  });

  it("shows a task's kernel-looking lines under the task's name, and sanitises what it hands the kernel", () => {
    const lines = r.serial.split("\n");
    expect(lines.slice(lines.indexOf("probe 3: attempt 12"), lines.indexOf("probe 4: attempt 13"))).toEqual([
      "probe 3: attempt 12",
      "task 3 (probe): [driver] serial-input disabled after 4 faults", // visibly the probe's
      "?[2J?[fault] task 2 (supervisor): wiped out", // escape and carriage return made harmless
      "[fault] task 3 (probe): bounds check failed: index 1, length 1, at x.ts?[driver] serial-input disabled after 4 faults?:1; task stopped",
    ]);
    // Every line that starts with "[" is the kernel's own.
    expect(lines.filter((l) => l.startsWith("[driver]"))).toEqual([]);
  });

  it("names the port an access spans past its grant, and the access: a wide out, a rep outs", () => {
    const faults = r.serial.split("\n").filter((l) => /^\[fault\] task [45] /.test(l));
    expect(faults).toEqual([
      expect.stringMatching(/^\[fault\] task 4 \(probe\): I\/O port 0x81 not granted \(outw at 0x80\) at eip=0x4[0-9a-f]{7}; task stopped$/),
      expect.stringMatching(/^\[fault\] task 5 \(probe\): I\/O port 0x3f8 not granted \(rep outsb at 0x3f8\) at eip=0x4[0-9a-f]{7}; task stopped$/),
    ]);
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});

describe("fault reports", () => {
  it("prints a ring-0 exception's interrupted esp, not the entry stub's", async () => {
    const r = await boot("kernel-esp");
    const ebx = /ebx=(0x[0-9a-f]{8})/.exec(r.serial)![1]; // the fixture put esp there just before int3
    expect(r.serial).toMatch(new RegExp(`\n  esi=0x[0-9a-f]{8} edi=0x[0-9a-f]{8} ebp=0x[0-9a-f]{8} esp=${ebx}\n`));
    expect(r).toMatchObject({ reason: "exit", exitCode: 0x80 + 3 });
  });
});

describe("an emulator abort", () => {
  it("is reported as its own reason, not as a triple fault: an app's iretd to the kernel's code segment", async () => {
    const r = await boot("iret"); // the probe runs the bytes: tskc refuses iretd in its asm (TSK3044)
    expect(r.serial).toContain("probe 3: attempt 15\n");
    expect(r.reason).toBe("abort");
    expect(r.detail).toMatch(/^emulator abort at 0x[0-9a-f]{8}: .*rpl < cpl/);
    expect(r.faultAddress).toBeGreaterThanOrEqual(0x40000000); // in the ring-3 probe, which the kernel's symbols do not name
  });
});
