// Heap stress: 100,000 deterministic (xorshift32) kmalloc/kfree/krealloc
// operations of 1 B to 64 KiB over 64 slots, a 12 MiB heap at 0x400000 (free RAM
// in a 32 MiB guest), at most 3 MiB live. Each block carries a pattern derived
// from its address and size, verified before it is freed or reallocated; a
// reallocated block must keep the old pattern up to the smaller size. To keep
// the run short in v86 only the first and last 256 bytes of a block and every
// 512th byte between are written and checked. Prints the figures, then exits 0.
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";
import { heapCannotGrow, heapCannotShrink, heapFreeBytes, heapInit, heapStats, kfree, kmalloc, krealloc } from "../../kernel/mm/heap";
import { exit } from "tskc/exit";

const HEAP_START: usize = 0x400000;
const HEAP_SIZE: u32 = 12 * 1024 * 1024;
const OPERATIONS: u32 = 100000;
const SLOTS = 64;
const LIVE_CAP: u32 = 3 * 1024 * 1024;
const EDGE: u32 = 256;
const STRIDE: u32 = 512;

const addresses = new StaticArray<usize>(SLOTS);
const sizes = new StaticArray<u32>(SLOTS);
let state: u32 = 0x2545f491;
let live: u32 = 0;
let failures: u32 = 0;
let misaligned: u32 = 0;
let outOfMemory: u32 = 0;

function random(): u32 {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

/** 1 B to 64 KiB, spread over the powers of two so that small blocks are common. */
function randomSize(): u32 {
  const size = 1 + (random() % (u32(1) << (random() % 17)));
  return live + size > LIVE_CAP ? 1 + (size & 0xfff) : size;
}

function pattern(address: usize, size: u32, at: u32): u8 {
  return u8((address >> 4) ^ (size * 13) ^ at ^ (at >> 8));
}

/** The next offset after `at` that fill and verify touch in a block of `size` bytes. */
function nextChecked(at: u32, size: u32): u32 {
  const next = at + 1;
  if (next < EDGE || next + EDGE >= size) return next;
  const strided = (next + STRIDE - 1) & ~(STRIDE - 1);
  return strided < size - EDGE ? strided : size - EDGE;
}

function fill(address: usize, size: u32): void {
  for (let at: u32 = 0; at < size; at = nextChecked(at, size)) store<u8>(address + at, pattern(address, size, at));
}

/** Checks the pattern of a block written at `written` with `size` bytes, now at `address`, below `limit`. */
function verify(address: usize, written: usize, size: u32, limit: u32): void {
  for (let at: u32 = 0; at < size && at < limit; at = nextChecked(at, size)) {
    if (load<u8>(address + at) != pattern(written, size, at)) {
      if (failures < 5) printk("slot at 0x%x: offset %u differs\n", address, at);
      failures++;
      return;
    }
  }
}

function allocate(slot: i32): void {
  const size = randomSize();
  const align: u32 = random() % 8 == 0 ? u32(8) << (random() % 10) : 8; // 8 to 4096, now and then
  const address = kmalloc(size, align);
  if (address == 0) {
    outOfMemory++;
    return;
  }
  if ((address & (align - 1)) != 0) misaligned++;
  fill(address, size);
  addresses[slot] = address;
  sizes[slot] = size;
  live += size;
}

function release(slot: i32): void {
  verify(addresses[slot], addresses[slot], sizes[slot], sizes[slot]);
  kfree(addresses[slot]);
  live -= sizes[slot];
  addresses[slot] = 0;
}

function resize(slot: i32): void {
  const old = addresses[slot];
  const oldSize = sizes[slot];
  verify(old, old, oldSize, oldSize);
  live -= oldSize;
  const size = randomSize();
  const address = krealloc(old, size);
  if (address == 0) {
    outOfMemory++;
    live += oldSize;
    return;
  }
  verify(address, old, oldSize, size);
  fill(address, size);
  addresses[slot] = address;
  sizes[slot] = size;
  live += size;
}

export function main(): void {
  vgaInit();
  serialInit();
  heapInit(HEAP_START, HEAP_SIZE, heapCannotGrow, heapCannotShrink);
  const startFree = heapFreeBytes();
  printk("free at start: %u\n", startFree);
  for (let op: u32 = 0; op < OPERATIONS; op++) {
    const slot = i32(random() % SLOTS);
    if (addresses[slot] == 0) allocate(slot);
    else if (random() % 2 == 0) release(slot);
    else resize(slot);
  }
  heapStats();
  for (let slot = 0; slot < SLOTS; slot++) if (addresses[slot] != 0) release(slot);
  printk("operations: %u\n", OPERATIONS);
  printk("verification failures: %u, misaligned: %u, out of memory: %u\n", failures, misaligned, outOfMemory);
  printk("free at end: %u\n", heapFreeBytes());
  heapStats();
  exit(0);
}
