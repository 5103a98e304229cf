// The kernel's heap: heap.ts's allocator over a virtual range of its own, backed by
// frames that are mapped as it grows and returned as it shrinks. In: nothing. Out:
// kmalloc/kfree usable by the whole kernel. Needs frames and paging (framesInit,
// pagingInit) first, and must run before the first address space: it reserves the page
// tables of its whole range (64 frames), which every address space then shares.
//
// Frames are the machine's to share: a growth that runs out of them partway gives back
// what it took, and the heap gives back the frames under a large free end, so that a heap
// that once filled memory recovers once that memory is freed.
import { allocFrame, freeFrame } from "./frames";
import { heapInit } from "./heap";
import { map, PAGE_WRITABLE, reserveKernelTables, translate, unmap } from "./paging";

const HEAP_BASE: usize = 0xd0000000;
const HEAP_LIMIT: usize = 0xe0000000; // 256 MiB of address space; frames run out first
const PAGE: u32 = 4096;
const INITIAL_BYTES: u32 = 64 * 1024;

let mappedEnd: usize = HEAP_BASE;

/** The heap's grow hook: maps whole pages at the end of the heap; 0 when out of frames or
 * space, with nothing of this growth left mapped. */
function mapMore(bytes: u32): usize {
  const start = mappedEnd;
  const pages = (bytes + PAGE - 1) / PAGE;
  if (pages > (HEAP_LIMIT - start) / PAGE) return 0;
  for (let k: u32 = 0; k < pages; k++) {
    const frame = allocFrame();
    if (frame == 0) {
      unmapFrom(start);
      return 0;
    }
    map(mappedEnd, frame, PAGE_WRITABLE);
    mappedEnd += PAGE;
  }
  return start;
}

/** The heap's shrink hook, and mapMore's undo: unmaps every page from the page-aligned
 * `end` on and frees its frame; the first INITIAL_BYTES stay. Returns the new end. */
function unmapFrom(end: usize): usize {
  const floor = HEAP_BASE + INITIAL_BYTES;
  while (mappedEnd > end && mappedEnd > floor) {
    mappedEnd -= PAGE;
    const frame = translate(mappedEnd);
    unmap(mappedEnd);
    freeFrame(frame);
  }
  return mappedEnd;
}

/** Creates the page tables for the whole range, maps the first 64 KiB and hands the
 * range to the allocator. */
export function kernelHeapInit(): void {
  reserveKernelTables(HEAP_BASE, HEAP_LIMIT);
  heapInit(mapMore(INITIAL_BYTES), INITIAL_BYTES, mapMore, unmapFrom);
}
