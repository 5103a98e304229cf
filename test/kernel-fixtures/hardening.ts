// SimpleOS under fault and attack (test/hardening.test.ts): a fully initialised SimpleOS
// that runs the checks named on the command line, one after another, printing what it
// measured, then exits with 0. In: command-line words. Out: one report per check.
// `irq-overflow`: a thread ends on its stack limit inside the timer's interrupt path.
// `pit`: the timer at 18, 100, 300 and 1000 Hz, a 500 ms sleep at each; the test times
// the sleeps on the host, between the "go" line and the report.
// `heap`: the kernel heap exhausted twice, by the frame allocator and by itself, and
// what works once the memory is free again.
// `serial-burst`: the input drivers run, nothing reads their input; the test sends a burst
// to COM1 once "serial-burst: ready" shows.
// `forge`: an app prints lines that look like the kernel's reports, and traps with a
// file name that holds one.
// `ports`: probes granted port 0x80 make port accesses that go past their grant.
// `iret`: an app irets to the kernel's code segment (v86 aborts; see the test).
// `kernel-esp`: a breakpoint in ring 0 with ebx holding esp: the report must show both
// the same (the run ends there, with exit code 0x83).
import { simpleOsInit } from "../../kernel/main";
import { commandLineHas } from "../../kernel/boot/multiboot";
import { printk } from "../../kernel/lib/printk";
import { pitSetRate, sleepMs, ticksFor, timerTicks, uptimeMs } from "../../kernel/arch/x86/pit";
import { allocFrame, freeFrame, freeFrameCount } from "../../kernel/mm/frames";
import { kfree, kmalloc } from "../../kernel/mm/heap";
import { spawnProgram, TaskGrants } from "../../kernel/sched/process";
import { ipcSendFromKernel } from "../../kernel/sched/ipc";
import { Attempt } from "./apps/probe-attempts";
import { MessageKind } from "tskc/user/abi";
import { driversInit } from "../../kernel/drivers/drivers";
import { consoleInputDropped, consoleInputRead } from "../../kernel/drivers/console-input";
import { DriverState, driverFaults, driverState } from "../../kernel/drivers/supervisor";
import { currentTask, findTask, spawn, threadSleep } from "../../kernel/sched/scheduler";

const PAGE: usize = 4096;
const STACK_RESERVE: usize = 2048; // scheduler.ts: the limit is this far above the guard page
const CLOSE_TO_LIMIT: usize = 48; // less than the 68 bytes an interrupt's frame takes

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  if (commandLineHas("irq-overflow")) overflowInInterrupt();
  if (commandLineHas("pit")) timerRates();
  if (commandLineHas("heap")) heapExhaustion();
  if (commandLineHas("serial-burst")) serialBurst();
  if (commandLineHas("forge")) attempt(Attempt.Forge);
  if (commandLineHas("ports")) portFaults();
  if (commandLineHas("kernel-esp")) kernelException();
  if (commandLineHas("iret")) attempt(Attempt.IretToKernel);
  outb(0xf4, 0);
}

/** Recurses until esp is within CLOSE_TO_LIMIT of the stack limit, then spins without
 * calls: the next timer interrupt's frame crosses the limit, so the stack check fires
 * inside the interrupt path, before the dispatcher has ended the IRQ at the PIC. */
function descend(limit: usize): void {
  if (asm`mov eax, esp` - limit > CLOSE_TO_LIMIT) {
    descend(limit);
    levels++; // after the call: not a tail call, which passes/recursion.ts would make a loop
  } else while (true) {}
}

let levels: u32 = 0;

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

const probe = includeProgram("./apps/probe.ts");
const appGrants = new TaskGrants();
const BIG: u32 = 64 * 1024;
const FEW_FRAMES = 8; // fewer than the 17 pages a 64 KiB block's growth maps

/** Takes every free frame, chained through their own first words; returns the chain. */
function takeAllFrames(): usize {
  let chain: usize = 0;
  for (let frame = allocFrame(); frame != 0; frame = allocFrame()) {
    store<usize>(frame, chain);
    chain = frame;
  }
  return chain;
}

