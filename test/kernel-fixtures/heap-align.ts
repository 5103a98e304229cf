// Aligned allocation, the C cases of kfree and krealloc, and growth: a 64 KiB
// heap grows page by page into the rest of a 256 KiB static reserve. Prints each
// result; ends with everything freed.
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";
import { heapCannotShrink, heapFreeBytes, heapInit, heapStats, kfree, kmalloc, krealloc } from "../../kernel/mm/heap";
import { exit } from "tskc/exit";

const INITIAL: u32 = 64 * 1024;
const reserve = new StaticArray<u8>(256 * 1024 + 8);
let reserveUsed: u32 = 0; // bytes handed to the heap
let grows: u32 = 0;

function base(): usize {
  return (changetype<usize>(reserve) + 7) & ~u32(7); // the heap rounds its start up to 8 bytes
}

/** The next `bytes` of the reserve, right after what the heap already has. */
function growIntoReserve(bytes: u32): usize {
  if (reserveUsed + bytes > 256 * 1024) return 0;
  grows++;
  const more = base() + reserveUsed;
  reserveUsed += bytes;
  return more;
}

export function main(): void {
  vgaInit();
  serialInit();
  reserveUsed = INITIAL;
  heapInit(base(), INITIAL, growIntoReserve, heapCannotShrink);
  const startFree = heapFreeBytes();
  const small = kmalloc(3);
  const page = kmalloc(100, 4096);
  const big = kmalloc(5000, 4096);
  const line = kmalloc(1, 64);
  printk("offsets in page: %u %u, in line: %u\n", page & 0xfff, big & 0xfff, line & 63);
  printk("odd align: %u\n", kmalloc(10, 24));
  kfree(0);
  const fromNull = krealloc(0, 16);
  printk("krealloc(0, 16): %s\n", changetype<usize>(fromNull != 0 ? "a block" : "0"));
  printk("krealloc(p, 0): %u\n", krealloc(fromNull, 0));
  const huge = kmalloc(100 * 1024);
  printk("100 KiB block: %s, grew %u times, heap %u KiB\n", changetype<usize>(huge != 0 ? "yes" : "no"), grows, reserveUsed / 1024);
  printk("too big: %u\n", kmalloc(300 * 1024));
  kfree(huge);
  kfree(small);
  kfree(page);
  kfree(big);
  kfree(line);
  printk("free: %u of %u, start %u\n", heapFreeBytes(), reserveUsed, startFree);
  heapStats();
  exit(0);
}
