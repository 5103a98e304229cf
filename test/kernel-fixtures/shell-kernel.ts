// The shell on a fully initialised SimpleOS, for the input tests: the same init
// sequence as kernel/main.ts, a one-line banner, then the shell. Input the test
// harness sends after the banner's first byte is typed into it; `exit <code>`
// ends the run. With `ring` on the command line it checks kernel/lib/ring.ts
// directly instead (order, drops, the counters' wrap, a bad capacity's panic).
import { commandLineHas, multibootInit } from "../../kernel/boot/multiboot";
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";
import { gdtInit } from "../../kernel/arch/x86/gdt";
import { idtInit } from "../../kernel/arch/x86/idt";
import { picInit } from "../../kernel/arch/x86/pic";
import { pitInit } from "../../kernel/arch/x86/pit";
import { keyboardInit } from "../../kernel/drivers/keyboard";
import { serialInputInit } from "../../kernel/drivers/serial-input";
import { shellRun } from "../../kernel/shell";
import { RingBuffer } from "../../kernel/lib/ring";

export function main(magic: u32, info: usize): void {
  multibootInit(magic, info);
  vgaInit();
  serialInit();
  gdtInit();
  idtInit();
  picInit();
  pitInit();
  keyboardInit();
  serialInputInit();
  sti();
  printk("shell test kernel\n");
  if (commandLineHas("ring")) checkRing();
  shellRun();
}

const fourSlots = new StaticArray<u8>(4);
const threeSlots = new StaticArray<u8>(3);
const ring = new RingBuffer();

/** Prints what the ring does at each step; ends with the panic of a 3-slot init. */
function checkRing(): void {
  ring.init(fourSlots);
  printk("new: empty %u count %u pop %d\n", ring.isEmpty() ? 1 : 0, ring.count(), u32(ring.pop()));
  for (let c: u8 = 1; c <= 6; c++) ring.push(c);
  printk("6 pushed: count %u dropped %u\n", ring.count(), ring.dropped);
  printk("popped: %d %d\n", u32(ring.pop()), u32(ring.pop()));
  ring.push(7);
  ring.push(8);
  printPopsUntilEmpty();
  ring.head = 0xfffffffe; // as after 2^32 - 2 bytes: the next pushes wrap the counters
  ring.tail = 0xfffffffe;
  for (let c: u8 = 9; c <= 12; c++) ring.push(c);
  printk("across the wrap: count %u head %u\n", ring.count(), ring.head);
  printPopsUntilEmpty();
  ring.init(threeSlots);
}

function printPopsUntilEmpty(): void {
  printk("popped:");
  for (let c = ring.pop(); c >= 0; c = ring.pop()) printk(" %d", u32(c));
  printk(", empty %u\n", ring.isEmpty() ? 1 : 0);
}
