// The multiboot (v1) header. In: a laid-out Image. Out: the 32 header bytes
// (MULTIBOOT_HEADER_SIZE) that go at LOAD_BASE, ahead of text. Needs the
// final addresses (layout.ts).

import { ByteWriter } from "./bytes.js";
import { LOAD_BASE, type Image } from "./layout.js";

export const MULTIBOOT_MAGIC = 0x1badb002;
/** Bit 0: page-align boot modules; bit 1: pass the memory map. */
const FLAGS_ALIGN_MODULES_AND_MEMORY_INFO = 0x00000003;
/** Bit 16: the a.out address fields are valid, so the loader needs no ELF headers. */
const FLAG_ADDRESS_FIELDS = 0x00010000;

/** The header for a flat binary ("flat": a.out kludge, the loader copies the
 *  file from LOAD_BASE to the end of .data and zeroes up to addrs.end) or for
 *  an ELF file ("elf": the loader reads the program headers, address fields 0).
 *  magic + flags + checksum = 0 mod 2^32. */
export function multibootHeader(img: Image, format: "flat" | "elf"): Uint8Array {
  const flags = format === "flat" ? FLAGS_ALIGN_MODULES_AND_MEMORY_INFO | FLAG_ADDRESS_FIELDS : FLAGS_ALIGN_MODULES_AND_MEMORY_INFO;
  const header = new ByteWriter().u32(MULTIBOOT_MAGIC).u32(flags).u32(-(MULTIBOOT_MAGIC + flags) >>> 0);
  if (format === "flat") {
    header
      .u32(LOAD_BASE) // header_addr: the header is the file's first byte
      .u32(LOAD_BASE) // load_addr: the file is loaded from its first byte
      .u32(img.addrs.data + img.data.length) // load_end_addr: end of .data, the file's last byte + 1
      .u32(img.addrs.end) // bss_end_addr: the loader zeroes from load_end to here
      .u32(img.entry);
  } else {
    for (let i = 0; i < 5; i++) header.u32(0); // unused: the loader takes addresses from the program headers
  }
  return header.finish();
}

