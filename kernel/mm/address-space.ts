// Per-task address spaces. In: frames and paging, and every kernel page table already
// made (pagingInit and kernelHeapInit run first). Out: page directories that share the
// kernel's page tables outside the user window [USER_START, USER_END) and own the user
// window; pages mapped there on fresh zeroed frames; checks of user pointers; copies
// between kernel and user memory. An address space is named by its directory's physical
// address, which is also its kernel address (RAM is identity-mapped); 0 names the kernel's.
import { allocZeroedFrame, FRAME_SIZE, freeFrame } from "./frames";
import {
  inUserWindow,
  kernelDirectory,
  mapIn,
  PAGE_PRESENT,
  PAGE_USER,
  PAGE_WRITABLE,
  pageEntryIn,
  shareKernelTables,
  TABLE_SPAN,
  tableIn,
  translateIn,
  USER_END,
  USER_START,
} from "./paging";
import { panic } from "../lib/printk";

// A page-table bit left to software (SDM vol. 3, 4.3): the frame was allocated for this
// mapping and goes back to the allocator with the address space. Frames mapped by other
// means (shared with the kernel or a device) lack it and are never freed here.
const PAGE_OWNED: u32 = 1 << 9;
const PAGE_OFFSET_MASK: usize = FRAME_SIZE - 1;

/** A new address space: the kernel's memory as in every other, the user window empty. Its
 * directory, or 0 when out of frames. Once one exists, no kernel page table may be added. */
export function addressSpaceCreate(): usize {
  const directory = allocZeroedFrame();
  if (directory != 0) shareKernelTables(directory);
  return directory;
}

/** Maps a fresh zeroed frame at the page-aligned user address `virtualAddress` with
 * PAGE_USER and `flags` (PAGE_WRITABLE or 0), replacing nothing: the page must not be
 * mapped yet, else panic. The frame's physical address, which the kernel may write through
 * (RAM is identity-mapped); 0 when out of frames or when the page is not in the user window. */
export function addressSpaceMapPage(directory: usize, virtualAddress: usize, flags: u32): usize {
  if (!inUserWindow(virtualAddress) || (virtualAddress & PAGE_OFFSET_MASK) != 0) return 0;
  if ((pageEntryIn(directory, virtualAddress) & PAGE_PRESENT) != 0) panic("addressSpaceMapPage: the page is already mapped");
  const frame = allocZeroedFrame();
  if (frame == 0) return 0;
  if (!mapIn(directory, virtualAddress, frame, PAGE_USER | PAGE_OWNED | (flags & PAGE_WRITABLE))) {
    freeFrame(frame);
    return 0;
  }
  return frame;
}

/** Frees the frames mapped by addressSpaceMapPage, every user page table and the directory.
 * The kernel's tables are only shared, so they stay. If `directory` is loaded, the kernel
 * directory is loaded first. Panics on the kernel directory. */
export function addressSpaceDestroy(directory: usize): void {
  if (directory == 0 || directory == kernelDirectory()) panic("addressSpaceDestroy: the kernel directory");
  if (readCr3() == directory) addressSpaceSwitch(0);
  for (let region = USER_START; region < USER_END; region += TABLE_SPAN) {
    const table = tableIn(directory, region);
    if (table == 0) continue;
    for (let page = region; page < region + TABLE_SPAN; page += FRAME_SIZE) {
      const entry = pageEntryIn(directory, page);
      if ((entry & (PAGE_PRESENT | PAGE_OWNED)) == (PAGE_PRESENT | PAGE_OWNED)) freeFrame(translateIn(directory, page));
    }
    freeFrame(table);
  }
  freeFrame(directory);
}

/** Loads `directory` (0: the kernel's) into CR3, unless it is loaded already. */
export function addressSpaceSwitch(directory: usize): void {
  const target = directory != 0 ? directory : kernelDirectory();
  if (readCr3() != target) writeCr3(target);
}

/** True iff ring 3 may read (and write, if `write`) every byte of [address, address +
 * length) in `directory` and it is the task's own memory: the range lies in the user
 * window, and each page in it is present, user, allocated by addressSpaceMapPage (not a
 * device's: the kernel never reads or writes device memory for a task, and its frames are
 * not in the kernel's identity map) and, if `write`, writable at both levels. A zero
 * length is valid at any address in the window (nothing is touched). Ranges that wrap
 * past 4 GiB are refused. */
export function userRangeOk(directory: usize, address: usize, length: u32, write: bool): bool {
  if (!inUserWindow(address) || length > USER_END - address) return false;
  if (length == 0) return true;
  const required = PAGE_PRESENT | PAGE_USER | PAGE_OWNED | (write ? PAGE_WRITABLE : 0);
  const lastPage = (address + length - 1) & ~PAGE_OFFSET_MASK;
  for (let page = address & ~PAGE_OFFSET_MASK; page <= lastPage; page += FRAME_SIZE) {
    if ((pageEntryIn(directory, page) & required) != required) return false;
  }
  return true;
}

/** Copies `length` bytes from the kernel address `source` to the user address
 * `destination` in `directory`, loaded or not. False, copying nothing, unless ring 3 could
 * write the whole destination (userRangeOk). */
export function copyToUser(directory: usize, destination: usize, source: usize, length: u32): bool {
  if (!userRangeOk(directory, destination, length, true)) return false;
  copyThroughFrames(directory, destination, source, length, true);
  return true;
}

/** Copies `length` bytes from the user address `source` in `directory`, loaded or not, to
 * the kernel address `destination`. False, copying nothing, unless ring 3 could read the
 * whole source (userRangeOk). */
export function copyFromUser(directory: usize, destination: usize, source: usize, length: u32): bool {
  if (!userRangeOk(directory, source, length, false)) return false;
  copyThroughFrames(directory, source, destination, length, false);
  return true;
}

/** Copies between the validated user range at `user` and `kernel`, page by page through
 * the frames the user pages map to: toUser decides the direction. */
function copyThroughFrames(directory: usize, user: usize, kernel: usize, length: u32, toUser: bool): void {
  let done: u32 = 0;
  while (done < length) {
    const frameAddress = translateIn(directory, user + done);
    const pageLeft = FRAME_SIZE - ((user + done) & PAGE_OFFSET_MASK);
    const chunk = length - done < pageLeft ? length - done : pageLeft;
    if (toUser) copyBytes(frameAddress, kernel + done, chunk);
    else copyBytes(kernel + done, frameAddress, chunk);
    done += chunk;
  }
}

function copyBytes(destination: usize, source: usize, length: u32): void {
  for (let k: u32 = 0; k < length; k++) store<u8>(destination + k, load<u8>(source + k));
}
