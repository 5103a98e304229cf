// SimpleOS memory tests: the frame allocator, paging and address spaces (kernel/mm/), and
// the TSS's I/O permission bitmap (kernel/arch/x86/tss.ts), through the scenarios in
// test/kernel-fixtures/scenarios.ts. The scenario kernel is compiled once and booted in v86
// with 32 MiB per scenario; each asserts the printed report and how the run ended.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult } from "../compiler/emulator/v86.js";

const PAGE_FAULT_EXIT = 0x80 + 14;
const PANIC_EXIT = 255;

let image: Uint8Array;

beforeAll(() => {
  image = compile("test/kernel-fixtures/scenario-kernel.ts").flatBinary();
});

function boot(scenario: string): Promise<BootResult> {
  return bootKernel(image, { cmdline: `test=${scenario}`, memMiB: 32, timeoutMs: 20_000 });
}

describe("SimpleOS memory", () => {
  it("faults on a null dereference: page 0 is not mapped", async () => {
    const r = await boot("nullderef");
    expect(r.serial).toContain("\nEXCEPTION 14: Page Fault (error code 0x0)\n");
    expect(r.serial).toContain("  cr2=0x00000000: page not present on read in kernel mode\n");
    expect(r.serial).not.toMatch(/\nread [0-9a-f]+ at/);
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });

  it("faults on a write to kernel text, which is read-only with CR0.WP", async () => {
    const r = await boot("rowrite");
    const address = /writing to kernel text at ([0-9a-f]{8})\n/.exec(r.serial)?.[1];
    expect(address).toBeDefined();
    expect(r.serial).toContain("\nEXCEPTION 14: Page Fault (error code 0x3)\n");
    expect(r.serial).toContain(`  cr2=0x${address}: protection violation on write in kernel mode\n`);
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });

  it("hands out every free frame once and takes them all back", async () => {
    const r = await boot("frames");
    const counts = /frames: (\d+) total, (\d+) free\nallocated (\d+) frames until none was left; free now 0\nfreed them all; free now (\d+) \(same\)\n/.exec(r.serial);
    expect(counts).not.toBeNull();
    const [total, free, allocated, after] = counts!.slice(1).map(Number);
    // 32 MiB is 8192 frames; v86 marks 0xa0000-0xbffff reserved, everything below 1 MiB
    // and the image (about 64 KiB) are kept. Boot took 89: paging a directory and 8 tables,
    // the kernel heap 64 tables for its whole range and 16 pages (its first 64 KiB).
    expect(total).toBeGreaterThan(8192 - 256 - 64);
    expect(total).toBeLessThan(8192 - 256);
    expect(free).toBe(total - 89);
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
    expect(r.serial).toContain("  cr2=0xc0000000: page not present on read in kernel mode\n");
    expect(r.serial).not.toMatch(/\nread [0-9a-f]+ at/);
    expect(r.exitCode).toBe(PAGE_FAULT_EXIT);
  });

  it("gives each address space its own user pages and checks user ranges exactly", async () => {
    const r = await boot("addrspace");
    expect(r.serial).toContain(
      [
        "two spaces: directories differ from each other and the kernel's: yes",
        "frames taken by both: 10", // a: directory, 2 tables, 4 pages; b: directory, 1 table, 1 page
        "USER_START: a -> the frame mapped there: yes, b -> its own: yes, frames differ: yes",
        "kernel pages shared: text yes, heap yes; user bit on them: no",
        "mapping outside the window: 0 0 0",
        "on a: USER_START reads aaaa1111",
        "on b: USER_START reads bbbb2222",
        "back on the kernel directory: yes",
        "userRangeOk(00100000, 4, read) = no",
        "userRangeOk(00000000, 4, read) = no",
        "userRangeOk(3ffffffc, 8, read) = no",
        "userRangeOk(40000000, 0, write) = yes",
        "userRangeOk(00000000, 0, read) = no",
        "userRangeOk(40000000, 2000, write) = yes",
        "userRangeOk(40001ff8, 8, write) = yes",
        "userRangeOk(40001ff8, 9, write) = no",
        "userRangeOk(40002000, 1, read) = no",
        "userRangeOk(40003000, 1000, read) = yes",
        "userRangeOk(40003000, 1000, write) = no",
        "userRangeOk(bffffff0, 10, write) = yes",
        "userRangeOk(bffffff0, 11, write) = no",
        "userRangeOk(c0000000, 0, read) = no",
        "userRangeOk(fffffff0, 20, read) = no",
        "userRangeOk(40000000, ffffffff, read) = no",
        "userRangeOk(40001000, 4, read) = no",
        "copy across pages: to user yes, back yes, last byte in the second frame: *",
        "read back the same bytes: yes",
        "copy to a read-only page: no; copy into the gap: no; its first byte still 0",
      ].join("\n") + "\n",
    );
    expect(r.serial).toMatch(/\ndestroyed both: free frames back to \d+: yes\n/);
    expect(r.exitCode).toBe(0);
  });

  it("refuses a new kernel page table once address spaces share them", async () => {
    const r = await boot("latetable");
    expect(r.serial).toContain("an address space exists; mapping c0000000, which has no page table yet\nPANIC: paging: a kernel page table must exist before address spaces share them\n");
    expect(r.exitCode).toBe(PANIC_EXIT);
  });
});

describe("SimpleOS I/O permission bitmap", () => {
  it("denies every port at boot and flips exactly the bits asked for", async () => {
    const r = await boot("ioperm");
    // read as the CPU reads it: the limit from the GDT (8192 + 104 bytes, then the 0xff byte)
    expect(r.serial).toContain("\nTSS limit 2068, I/O map at 68, the byte after it ff\n");
    expect(r.serial).toContain("\nring 3 may use:\nring 3 may use: f3 f4 f5 3f8 fffe ffff\nring 3 may use: f3 f5 3f8 fffe\n");
    expect(r.exitCode).toBe(0);
  });
});
