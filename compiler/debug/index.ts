// Debug information for the ELF: every DWARF section tskc writes. In: the linked
// image (image/link.ts), the machine functions in the order they were encoded,
// and the IR functions (their source names, IrFunction.debug). Out: named
// sections for image/elf.ts. Runs after linking; the flat binary and the listing
// never see any of it.

import type { Linked } from "../image/link.js";
import type { IrFunction } from "../ir/ir.js";
import type { MFunction } from "../x86/machine.js";
import { debugFrame } from "./frame.js";
import { debugInfo } from "./info.js";
import { FileTable, lineProgram } from "./lines.js";
import { LocationLists } from "./locations.js";

export interface DebugSection { name: string; bytes: Uint8Array }

export interface DebugInput {
  linked: Linked;
  /** The functions as encoded: EncodedInst.fnIndex indexes this list. */
  machine: MFunction[];
  ir: IrFunction[];
  entryFile: string;
  producer: string;
  /** The directory the file paths are relative to: the project root (paths.projectRoot). */
  compDir: string;
  /** The interrupt entry stubs' function names (IrModule.interruptHandlers' entries). */
  interruptEntries?: string[];
}

/** .debug_line, .debug_info, .debug_abbrev, .debug_loc, .debug_aranges and .debug_frame (DWARF 4). */
export function debugSections(input: DebugInput): DebugSection[] {
  const text = input.linked.text;
  const files = new FileTable();
  files.indexOf(input.entryFile); // file 1 is the entry: gdb's default source file
  const sources = new Map(input.ir.flatMap((f) => (f.debug ? [[f.name, f.debug] as const] : [])));
  for (const d of sources.values()) files.indexOf(d.loc.file); // decl files, before the table is written
  const line = lineProgram(text, files);
  const lists = new LocationLists(text, input.machine);
  const { info, abbrev, aranges } = debugInfo({
    text, fns: input.machine, sources, files, compDir: input.compDir, entryFile: input.entryFile, producer: input.producer,
    locate: (fn, v) => lists.locate(fn, v),
  });
  return [
    { name: ".debug_info", bytes: info },
    { name: ".debug_abbrev", bytes: abbrev },
    { name: ".debug_line", bytes: line },
    { name: ".debug_loc", bytes: lists.finish() },
    { name: ".debug_frame", bytes: debugFrame(text, input.machine, new Set(input.interruptEntries)) },
    { name: ".debug_aranges", bytes: aranges },
  ];
}
