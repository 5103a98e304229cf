// Two-level 32-bit paging, 4 KiB pages. In: the frame allocator (framesInit first) and
// the image bounds. Out: the kernel page directory, loaded in CR3 with paging and
// write protection on: RAM identity-mapped from 4 KiB up to the end of available
// memory (page 0 absent, so null dereferences fault), the header, .text and .rodata
// read-only. map/unmap/translate work on that directory; page tables come from
// allocFrame and are reached through the identity map.
import { allocFrame, FRAME_SIZE, memoryEndAddress } from "./frames";
import { panic } from "../lib/printk";

export const PAGE_PRESENT: u32 = 1;
export const PAGE_WRITABLE: u32 = 2;
export const PAGE_USER: u32 = 4;
const ENTRY_FLAGS: u32 = 0xfff;
const ADDRESS_MASK: u32 = 0xfffff000;
const CR0_WP: u32 = 1 << 16; // ring 0 obeys read-only pages too
const CR0_PG: u32 = 1 << 31;

let directory: usize = 0;

function newTable(): usize {
  const table = allocFrame();
  if (table == 0) panic("paging: out of frames for a page table");
  for (let offset: u32 = 0; offset < FRAME_SIZE; offset += 4) store<u32>(table + offset, 0);
  return table;
}

/** The address of the page-table entry for `virtualAddress`; 0 when its table is absent
 * and `create` is false. A created table is writable, and user-accessible if `user`:
 * the page's own entry then decides. */
function entryFor(virtualAddress: usize, create: bool, user: u32): usize {
  const slot = directory + (virtualAddress >> 22) * 4;
  let pde = load<u32>(slot);
  if ((pde & PAGE_PRESENT) == 0) {
    if (!create) return 0;
    pde = newTable() | PAGE_PRESENT | PAGE_WRITABLE;
  }
  store<u32>(slot, pde | user);
  return (pde & ADDRESS_MASK) + ((virtualAddress >> 12) & 0x3ff) * 4;
}

/** Maps the page at `virtualAddress` to the frame at `physicalAddress` (both page-aligned,
 * else panic) with `flags` (PAGE_WRITABLE, PAGE_USER; present is implied), replacing any
 * earlier mapping, and drops the page's stale TLB entry. */
export function map(virtualAddress: usize, physicalAddress: usize, flags: u32): void {
  if (((virtualAddress | physicalAddress) & ENTRY_FLAGS) != 0) panic("map: addresses must be page-aligned");
  const entry = entryFor(virtualAddress, true, flags & PAGE_USER);
  store<u32>(entry, physicalAddress | (flags & ENTRY_FLAGS) | PAGE_PRESENT);
  invlpg(virtualAddress);
}

/** Removes the mapping of the page holding `virtualAddress`, if any. Its page table stays. */
export function unmap(virtualAddress: usize): void {
  const entry = entryFor(virtualAddress, false, 0);
  if (entry == 0) return;
  store<u32>(entry, 0);
  invlpg(virtualAddress);
}

/** The physical address `virtualAddress` maps to, or 0 if its page is not mapped. */
export function translate(virtualAddress: usize): usize {
  const entry = entryFor(virtualAddress, false, 0);
  if (entry == 0) return 0;
  const pte = load<u32>(entry);
  if ((pte & PAGE_PRESENT) == 0) return 0;
  return (pte & ADDRESS_MASK) | (virtualAddress & ENTRY_FLAGS);
}

/** Builds the kernel directory, loads CR3 and turns on paging and write protection.
 * Run once, after framesInit, before anything needs addresses past available RAM. */
export function pagingInit(): void {
  directory = newTable();
  const readOnlyStart = imageStart();
  const readOnlyStop = readOnlyEnd();
  const end = memoryEndAddress();
  for (let page: usize = FRAME_SIZE; page < end; page += FRAME_SIZE) {
    const readOnly = page >= readOnlyStart && page < readOnlyStop;
    map(page, page, readOnly ? 0 : PAGE_WRITABLE);
  }
  writeCr3(directory);
  writeCr0(readCr0() | CR0_PG | CR0_WP);
}
