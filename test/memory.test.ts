// SimpleOS memory tests: the frame allocator and paging (kernel/mm/), through the
// scenarios in kernel/scenarios.ts. kernel/main.ts is compiled once and booted in v86
// with 32 MiB per scenario; each asserts the printed report and how the run ended.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";

const PAGE_FAULT_EXIT = 0x80 + 14;
const PANIC_EXIT = 255;

let image: Uint8Array;

beforeAll(() => {
  image = compile("kernel/main.ts").flatBinary();
});

function boot(scenario: string): Promise<BootResult> {
  return bootKernel(image, { cmdline: `test=${scenario}`, memMiB: 32, timeoutMs: 20_000 });
}

describe("SimpleOS memory", () => {
  it("faults on a null dereference: page 0 is not mapped", async () => {
    const r = await boot("nullderef");
    expect(r.serial).toContain("\nEXCEPTION 14: Page Fault (error code 0x0)\n");
    expect(r.serial).toContain("  cr2=00000000: page not present on read in kernel mode\n");
    expect(r.serial).not.toMatch(/\nread [0-9a-f]+ at/);
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });

  it("faults on a write to kernel text, which is read-only with CR0.WP", async () => {
    const r = await boot("rowrite");
    const address = /writing to kernel text at ([0-9a-f]{8})\n/.exec(r.serial)?.[1];
    expect(address).toBeDefined();
    expect(r.serial).toContain("\nEXCEPTION 14: Page Fault (error code 0x3)\n");
    expect(r.serial).toContain(`  cr2=${address}: protection violation on write in kernel mode\n`);
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });

  it("hands out every free frame once and takes them all back", async () => {
    const r = await boot("frames");
    const counts = /frames: (\d+) total, (\d+) free\nallocated (\d+) frames until none was left; free now 0\nfreed them all; free now (\d+) \(same\)\n/.exec(r.serial);
    expect(counts).not.toBeNull();
    const [total, free, allocated, after] = counts!.slice(1).map(Number);
    // 32 MiB is 8192 frames; v86 marks 0xa0000-0xbffff reserved, everything below 1 MiB
    // and the image (about 64 KiB) are kept. Boot took 26: paging a directory and 8 tables,
    // the kernel heap one table for its range and 16 pages (its first 64 KiB).
    expect(total).toBeGreaterThan(8192 - 256 - 64);
    expect(total).toBeLessThan(8192 - 256);
    expect(free).toBe(total - 26);
    expect(allocated).toBe(free);
    expect(after).toBe(free);
    expect(r.exitCode).toBe(0);
  });

  it("panics on a double free", async () => {
    const r = await boot("doublefree");
    const frame = /freed ([0-9a-f]{8}) once; freeing it again\n/.exec(r.serial)?.[1];
    expect(frame).toBeDefined();
    expect(r.serial).toContain(`frames: bad free of ${frame}\nPANIC: freeFrame: double free\n`);
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(PANIC_EXIT);
  });

  it("maps a frame at a high address, translates it, and faults once it is unmapped", async () => {
    const r = await boot("paging");
    const frame = /mapped c0000000 to ([0-9a-f]{8}); read back cafe1234, at the frame cafe1234\n/.exec(r.serial)?.[1];
    expect(frame).toBeDefined();
    expect(r.serial).toContain(`translate(c0000008) = ${frame!.slice(0, 7)}8\n`);
    expect(r.serial).toContain("unmapped: translate = 00000000; touching it\n");
    expect(r.serial).toContain("  cr2=c0000000: page not present on read in kernel mode\n");
    expect(r.serial).not.toMatch(/\nread [0-9a-f]+ at/);
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });
});
