// The kernel heap: kmalloc, kfree and krealloc over one contiguous region.
// In: the region from heapInit, a grow function that appends memory at its end when a
// request does not fit, and a shrink function that takes back a free end. Out: 8-byte (or more) aligned blocks, 0 when
// out of memory. Call vgaInit() and serialInit() first: corruption panics.
//
// Every block, used or free, starts with a BlockHeader and ends with a trailing
// canary word; sizes count both. Free blocks form one list in address order, so
// kfree coalesces a block with both neighbours in a single walk. The heap keeps
// nothing outside the region except the module-level variables below.

import { panic, printk } from "../lib/printk";
import { interruptsOff, restoreInterrupts } from "../lib/interrupt-state";

@unmanaged
class BlockHeader {
  canary: u32; // HEADER_CANARY ^ the header's address
  size: u32; // the whole block: header, payload, trailing canary
  state: u32; // USED or FREE
  next: usize; // a free block's successor in the free list, 0 at the end
}

const HEADER_BYTES: u32 = 16; // sizeof<BlockHeader>(), keeping payloads 16-aligned
const TRAILER_BYTES: u32 = 4;
const GRANULE: u32 = 8; // block sizes and addresses are multiples of this
const MIN_BLOCK: u32 = 32; // a header, a trailer and at least 12 bytes of payload
const HEADER_CANARY: u32 = 0x48454150;
const TRAILER_CANARY: u32 = 0x5441494c;
const USED: u32 = 0x75736564;
const FREE: u32 = 0x66726565;
const PAGE: u32 = 4096;
/** Free bytes kept at the heap's end when it shrinks: a thread's stack comes and goes
 * without mapping and unmapping its pages each time. */
const KEEP_FREE_AT_END: u32 = 64 * 1024;

/** Returns the start of `bytes` more memory at the heap's current end, or 0 if there is none. */
export type HeapGrow = (bytes: u32) => usize;
/** Takes back the heap's memory from the page-aligned `end` on; returns the heap's new end,
 * `end` or above (it may keep some). */
export type HeapShrink = (end: usize) => usize;

let heapStart: usize = 0;
let heapEnd: usize = 0;
let freeHead: usize = 0; // the lowest free block, 0 when none is free
let freeBytes: u32 = 0; // whole blocks, headers included
let usedBlocks: u32 = 0;
let freeBlocks: u32 = 0;
let growHeap: HeapGrow = heapCannotGrow;
let shrinkHeap: HeapShrink = heapCannotShrink;

/** A grow function for a heap that stays the size heapInit gave it. */
export function heapCannotGrow(bytes: u32): usize {
  return 0;
}

/** A shrink function for a heap that never gives memory back. */
export function heapCannotShrink(end: usize): usize {
  return heapEnd;
}

/**
 * Makes [start, start + size) the heap, as one free block. `start` is rounded up
 * and the end down to 8 bytes. `grow` is asked for memory at the heap's end when
 * a request does not fit; it must return that end address (or 0 to refuse). `shrink`
 * is offered the end of a free block of more than KEEP_FREE_AT_END bytes at the heap's end.
 */
export function heapInit(start: usize, size: u32, grow: HeapGrow, shrink: HeapShrink): void {
  heapStart = alignUp(start, GRANULE);
  heapEnd = (start + size) & ~(GRANULE - 1);
  growHeap = grow;
  shrinkHeap = shrink;
  freeHead = 0;
  freeBytes = 0;
  usedBlocks = 0;
  freeBlocks = 0;
  if (heapEnd >= heapStart + MIN_BLOCK) insertFree(heapStart, heapEnd - heapStart);
}

/**
 * A block of at least `size` bytes whose address is a multiple of `align` (a
 * power of two; below 8 counts as 8), or 0 if the heap cannot supply one even
 * after growing. kmalloc(0) returns a minimal block.
 */
export function kmalloc(size: u32, align: u32 = 8): usize {
  const wereOn = interruptsOff();
  const address = allocate(size, align);
  restoreInterrupts(wereOn);
  return address;
}

/** Returns a block from kmalloc or krealloc to the heap; kfree(0) does nothing. Panics on a corrupt block or a double free. */
export function kfree(address: usize): void {
  const wereOn = interruptsOff();
  release(address);
  restoreInterrupts(wereOn);
}

/**
 * The block at `address` resized to `size` bytes: the same address if it is big
 * enough, else a new 8-aligned block holding the old contents up to the smaller
 * size, the old one freed. krealloc(0, n) is kmalloc(n); krealloc(p, 0) frees p
 * and returns 0. On failure returns 0 and leaves the old block as it was.
 */
