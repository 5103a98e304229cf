// SimpleOS under fault and attack (test/hardening.test.ts): a fully initialised SimpleOS
// that runs the checks named on the command line, one after another, printing what it
// measured, then exits with 0. In: command-line words. Out: one report per check.
// `irq-overflow`: a thread ends on its stack limit inside the timer's interrupt path.
import { simpleOsInit } from "../../kernel/main";
import { commandLineHas } from "../../kernel/boot/multiboot";
import { printk } from "../../kernel/lib/printk";
import { currentTask, spawn, threadSleep } from "../../kernel/sched/scheduler";

const PAGE: usize = 4096;
const STACK_RESERVE: usize = 2048; // scheduler.ts: the limit is this far above the guard page
const CLOSE_TO_LIMIT: usize = 48; // less than the 68 bytes an interrupt's frame takes

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  if (commandLineHas("irq-overflow")) overflowInInterrupt();
  outb(0xf4, 0);
}

/** Recurses until esp is within CLOSE_TO_LIMIT of the stack limit, then spins without
 * calls: the next timer interrupt's frame crosses the limit, so the stack check fires
 * inside the interrupt path, before the dispatcher has ended the IRQ at the PIC. */
function descend(limit: usize): void {
  if (asm`mov eax, esp` - limit > CLOSE_TO_LIMIT) descend(limit);
  else while (true) {}
}

function nearLimit(): void {
  descend(currentTask().stack + PAGE + STACK_RESERVE);
}

/** Main must go on after the thread is stopped, and so must the timer. */
function overflowInInterrupt(): void {
  spawn("near-limit", nearLimit);
  threadSleep(200);
  printk("main still running after the overflow in the interrupt path\n");
}
