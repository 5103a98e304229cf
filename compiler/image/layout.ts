// Memory layout of a kernel or ring-3 program image. In: the byte sizes of the encoded sections.
// Out: the address of each section, and the Image record the writers
// (multiboot.ts, flat.ts, elf.ts, symbolmap.ts) consume. Runs after encoding
// has fixed the section sizes; the writers run after this.

import { alignUp } from "./bytes.js";

/** 1 MiB: where multiboot loaders put us (below it sit the BIOS, VGA memory and the ROMs). */
export const LOAD_BASE = 0x100000;
/** 8 dwords: magic, flags, checksum, header_addr, load_addr, load_end_addr, bss_end_addr, entry_addr. */
export const MULTIBOOT_HEADER_SIZE = 32;
/** rodata, data and bss each start on a page boundary so paging can map them with different permissions. */
export const SECTION_ALIGN = 0x1000;

/** Where an image starts and how much header precedes its text. */
export interface Origin { base: number; headerSize: number }
/** A kernel: multiboot header at LOAD_BASE, text right after it. */
export const KERNEL_ORIGIN: Origin = { base: LOAD_BASE, headerSize: MULTIBOOT_HEADER_SIZE };
/** 1 GiB: where ring-3 programs (includeProgram) are linked, in an address space of their own,
 * above everything a kernel maps for itself. Programs have no header. */
export const USER_LOAD_BASE = 0x40000000;
export const PROGRAM_ORIGIN: Origin = { base: USER_LOAD_BASE, headerSize: 0 };

export interface SectionSizes { text: number; rodata: number; data: number; bss: number }
export interface SectionAddrs { header: number; text: number; rodata: number; data: number; bss: number; end: number }
export type SectionName = "text" | "rodata" | "data" | "bss";
export interface ImageSymbol { name: string; addr: number; size: number; kind: "func" | "object"; section: SectionName }
export interface Image {
  origin: Origin;
  addrs: SectionAddrs;
  text: Uint8Array; rodata: Uint8Array; data: Uint8Array; bssSize: number;
  /** Address of the entry point (in text). */
  entry: number;
  symbols: ImageSymbol[];
}

/** Header at the origin's base; text immediately after the header; rodata, data, bss
 *  each page-aligned after the previous; end = bss end rounded up to a page.
 *  Empty sections still get an address (zero size, shared with the next). */
export function planLayout(sizes: SectionSizes, origin: Origin = KERNEL_ORIGIN): SectionAddrs {
  const header = origin.base;
  const text = header + origin.headerSize;
  const rodata = alignUp(text + sizes.text, SECTION_ALIGN);
  const data = alignUp(rodata + sizes.rodata, SECTION_ALIGN);
  const bss = alignUp(data + sizes.data, SECTION_ALIGN);
  const end = alignUp(bss + sizes.bss, SECTION_ALIGN);
  return { header, text, rodata, data, bss, end };
}

/** [start, end) of each section in memory, from the image's addresses and byte counts. */
export function sectionRanges(img: Image): Record<SectionName, { start: number; end: number }> {
  const { addrs } = img;
  return {
    text: { start: addrs.text, end: addrs.text + img.text.length },
    rodata: { start: addrs.rodata, end: addrs.rodata + img.rodata.length },
    data: { start: addrs.data, end: addrs.data + img.data.length },
    bss: { start: addrs.bss, end: addrs.bss + img.bssSize },
  };
}

/** Throws unless the image obeys what every writer assumes: the header at
 *  the origin's base, text right after it, rodata/data/bss page-aligned, in that order
 *  and not overlapping, the entry inside text, every symbol inside its section.
 *  Writers call it first so a layout bug fails here rather than as a bad boot. */
export function checkImage(img: Image): void {
  const { addrs } = img;
  const fail = (why: string): never => { throw new Error(`bad kernel image: ${why}`); };
  const hex = (n: number) => `0x${n.toString(16)}`;
  const { base, headerSize } = img.origin;
  if (addrs.header !== base) fail(`header at ${hex(addrs.header)}, expected ${hex(base)}`);
  if (addrs.text !== base + headerSize) fail(`text at ${hex(addrs.text)}, expected right after the header`);
  const ranges = sectionRanges(img);
  const order: SectionName[] = ["text", "rodata", "data", "bss"];
  for (let i = 1; i < order.length; i++) {
    const name = order[i], previous = order[i - 1];
    if (ranges[name].start % SECTION_ALIGN !== 0) fail(`${name} at ${hex(ranges[name].start)} is not page-aligned`);
    if (ranges[name].start < ranges[previous].end) fail(`${name} at ${hex(ranges[name].start)} overlaps ${previous} (ends ${hex(ranges[previous].end)})`);
  }
  if (addrs.end < ranges.bss.end) fail(`end ${hex(addrs.end)} is before the end of bss ${hex(ranges.bss.end)}`);
  if (img.entry < ranges.text.start || img.entry >= ranges.text.end) fail(`entry ${hex(img.entry)} is outside text`);
  for (const sym of img.symbols) {
    const range = ranges[sym.section];
    if (sym.addr < range.start || sym.addr + sym.size > range.end) fail(`symbol ${sym.name} [${hex(sym.addr)}, +${sym.size}) is outside ${sym.section}`);
  }
}