function freeFrameChain(chain: usize): void {
  while (chain != 0) {
    const next = load<usize>(chain);
    freeFrame(chain);
    chain = next;
  }
}

/** Starts a probe that makes one system call and exits; "yes" if it could be started. */
function startProbe(): usize {
  return changetype<usize>(attempt(Attempt.KernelPointer) ? "yes" : "no");
}

/** Starts a probe ordered to try `what`, and waits until it has ended; false if it could
 * not be started. */
function attempt(what: u32, word1: u32 = 0): bool {
  const id = spawnProgram("probe", probe, appGrants);
  if (id < 0) return false;
  ipcSendFromKernel(u32(id), MessageKind.Request, what, word1 != 0 ? word1 : imageStart());
  while (changetype<usize>(findTask(u32(id))) != 0) threadSleep(10);
  return true;
}

/** First the frame allocator runs low under the heap, so that a growth fails partway;
 * then the heap itself takes every frame in 64 KiB blocks and frees them all. */
function heapExhaustion(): void {
  let chain = takeAllFrames();
  for (let k = 0; k < FEW_FRAMES; k++) {
    const next = load<usize>(chain);
    freeFrame(chain);
    chain = next;
  }
  printk("heap: %u frames left: kmalloc(64 KiB) = %x, ", freeFrameCount(), kmalloc(BIG));
  printk("then %u frames left, a program starts: %s\n", freeFrameCount(), startProbe());
  freeFrameChain(chain);
  const block = kmalloc(BIG);
  printk("heap: frames back: kmalloc(64 KiB) %s, a program starts: %s\n", changetype<usize>(block != 0 ? "works" : "fails"), startProbe());
  kfree(block);
  const before = freeFrameCount();
  let blocks: usize = 0;
  let count: u32 = 0;
  for (let b = kmalloc(BIG); b != 0; b = kmalloc(BIG)) {
    store<usize>(b, blocks);
    blocks = b;
    count++;
  }
  printk("heap: filled memory with %u blocks of 64 KiB; free frames %u\n", count, freeFrameCount());
  while (blocks != 0) {
    const next = load<usize>(blocks);
    kfree(blocks);
    blocks = next;
  }
  printk("heap: freed them: %u frames of %u came back; a program starts: %s\n", freeFrameCount(), before, startProbe());
}

const SERIAL_INPUT_DRIVER = 1; // driversInit registers the keyboard first, then serial-input
const QUIET_MS: u32 = 300;

/** Waits until the burst has been taken (drops begin, then stop for QUIET_MS, or 10 s
 * pass), then counts what was queued and what was dropped, and asks the supervisor how
 * the driver is. */
function serialBurst(): void {
  driversInit();
  printk("serial-burst: ready\n");
  let seen: u32 = 0;
  let quiet: u32 = 0;
  for (let waited: u32 = 0; waited < 10000 && (quiet < QUIET_MS || seen == 0); waited += 20) {
    threadSleep(20);
    quiet = consoleInputDropped() == seen ? quiet + 20 : 0;
    seen = consoleInputDropped();
  }
  let received: u32 = 0;
  while (consoleInputRead() >= 0) received++;
  const state = driverState(SERIAL_INPUT_DRIVER);
  printk("serial-burst: %u bytes queued, %u dropped; serial-input %s, %u faults\n", received, consoleInputDropped(),
    changetype<usize>(state == DriverState.Running ? "running" : "not running"), driverFaults(SERIAL_INPUT_DRIVER));
}

const PROBE_PORTS: StaticArray<u16> = [0x80, 1];
const COM1: u32 = 0x3f8;

/** An outw at the granted port 0x80 spans 0x81; a rep outsb goes to COM1. */
function portFaults(): void {
  appGrants.ioPorts = changetype<usize>(PROBE_PORTS);
  attempt(Attempt.OutWide, 0x80);
  attempt(Attempt.RepOuts, COM1);
  appGrants.ioPorts = 0;
}

function kernelException(): void {
  asm`mov ebx, esp
      int3`;
}
