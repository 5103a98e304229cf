// The debugging information entries (.debug_info, .debug_abbrev, .debug_aranges).
// In: the encoded text (x86/encode.ts), the machine functions in encoding order, and
// each function's source names (IrFunction.debug, from lowering). Out: the three
// sections' bytes. Runs after linking; the line program (lines.ts) must be built
// first, since DW_AT_decl_file indexes its file table.
//
// One compile unit covers the whole text, with every source file in its line table:
// gdb makes a symtab per file from that, so `break main.ts:12` works for any file.
// DW_AT_language says C99: DWARF has no code for TypeScript, and gdb's C expression
// syntax (`p i`, `p x + 1`) reads tskc's integers as they are.

import type { FunctionDebug } from "../ir/ir.js";
import type { TskType } from "../frontend/types.js";
import type { EncodedText } from "../x86/encode.js";
import type { MFunction } from "../x86/machine.js";
import { type FileTable, instsByFunction } from "./lines.js";
import { DwarfWriter } from "./writer.js";

// DWARF 4 §7.5.4, figures 18–20.
const TAG = { compile_unit: 0x11, base_type: 0x24, subprogram: 0x2e, formal_parameter: 0x05, variable: 0x34, pointer_type: 0x0f, structure_type: 0x13, member: 0x0d, array_type: 0x01, subrange_type: 0x21 } as const;
const AT = {
  name: 0x03, byte_size: 0x0b, stmt_list: 0x10, low_pc: 0x11, high_pc: 0x12, language: 0x13, comp_dir: 0x1b, producer: 0x25,
  decl_file: 0x3a, decl_line: 0x3b, encoding: 0x3e, external: 0x3f, frame_base: 0x40, location: 0x02, type: 0x49,
  data_member_location: 0x38, artificial: 0x34, prototyped: 0x27,
} as const;
const FORM = { addr: 0x01, data1: 0x0b, data2: 0x05, data4: 0x06, string: 0x08, udata: 0x0f, ref4: 0x13, sec_offset: 0x17, exprloc: 0x18, flag_present: 0x19 } as const;
const DW_ATE_boolean = 0x02, DW_ATE_signed = 0x05, DW_ATE_unsigned = 0x08;
const DW_LANG_C99 = 0x000c;
export const DW_OP_fbreg = 0x91, DW_OP_reg0 = 0x50, DW_OP_call_frame_cfa = 0x9c;

type Form = (typeof FORM)[keyof typeof FORM];
/** An attribute value: a number, a string, bytes (exprloc), or a DIE to refer to. */
type Value = number | string | Uint8Array | Die;
interface Die { tag: number; attrs: [number, Form, Value][]; children: Die[]; offset?: number }

const die = (tag: number, attrs: Die["attrs"], children: Die[] = []): Die => ({ tag, attrs, children });

/** Where a variable lives, as a DWARF expression (§2.5) or a location list offset. */
export type VariableLocation = { expr: Uint8Array } | { list: number };

export interface InfoInput {
  text: EncodedText;
  fns: MFunction[];
  sources: Map<string, FunctionDebug>;
  files: FileTable;
  compDir: string;
  entryFile: string;
  producer: string;
  /** Where each variable is, when not its parameter slot: from the register allocator (locations.ts). */
  locate?: (fn: string, variable: FunctionDebug["variables"][number]) => VariableLocation | undefined;
}

export interface InfoSections { info: Uint8Array; abbrev: Uint8Array; aranges: Uint8Array }

/** .debug_info (§7.5.1.1, a DWARF 4 compile unit header), its .debug_abbrev (§7.5.3), and
 * .debug_aranges (§6.1.2) with the text's one range. */
