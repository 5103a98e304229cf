// The text symbol map, for people reading crash addresses. In: a laid-out
// Image. Out: a section table, then every symbol by address, nm style. Needs
// the final addresses (layout.ts).

import { MULTIBOOT_HEADER_SIZE, sectionRanges, type Image, type SectionName } from "./layout.js";

/** nm's letters: T text, R read-only data, D data, B bss. */
const SECTION_LETTER: Record<SectionName, string> = { text: "T", rodata: "R", data: "D", bss: "B" };

/** A section table (name, start, end, size), a blank line, then one line per
 *  symbol sorted by address: `0x00100020  0x0000001c  T  kmain`. Each table
 *  starts with a header line. */
export function writeSymbolMap(img: Image): string {
  const ranges = sectionRanges(img);
  const sections = [
    { name: "header", start: img.addrs.header, end: img.addrs.header + MULTIBOOT_HEADER_SIZE },
    ...(Object.keys(SECTION_LETTER) as SectionName[]).map((name) => ({ name, ...ranges[name] })),
  ];
  const lines = [`${"section".padEnd(8)}${"start".padEnd(12)}${"end".padEnd(12)}size`];
  for (const { name, start, end } of sections) lines.push(`${name.padEnd(8)}${hex32(start)}  ${hex32(end)}  ${hex32(end - start)}`);
  lines.push("", `${"address".padEnd(12)}${"size".padEnd(12)}   name`);
  const byAddress = [...img.symbols].sort((a, b) => a.addr - b.addr || a.name.localeCompare(b.name));
  for (const sym of byAddress) lines.push(`${hex32(sym.addr)}  ${hex32(sym.size)}  ${SECTION_LETTER[sym.section]}  ${sym.name}`);
  return lines.join("\n") + "\n";
}

function hex32(value: number): string {
  return `0x${value.toString(16).padStart(8, "0")}`;
}
