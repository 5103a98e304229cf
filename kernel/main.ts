// SimpleOS entry point. The multiboot loader jumps to tskc's boot stub, which sets
// up a stack, clears .bss and calls main(magic, info) with the loader's registers.
// For now the kernel reports the memory the loader found and exits; the
// subsystems (GDT, IDT, PIC, timer, memory, tasks) arrive one init call per line.
import { print, printHex, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

const MULTIBOOT_BOOTLOADER_MAGIC: u32 = 0x2badb002;
const INFO_FLAGS = 0;
const INFO_MMAP_LENGTH = 44;
const INFO_MMAP_ADDR = 48;
const INFO_HAS_MMAP: u32 = 1 << 6;
const MEMORY_AVAILABLE: u32 = 1;

/** Walks the multiboot memory map: entries of (size, base: u64, length: u64, type),
 * where `size` does not count itself. Prints each range; returns the usable KiB. */
function printMemoryMap(info: usize): u32 {
  let usableKiB: u32 = 0;
  const start = load<u32>(info, INFO_MMAP_ADDR);
  const end = start + load<u32>(info, INFO_MMAP_LENGTH);
  for (let entry = start; entry < end; entry += load<u32>(entry) + 4) {
    const base = load<u32>(entry, 4); // low halves: i386 memory is below 4 GiB
    const length = load<u32>(entry, 12);
    const type = load<u32>(entry, 20);
    print("  ");
    printHex(base);
    print("-");
    printHex(base + length - 1);
    println(type == MEMORY_AVAILABLE ? " usable" : " reserved");
    if (type == MEMORY_AVAILABLE) usableKiB += length / 1024;
  }
  return usableKiB;
}

export function main(magic: u32, info: usize): void {
  println("SimpleOS, compiled by tskc");
  if (magic != MULTIBOOT_BOOTLOADER_MAGIC) {
    print("not started by a multiboot loader: magic ");
    printHex(magic);
    println("");
    exit(1);
  }
  if ((load<u32>(info, INFO_FLAGS) & INFO_HAS_MMAP) != 0) {
    println("memory map:");
    const usable = printMemoryMap(info);
    print("usable memory: ");
    printU32(usable);
    println(" KiB");
  }
  exit(0);
}