export function debugInfo(input: InfoInput): InfoSections {
  const { text, fns } = input;
  const start = text.insts[0]?.addr ?? 0;
  const end = start + text.bytes.length;
  const types = new TypeDies();
  const byFunction = instsByFunction(text);
  const subprograms = fns.map((fn, i) => subprogram(fn, byFunction[i] ?? [], input, types));
  const cu = die(TAG.compile_unit, [
    [AT.producer, FORM.string, input.producer],
    [AT.language, FORM.data2, DW_LANG_C99],
    [AT.name, FORM.string, input.entryFile],
    [AT.comp_dir, FORM.string, input.compDir],
    [AT.low_pc, FORM.addr, start],
    [AT.high_pc, FORM.data4, end - start], // DWARF 4 §2.17.2: a constant high_pc is the length
    [AT.stmt_list, FORM.sec_offset, 0],
  ], [...types.all(), ...subprograms]);

  const abbrevs = new Map<string, number>();
  const abbrev = new DwarfWriter();
  const codeOf = (d: Die) => {
    const key = `${d.tag}/${d.children.length > 0}/${d.attrs.map(([a, f]) => `${a}:${f}`).join(",")}`;
    let code = abbrevs.get(key);
    if (code === undefined) {
      code = abbrevs.size + 1;
      abbrevs.set(key, code);
      abbrev.uleb(code).uleb(d.tag).u8(d.children.length > 0 ? 1 : 0);
      for (const [a, f] of d.attrs) abbrev.uleb(a).uleb(f);
      abbrev.u8(0).u8(0);
    }
    return code;
  };
  // Two passes: the first places every DIE (ref4 needs the offsets), the second writes.
  const HEADER = 11; // unit_length 4, version 2, debug_abbrev_offset 4, address_size 1
  const write = (w: DwarfWriter | undefined, d: Die, at: number): number => {
    d.offset = at;
    const out = w ?? new DwarfWriter();
    const before = out.length;
    out.uleb(codeOf(d));
    for (const [, form, value] of d.attrs) writeValue(out, form, value);
    let next = at + out.length - before;
    for (const c of d.children) next = write(w, c, next);
    if (d.children.length > 0) { w?.u8(0); next += 1; }
    return next;
  };
  write(undefined, cu, HEADER);
  abbrev.u8(0);
  const info = new DwarfWriter().unit((w) => {
    w.u16(4).u32(0).u8(4);
    write(w, cu, HEADER);
  });
  const aranges = new DwarfWriter().unit((w) => {
    w.u16(2).u32(0).u8(4).u8(0); // version, debug_info_offset, address_size, segment_size
    w.padTo(16); // tuples start at a multiple of their size (2 × 4)
    w.u32(start).u32(end - start).u32(0).u32(0);
  });
  return { info: info.finish(), abbrev: abbrev.finish(), aranges: aranges.finish() };
}

function writeValue(w: DwarfWriter, form: Form, value: Value): void {
  switch (form) {
    case FORM.addr: case FORM.data4: case FORM.sec_offset: w.u32(value as number); return;
    case FORM.data1: w.u8(value as number); return;
    case FORM.data2: w.u16(value as number); return;
    case FORM.udata: w.uleb(value as number); return;
    case FORM.string: w.cstr(value as string); return;
    case FORM.ref4: w.u32((value as Die).offset ?? 0); return; // CU-relative (§7.5.4)
    case FORM.exprloc: w.uleb((value as Uint8Array).length).bytes(value as Uint8Array); return;
    case FORM.flag_present: return;
  }
}

/** A DW_TAG_subprogram (§3.3) with its range, and for compiled functions the declaration,
 * the frame base (the CFA, from .debug_frame: with or without an ebp frame) and the
 * parameters and locals. */
function subprogram(fn: MFunction, insts: EncodedText["insts"], input: InfoInput, types: TypeDies): Die {
  const low = insts[0]?.addr ?? 0;
  const last = insts[insts.length - 1];
  const high = last ? last.addr + last.bytes.length : low;
  const source = input.sources.get(fn.name);
  const attrs: Die["attrs"] = [[AT.name, FORM.string, fn.name]];
  if (source) attrs.push([AT.decl_file, FORM.udata, input.files.indexOf(source.loc.file)], [AT.decl_line, FORM.udata, source.loc.line]);
  attrs.push([AT.low_pc, FORM.addr, low], [AT.high_pc, FORM.data4, high - low], [AT.external, FORM.flag_present, 0]);
  if (fn.naked) return die(TAG.subprogram, [...attrs, [AT.artificial, FORM.flag_present, 0]]);
  attrs.push([AT.frame_base, FORM.exprloc, Uint8Array.of(DW_OP_call_frame_cfa)]);
  const children: Die[] = [];
  for (const v of source?.variables ?? []) {
    // A parameter not found elsewhere is in its argument slot; a local without a
    // location (the passes removed its temp) is still listed: gdb shows <optimized out>.
    const location = input.locate?.(fn.name, v)
      ?? (v.param !== undefined ? { expr: new DwarfWriter().u8(DW_OP_fbreg).sleb(4 * v.param).finish() } : undefined);
    const vAttrs: Die["attrs"] = [[AT.name, FORM.string, v.name]];
    if (source) vAttrs.push([AT.decl_file, FORM.udata, input.files.indexOf(source.loc.file)]);
    const type = types.of(v.type);
    if (type) vAttrs.push([AT.type, FORM.ref4, type]);
    if (location) vAttrs.push("expr" in location ? [AT.location, FORM.exprloc, location.expr] : [AT.location, FORM.sec_offset, location.list]);
    children.push(die(v.param !== undefined ? TAG.formal_parameter : TAG.variable, vAttrs));
  }
  const returns = source && types.of(source.returns);
  if (returns) attrs.push([AT.type, FORM.ref4, returns]);
  return die(TAG.subprogram, [...attrs, [AT.prototyped, FORM.flag_present, 0]], children);
}

