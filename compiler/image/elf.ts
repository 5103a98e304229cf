// The ELF32 kernel. In: a laid-out Image. Out: an i386 ET_EXEC file that
// multiboot loaders (QEMU -kernel, GRUB) boot through its program headers and
// that readelf and gdb read, symbols included. Needs the final addresses
// (layout.ts).

import { ByteWriter } from "./bytes.js";
import { checkImage, SECTION_ALIGN, sectionRanges, type Image, type SectionName } from "./layout.js";
import { multibootHeader } from "./multiboot.js";

const ELF_HEADER_SIZE = 52;
const PROGRAM_HEADER_SIZE = 32;
const SECTION_HEADER_SIZE = 40;
const SYMBOL_SIZE = 16;

/** File offset of the image's first byte (LOAD_BASE for a kernel). The file mirrors memory from there on, so every
 *  segment gets p_offset ≡ p_vaddr (mod page) for free; page 0 of the file holds
 *  the ELF and program headers (they are not loaded: below LOAD_BASE is not
 *  ours); and the multiboot header lands at 4 KiB, inside the first 8 KiB where
 *  loaders search for it. */
const FIRST_SEGMENT_OFFSET = 0x1000;

const ELF_MAGIC = Uint8Array.of(0x7f, 0x45, 0x4c, 0x46); // "\x7fELF"
const ELFCLASS32 = 1, ELFDATA2LSB = 1, EV_CURRENT = 1, ET_EXEC = 2, EM_386 = 3;
const PT_LOAD = 1, PF_X = 1, PF_W = 2, PF_R = 4;
const SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8;
const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
const STB_GLOBAL = 1, STT_OBJECT = 1, STT_FUNC = 2;

/** Every section is kept, empty or not, so their indices are fixed. */
const SECTION_NAMES = ["", ".multiboot", ".text", ".rodata", ".data", ".bss", ".symtab", ".strtab", ".shstrtab"];
const sectionIndex = (name: string) => SECTION_NAMES.indexOf(name);
const IMAGE_SECTION_INDEX: Record<SectionName, number> = {
  text: sectionIndex(".text"), rodata: sectionIndex(".rodata"), data: sectionIndex(".data"), bss: sectionIndex(".bss"),
};

/** A non-loaded PROGBITS section after the fixed ones: the DWARF sections (compiler/debug/). */
export interface ExtraSection { name: string; bytes: Uint8Array }

interface Segment { vaddr: number; filesz: number; memsz: number; flags: number }
interface SectionHeader {
  name: string; type: number; flags: number; addr: number; offset: number; size: number;
  link: number; info: number; align: number; entsize: number;
}

/** ELF32 little-endian ET_EXEC for EM_386 with e_entry = img.entry. PT_LOADs:
 *  header+text (R|X); rodata (R) if non-empty; data+bss (R|W, memsz to the end
 *  of bss) if either is non-empty. Sections: null, .multiboot, .text, .rodata,
 *  .data, .bss, .symtab (every image symbol, GLOBAL, FUNC or OBJECT), .strtab,
 *  .shstrtab, then the `extra` sections (not loaded). The multiboot header (ELF variant) is at file offset 0x1000. */
