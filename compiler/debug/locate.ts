// Names the code at a guest address, for fault reports ("in divide (main.ts:12)"). In: the
// symbols of an image, from a compilation (with its instructions' source lines), an ELF's
// .symtab, or a symbol map (.map, image/symbolmap.ts). Out: a locate function for
// BootOptions.locate: the function holding the address and, when known, its source line.
// Runs after linking, when addresses are final.

import type { ImageSymbol } from "../image/layout.js";
import type { EncodedText } from "../x86/encode.js";

/** A function's extent in the image. */
interface FunctionRange { name: string; addr: number; size: number }

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

/** For a built image: the function symbols of an ELF32's .symtab (ELF spec, "Symbol Table"), or of
 * the .map tskc writes beside it; undefined when there are none. */
export function locateInImage(image: Uint8Array, symbolMap?: string): Locate | undefined {
  const functions = isElf(image) ? elfFunctions(image) : symbolMap ? mapFunctions(symbolMap) : [];
  if (functions.length === 0) return undefined;
  return (address) => {
    const fn = containing(functions, address);
    return fn && `in ${fn.name}+0x${(address - fn.addr).toString(16)}`;
  };
}

function containing(functions: readonly FunctionRange[], address: number): FunctionRange | undefined {
  return functions.find((f) => address >= f.addr && address < f.addr + Math.max(f.size, 1));
}

function isElf(image: Uint8Array): boolean {
  return image.length >= 52 && image[0] === 0x7f && image[1] === 0x45 && image[2] === 0x4c && image[3] === 0x46;
}

const SHT_SYMTAB = 2, STT_FUNC = 2, SYMBOL_SIZE = 16;

function elfFunctions(file: Uint8Array): FunctionRange[] {
  const v = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const shoff = v.getUint32(32, true), shentsize = v.getUint16(46, true), shnum = v.getUint16(48, true);
  const section = (i: number) => {
    const at = shoff + i * shentsize;
    return { type: v.getUint32(at + 4, true), offset: v.getUint32(at + 16, true), size: v.getUint32(at + 20, true), link: v.getUint32(at + 24, true) };
  };
  const out: FunctionRange[] = [];
  for (let i = 0; i < shnum && shoff + (i + 1) * shentsize <= file.length; i++) {
    const symtab = section(i);
    if (symtab.type !== SHT_SYMTAB) continue;
    const strtab = section(symtab.link);
    for (let at = symtab.offset; at + SYMBOL_SIZE <= Math.min(symtab.offset + symtab.size, file.length); at += SYMBOL_SIZE) {
      if ((v.getUint8(at + 12) & 0xf) !== STT_FUNC) continue;
      const nameAt = strtab.offset + v.getUint32(at, true);
      let end = nameAt;
      while (end < file.length && file[end] !== 0) end++;
      out.push({ name: new TextDecoder().decode(file.subarray(nameAt, end)), addr: v.getUint32(at + 4, true), size: v.getUint32(at + 8, true) });
    }
  }
  return out;
}

/** The `T` (text) lines of a symbol map: `0x00100020  0x0000001c  T  kmain`. */
function mapFunctions(map: string): FunctionRange[] {
  return [...map.matchAll(/^0x([0-9a-f]{8}) {2}0x([0-9a-f]{8}) {2}T {2}(\S+)$/gm)].map((m) => ({ name: m[3], addr: parseInt(m[1], 16), size: parseInt(m[2], 16) }));
}
