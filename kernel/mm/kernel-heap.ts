// The kernel's heap: heap.ts's allocator over a virtual range of its own, backed by
// frames that are mapped as it grows. In: nothing. Out: kmalloc/kfree usable by the
// whole kernel. Needs frames and paging (framesInit, pagingInit) first, and must run
// before the first address space: it reserves the page tables of its whole range (64
// frames), which every address space then shares.
import { allocFrame } from "./frames";
import { heapInit } from "./heap";
import { map, PAGE_WRITABLE, reserveKernelTables } from "./paging";

const HEAP_BASE: usize = 0xd0000000;
const HEAP_LIMIT: usize = 0xe0000000; // 256 MiB of address space; frames run out first
const PAGE: u32 = 4096;
const INITIAL_BYTES: u32 = 64 * 1024;

let mappedEnd: usize = HEAP_BASE;

/** The heap's grow hook: maps whole pages at the end of the heap; 0 when out of frames or space. */
function mapMore(bytes: u32): usize {
  const start = mappedEnd;
  const pages = (bytes + PAGE - 1) / PAGE;
  if (pages > (HEAP_LIMIT - start) / PAGE) return 0;
  for (let k: u32 = 0; k < pages; k++) {
    const frame = allocFrame();
    if (frame == 0) return 0;
    map(mappedEnd, frame, PAGE_WRITABLE);
    mappedEnd += PAGE;
  }
  return start;
}

/** Creates the page tables for the whole range, maps the first 64 KiB and hands the
 * range to the allocator. */
export function kernelHeapInit(): void {
  reserveKernelTables(HEAP_BASE, HEAP_LIMIT);
  heapInit(mapMore(INITIAL_BYTES), INITIAL_BYTES, mapMore);
}
