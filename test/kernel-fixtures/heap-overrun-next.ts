// A write past the end of a block that smashes the next block's header, caught
// when the next block is reallocated: krealloc must panic naming that block.
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";
import { heapCannotGrow, heapCannotShrink, heapInit, krealloc, kmalloc } from "../../kernel/mm/heap";
import { exit } from "tskc/exit";

const region = new StaticArray<u8>(16384);

export function main(): void {
  vgaInit();
  serialInit();
  heapInit(changetype<usize>(region), u32(region.length), heapCannotGrow, heapCannotShrink);
  const victim = kmalloc(40);
  const next = kmalloc(40);
  printk("overrun 0x%x, next 0x%x\n", victim, next);
  for (let at: u32 = 0; at < next - victim; at++) store<u8>(victim + at, 0x55); // up to next's payload
  krealloc(next, 200);
  printk("not reached\n");
  exit(0);
}