export function krealloc(address: usize, size: u32): usize {
  const wereOn = interruptsOff();
  const moved = reallocate(address, size);
  restoreInterrupts(wereOn);
  return moved;
}

// The scheduler frees dead threads' stacks from the timer interrupt, and a preempted
// thread may be inside the heap: every entry point runs with interrupts off.

function allocate(size: u32, align: u32): usize {
  if (align < GRANULE) align = GRANULE;
  if (size > 0x7fffffff || (align & (align - 1)) != 0) return 0;
  const blockSize = blockSizeFor(size);
  const found = allocateFrom(blockSize, align);
  if (found != 0) return found;
  // The worst case needs an aligning gap in front as well as the block.
  const wanted = alignUp(blockSize + align + MIN_BLOCK, PAGE);
  const more = growHeap(wanted);
  if (more == 0 || more != heapEnd) return 0;
  heapEnd += wanted;
  insertFree(more, wanted);
  return allocateFrom(blockSize, align);
}

function release(address: usize): void {
  if (address == 0) return;
  const block = checkedBlock(address, "kfree");
  usedBlocks--;
  insertFree(block, changetype<BlockHeader>(block).size);
  shrinkFreeEnd();
}

/** Offers the shrink function all but KEEP_FREE_AT_END bytes of a free block at the heap's
 * end (whole pages), and cuts the block to the end it returns. */
function shrinkFreeEnd(): void {
  let last = freeHead;
  while (last != 0 && changetype<BlockHeader>(last).next != 0) last = changetype<BlockHeader>(last).next;
  if (last == 0 || last + changetype<BlockHeader>(last).size != heapEnd) return;
  const wanted = alignUp(last + KEEP_FREE_AT_END, PAGE);
  if (wanted >= heapEnd) return;
  const end = shrinkHeap(wanted);
  if (end < wanted || end >= heapEnd) return;
  freeBytes -= heapEnd - end;
  heapEnd = end;
  changetype<BlockHeader>(last).size = end - last;
  writeTrailer(last);
}

function reallocate(address: usize, size: u32): usize {
  if (address == 0) return allocate(size, GRANULE);
  const block = checkedBlock(address, "krealloc");
  if (size == 0) {
    release(address);
    return 0;
  }
  const oldPayload = changetype<BlockHeader>(block).size - HEADER_BYTES - TRAILER_BYTES;
  if (size <= oldPayload) return address;
  const moved = allocate(size, GRANULE);
  if (moved == 0) return 0;
  // Payloads are multiples of 4 bytes, so whole words stay inside both blocks.
  for (let at: u32 = 0; at < oldPayload; at += 4) store<u32>(moved + at, load<u32>(address + at));
  release(address);
  return moved;
}

/** The bytes in free blocks, headers and trailers included. */
export function heapFreeBytes(): u32 {
  return freeBytes;
}

/** Prints the heap's size, free and used bytes, and block counts. */
export function heapStats(): void {
  const total = heapEnd - heapStart;
  printk("heap: %u bytes, %u free, %u used; ", total, freeBytes, total - freeBytes);
  printk("%u used blocks, %u free blocks\n", usedBlocks, freeBlocks);
}

function alignUp(value: u32, align: u32): u32 {
  return (value + align - 1) & ~(align - 1);
}

function blockSizeFor(size: u32): u32 {
  const needed = alignUp(size + HEADER_BYTES + TRAILER_BYTES, GRANULE);
  return needed < MIN_BLOCK ? MIN_BLOCK : needed;
}

/** First fit: carves an aligned block out of the first free block that holds it. */
function allocateFrom(blockSize: u32, align: u32): usize {
  let previous: usize = 0;
  for (let block = freeHead; block != 0; block = changetype<BlockHeader>(block).next) {
    const header = changetype<BlockHeader>(block);
    let payload = alignUp(block + HEADER_BYTES, align);
    // A gap in front of the aligned block becomes a free block of its own, so it must be big enough for one.
    while (payload - HEADER_BYTES != block && payload - HEADER_BYTES - block < MIN_BLOCK) payload += align;
    const gap = payload - HEADER_BYTES - block;
    if (gap + blockSize <= header.size) return carve(previous, block, gap, blockSize);
    previous = block;
  }
  return 0;
}

