// SimpleOS. tskc's boot stub sets up a stack, clears .bss and calls main with the
// multiboot loader's registers. Each subsystem initialises in one line, in order;
// then either a test scenario named on the command line runs (test=<name>, see
// scenarios.ts) or the interactive shell starts.
import { multibootInit, printMemoryMap, usableMemoryKiB } from "./boot/multiboot";
import { vgaInit } from "./drivers/vga";
import { serialInit } from "./drivers/serial";
import { gdtInit } from "./arch/x86/gdt";
import { idtInit } from "./arch/x86/idt";
import { picInit } from "./arch/x86/pic";
import { pitInit } from "./arch/x86/pit";
import { keyboardInit } from "./drivers/keyboard";
import { serialInputInit } from "./drivers/serial-input";
import { framesInit } from "./mm/frames";
import { pagingInit } from "./mm/paging";
import { printk } from "./lib/printk";
import { kernelHeapInit } from "./mm/kernel-heap";
import { schedulerInit } from "./sched/scheduler";
import { runScenario } from "./scenarios";
import { shellRun } from "./shell";

export function main(magic: u32, info: usize): void {
  const multiboot = multibootInit(magic, info); // the loader's memory map and command line
  vgaInit(); // screen console
  serialInit(); // COM1 console
  gdtInit(); // our own segments and the TSS
  idtInit(); // every vector to the dispatcher
  framesInit(); // the physical frame bitmap, from the memory map
  pagingInit(); // identity map, page 0 absent, text read-only; paging on
  kernelHeapInit(); // kmalloc, on frames mapped as it grows
  picInit(); // IRQs at 0x20-0x2f, all masked
  pitInit(); // 100 Hz timer
  keyboardInit(); // IRQ 1
  serialInputInit(); // IRQ 4
  schedulerInit(); // main becomes thread 0; preemption every 2 ticks
  sti();
  banner(multiboot);
  if (!runScenario()) shellRun();
}

function banner(multiboot: bool): void {
  printk("SimpleOS, written in TypeScript, compiled by tskc\n");
  if (!multiboot) {
    printk("not started by a multiboot loader: no memory map\n");
    return;
  }
  printk("memory map:\n");
  printMemoryMap();
  printk("usable memory: %u KiB\n", usableMemoryKiB());
}
