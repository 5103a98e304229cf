// The line number program (.debug_line). In: the encoded text (x86/encode.ts: each
// instruction's final address, with the MInst and its source `loc`). Out: the
// section bytes and the file table. Runs after linking, when addresses are final.
//
// One sequence per function that has source lines (the boot stub and interrupt stubs
// have none: they get no rows, so no address of theirs maps to a source line). A row
// starts where the source line changes; the first instruction after the prologue
// (register allocation puts the prologue in block -1) and after the loads of the
// arguments into registers gets a row of its own with prologue_end: gdb puts
// `break function` there, on the first statement, as it does for C.

import type { EncodedText } from "../x86/encode.js";
import { DwarfWriter } from "./writer.js";

const DW_LNS_copy = 0x01, DW_LNS_advance_pc = 0x02, DW_LNS_advance_line = 0x03, DW_LNS_set_file = 0x04;
const DW_LNS_set_prologue_end = 0x0a;
const DW_LNE_end_sequence = 0x01, DW_LNE_set_address = 0x02;
/** Operand counts of standard opcodes 1..12 (DWARF 4 §6.2.5.2). */
const STANDARD_OPCODE_LENGTHS = [0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1];
const LINE_BASE = -5, LINE_RANGE = 14, OPCODE_BASE = 13;

/** Paths as SourceLoc holds them (relative to the project root, paths.sourcePath), numbered
 * from 1 as DW_AT_decl_file and DW_LNS_set_file count them (DWARF 4 §6.2.4, item 12). */
export class FileTable {
  readonly paths: string[] = [];
  indexOf(path: string): number {
    let i = this.paths.indexOf(path);
    if (i < 0) i = this.paths.push(path) - 1;
    return i + 1;
  }
}

/** A DWARF 4 line number program (§6.2) for the whole text: header, file table, then the
 * rows. `files` collects every file named, for the compile unit's DW_AT_decl_file too. */
export function lineProgram(text: EncodedText, files: FileTable): Uint8Array {
  // Rows first: the file table in the header must name every file the rows use.
  const rows = new DwarfWriter();
  for (const insts of instsByFunction(text)) {
    if (insts.length === 0 || !insts.some((e) => e.inst.loc)) continue;
    let addr = insts[0].addr, file = 1, line = 1, started = false;
    const bodyStart = insts.find((e, i) => e.blockId !== -1 && !(isArgumentLoad(e) && (i === 0 || insts[i - 1].blockId === -1 || isArgumentLoad(insts[i - 1]))));
    rows.u8(0).uleb(5).u8(DW_LNE_set_address).u32(addr);
    for (const e of insts) {
      const loc = e.inst.loc;
      const prologueEnd = e === bodyStart && started;
      if (!loc) continue;
      const f = files.indexOf(loc.file);
      if (started && f === file && loc.line === line && !prologueEnd) continue;
      if (e.addr !== addr) rows.u8(DW_LNS_advance_pc).uleb(e.addr - addr);
      if (f !== file) rows.u8(DW_LNS_set_file).uleb(f);
      if (loc.line !== line) rows.u8(DW_LNS_advance_line).sleb(loc.line - line);
      if (prologueEnd) rows.u8(DW_LNS_set_prologue_end);
      rows.u8(DW_LNS_copy);
      [addr, file, line, started] = [e.addr, f, loc.line, true];
    }
    const last = insts[insts.length - 1];
    rows.u8(DW_LNS_advance_pc).uleb(last.addr + last.bytes.length - addr);
    rows.u8(0).uleb(1).u8(DW_LNE_end_sequence);
  }

  const w = new DwarfWriter();
  return w.unit(() => {
    w.u16(4); // version
    const headerLengthAt = w.length;
    w.u32(0); // header_length, patched below
    w.u8(1).u8(1).u8(1); // minimum_instruction_length, maximum_operations_per_instruction, default_is_stmt
    w.u8(LINE_BASE & 0xff).u8(LINE_RANGE).u8(OPCODE_BASE);
    for (const n of STANDARD_OPCODE_LENGTHS) w.u8(n);
    w.u8(0); // include_directories: none; paths are relative to DW_AT_comp_dir
    for (const path of files.paths) w.cstr(path).uleb(0).uleb(0).uleb(0); // dir 0 = comp_dir; no mtime, no length
    w.u8(0);
    w.patch32(headerLengthAt, w.length - headerLengthAt - 4);
    w.bytes(rows.finish());
  }).finish();
}

/** `mov reg, [ebp + 8 + 4k]` (or `[esp + d]` without a frame pointer): a parameter's
 * first use, which starts most bodies. */
function isArgumentLoad(e: EncodedText["insts"][number]): boolean {
  const [dst, src] = e.inst.ops;
  if (e.inst.op !== "mov" || dst?.k !== "p" || src?.k !== "m" || src.base?.k !== "p" || src.index) return false;
  return (src.base.reg === "ebp" && src.disp >= 8) || (src.base.reg === "esp" && src.disp >= 4);
}

/** Each function's encoded instructions, indexed like the functions (EncodedInst.fnIndex). */
export function instsByFunction(text: EncodedText): EncodedText["insts"][] {
  const out: EncodedText["insts"][] = [];
  for (const e of text.insts) (out[e.fnIndex] ??= []).push(e);
  return Array.from(out, (insts) => insts ?? []);
}
