// SimpleOS. tskc's boot stub sets up a stack, clears .bss and calls main with the
// multiboot loader's registers. Each subsystem initialises in one line, in order
// (simpleOsInit, which other kernels built on SimpleOS call too: the test kernels in
// test/kernel-fixtures); then the input drivers start and the interactive shell runs.
import { multibootInit, printMemoryMap, usableMemoryKiB } from "./boot/multiboot";
import { vgaInit } from "./drivers/vga";
import { serialInit } from "./drivers/serial";
import { gdtInit } from "./arch/x86/gdt";
import { idtInit } from "./arch/x86/idt";
import { picInit } from "./arch/x86/pic";
import { pitInit } from "./arch/x86/pit";
import { framesInit } from "./mm/frames";
import { pagingInit } from "./mm/paging";
import { printk } from "./lib/printk";
import { kernelHeapInit } from "./mm/kernel-heap";
import { schedulerInit } from "./sched/scheduler";
import { syscallsInit } from "./sched/syscalls";
import { faultsInit } from "./sched/faults";
import { consoleInputInit } from "./drivers/console-input";
import { supervisorInit } from "./drivers/supervisor";
import { driversInit } from "./drivers/drivers";
import { shellRun } from "./shell";

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  driversInit(); // keyboard and serial input, as ring-3 drivers: what the shell reads
  shellRun();
}

/** Brings every subsystem up, in order, with interrupts on at the end, and prints the banner. */
export function simpleOsInit(magic: u32, info: usize): void {
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
  schedulerInit(); // main becomes thread 0; preemption every 2 ticks
  syscallsInit(); // int 0x80 open to ring 3
  faultsInit(); // a ring-3 fault stops its task, not the machine; the watchdog
  consoleInputInit(); // where input drivers put what they read
  supervisorInit(); // the driver tier: restarts drivers that fail
  sti();
  banner(multiboot);
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
