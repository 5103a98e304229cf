// SimpleOS under fault and attack (test/hardening.test.ts): a fully initialised SimpleOS
// that runs the checks named on the command line, one after another, printing what it
// measured, then exits with 0. In: command-line words. Out: one report per check.
// `irq-overflow`: a thread ends on its stack limit inside the timer's interrupt path.
// `pit`: the timer at 18, 100, 300 and 1000 Hz, a 500 ms sleep at each; the test times
// the sleeps on the host, between the "go" line and the report.
import { simpleOsInit } from "../../kernel/main";
import { commandLineHas } from "../../kernel/boot/multiboot";
import { printk } from "../../kernel/lib/printk";
import { pitSetRate, sleepMs, ticksFor, timerTicks, uptimeMs } from "../../kernel/arch/x86/pit";
import { currentTask, spawn, threadSleep } from "../../kernel/sched/scheduler";

const PAGE: usize = 4096;
const STACK_RESERVE: usize = 2048; // scheduler.ts: the limit is this far above the guard page
const CLOSE_TO_LIMIT: usize = 48; // less than the 68 bytes an interrupt's frame takes

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  if (commandLineHas("irq-overflow")) overflowInInterrupt();
  if (commandLineHas("pit")) timerRates();
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

/** Waits `count` ticks without halting: v86 wakes a halted CPU no faster than the host's
 * timers allow, so only a running CPU sees ticks at the rate the host clock gives them. */
function spinTicks(count: u32): void {
  const until = timerTicks() + count;
  while (i32(until - timerTicks()) > 0) pause();
}

const RATES: StaticArray<u32> = [18, 100, 300, 1000];

/** Each rate's divisor, and what a 500 ms sleep counted in ticks and in uptime. */
function timerRates(): void {
  for (const hz of RATES) {
    const divisor = pitSetRate(hz);
    sleepMs(20); // the new rate's first period is under way
    printk("pit %u Hz: go\n", hz);
    const ticks = timerTicks();
    const uptime = uptimeMs();
    sleepMs(500);
    printk("pit %u Hz: divisor %u, slept 500 ms: %u ticks, uptime +%u ms\n", hz, divisor, timerTicks() - ticks, uptimeMs() - uptime);
    spinTicks(ticksFor(500));
    printk("pit %u Hz: spun\n", hz);
  }
  pitSetRate(100);
  printk("ticksFor(4294967295 ms) at 100 Hz = %u\n", ticksFor(0xffffffff));
}
