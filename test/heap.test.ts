// SimpleOS's kernel heap (kernel/mm/heap.ts): fixture kernels in
// test/kernel-fixtures/heap-*.ts compiled from source and booted in v86. Asserts
// what they print on COM1 and how they end: the stress run's figures, the panics
// on double free and overrun, aligned allocation and growth.

import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";

function boot(name: string): Promise<BootResult> {
  return bootKernel(compile(`test/kernel-fixtures/${name}.ts`).flatBinary(), { timeoutMs: 60_000, memMiB: 32 });
}

function figure(serial: string, label: string): number {
  const match = new RegExp(`${label}: (\\d+)`).exec(serial);
  if (!match) throw new Error(`no "${label}" in:\n${serial}`);
  return Number(match[1]);
}

describe("kernel heap", () => {
  it("survives 100,000 random operations with every pattern intact and ends as it started", async () => {
    const started = Date.now();
    const r = await boot("heap-stress");
    console.log(`heap-stress: ${Date.now() - started} ms, ${r.instructions} instructions (u32 counter)`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(figure(r.serial, "operations")).toBe(100_000);
    expect(r.serial).toContain("verification failures: 0, misaligned: 0, out of memory: 0\n");
    expect(figure(r.serial, "free at end")).toBe(figure(r.serial, "free at start"));
    expect(r.serial).toMatch(/\n.* 0 used blocks, 1 free blocks\n$/);
  }, 90_000);

  it("panics on a double free, naming the block", async () => {
    const r = await boot("heap-double-free");
    const first = /first 0x([0-9a-f]+)/.exec(r.serial)?.[1];
    expect(r.serial).toContain(`kfree: heap block 0x${first} is already free (double free)\nPANIC: heap corruption\n`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 255 });
  });

  it("catches an overrun at the overrun block's kfree: its trailing canary", async () => {
    const r = await boot("heap-overrun");
    const victim = /overrun 0x([0-9a-f]+)/.exec(r.serial)?.[1];
    expect(r.serial).toContain(`kfree: heap block 0x${victim} was overrun: its trailing canary is smashed\nPANIC: heap corruption\n`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 255 });
  });

  it("catches an overrun at the next block's krealloc: its smashed header", async () => {
    const r = await boot("heap-overrun-next");
    const next = /next 0x([0-9a-f]+)/.exec(r.serial)?.[1];
    expect(r.serial).toContain(`krealloc: heap block 0x${next} has a smashed header (overrun by the block before it?)\nPANIC: heap corruption\n`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 255 });
  });

  it("aligns, behaves like C on null and zero, grows through its hook, and frees back to one block", async () => {
    const r = await boot("heap-align");
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
    expect(r.serial).toBe(
      [
        "offsets in page: 0 0, in line: 0",
        "odd align: 0", // not a power of two
        "krealloc(0, 16): a block",
        "krealloc(p, 0): 0",
        "100 KiB block: yes, grew 1 times, heap 168 KiB", // 26 pages: the block, room to align, a minimal gap
        "too big: 0",
        "free: 172032 of 172032, start 65536",
        "heap: 172032 bytes, 172032 free, 0 used; 0 used blocks, 1 free blocks",
        "",
      ].join("\n"),
    );
  });
});

