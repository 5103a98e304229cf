// The multiboot information the loader leaves in EBX. In: the magic and info address
// main() receives. Out: typed views of it: the memory map (the RAM we may use) and
// the command line (which selects test scenarios). Run first in main.
import { printk } from "../lib/printk";

export const MULTIBOOT_BOOTLOADER_MAGIC: u32 = 0x2badb002;
const INFO_HAS_CMDLINE: u32 = 1 << 2;
const INFO_HAS_MMAP: u32 = 1 << 6;
const MEMORY_AVAILABLE: u32 = 1;

/** The fixed part of the multiboot 0.6.96 information structure. */
@unmanaged
export class MultibootInfo {
  flags: u32;
  memLower: u32;
  memUpper: u32;
  bootDevice: u32;
  cmdline: u32;
  modsCount: u32;
  modsAddr: u32;
  syms0: u32;
  syms1: u32;
  syms2: u32;
  syms3: u32;
  mmapLength: u32;
  mmapAddr: u32;
}

/** One memory-map entry; `size` counts the bytes after itself. i386 uses the low halves. */
@packed
export class MemoryMapEntry {
  size: u32;
  baseLow: u32;
  baseHigh: u32;
  lengthLow: u32;
  lengthHigh: u32;
  type: u32;
}

let info: MultibootInfo = changetype<MultibootInfo>(0);

/** Keeps the loader's information; false if no multiboot loader started us. */
export function multibootInit(magic: u32, address: usize): bool {
  if (magic != MULTIBOOT_BOOTLOADER_MAGIC) return false;
  info = changetype<MultibootInfo>(address);
  return true;
}

function hasMemoryMap(): bool {
  return changetype<usize>(info) != 0 && (info.flags & INFO_HAS_MMAP) != 0;
}

/** Calls `visit` for each memory-map entry (there is no closure: the callback gets the entry). */
export function forEachMemoryRange(visit: (entry: MemoryMapEntry) => void): void {
  if (!hasMemoryMap()) return;
  const end = info.mmapAddr + info.mmapLength;
  for (let at = info.mmapAddr; at < end; at += load<u32>(at) + 4) visit(changetype<MemoryMapEntry>(at));
}

let usableKiB: u32 = 0;

function addUsable(entry: MemoryMapEntry): void {
  if (entry.type == MEMORY_AVAILABLE && entry.baseHigh == 0) usableKiB += entry.lengthLow / 1024;
}

/** Usable RAM below 4 GiB, in KiB. */
export function usableMemoryKiB(): u32 {
  usableKiB = 0;
  forEachMemoryRange(addUsable);
  return usableKiB;
}

function printRange(entry: MemoryMapEntry): void {
  const last = entry.baseLow + entry.lengthLow - 1;
  printk("  %08x-%08x %s\n", entry.baseLow, last, changetype<usize>(entry.type == MEMORY_AVAILABLE ? "usable" : "reserved"));
}

/** Prints the memory map, one range a line. */
export function printMemoryMap(): void {
  forEachMemoryRange(printRange);
}

/** The address of the NUL-terminated command line, or 0 when the loader gave none. */
export function commandLine(): usize {
  if (changetype<usize>(info) == 0 || (info.flags & INFO_HAS_CMDLINE) == 0) return 0;
  return info.cmdline;
}

/** True if the command line contains `word` as a whole space-separated word. */
export function commandLineHas(word: string): bool {
  let at = commandLine();
  if (at == 0) return false;
  while (load<u8>(at) != 0) {
    while (load<u8>(at) == 32) at++;
    let k = 0;
    while (k < word.length && load<u8>(at + u32(k)) == u8(word.charCodeAt(k))) k++;
    const end = load<u8>(at + u32(k));
    if (k == word.length && (end == 0 || end == 32)) return true;
    while (load<u8>(at) != 0 && load<u8>(at) != 32) at++;
  }
  return false;
}
