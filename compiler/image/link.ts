// Phase 8: linking. In: the allocated machine functions (phase 6) and the data
// items from lowering. Out: an Image (addresses, section bytes, symbols) for the
// writers in this folder, plus where every instruction and datum landed; or TSK4007
// when the image would not fit in the 32-bit address space.
//
// Code refers to data by absolute address, and data follows code, so addresses
// are known only once the code's size is. Symbolic operands always use 32-bit fields
// (x86/encode.ts), so the code's size does not depend on them: encoding runs once, with
// each symbol's field holding its addend, and the text relocations it returns are
// filled in after the layout is planned. Data may hold addresses too (relocs: function
// pointers, jump tables, interrupt stub tables), written the same way.

import { CompileError, diagnosticNoPlace } from "../diagnostics.js";
import type { DataItem } from "../ir/ir.js";
import { BSS_END, BSS_START, DATA_START, IMAGE_START } from "../x86/boot.js";
import { encodeText, type EncodedText } from "../x86/encode.js";
import type { MFunction } from "../x86/machine.js";
import { alignUp } from "./bytes.js";
import { type Image, type ImageSymbol, KERNEL_ORIGIN, type Origin, planLayout, type SectionAddrs, type SectionName } from "./layout.js";

export interface PlacedData {
  item: DataItem;
  addr: number;
}

export interface Linked {
  image: Image;
  text: EncodedText;
  data: PlacedData[];
}

const DATA_SECTIONS = ["rodata", "data", "bss"] as const;

/** The addresses of the section-bound symbols, which are not image symbols. */
export function boundSymbols(addrs: SectionAddrs, bssSize: number): Record<string, number> {
  return { [IMAGE_START]: addrs.header, [DATA_START]: addrs.data, [BSS_START]: addrs.bss, [BSS_END]: addrs.bss + bssSize };
}

export function link(fns: MFunction[], data: DataItem[], entry: string, origin: Origin = KERNEL_ORIGIN): Linked {
  const offsets = new Map<DataItem, number>();
  const sizes = { rodata: 0, data: 0, bss: 0 };
  for (const section of DATA_SECTIONS) {
    let offset = 0;
    for (const item of data.filter((d) => d.section === section)) {
      offset = alignUp(offset, item.align);
      offsets.set(item, offset);
      offset += item.bytes.length;
    }
    sizes[section] = alignUp(offset, 4); // the boot stub clears .bss a dword at a time
  }

  const textAddr = origin.base + origin.headerSize;
  const text = encodeText(fns, textAddr);
  const addrs = planLayout({ text: text.bytes.length, ...sizes }, origin);
  if (addrs.end > 2 ** 32) {
    const staticBytes = sizes.rodata + sizes.data + sizes.bss;
    throw new CompileError([diagnosticNoPlace(4007, `the image would end at 0x${addrs.end.toString(16)}, past the 4 GiB address space: its static data and storage take ${staticBytes} bytes`)]);
  }

  const symbolAddr = new Map<string, number>();
  for (const [item, offset] of offsets) symbolAddr.set(item.symbol, addrs[item.section] + offset);
  for (const [name, f] of text.functions) symbolAddr.set(name, f.addr);
  for (const [name, addr] of text.labels) symbolAddr.set(name, addr);
  for (const [name, addr] of Object.entries(boundSymbols(addrs, sizes.bss))) symbolAddr.set(name, addr);
  const address = (symbol: string) => {
    const addr = symbolAddr.get(symbol);
    if (addr === undefined) throw new Error(`internal error: reference to undefined symbol ${symbol}`);
    return addr;
  };
  const textView = new DataView(text.bytes.buffer, text.bytes.byteOffset, text.bytes.byteLength);
  for (const r of text.relocs) textView.setUint32(r.offset, (address(r.symbol) + r.addend) >>> 0, true);

  const sectionBytes = (section: "rodata" | "data") => {
    const bytes = new Uint8Array(sizes[section]);
    const view = new DataView(bytes.buffer);
    for (const [item, offset] of offsets) {
      if (item.section !== section) continue;
      bytes.set(item.bytes, offset);
      for (const r of item.relocs ?? []) view.setUint32(offset + r.offset, (address(r.symbol) + r.addend) >>> 0, true);
    }
    return bytes;
  };
  const symbols: ImageSymbol[] = [
    ...[...text.functions].map(([name, f]): ImageSymbol => ({ name, addr: f.addr, size: f.size, kind: "func", section: "text" })),
    ...[...offsets].map(([item, offset]): ImageSymbol => ({
      name: item.symbol, addr: addrs[item.section] + offset, size: item.bytes.length, kind: "object", section: item.section as SectionName,
    })),
  ];
  const image: Image = {
    origin,
    addrs,
    text: text.bytes,
    rodata: sectionBytes("rodata"),
    data: sectionBytes("data"),
    bssSize: sizes.bss,
    entry: text.functions.get(entry)!.addr,
    symbols,
  };
  return { image, text, data: [...offsets].map(([item, offset]) => ({ item, addr: addrs[item.section] + offset })) };
}
