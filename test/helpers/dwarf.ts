// A small DWARF 4 reader for the tests, written against the spec and not sharing
// code with compiler/debug/, so it checks the writer instead of agreeing with it.
// In: ELF32 bytes. Out: section contents, decoded line table rows, and the DIE tree.
// (No maintained npm package decodes DWARF line tables and DIEs: the ones that name
// DWARF are WebAssembly debugger plumbing or unlicensed single releases.)

export interface ElfSection { name: string; addr: number; bytes: Uint8Array }

/** The sections of an ELF32 little-endian file, by name (ELF spec, "Sections"). */
export function elfSections(file: Uint8Array): Map<string, ElfSection> {
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const shoff = v.getUint32(32, true), shentsize = v.getUint16(46, true), shnum = v.getUint16(48, true), shstrndx = v.getUint16(50, true);
  const header = (i: number) => {
    const at = shoff + i * shentsize;
    return { name: v.getUint32(at, true), addr: v.getUint32(at + 12, true), offset: v.getUint32(at + 16, true), size: v.getUint32(at + 20, true) };
  };
  const names = header(shstrndx);
  const out = new Map<string, ElfSection>();
  for (let i = 0; i < shnum; i++) {
    const h = header(i);
    const name = cstring(file, names.offset + h.name).text;
    out.set(name, { name, addr: h.addr, bytes: file.subarray(h.offset, h.offset + h.size) });
  }
  return out;
}

function cstring(bytes: Uint8Array, at: number): { text: string; next: number } {
  let end = at;
  while (bytes[end] !== 0) end++;
  return { text: new TextDecoder().decode(bytes.subarray(at, end)), next: end + 1 };
}

