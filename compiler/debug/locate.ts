// Names the code at a guest address, for fault reports ("in divide (main.ts:12)"). In: the
// symbols of an image, from a compilation (with its instructions' source lines), an ELF's
// .symtab and .debug_line (elf-reader.ts), or a symbol map (.map, image/symbolmap.ts). Out: a locate function for
// BootOptions.locate: the function holding the address and, when known, its source line.
// Runs after linking, when addresses are final.

import type { ImageSymbol } from "../image/layout.js";
import type { EncodedText } from "../x86/encode.js";
import { elfFunctions, elfLineRows, type FunctionRange, isElf, lineAt, type LineRow } from "./elf-reader.js";


/** `in divide (main.ts:12)`, `in divide+0x1c` without a line, or undefined outside every function. */
export type Locate = (address: number) => string | undefined;

/** For a compilation: the function from the image's symbols, the line from the encoded text's
 * source locations (what the listing and .debug_line show for the instruction). */
export function locateInCompilation(symbols: readonly ImageSymbol[], text: EncodedText): Locate {
  const functions = symbols.filter((s) => s.kind === "func");
  return (address) => {
    const fn = containing(functions, address);
    if (!fn) return undefined;
    const inst = text.insts.find((e) => address >= e.addr && address < e.addr + e.bytes.length);
    const loc = inst?.inst.loc;
    return loc ? `in ${fn.name} (${loc.file}:${loc.line})` : `in ${fn.name}+0x${(address - fn.addr).toString(16)}`;
  };
}

/** For a built image: the function symbols and the line table (.symtab, .debug_line) of an ELF32,
 * or the functions of the .map tskc writes beside a .bin; undefined when there are none or the
 * ELF cannot be read. */
export function locateInImage(image: Uint8Array, symbolMap?: string): Locate | undefined {
  let functions: FunctionRange[] = [], rows: LineRow[] = [];
  try {
    if (isElf(image)) [functions, rows] = [elfFunctions(image), elfLineRows(image)];
    else if (symbolMap) functions = mapFunctions(symbolMap);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  if (functions.length === 0) return undefined;
  return (address) => {
    const fn = containing(functions, address);
    if (!fn) return undefined;
    const row = lineAt(rows, address);
    return row ? `in ${fn.name} (${row.file}:${row.line})` : `in ${fn.name}+0x${(address - fn.addr).toString(16)}`;
  };
}

function containing(functions: readonly FunctionRange[], address: number): FunctionRange | undefined {
  return functions.find((f) => address >= f.addr && address < f.addr + Math.max(f.size, 1));
}

/** The `T` (text) lines of a symbol map: `0x00100020  0x0000001c  T  kmain`. */
function mapFunctions(map: string): FunctionRange[] {
  return [...map.matchAll(/^0x([0-9a-f]{8}) {2}0x([0-9a-f]{8}) {2}T {2}(\S+)$/gm)].map((m) => ({ name: m[3], addr: parseInt(m[1], 16), size: parseInt(m[2], 16) }));
}
