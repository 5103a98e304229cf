// Two-level 32-bit paging, 4 KiB pages. In: the frame allocator (framesInit first) and
// the image bounds. Out: the kernel page directory, loaded in CR3 with paging and
// write protection on: RAM identity-mapped from 4 KiB up to the end of available
// memory (page 0 absent, so null dereferences fault), the header, .text and .rodata
// read-only. mapIn/unmapIn/translateIn/pageEntryIn walk any directory (0 names the
// kernel's); map/unmap/translate are the same on the kernel's. Page tables come from
// allocFrame and are reached through the identity map.
//
// The address space is split in three: the kernel owns everything below USER_START and
// from USER_END up, and every directory shares the kernel's page tables there (copied
// by shareKernelTables); [USER_START, USER_END) is each address space's own. Sharing
// copies directory entries, so once a directory shares them the kernel's set of page
// tables is fixed: creating another one outside the user window panics. Whoever needs
// kernel addresses later reserves their tables first (kernelHeapInit does).
import { allocZeroedFrame, FRAME_SIZE, memoryEndAddress } from "./frames";
import { panic } from "../lib/printk";

export const PAGE_PRESENT: u32 = 1;
export const PAGE_WRITABLE: u32 = 2;
export const PAGE_USER: u32 = 4;
export const USER_START: usize = 0x40000000;
export const USER_END: usize = 0xc0000000;
/** The span of one page table: 1024 pages. */
export const TABLE_SPAN: usize = 0x400000;
const ENTRY_FLAGS: u32 = 0xfff;
const ADDRESS_MASK: u32 = 0xfffff000;
const PERMISSIONS: u32 = PAGE_WRITABLE | PAGE_USER;
const CR0_WP: u32 = 1 << 16; // ring 0 obeys read-only pages too
const CR0_PG: u32 = 1 << 31;

let kernelTables: usize = 0; // the kernel's page directory
let kernelTablesShared = false;

/** True iff `virtualAddress` lies in [USER_START, USER_END). */
export function inUserWindow(virtualAddress: usize): bool {
  return virtualAddress >= USER_START && virtualAddress < USER_END;
}

/** The kernel's page directory: the one pagingInit loads, and the source of every
 * directory's kernel entries. */
export function kernelDirectory(): usize {
  return kernelTables;
}

/** The address of the directory entry for `virtualAddress`; directory 0 is the kernel's. */
function directorySlot(directory: usize, virtualAddress: usize): usize {
  return (directory != 0 ? directory : kernelTables) + (virtualAddress >> 22) * 4;
}

/** The page table covering `virtualAddress` in `directory`, or 0 if it has none. */
export function tableIn(directory: usize, virtualAddress: usize): usize {
  const pde = load<u32>(directorySlot(directory, virtualAddress));
  return (pde & PAGE_PRESENT) != 0 ? pde & ADDRESS_MASK : 0;
}

/** The page table covering `virtualAddress`, created (zeroed) if absent; 0 when that needs
 * a frame and none is left. A new table is writable, and user-accessible in the user window
 * only: the page's own entry decides. Panics on creating a kernel table in a directory
 * other than the kernel's, or after directories share them. */
function tableFor(directory: usize, virtualAddress: usize): usize {
  const existing = tableIn(directory, virtualAddress);
  if (existing != 0) return existing;
  const user = inUserWindow(virtualAddress);
  const isKernelDirectory = directory == 0 || directory == kernelTables;
  if (!user && (!isKernelDirectory || kernelTablesShared)) panic("paging: a kernel page table must exist before address spaces share them");
  const table = allocZeroedFrame();
  if (table == 0) return 0;
  store<u32>(directorySlot(directory, virtualAddress), table | PAGE_PRESENT | PAGE_WRITABLE | (user ? PAGE_USER : 0));
  return table;
}

function entryAddress(table: usize, virtualAddress: usize): usize {
  return table + ((virtualAddress >> 12) & 0x3ff) * 4;
}

/** Maps the page at `virtualAddress` in `directory` to the frame at `physicalAddress` (both
 * page-aligned, else panic) with `flags` (PAGE_WRITABLE, PAGE_USER, bits 9-11 for software;
 * present is implied), replacing any earlier mapping, and drops the page's TLB entry.
 * PAGE_USER outside the user window panics. False, with nothing changed, when a page table
 * was needed and no frame was left. */