/** Takes [block + gap, + blockSize) out of free block `block` (whose list predecessor is `previous`), freeing the rest. */
function carve(previous: usize, block: usize, gap: u32, blockSize: u32): usize {
  const header = changetype<BlockHeader>(block);
  const size = header.size;
  let tail = size - gap - blockSize;
  if (tail < MIN_BLOCK) {
    blockSize += tail; // too small to stand alone: the allocation keeps it
    tail = 0;
  }
  const used = block + gap;
  const after = used + blockSize;
  if (gap == 0) {
    unlink(previous, block);
  } else {
    header.size = gap; // the front stays in the list where it was
    writeTrailer(block);
    freeBytes -= size - gap;
  }
  if (tail != 0) {
    writeHeader(after, tail, FREE);
    writeTrailer(after);
    const front = gap == 0 ? previous : block;
    linkAfter(front, after);
  }
  if (gap == 0) freeBytes -= size - tail;
  else freeBytes += tail;
  writeHeader(used, blockSize, USED);
  writeTrailer(used);
  usedBlocks++;
  return used + HEADER_BYTES;
}

/** Puts [block, block + size) in the free list in address order, merged with free neighbours. */
function insertFree(block: usize, size: u32): void {
  let previous: usize = 0;
  let next = freeHead;
  while (next != 0 && next < block) {
    previous = next;
    next = changetype<BlockHeader>(next).next;
  }
  freeBytes += size;
  writeHeader(block, size, FREE);
  linkAfter(previous, block);
  if (next != 0 && block + size == next) {
    checkFreeNeighbour(next);
    changetype<BlockHeader>(block).size = size + changetype<BlockHeader>(next).size;
    unlink(block, next);
  }
  if (previous != 0 && previous + changetype<BlockHeader>(previous).size == block) {
    checkFreeNeighbour(previous);
    changetype<BlockHeader>(previous).size += changetype<BlockHeader>(block).size;
    unlink(previous, block);
    block = previous;
  }
  writeTrailer(block);
}

/** Links free block `block` after `previous` (0: at the head); keeps the count. */
function linkAfter(previous: usize, block: usize): void {
  if (previous == 0) {
    changetype<BlockHeader>(block).next = freeHead;
    freeHead = block;
  } else {
    changetype<BlockHeader>(block).next = changetype<BlockHeader>(previous).next;
    changetype<BlockHeader>(previous).next = block;
  }
  freeBlocks++;
}

/** Unlinks free block `block`, whose predecessor in the list is `previous` (0: it is the head). */
function unlink(previous: usize, block: usize): void {
  const next = changetype<BlockHeader>(block).next;
  if (previous == 0) freeHead = next;
  else changetype<BlockHeader>(previous).next = next;
  freeBlocks--;
}

function writeHeader(block: usize, size: u32, state: u32): void {
  const header = changetype<BlockHeader>(block);
  header.canary = HEADER_CANARY ^ block;
  header.size = size;
  header.state = state;
  header.next = 0;
}

function writeTrailer(block: usize): void {
  store<u32>(block + changetype<BlockHeader>(block).size - TRAILER_BYTES, TRAILER_CANARY ^ block);
}

/** The block of a payload address passed to kfree or krealloc, after checking it is intact and in use. */
function checkedBlock(address: usize, caller: string): usize {
  const block = address - HEADER_BYTES;
  if (address < heapStart + HEADER_BYTES || address >= heapEnd || (address & (GRANULE - 1)) != 0) {
    corrupt(caller, address, "is not a heap address");
  }
  const header = changetype<BlockHeader>(block);
  if (header.canary != (HEADER_CANARY ^ block)) corrupt(caller, address, "has a smashed header (overrun by the block before it?)");
  if (header.state == FREE) corrupt(caller, address, "is already free (double free)");
  if (header.state != USED || header.size < MIN_BLOCK || header.size > heapEnd - block) {
    corrupt(caller, address, "has a corrupt header");
  }
  if (load<u32>(block + header.size - TRAILER_BYTES) != (TRAILER_CANARY ^ block)) {
    corrupt(caller, address, "was overrun: its trailing canary is smashed");
  }
  return block;
}

/** A free block about to be merged must be intact: an overrun may have reached it. */
function checkFreeNeighbour(block: usize): void {
  const header = changetype<BlockHeader>(block);
  if (header.canary != (HEADER_CANARY ^ block) || header.state != FREE) {
    corrupt("kfree", block + HEADER_BYTES, "(a free neighbour) has a smashed header");
  }
}

function corrupt(caller: string, address: usize, problem: string): void {
  printk("%s: heap block 0x%x %s\n", changetype<usize>(caller), address, changetype<usize>(problem));
  panic("heap corruption");
}