export function writeElf32(img: Image, extra: ExtraSection[] = []): Uint8Array {
  checkImage(img);
  const { addrs } = img;
  const ranges = sectionRanges(img);
  // The image's first byte: LOAD_BASE for a kernel, USER_LOAD_BASE for a ring-3 program.
  const fileOffset = (addr: number) => FIRST_SEGMENT_OFFSET + (addr - img.origin.base);
  // A ring-3 program has no multiboot header (its origin's headerSize is 0): its ELF is for gdb.
  const header = img.origin.headerSize > 0 ? multibootHeader(img, "elf") : new Uint8Array(0);
  const segments = loadSegments(img);
  const sectionNames = new StringTable();
  SECTION_NAMES.forEach((name) => sectionNames.offsetOf(name));
  extra.forEach((s) => sectionNames.offsetOf(s.name));
  const symbolNames = new StringTable();
  const symtab = symbolTable(img, symbolNames);

  const file = new ByteWriter()
    .bytes(ELF_MAGIC).u8(ELFCLASS32).u8(ELFDATA2LSB).u8(EV_CURRENT).padTo(16)
    .u16(ET_EXEC).u16(EM_386).u32(EV_CURRENT).u32(img.entry)
    .u32(ELF_HEADER_SIZE); // e_phoff: program headers follow directly
  const shoffField = file.length;
  file
    .u32(0) // e_shoff: patched once the section headers are placed, last in the file
    .u32(0) // e_flags
    .u16(ELF_HEADER_SIZE).u16(PROGRAM_HEADER_SIZE).u16(segments.length)
    .u16(SECTION_HEADER_SIZE).u16(SECTION_NAMES.length + extra.length).u16(sectionIndex(".shstrtab"));
  for (const seg of segments) { // p_paddr = p_vaddr: loaders place segments by physical address, and boot runs unpaged
    file.u32(PT_LOAD).u32(fileOffset(seg.vaddr)).u32(seg.vaddr).u32(seg.vaddr).u32(seg.filesz).u32(seg.memsz).u32(seg.flags).u32(SECTION_ALIGN);
  }

  file
    .padTo(fileOffset(addrs.header)).bytes(header).bytes(img.text)
    .padTo(fileOffset(addrs.rodata)).bytes(img.rodata)
    .padTo(fileOffset(addrs.data)).bytes(img.data);
  const placeUnloaded = (contents: Uint8Array) => {
    const offset = file.align(4).length;
    file.bytes(contents);
    return offset;
  };
  const symtabOffset = placeUnloaded(symtab);
  const strtab = symbolNames.finish();
  const strtabOffset = placeUnloaded(strtab);
  const extraOffsets = extra.map((s) => placeUnloaded(s.bytes));
  const shstrtab = sectionNames.finish();
  const shstrtabOffset = placeUnloaded(shstrtab);

  const loaded = (name: string, flags: number, range: { start: number; end: number }, align: number): SectionHeader =>
    ({ name, type: SHT_PROGBITS, flags, addr: range.start, offset: fileOffset(range.start), size: range.end - range.start, link: 0, info: 0, align, entsize: 0 });
  const unloaded = (name: string, type: number, offset: number, size: number): SectionHeader =>
    ({ name, type, flags: 0, addr: 0, offset, size, link: 0, info: 0, align: 1, entsize: 0 });
  const headers: SectionHeader[] = [ // in SECTION_NAMES order
    unloaded("", 0, 0, 0),
    loaded(".multiboot", SHF_ALLOC | SHF_EXECINSTR, { start: addrs.header, end: addrs.header + header.length }, 4),
    loaded(".text", SHF_ALLOC | SHF_EXECINSTR, ranges.text, 16),
    loaded(".rodata", SHF_ALLOC, ranges.rodata, SECTION_ALIGN),
    loaded(".data", SHF_ALLOC | SHF_WRITE, ranges.data, SECTION_ALIGN),
    // NOBITS: occupies no file bytes; its offset is where .data's bytes stop, as ld does it.
    { ...loaded(".bss", SHF_ALLOC | SHF_WRITE, ranges.bss, SECTION_ALIGN), type: SHT_NOBITS, offset: fileOffset(ranges.data.end) },
    // info = index of the first global symbol: only the null symbol is local.
    { ...unloaded(".symtab", SHT_SYMTAB, symtabOffset, symtab.length), link: sectionIndex(".strtab"), info: 1, align: 4, entsize: SYMBOL_SIZE },
    unloaded(".strtab", SHT_STRTAB, strtabOffset, strtab.length),
    unloaded(".shstrtab", SHT_STRTAB, shstrtabOffset, shstrtab.length),
    ...extra.map((s, i) => unloaded(s.name, SHT_PROGBITS, extraOffsets[i], s.bytes.length)),
  ];
  file.align(4);
  file.patch32(shoffField, file.length);
  for (const h of headers) {
    file.u32(sectionNames.offsetOf(h.name)).u32(h.type).u32(h.flags).u32(h.addr).u32(h.offset)
      .u32(h.size).u32(h.link).u32(h.info).u32(h.align).u32(h.entsize);
  }
  return file.finish();
}

/** The PT_LOAD segments; see writeElf32. */
function loadSegments(img: Image): Segment[] {
  const ranges = sectionRanges(img);
  const headerAndText = ranges.text.end - img.addrs.header;
  const segments: Segment[] = [{ vaddr: img.addrs.header, filesz: headerAndText, memsz: headerAndText, flags: PF_R | PF_X }];
  if (img.rodata.length > 0) {
    segments.push({ vaddr: ranges.rodata.start, filesz: img.rodata.length, memsz: img.rodata.length, flags: PF_R });
  }
  if (img.data.length > 0 || img.bssSize > 0) {
    segments.push({ vaddr: ranges.data.start, filesz: img.data.length, memsz: ranges.bss.end - ranges.data.start, flags: PF_R | PF_W });
  }
  return segments;
}

/** .symtab contents: the null symbol, then each image symbol as GLOBAL FUNC/OBJECT in its section. */
function symbolTable(img: Image, names: StringTable): Uint8Array {
  const table = new ByteWriter().padTo(SYMBOL_SIZE);
  for (const sym of img.symbols) {
    const type = sym.kind === "func" ? STT_FUNC : STT_OBJECT;
    table.u32(names.offsetOf(sym.name)).u32(sym.addr).u32(sym.size)
      .u8((STB_GLOBAL << 4) | type).u8(0 /* STV_DEFAULT */).u16(IMAGE_SECTION_INDEX[sym.section]);
  }
  return table.finish();
}

/** An ELF string table: a leading NUL (offset 0 is the empty name), then
 *  NUL-terminated names, each stored once. */
class StringTable {
  private readonly writer = new ByteWriter().u8(0);
  private readonly offsets = new Map<string, number>([["", 0]]);

  /** The offset of `name`, appending it on first use. */
  offsetOf(name: string): number {
    let offset = this.offsets.get(name);
    if (offset === undefined) {
      offset = this.writer.length;
      this.writer.bytes(new TextEncoder().encode(name)).u8(0);
      this.offsets.set(name, offset);
    }
    return offset;
  }

  finish(): Uint8Array {
    return this.writer.finish();
  }
}