/** One DIE per type, made on first use (§5.1 base types, §5.2 pointers, §5.4 arrays, §5.5 structures).
 * Struct, array and string values are addresses, so their variables are pointers. */
class TypeDies {
  private readonly dies = new Map<string, Die>();

  all(): Die[] {
    return [...this.dies.values()];
  }

  of(t: TskType): Die | undefined {
    switch (t.kind) {
      case "int": return this.base(t.name, t.bits / 8, t.signed ? DW_ATE_signed : DW_ATE_unsigned);
      case "bool": return this.base("bool", 1, DW_ATE_boolean);
      case "void": return undefined;
      case "string": return this.pointer("string", this.stringStruct());
      case "array": return this.pointer(`array ${this.key(t.element)}`, this.of(t.element));
      case "func": return this.pointer("function", undefined);
      case "struct": return this.pointer(`struct ${t.name}`, this.struct(t));
    }
  }

  private key(t: TskType): string {
    return t.kind === "int" ? t.name : t.kind === "struct" ? `struct ${t.name}` : t.kind === "array" ? `array ${this.key(t.element)}` : t.kind;
  }

  /** A string is the address of its u32 length, followed by the bytes: a struct with a
   * flexible array (§5.4, a subrange without bounds), so `p *s` shows both. */
  private stringStruct(): Die {
    const u8 = this.base("u8", 1, DW_ATE_unsigned);
    const u32 = this.base("u32", 4, DW_ATE_unsigned);
    const bytes = this.make("u8[]", () => die(TAG.array_type, [[AT.type, FORM.ref4, u8]], [die(TAG.subrange_type, [])]));
    return this.make("struct string", () => die(TAG.structure_type, [[AT.name, FORM.string, "string"], [AT.byte_size, FORM.udata, 4]], [
      die(TAG.member, [[AT.name, FORM.string, "length"], [AT.type, FORM.ref4, u32], [AT.data_member_location, FORM.udata, 0]]),
      die(TAG.member, [[AT.name, FORM.string, "bytes"], [AT.type, FORM.ref4, bytes], [AT.data_member_location, FORM.udata, 4]]),
    ]));
  }

  private base(name: string, size: number, encoding: number): Die {
    return this.make(`base ${name}`, () => die(TAG.base_type, [[AT.name, FORM.string, name], [AT.encoding, FORM.data1, encoding], [AT.byte_size, FORM.data1, size]]));
  }

  private pointer(key: string, to: Die | undefined): Die {
    return this.make(`pointer ${key}`, () => die(TAG.pointer_type, [[AT.byte_size, FORM.data1, 4], ...(to ? [[AT.type, FORM.ref4, to] as Die["attrs"][number]] : [])]));
  }

  private struct(t: Extract<TskType, { kind: "struct" }>): Die {
    const key = `struct ${t.name}`;
    const existing = this.dies.get(key);
    if (existing) return existing;
    const d = this.make(key, () => die(TAG.structure_type, [[AT.name, FORM.string, t.name], [AT.byte_size, FORM.udata, t.size]]));
    // Members after the struct is registered: a field may point back at its own struct.
    for (const [name, field] of t.fields) {
      const type = this.of(field.type);
      d.children.push(die(TAG.member, [[AT.name, FORM.string, name], ...(type ? [[AT.type, FORM.ref4, type] as Die["attrs"][number]] : []), [AT.data_member_location, FORM.udata, field.offset]]));
    }
    return d;
  }

  private make(key: string, create: () => Die): Die {
    let d = this.dies.get(key);
    if (!d) this.dies.set(key, (d = create()));
    return d;
  }
}