/** A cursor over little-endian bytes with LEB128 (DWARF 4 §7.6). */
export class Reader {
  private readonly v: DataView;
  constructor(readonly bytes: Uint8Array, public at = 0) {
    this.v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get done(): boolean { return this.at >= this.bytes.length; }
  u8(): number { return this.v.getUint8(this.at++); }
  u16(): number { const x = this.v.getUint16(this.at, true); this.at += 2; return x; }
  u32(): number { const x = this.v.getUint32(this.at, true); this.at += 4; return x; }
  i8(): number { const x = this.v.getInt8(this.at); this.at += 1; return x; }
  uleb(): number {
    let result = 0, shift = 0, byte: number;
    do { byte = this.u8(); result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  }
  sleb(): number {
    let result = 0, shift = 0, byte: number;
    do { byte = this.u8(); result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return shift < 32 && byte & 0x40 ? result | (-1 << shift) : result;
  }
  str(): string { const { text, next } = cstring(this.bytes, this.at); this.at = next; return text; }
  take(n: number): Uint8Array { const b = this.bytes.subarray(this.at, this.at + n); this.at += n; return b; }
}

export interface LineRow { address: number; file: string; line: number; isStmt: boolean; prologueEnd: boolean; endSequence: boolean }

/** Runs the line number program of every unit in .debug_line (DWARF 4 §6.2; versions 2–4). */
export function lineRows(section: Uint8Array): LineRow[] {
  const rows: LineRow[] = [];
  const r = new Reader(section);
  while (!r.done) {
    const length = r.u32();
    const end = r.at + length;
    const version = r.u16();
    const headerLength = r.u32();
    const programStart = r.at + headerLength;
    const minInst = r.u8();
    if (version >= 4) r.u8(); // maximum_operations_per_instruction
    const defaultIsStmt = r.u8() !== 0;
    const lineBase = r.i8(), lineRange = r.u8(), opcodeBase = r.u8();
    const opLengths = [0];
    for (let i = 1; i < opcodeBase; i++) opLengths.push(r.u8());
    const dirs = [""];
    for (let d = r.str(); d !== ""; d = r.str()) dirs.push(d);
    const files = [""];
    for (let f = r.str(); f !== ""; f = r.str()) {
      const dir = r.uleb(); r.uleb(); r.uleb();
      files.push(dir > 0 ? `${dirs[dir]}/${f}` : f);
    }
    r.at = programStart;
    let s = { address: 0, file: 1, line: 1, isStmt: defaultIsStmt, prologueEnd: false };
    const reset = () => (s = { address: 0, file: 1, line: 1, isStmt: defaultIsStmt, prologueEnd: false });
    const emit = (endSequence = false) => {
      rows.push({ address: s.address, file: files[s.file], line: s.line, isStmt: s.isStmt, prologueEnd: s.prologueEnd, endSequence });
      s.prologueEnd = false;
    };
    while (r.at < end) {
      const op = r.u8();
      if (op >= opcodeBase) { // a special opcode (§6.2.5.1)
        const adjusted = op - opcodeBase;
        s.address += Math.floor(adjusted / lineRange) * minInst;
        s.line += lineBase + (adjusted % lineRange);
        emit();
        continue;
      }
      switch (op) {
        case 0: { // extended
          const len = r.uleb();
          const next = r.at + len;
          const sub = r.u8();
          if (sub === 1) { emit(true); reset(); } else if (sub === 2) s.address = r.u32();
          r.at = next;
          break;
        }
        case 1: emit(); break;
        case 2: s.address += r.uleb() * minInst; break;
        case 3: s.line += r.sleb(); break;
        case 4: s.file = r.uleb(); break;
        case 6: s.isStmt = !s.isStmt; break;
        case 8: s.address += Math.floor((255 - opcodeBase) / lineRange) * minInst; break;
        case 9: s.address += r.u16(); break;
        case 10: s.prologueEnd = true; break;
        default: for (let i = 0; i < opLengths[op]; i++) r.uleb();
      }
    }
    r.at = end;
  }
  return rows;
}

/** The row in force at `address`: the last row at or before it in its sequence. */
export function lineAt(rows: LineRow[], address: number): LineRow | undefined {
  let found: LineRow | undefined;
  let seqStart = 0;
  rows.forEach((row, i) => {
    if (row.endSequence) {
      const seq = rows.slice(seqStart, i + 1);
      if (seq[0].address <= address && address < row.address) found = seq.filter((x) => !x.endSequence && x.address <= address).pop();
      seqStart = i + 1;
    }
  });
  return found;
}

export interface DieNode { offset: number; tag: number; attrs: Map<number, number | string | Uint8Array | boolean>; children: DieNode[] }

/** Every compile unit's DIE tree (DWARF 4 §7.5), attribute values decoded by form. */
export function dieTrees(info: Uint8Array, abbrev: Uint8Array): DieNode[] {
  const units: DieNode[] = [];
  const r = new Reader(info);
  while (!r.done) {
    const unitStart = r.at;
    const end = r.at + 4 + r.u32();
    r.u16(); // version
    const abbrevs = readAbbrevs(abbrev, r.u32());
    r.u8(); // address_size
    const stack: DieNode[] = [];
    while (r.at < end) {
      const offset = r.at - unitStart;
      const code = r.uleb();
      if (code === 0) { stack.pop(); continue; }
      const a = abbrevs.get(code)!;
      const node: DieNode = { offset, tag: a.tag, attrs: new Map(), children: [] };
      for (const [at, form] of a.attrs) node.attrs.set(at, readForm(r, form));
      if (stack.length > 0) stack[stack.length - 1].children.push(node); else units.push(node);
      if (a.children) stack.push(node);
    }
    r.at = end;
  }
  return units;
}

function readAbbrevs(section: Uint8Array, offset: number) {
  const r = new Reader(section, offset);
  const out = new Map<number, { tag: number; children: boolean; attrs: [number, number][] }>();
  for (let code = r.uleb(); code !== 0; code = r.uleb()) {
    const tag = r.uleb(), children = r.u8() === 1;
    const attrs: [number, number][] = [];
    for (let at = r.uleb(), form = r.uleb(); at !== 0 || form !== 0; at = r.uleb(), form = r.uleb()) attrs.push([at, form]);
    out.set(code, { tag, children, attrs });
  }
  return out;
}

function readForm(r: Reader, form: number): number | string | Uint8Array | boolean {
  switch (form) {
    case 0x01: case 0x06: case 0x13: case 0x17: return r.u32(); // addr, data4, ref4, sec_offset
    case 0x0b: case 0x11: case 0x0c: return r.u8(); // data1, ref1, flag
    case 0x05: case 0x12: return r.u16(); // data2, ref2
    case 0x0f: case 0x15: return r.uleb(); // udata, ref_udata
    case 0x0d: return r.sleb(); // sdata
    case 0x08: return r.str(); // string
    case 0x18: return r.take(r.uleb()); // exprloc
    case 0x0a: return r.take(r.u8()); // block1
    case 0x19: return true; // flag_present
    default: throw new Error(`dwarf reader: form 0x${form.toString(16)} not supported`);
  }
}

/** Evaluates a location expression of the forms tskc uses (§2.5.1): DW_OP_fbreg n,
 * DW_OP_bregN n; and DW_OP_regN as "in register N". */
export function evalLocation(expr: Uint8Array, regs: number[], frameBase: number): { addr: number } | { reg: number } {
  const r = new Reader(expr);
  const op = r.u8();
  if (op === 0x91) return { addr: frameBase + r.sleb() };
  if (op >= 0x70 && op <= 0x8f) return { addr: regs[op - 0x70] + r.sleb() };
  if (op >= 0x50 && op <= 0x6f) return { reg: op - 0x50 };
  throw new Error(`dwarf reader: DW_OP 0x${op.toString(16)} not supported`);
}

export const DW = {
  TAG_compile_unit: 0x11, TAG_subprogram: 0x2e, TAG_formal_parameter: 0x05, TAG_variable: 0x34, TAG_base_type: 0x24,
  TAG_pointer_type: 0x0f, TAG_structure_type: 0x13, TAG_member: 0x0d,
  AT_name: 0x03, AT_low_pc: 0x11, AT_high_pc: 0x12, AT_location: 0x02, AT_frame_base: 0x40, AT_type: 0x49,
  AT_decl_file: 0x3a, AT_decl_line: 0x3b, AT_byte_size: 0x0b, AT_encoding: 0x3e, AT_data_member_location: 0x38,
} as const;
