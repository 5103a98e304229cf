// A block freed twice: the second kfree must panic naming the block.
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";
import { heapCannotGrow, heapCannotShrink, heapInit, kfree, kmalloc } from "../../kernel/mm/heap";
import { exit } from "tskc/exit";

const region = new StaticArray<u8>(16384);

export function main(): void {
  vgaInit();
  serialInit();
  heapInit(changetype<usize>(region), u32(region.length), heapCannotGrow, heapCannotShrink);
  const first = kmalloc(100);
  const second = kmalloc(100);
  printk("first 0x%x, second 0x%x\n", first, second);
  kfree(first);
  kfree(second);
  kfree(first);
  printk("not reached\n");
  exit(0);
}