export function mapIn(directory: usize, virtualAddress: usize, physicalAddress: usize, flags: u32): bool {
  if (((virtualAddress | physicalAddress) & ENTRY_FLAGS) != 0) panic("map: addresses must be page-aligned");
  if ((flags & PAGE_USER) != 0 && !inUserWindow(virtualAddress)) panic("map: PAGE_USER outside the user window");
  const table = tableFor(directory, virtualAddress);
  if (table == 0) return false;
  store<u32>(entryAddress(table, virtualAddress), physicalAddress | (flags & ENTRY_FLAGS) | PAGE_PRESENT);
  invlpg(virtualAddress);
  return true;
}

/** Removes the mapping of the page holding `virtualAddress` in `directory`, if any, and
 * drops its TLB entry. Its page table stays. */
export function unmapIn(directory: usize, virtualAddress: usize): void {
  const table = tableIn(directory, virtualAddress);
  if (table == 0) return;
  store<u32>(entryAddress(table, virtualAddress), 0);
  invlpg(virtualAddress);
}

/** The page-table entry for `virtualAddress` in `directory`, with PAGE_WRITABLE and
 * PAGE_USER kept only where the directory entry grants them too (what the CPU enforces);
 * 0 when the page has no table. Test PAGE_PRESENT before using the frame address. */
export function pageEntryIn(directory: usize, virtualAddress: usize): u32 {
  const table = tableIn(directory, virtualAddress);
  if (table == 0) return 0;
  const pde = load<u32>(directorySlot(directory, virtualAddress));
  const pte = load<u32>(entryAddress(table, virtualAddress));
  return pte & (~PERMISSIONS | pde);
}

/** The physical address `virtualAddress` maps to in `directory`, or 0 if its page is not
 * mapped. Works whether or not `directory` is loaded. */
export function translateIn(directory: usize, virtualAddress: usize): usize {
  const pte = pageEntryIn(directory, virtualAddress);
  if ((pte & PAGE_PRESENT) == 0) return 0;
  return (pte & ADDRESS_MASK) | (virtualAddress & ENTRY_FLAGS);
}

/** mapIn on the kernel directory; panics when out of frames for a page table. */
export function map(virtualAddress: usize, physicalAddress: usize, flags: u32): void {
  if (!mapIn(kernelTables, virtualAddress, physicalAddress, flags)) panic("paging: out of frames for a page table");
}

/** unmapIn on the kernel directory. */
export function unmap(virtualAddress: usize): void {
  unmapIn(kernelTables, virtualAddress);
}

/** translateIn on the kernel directory. */
export function translate(virtualAddress: usize): usize {
  return translateIn(kernelTables, virtualAddress);
}

/** Creates the kernel's page tables for [start, end) (kernel addresses, 4 MiB-aligned),
 * so that every directory made later shares them. Panics when out of frames, on a user
 * address, or after shareKernelTables. */
export function reserveKernelTables(start: usize, end: usize): void {
  for (let region = start; region < end; region += TABLE_SPAN) {
    if (inUserWindow(region)) panic("paging: reserving kernel page tables in the user window");
    if (tableFor(kernelTables, region) == 0) panic("paging: out of frames for a page table");
  }
}

/** Copies the kernel directory's entries outside the user window into `directory`, so it
 * reaches the kernel's memory through the kernel's own page tables. From now on no kernel
 * page table may be created. */
export function shareKernelTables(directory: usize): void {
  kernelTablesShared = true;
  for (let slot: u32 = 0; slot < 1024; slot++) {
    const region = usize(slot) << 22;
    if (!inUserWindow(region)) store<u32>(directory + slot * 4, load<u32>(kernelTables + slot * 4));
  }
}

/** Builds the kernel directory, loads CR3 and turns on paging and write protection.
 * Run once, after framesInit, before anything needs addresses past available RAM. */
export function pagingInit(): void {
  kernelTables = allocZeroedFrame();
  if (kernelTables == 0) panic("paging: out of frames for the page directory");
  const readOnlyStart = imageStart();
  const readOnlyStop = readOnlyEnd();
  const end = memoryEndAddress();
  for (let page: usize = FRAME_SIZE; page < end; page += FRAME_SIZE) {
    const readOnly = page >= readOnlyStart && page < readOnlyStop;
    map(page, page, readOnly ? 0 : PAGE_WRITABLE);
  }
  writeCr3(kernelTables);
  writeCr0(readCr0() | CR0_PG | CR0_WP);
}
