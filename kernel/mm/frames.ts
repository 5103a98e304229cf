// The physical frame allocator: 4 KiB frames, one bit each. In: the multiboot memory
// map (multibootInit first; the consoles too, since misuse panics). Out: allocFrame,
// allocZeroedFrame and freeFrame for the page tables and everything after them. Frames past MAX_MEMORY are
// ignored, so the two bitmaps are static (in .bss, inside the reserved image).
import { forEachMemoryRange, commandLine, MemoryMapEntry } from "../boot/multiboot";
import { panic, printk } from "../lib/printk";

export const FRAME_SIZE: u32 = 4096;
const FRAME_SHIFT = 12;
const MAX_MEMORY: u32 = 128 * 1024 * 1024;
const MAX_FRAMES: u32 = MAX_MEMORY >> FRAME_SHIFT;
const LOW_MEMORY_END: usize = 0x100000; // real-mode memory, BIOS data, VGA, ROMs
const MEMORY_AVAILABLE: u32 = 1;

const managed = new StaticArray<u32>(MAX_FRAMES / 32); // 1: RAM we may hand out
const free = new StaticArray<u32>(MAX_FRAMES / 32); // 1: not allocated now; implies managed
let freeCount: u32 = 0;
let totalCount: u32 = 0;
let searchFrom: u32 = 0; // no free frame below this word
let memoryEnd: usize = 0;

function isSet(bits: StaticArray<u32>, frame: u32): bool {
  return (bits[frame >> 5] & (u32(1) << (frame & 31))) != 0;
}

function setBit(bits: StaticArray<u32>, frame: u32, value: bool): void {
  const mask = u32(1) << (frame & 31);
  if (value) bits[frame >> 5] |= mask;
  else bits[frame >> 5] &= ~mask;
}

/** The frame just past `entry`'s end (rounded down), at most MAX_FRAMES. */
function frameSpan(entry: MemoryMapEntry): u32 {
  const end = entry.baseLow + entry.lengthLow;
  if (entry.lengthHigh != 0 || end < entry.baseLow) return MAX_FRAMES;
  return (end >> FRAME_SHIFT) < MAX_FRAMES ? end >> FRAME_SHIFT : MAX_FRAMES;
}

function markRange(first: u32, end: u32, usable: bool): void {
  for (let frame = first; frame < end; frame++) {
    setBit(managed, frame, usable);
    setBit(free, frame, usable);
  }
}

function addAvailable(entry: MemoryMapEntry): void {
  if (entry.type != MEMORY_AVAILABLE || entry.baseHigh != 0) return;
  const first = (entry.baseLow >> FRAME_SHIFT) + ((entry.baseLow & (FRAME_SIZE - 1)) != 0 ? 1 : 0);
  const end = frameSpan(entry);
  markRange(first, end, true);
  if (end << FRAME_SHIFT > memoryEnd) memoryEnd = end << FRAME_SHIFT;
}

/** Reserves the bytes [start, end), rounded out to whole frames. */
function reserve(start: usize, end: usize): void {
  const last = (end >> FRAME_SHIFT) + ((end & (FRAME_SIZE - 1)) != 0 ? 1 : 0); // no overflow near 4 GiB
  markRange(start >> FRAME_SHIFT, last < MAX_FRAMES ? last : MAX_FRAMES, false);
}

// Overlapping entries: a reserved range wins over an available one.
function removeUnavailable(entry: MemoryMapEntry): void {
  if (entry.type == MEMORY_AVAILABLE || entry.baseHigh != 0) return;
  reserve(entry.baseLow, entry.baseLow + (entry.lengthHigh != 0 ? 0xffffffff - entry.baseLow : entry.lengthLow));
}

// The map itself must survive: the banner and the scenarios read it after init.
function reserveEntry(entry: MemoryMapEntry): void {
  reserve(changetype<usize>(entry), changetype<usize>(entry) + sizeof<MemoryMapEntry>());
}

function reserveCommandLine(): void {
  const start = commandLine();
  if (start == 0) return;
  let end = start;
  while (load<u8>(end) != 0) end++;
  reserve(start, end + 1);
}

/** Builds the bitmaps from the memory map: every available frame below 128 MiB is free
 * except low memory, the kernel image, the memory map and the command line. The multiboot
 * information structure is not visible from here; loaders put it below 1 MiB. */
export function framesInit(): void {
  forEachMemoryRange(addAvailable);
  forEachMemoryRange(removeUnavailable);
  forEachMemoryRange(reserveEntry);
  reserve(0, LOW_MEMORY_END);
  reserve(imageStart(), imageEnd());
  reserveCommandLine();
  for (let frame: u32 = 0; frame < MAX_FRAMES; frame++) if (isSet(managed, frame)) totalCount++;
  freeCount = totalCount;
}

/** The physical address of a free frame, now allocated; 0 when none is left. The lowest
 * free frame is chosen, so allocation is deterministic. */
export function allocFrame(): usize {
  for (let word = searchFrom; word < MAX_FRAMES / 32; word++) {
    const bits = free[word];
    if (bits == 0) continue;
    let bit: u32 = 0;
    while ((bits & (u32(1) << bit)) == 0) bit++;
    free[word] = bits & ~(u32(1) << bit);
    freeCount--;
    searchFrom = word;
    return ((word << 5) | bit) << FRAME_SHIFT;
  }
  searchFrom = MAX_FRAMES / 32;
  return 0;
}

/** Like allocFrame, with the frame's 4 KiB zeroed (through the identity map, so after
 * pagingInit or before paging is on); 0 when none is left. */
export function allocZeroedFrame(): usize {
  const frame = allocFrame();
  if (frame == 0) return 0;
  for (let offset: u32 = 0; offset < FRAME_SIZE; offset += 4) store<u32>(frame + offset, 0);
  return frame;
}

/** Returns an allocated frame. Panics on an unaligned address, a frame that is not
 * ours to hand out (reserved, or not RAM), or one that is already free. */
export function freeFrame(address: usize): void {
  const frame = address >> FRAME_SHIFT;
  if ((address & (FRAME_SIZE - 1)) != 0) fail(address, "freeFrame: address is not frame-aligned");
  else if (frame >= MAX_FRAMES || !isSet(managed, frame)) fail(address, "freeFrame: frame is reserved or not RAM");
  else if (isSet(free, frame)) fail(address, "freeFrame: double free");
  setBit(free, frame, true);
  freeCount++;
  if (frame >> 5 < searchFrom) searchFrom = frame >> 5;
}

function fail(address: usize, message: string): void {
  printk("frames: bad free of %08x\n", address);
  panic(message);
}

/** Frames free now. */
export function freeFrameCount(): u32 {
  return freeCount;
}

/** Frames the allocator manages: free plus allocated, reserved ones excluded. */
export function totalFrameCount(): u32 {
  return totalCount;
}

/** One past the highest available byte tracked (at most 128 MiB): what paging identity-maps. */
export function memoryEndAddress(): usize {
  return memoryEnd;
}
