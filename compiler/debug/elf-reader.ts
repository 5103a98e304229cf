// Reading a built kernel ELF back, for fault reports of `tskc run image.elf`. In: ELF32
// little-endian bytes (tskc's, or any with .symtab and DWARF 2-4 .debug_line). Out: its function
// symbols and its line table rows. Throws RangeError on a truncated or malformed file; the caller
// then names nothing. Sources: the ELF spec ("Sections", "Symbol Table"); DWARF 4 §6.2 (the line
// number program, which debug/lines.ts writes).

export interface FunctionRange { name: string; addr: number; size: number }
/** A row of the line table: from `addr` up to the next row's address, code of `file`:`line`;
 * `endSequence` rows only end the previous one. */
export interface LineRow { addr: number; file: string; line: number; endSequence: boolean }

interface Section { name: string; type: number; offset: number; size: number; link: number }

const SHT_SYMTAB = 2, STT_FUNC = 2, SYMBOL_SIZE = 16;
const DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4, DW_LNS_const_add_pc = 8, DW_LNS_fixed_advance_pc = 9;
const DW_LNE_end_sequence = 1, DW_LNE_set_address = 2;

export function isElf(image: Uint8Array): boolean {
  return image.length >= 52 && image[0] === 0x7f && image[1] === 0x45 && image[2] === 0x4c && image[3] === 0x46;
}

/** The STT_FUNC symbols of .symtab. */
export function elfFunctions(file: Uint8Array): FunctionRange[] {
  const sections = elfSections(file);
  const v = view(file);
  const out: FunctionRange[] = [];
  for (const symtab of sections.filter((s) => s.type === SHT_SYMTAB)) {
    const strtab = sections[symtab.link];
    for (let at = symtab.offset; at + SYMBOL_SIZE <= symtab.offset + symtab.size; at += SYMBOL_SIZE) {
      if ((v.getUint8(at + 12) & 0xf) !== STT_FUNC) continue;
      out.push({ name: cstring(file, strtab.offset + v.getUint32(at, true)).text, addr: v.getUint32(at + 4, true), size: v.getUint32(at + 8, true) });
    }
  }
  return out;
}

/** Every row of .debug_line, unit after unit (none without the section). */
export function elfLineRows(file: Uint8Array): LineRow[] {
  const section = elfSections(file).find((s) => s.name === ".debug_line");
  if (!section) return [];
  const r = new Cursor(file, section.offset);
  const rows: LineRow[] = [];
  while (r.at < section.offset + section.size) {
    const unitEnd = r.u32() + r.at;
    const version = r.u16();
    const programStart = r.u32() + r.at;
    const minLength = r.u8();
    if (version >= 4) r.u8(); // maximum_operations_per_instruction: 1 on x86
    r.u8(); // default_is_stmt
    const lineBase = (r.u8() << 24) >> 24, lineRange = r.u8(), opcodeBase = r.u8();
    const operands = Array.from({ length: opcodeBase - 1 }, () => r.u8());
    const dirs = [""];
    for (let dir = r.cstring(); dir !== ""; dir = r.cstring()) dirs.push(dir);
    const files = [""];
    for (let name = r.cstring(); name !== ""; name = r.cstring()) {
      const dir = dirs[r.uleb()] ?? "";
      r.uleb(), r.uleb(); // mtime, length
      files.push(dir && !name.startsWith("/") ? `${dir}/${name}` : name);
    }
    r.at = programStart;
    let addr = 0, file = 1, line = 1;
    const row = (endSequence: boolean) => rows.push({ addr, file: files[file] ?? "?", line, endSequence });
    while (r.at < unitEnd) {
      const op = r.u8();
      if (op >= opcodeBase) { // a special opcode: advance both, then a row (§6.2.5.1)
        const adjusted = op - opcodeBase;
        addr += Math.floor(adjusted / lineRange) * minLength;
        line += lineBase + (adjusted % lineRange);
        row(false);
      } else if (op === 0) { // an extended opcode: its length, then its number
        const end = r.uleb() + r.at;
        const sub = r.u8();
        if (sub === DW_LNE_end_sequence) {
          row(true);
          [addr, file, line] = [0, 1, 1];
        } else if (sub === DW_LNE_set_address) addr = r.u32();
        r.at = end;
      } else if (op === DW_LNS_copy) row(false);
      else if (op === DW_LNS_advance_pc) addr += r.uleb() * minLength;
      else if (op === DW_LNS_advance_line) line += r.sleb();
      else if (op === DW_LNS_set_file) file = r.uleb();
      else if (op === DW_LNS_const_add_pc) addr += Math.floor((255 - opcodeBase) / lineRange) * minLength;
      else if (op === DW_LNS_fixed_advance_pc) addr += r.u16();
      else for (let k = 0; k < operands[op - 1]; k++) r.uleb(); // the rest change no address or line
    }
    r.at = unitEnd;
  }
  return rows;
}

/** The row whose range holds `address`. */
export function lineAt(rows: readonly LineRow[], address: number): LineRow | undefined {
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!rows[i].endSequence && rows[i].addr <= address && address < rows[i + 1].addr) return rows[i];
  }
  return undefined;
}

function elfSections(file: Uint8Array): Section[] {
  const v = view(file);
  const shoff = v.getUint32(32, true), shentsize = v.getUint16(46, true), shnum = v.getUint16(48, true), shstrndx = v.getUint16(50, true);
  const raw = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * shentsize;
    return { nameAt: v.getUint32(at, true), type: v.getUint32(at + 4, true), offset: v.getUint32(at + 16, true), size: v.getUint32(at + 20, true), link: v.getUint32(at + 24, true) };
  });
  for (const s of raw) if (s.offset + s.size > file.length && s.type !== 8 /* SHT_NOBITS */) throw new RangeError("an ELF section runs past the end of the file");
  const names = raw[shstrndx];
  return raw.map(({ nameAt, ...s }) => ({ ...s, name: names ? cstring(file, names.offset + nameAt).text : "" }));
}

function view(file: Uint8Array): DataView {
  return new DataView(file.buffer, file.byteOffset, file.byteLength);
}

function cstring(bytes: Uint8Array, at: number): { text: string; next: number } {
  let end = at;
  while (end < bytes.length && bytes[end] !== 0) end++;
  if (end >= bytes.length) throw new RangeError("an ELF string runs past the end of the file");
  return { text: new TextDecoder().decode(bytes.subarray(at, end)), next: end + 1 };
}

/** Little-endian reads with LEB128 (DWARF 4 §7.6). */
class Cursor {
  private readonly v: DataView;
  constructor(private readonly bytes: Uint8Array, public at: number) {
    this.v = view(bytes);
  }
  u8(): number { return this.v.getUint8(this.at++); }
  u16(): number { const x = this.v.getUint16(this.at, true); this.at += 2; return x; }
  u32(): number { const x = this.v.getUint32(this.at, true); this.at += 4; return x; }
  cstring(): string {
    const { text, next } = cstring(this.bytes, this.at);
    this.at = next;
    return text;
  }
  uleb(): number {
    let result = 0, shift = 0, byte: number;
    do {
      byte = this.u8();
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  }
  sleb(): number {
    let result = 0, shift = 0, byte: number;
    do {
      byte = this.u8();
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return byte & 0x40 ? result - 2 ** shift : result;
  }
}
