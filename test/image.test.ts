// The image phase: layout, multiboot header, flat binary, ELF32, symbol map.
// ELF output is checked by a small reader below, by readelf when present, and
// by booting a tiny kernel in v86, and in QEMU when qemu-system-i386 is on PATH.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bootKernel } from "../compiler/emulator/v86.js";
import { writeElf32 } from "../compiler/image/elf.js";
import { writeFlatBinary } from "../compiler/image/flat.js";
import { checkImage, KERNEL_ORIGIN, LOAD_BASE, planLayout, type Image, type ImageSymbol, type SectionSizes } from "../compiler/image/layout.js";
import { MULTIBOOT_MAGIC, multibootHeader } from "../compiler/image/multiboot.js";
import { writeSymbolMap } from "../compiler/image/symbolmap.js";

const onPath = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const hasReadelf = onPath("readelf");
const hasQemu = onPath("qemu-system-i386");
if (!hasReadelf) console.log("image.test: readelf not on PATH, skipping the readelf check");
if (!hasQemu) console.log("image.test: qemu-system-i386 not on PATH, skipping the QEMU boot checks");

const scratch = mkdtempSync(join(tmpdir(), "tskc-image-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, bytes: Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

const filled = (size: number, seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * 7 + seed) & 0xff || 1);

/** An Image laid out by planLayout from the section contents. */
function layOut(text: Uint8Array, rodata: Uint8Array, data: Uint8Array, bssSize: number,
  symbols: (addrs: Image["addrs"]) => ImageSymbol[], entryOffset = 0): Image {
  const addrs = planLayout({ text: text.length, rodata: rodata.length, data: data.length, bss: bssSize });
  return { origin: KERNEL_ORIGIN, addrs, text, rodata, data, bssSize, entry: addrs.text + entryOffset, symbols: symbols(addrs) };
}

/** All four sections non-empty; data spans more than a page. */
const sample = layOut(filled(0x1c, 1), filled(5, 2), filled(0x1234, 3), 0x2000, (a) => [
  { name: "kmain", addr: a.text + 0x10, size: 0xc, kind: "func", section: "text" },
  { name: "_start", addr: a.text, size: 0x10, kind: "func", section: "text" },
  { name: "greeting", addr: a.rodata, size: 5, kind: "object", section: "rodata" },
  { name: "counter", addr: a.data + 0x1000, size: 4, kind: "object", section: "data" },
  { name: "stack", addr: a.bss, size: 0x2000, kind: "object", section: "bss" },
]);
/** Text only: no rodata, data or bss segment. */
const textOnly = layOut(Uint8Array.of(0xf4, 0xeb, 0xfd), new Uint8Array(0), new Uint8Array(0), 0, (a) => [
  { name: "_start", addr: a.text, size: 3, kind: "func", section: "text" },
]);

/** bss without data: the last PT_LOAD has no file bytes. */
const bssOnly = layOut(Uint8Array.of(0xf4), new Uint8Array(0), new Uint8Array(0), 0x100, (a) => [
  { name: "_start", addr: a.text, size: 1, kind: "func", section: "text" },
  { name: "heap", addr: a.bss, size: 0x100, kind: "object", section: "bss" },
]);

describe("planLayout", () => {
  it("puts text right after the header and pages rodata, data, bss and end", () => {
    expect(planLayout({ text: 0x1c, rodata: 5, data: 0x1234, bss: 0x2000 })).toEqual({
      header: 0x100000, text: 0x100020, rodata: 0x101000, data: 0x102000, bss: 0x104000, end: 0x106000,
    });
  });

  it("starts rodata on the next page only when text overflows this one", () => {
    const withText = (text: number): SectionSizes => ({ text, rodata: 1, data: 0, bss: 0 });
    expect(planLayout(withText(0x1000 - 32)).rodata).toBe(0x101000);
    expect(planLayout(withText(0x1000 - 31)).rodata).toBe(0x102000);
  });

  it("gives empty sections an address shared with the next", () => {
    expect(planLayout({ text: 1, rodata: 0, data: 0, bss: 0 })).toEqual({
      header: 0x100000, text: 0x100020, rodata: 0x101000, data: 0x101000, bss: 0x101000, end: 0x101000,
    });
  });
});

describe("checkImage", () => {
  it("accepts planned images", () => {
    expect(() => checkImage(sample)).not.toThrow();
    expect(() => checkImage(textOnly)).not.toThrow();
  });

  it("rejects an entry outside text, a symbol outside its section, unaligned or overlapping sections", () => {
    expect(() => checkImage({ ...sample, entry: sample.addrs.rodata })).toThrow(/entry/);
    const stray: ImageSymbol = { name: "stray", addr: sample.addrs.data, size: 4, kind: "object", section: "rodata" };
    expect(() => checkImage({ ...sample, symbols: [stray] })).toThrow(/stray/);
    expect(() => checkImage({ ...sample, addrs: { ...sample.addrs, data: sample.addrs.data + 4 } })).toThrow(/page-aligned/);
    expect(() => checkImage({ ...sample, text: new Uint8Array(0x2000) })).toThrow(/overlaps text/);
  });
});

const dword = (bytes: Uint8Array, offset: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset, true);

describe("multiboot header", () => {
  it("sums magic, flags and checksum to zero in both variants", () => {
    for (const format of ["flat", "elf"] as const) {
      const header = multibootHeader(sample, format);
      expect(header.length).toBe(32);
      expect(dword(header, 0)).toBe(MULTIBOOT_MAGIC);
      expect((dword(header, 0) + dword(header, 4) + dword(header, 8)) % 2 ** 32).toBe(0);
    }
  });

  it("flat: flags 0x00010003 and a.out fields matching the flat file", () => {
    const header = multibootHeader(sample, "flat");
    const flat = writeFlatBinary(sample);
    expect(dword(header, 4)).toBe(0x00010003);
    expect(dword(header, 12)).toBe(LOAD_BASE); // header_addr
    expect(dword(header, 16)).toBe(LOAD_BASE); // load_addr
    expect(dword(header, 20)).toBe(LOAD_BASE + flat.length); // load_end_addr
    expect(dword(header, 24)).toBe(sample.addrs.end); // bss_end_addr
    expect(dword(header, 28)).toBe(sample.entry);
  });

  it("elf: flags 0x00000003 and zero a.out fields", () => {
    const header = multibootHeader(sample, "elf");
    expect(dword(header, 4)).toBe(0x00000003);
    expect([12, 16, 20, 24, 28].map((at) => dword(header, at))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("flat binary", () => {
  it("is the memory image from LOAD_BASE to the end of .data", () => {
    const flat = writeFlatBinary(sample);
    const { addrs } = sample;
    expect(flat.length).toBe(addrs.data + sample.data.length - LOAD_BASE);
    const at = (addr: number, size: number) => flat.subarray(addr - LOAD_BASE, addr - LOAD_BASE + size);
    expect(at(addrs.header, 32)).toEqual(multibootHeader(sample, "flat"));
    expect(at(addrs.text, sample.text.length)).toEqual(sample.text);
    expect(at(addrs.rodata, sample.rodata.length)).toEqual(sample.rodata);
    expect(at(addrs.data, sample.data.length)).toEqual(sample.data);
    const textEnd = addrs.text + sample.text.length;
    expect(at(textEnd, addrs.rodata - textEnd).every((b) => b === 0)).toBe(true);
  });

  it("runs to the (empty) data section's page when there is no rodata or data", () => {
    const flat = writeFlatBinary(textOnly);
    expect(flat.length).toBe(textOnly.addrs.data - LOAD_BASE);
    expect(flat.subarray(32 + textOnly.text.length).every((b) => b === 0)).toBe(true);
  });
});

/** Just enough of an ELF32 reader to check what writeElf32 wrote. */
function readElf(file: Uint8Array) {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const u8 = (at: number) => view.getUint8(at), u16 = (at: number) => view.getUint16(at, true), u32 = (at: number) => view.getUint32(at, true);
  const cString = (at: number) => new TextDecoder().decode(file.subarray(at, file.indexOf(0, at)));
  const phoff = u32(28), shoff = u32(32), phnum = u16(44), shnum = u16(48), shstrndx = u16(50);
  const programHeaders = Array.from({ length: phnum }, (_, i) => {
    const at = phoff + 32 * i;
    return { type: u32(at), offset: u32(at + 4), vaddr: u32(at + 8), paddr: u32(at + 12), filesz: u32(at + 16), memsz: u32(at + 20), flags: u32(at + 24), align: u32(at + 28) };
  });
  const rawSections = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + 40 * i;
    return { nameOffset: u32(at), type: u32(at + 4), flags: u32(at + 8), addr: u32(at + 12), offset: u32(at + 16), size: u32(at + 20), link: u32(at + 24), info: u32(at + 28), align: u32(at + 32), entsize: u32(at + 36) };
  });
  const sections = rawSections.map((s) => ({ ...s, name: cString(rawSections[shstrndx].offset + s.nameOffset) }));
  const symtab = sections.find((s) => s.name === ".symtab")!;
  const strtab = sections[symtab.link];
  const symbols = Array.from({ length: symtab.size / 16 }, (_, i) => {
    const at = symtab.offset + 16 * i;
    return { name: cString(strtab.offset + u32(at)), value: u32(at + 4), size: u32(at + 8), bind: u8(at + 12) >> 4, type: u8(at + 12) & 0xf, shndx: u16(at + 14) };
  });
  return {
    ident: file.subarray(0, 7), type: u16(16), machine: u16(18), entry: u32(24),
    ehsize: u16(40), phentsize: u16(42), shentsize: u16(46), programHeaders, sections, symtab, symbols,
  };
}

describe("ELF32", () => {
  const elf = writeElf32(sample);
  const parsed = readElf(elf);
  const { addrs } = sample;
  const PF_X = 1, PF_W = 2, PF_R = 4;

  it("has an i386 ET_EXEC header with the entry point", () => {
    expect([...parsed.ident]).toEqual([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]);
    expect([parsed.type, parsed.machine, parsed.entry]).toEqual([2, 3, sample.entry]);
    expect([parsed.ehsize, parsed.phentsize, parsed.shentsize]).toEqual([52, 32, 40]);
  });

  it("loads header+text, rodata, data+bss with page-congruent offsets", () => {
    const textEnd = addrs.text + sample.text.length;
    expect(parsed.programHeaders).toEqual([
      { type: 1, offset: 0x1000, vaddr: LOAD_BASE, paddr: LOAD_BASE, filesz: textEnd - LOAD_BASE, memsz: textEnd - LOAD_BASE, flags: PF_R | PF_X, align: 0x1000 },
      { type: 1, offset: 0x1000 + addrs.rodata - LOAD_BASE, vaddr: addrs.rodata, paddr: addrs.rodata, filesz: 5, memsz: 5, flags: PF_R, align: 0x1000 },
      { type: 1, offset: 0x1000 + addrs.data - LOAD_BASE, vaddr: addrs.data, paddr: addrs.data, filesz: 0x1234, memsz: addrs.bss + 0x2000 - addrs.data, flags: PF_R | PF_W, align: 0x1000 },
    ]);
    const memory = writeFlatBinary(sample);
    memory.set(multibootHeader(sample, "elf"));
    for (const ph of parsed.programHeaders) {
      expect(elf.subarray(ph.offset, ph.offset + ph.filesz)).toEqual(memory.subarray(ph.vaddr - LOAD_BASE, ph.vaddr - LOAD_BASE + ph.filesz));
    }
  });

  it("carries the ELF multiboot header at file offset 0x1000", () => {
    expect(dword(elf, 0x1000)).toBe(MULTIBOOT_MAGIC);
    expect(elf.subarray(0x1000, 0x1020)).toEqual(multibootHeader(sample, "elf"));
  });

  it("names its sections and places them at their addresses", () => {
    expect(parsed.sections.map((s) => s.name)).toEqual(["", ".multiboot", ".text", ".rodata", ".data", ".bss", ".symtab", ".strtab", ".shstrtab"]);
    const byName = Object.fromEntries(parsed.sections.map((s) => [s.name, s]));
    expect([byName[".text"].addr, byName[".text"].size, byName[".text"].offset]).toEqual([addrs.text, 0x1c, 0x1020]);
    expect([byName[".bss"].type, byName[".bss"].addr, byName[".bss"].size]).toEqual([8, addrs.bss, 0x2000]);
    expect(parsed.symtab.info).toBe(1);
  });

  it("round-trips the symbols", () => {
    const shndx = { text: 2, rodata: 3, data: 4, bss: 5 };
    expect(parsed.symbols[0]).toEqual({ name: "", value: 0, size: 0, bind: 0, type: 0, shndx: 0 });
    expect(parsed.symbols.slice(1)).toEqual(sample.symbols.map((s) => ({
      name: s.name, value: s.addr, size: s.size, bind: 1, type: s.kind === "func" ? 2 : 1, shndx: shndx[s.section],
    })));
  });

  it("leaves out the PT_LOADs of empty sections", () => {
    expect(readElf(writeElf32(textOnly)).programHeaders.map((ph) => ph.vaddr)).toEqual([LOAD_BASE]);
    const [, bss] = readElf(writeElf32(bssOnly)).programHeaders;
    expect([bss.vaddr, bss.filesz, bss.memsz]).toEqual([bssOnly.addrs.bss, 0, 0x100]);
  });

  it.skipIf(!hasReadelf)("satisfies readelf", () => {
    for (const [name, img] of [["sample.elf", sample], ["text-only.elf", textOnly], ["bss-only.elf", bssOnly]] as const) {
      const result = spawnSync("readelf", ["-h", "-l", "-S", "-s", writeScratch(name, writeElf32(img))], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/warning|error/i);
      expect(result.stdout).toMatch(/FUNC\s+GLOBAL\s+DEFAULT\s+2 _start/);
    }
  });
});

describe("symbol map", () => {
  it("lists sections, then symbols by address with nm letters", () => {
    const lines = writeSymbolMap(sample).split("\n");
    expect(lines[0]).toMatch(/^section\s+start\s+end\s+size$/);
    expect(lines).toContain("text    0x00100020  0x0010003c  0x0000001c");
    expect(lines).toContain("bss     0x00104000  0x00106000  0x00002000");
    const symbolLines = lines.slice(lines.findIndex((l) => l.startsWith("address")) + 1).filter((l) => l);
    expect(symbolLines).toEqual([
      "0x00100020  0x00000010  T  _start",
      "0x00100030  0x0000000c  T  kmain",
      "0x00101000  0x00000005  R  greeting",
      "0x00103000  0x00000004  D  counter",
      "0x00104000  0x00002000  B  stack",
    ]);
  });
});

/** A kernel that prints "ok\n" on COM1 and leaves through QEMU's isa-debug-exit.
 *  'o' comes from rodata, 'k' from data and '\n' is 10 plus a bss byte, so the
 *  output also proves that each segment was loaded at its address and bss zeroed. */
function okKernel(): Image {
  const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
  const TEXT_SIZE = 32;
  const addrs = planLayout({ text: TEXT_SIZE, rodata: 1, data: 1, bss: 4 });
  const text = Uint8Array.of(
    0x66, 0xba, 0xf8, 0x03, //       mov dx, 0x3f8
    0xa0, ...le32(addrs.rodata), //  mov al, [rodata]
    0xee, //                         out dx, al
    0xa0, ...le32(addrs.data), //    mov al, [data]
    0xee, //                         out dx, al
    0xa0, ...le32(addrs.bss), //     mov al, [bss]
    0x04, 0x0a, //                   add al, 10
    0xee, //                         out dx, al
    0xb0, 0x00, //                   mov al, 0
    0xe6, 0xf4, //                   out 0xf4, al   (isa-debug-exit)
    0xfa, 0xf4, 0xeb, 0xfd, //       cli; hlt; jmp hlt
  );
  expect(text.length).toBe(TEXT_SIZE);
  return {
    origin: KERNEL_ORIGIN, addrs, text, rodata: Uint8Array.of(0x6f), data: Uint8Array.of(0x6b), bssSize: 4, entry: addrs.text,
    symbols: [{ name: "_start", addr: addrs.text, size: TEXT_SIZE, kind: "func", section: "text" }],
  };
}

describe("boot", () => {
  /** isa-debug-exit makes QEMU exit with (value << 1) | 1: 1 for our 0. */
  const bootInQemu = (kernelPath: string) => spawnSync("qemu-system-i386", [
    "-kernel", kernelPath, "-nographic", "-serial", "stdio", "-display", "none", "-no-reboot",
    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-monitor", "none",
  ], { encoding: "utf8", timeout: 10_000, killSignal: "SIGKILL" });

  for (const [format, write] of [["ELF", writeElf32], ["flat binary", writeFlatBinary]] as const) {
    it.skipIf(!hasQemu)(`boots the ${format} in QEMU`, () => {
      const result = bootInQemu(writeScratch(`ok-${format.replace(" ", "-")}`, write(okKernel())));
      expect(result.stdout).toContain("ok\n");
      expect(result.status, result.stderr).toBe(1);
    }, 15_000);

    it(`boots the ${format} in v86`, async () => {
      const result = await bootKernel(write(okKernel()), { timeoutMs: 10_000 });
      expect(result).toMatchObject({ serial: "ok\n", reason: "exit", exitCode: 0 });
    }, 15_000);
  }
});
