// Test scenarios: one kernel serves every boot test. In: `test=<name>` on the multiboot
// command line (tskc's harness passes it; QEMU's -append does too). Out: the scenario
// runs after initialisation instead of the shell; most end the run through the exit
// port. test/kernel.test.ts asserts what each prints.
import { commandLineHas } from "./boot/multiboot";
import { registerInterruptHandler, spuriousCount, unhandledCount, unregisterInterruptHandler } from "./arch/x86/interrupts";
import { IRQ_BASE } from "./arch/x86/pic";
import { sleepMs, timerTicks } from "./arch/x86/pit";
import { printk } from "./lib/printk";
import { heapFreeBytes } from "./mm/heap";
import { currentThread, printThreads, spawn, threadSleep } from "./sched/scheduler";
import { allocFrame, freeFrame, freeFrameCount, totalFrameCount } from "./mm/frames";
import { map, PAGE_WRITABLE, translate, unmap } from "./mm/paging";

const EXIT_OK: u8 = 0;
const SOFTWARE_VECTOR: u32 = 0x50;

/** Runs the scenario named on the command line; false when there is none. */
export function runScenario(): bool {
  if (commandLineHas("test=divzero")) divideByZero(1, 0);
  else if (commandLineHas("test=opcode")) asm`ud2`;
  else if (commandLineHas("test=gpf")) loadBadSegment();
  else if (commandLineHas("test=pagefault")) volatileLoad<u32>(0); // page 0 is unmapped
  else if (commandLineHas("test=breakpoint")) int3();
  else if (commandLineHas("test=doublefault")) int(8); // v86 does not model double faults: raised by software
  else if (commandLineHas("test=timer")) timer();
  else if (commandLineHas("test=handlers")) handlers();
  else if (commandLineHas("test=scroll")) scroll();
  else if (commandLineHas("test=threads")) threads();
  else if (commandLineHas("test=sleep")) sleeper();
  else if (commandLineHas("test=exit")) exitingThread();
  else if (commandLineHas("test=overflow")) overflow();
  else if (commandLineHas("test=nullderef")) printk("read %x at 0\n", volatileLoad<u32>(0));
  else if (commandLineHas("test=rowrite")) writeKernelText();
  else if (commandLineHas("test=frames")) frames();
  else if (commandLineHas("test=doublefree")) doubleFree();
  else if (commandLineHas("test=paging")) paging();
  else return false;
  outb(0xf4, EXIT_OK);
  return true;
}

function divideByZero(a: u32, b: u32): u32 {
  return a / b;
}

function loadBadSegment(): void {
  asm`mov eax, 0x1234
      mov ds, ax`;
}

function timer(): void {
  const before = timerTicks();
  sleepMs(500);
  printk("slept 500 ms: %u ticks\n", timerTicks() - before);
}

let softwareCalls: u32 = 0;
let timerCalls: u32 = 0;

function onSoftware(frame: InterruptFrame): void {
  softwareCalls++;
}

function onTimer(frame: InterruptFrame): void {
  timerCalls++;
}

function handlers(): void {
  printk("register exception vector: %d\n", u32(registerInterruptHandler(13, onSoftware)));
  printk("register vector 256: %d\n", u32(registerInterruptHandler(256, onSoftware)));
  printk("register 0x50: %d\n", u32(registerInterruptHandler(SOFTWARE_VECTOR, onSoftware)));
  int(0x50);
  int(0x50);
  printk("software handler ran %u times\n", softwareCalls);
  registerInterruptHandler(IRQ_BASE, onTimer); // shares IRQ 0 with the PIT's own handler
  sleepMs(100);
  printk("timer handler ran: %s\n", changetype<usize>(timerCalls >= 5 ? "yes" : "no"));
  printk("unregister: %d\n", u32(unregisterInterruptHandler(IRQ_BASE, onTimer)));
  const after = timerCalls;
  sleepMs(100);
  printk("ran after unregistering: %u times\n", timerCalls - after);
  unregisterInterruptHandler(SOFTWARE_VECTOR, onSoftware);
  int(0x50);
  int(0x50);
  printk("unhandled 0x50: %u, spurious: %u\n", unhandledCount(SOFTWARE_VECTOR), spuriousCount());
  printk("unregister again: %d\n", u32(unregisterInterruptHandler(SOFTWARE_VECTOR, onSoftware)));
}

const counters = new StaticArray<u32>(3);
let counting = true;
const MARK_EVERY: u32 = 1 << 18;

function count(k: i32, mark: u8): void {
  while (counting) {
    counters[k]++;
    if ((counters[k] & (MARK_EVERY - 1)) == 0) printk("%c", mark);
  }
}

function busyA(): void {
  count(0, 65);
}

function busyB(): void {
  count(1, 66);
}

function busyC(): void {
  count(2, 67);
}

/** Three threads that never yield share the CPU by preemption alone. */
function threads(): void {
  spawn("busy-a", busyA);
  spawn("busy-b", busyB);
  spawn("busy-c", busyC);
  threadSleep(2000);
  counting = false;
  const total = counters[0] + counters[1] + counters[2];
  printk("\n");
  for (let k = 0; k < 3; k++) printk("thread %u: %u%% of the work\n", u32(k), counters[k] / (total / 100));
  printThreads();
}

let sleptTicks: u32 = 0;

function sleepFor100(): void {
  const before = timerTicks();
  threadSleep(100);
  sleptTicks = timerTicks() - before;
}

/** A sleeping thread takes no slices and wakes on the tick of its deadline (or the next). */
function sleeper(): void {
  spawn("sleeper", sleepFor100);
  threadSleep(300);
  printk("slept 100 ms at 100 Hz: woke after %u ticks\n", sleptTicks);
}

function quickExit(): void {
  printk("thread %u runs and returns\n", currentThread());
}

/** A thread that returns is reaped: its stack goes back to the heap. */
function exitingThread(): void {
  const before = heapFreeBytes();
  spawn("quick", quickExit);
  threadSleep(100);
  printk("heap free before %u, after %u\n", before, heapFreeBytes());
}

function recurse(depth: u32): u32 {
  return recurse(depth + 1) + 1; // no base case: runs until the stack is gone
}

function runAway(): void {
  recurse(0);
}

/** Unbounded recursion in a thread is stopped at its stack limit; main goes on. */
function overflow(): void {
  spawn("runaway", runAway);
  threadSleep(100);
  printk("main still running after the overflow\n");
}

function scroll(): void {
  for (let line: u32 = 1; line <= 30; line++) printk("line %u\n", line);
}


function writeKernelText(): void {
  printk("writing to kernel text at %08x\n", addressof(runScenario));
  volatileStore<u32>(addressof(runScenario), 0);
}

// Every free frame, chained through its own first word (there is no heap to list them in).
function frames(): void {
  const before = freeFrameCount();
  printk("frames: %u total, %u free\n", totalFrameCount(), before);
  let chain: usize = 0;
  let allocated: u32 = 0;
  for (let frame = allocFrame(); frame != 0; frame = allocFrame()) {
    store<u32>(frame, chain);
    chain = frame;
    allocated++;
  }
  printk("allocated %u frames until none was left; free now %u\n", allocated, freeFrameCount());
  while (chain != 0) {
    const next = load<u32>(chain);
    freeFrame(chain);
    chain = next;
  }
  printk("freed them all; free now %u (%s)\n", freeFrameCount(), changetype<usize>(freeFrameCount() == before ? "same" : "different"));
}

function doubleFree(): void {
  const frame = allocFrame();
  freeFrame(frame);
  printk("freed %08x once; freeing it again\n", frame);
  freeFrame(frame);
}

const HIGH_PAGE: usize = 0xc0000000;

function paging(): void {
  const frame = allocFrame();
  map(HIGH_PAGE, frame, PAGE_WRITABLE);
  volatileStore<u32>(HIGH_PAGE, 0xcafe1234, 8);
  printk("mapped %08x to %08x; read back %08x, at the frame %08x\n", HIGH_PAGE, translate(HIGH_PAGE), volatileLoad<u32>(HIGH_PAGE, 8), volatileLoad<u32>(frame, 8));
  printk("translate(%08x) = %08x\n", HIGH_PAGE + 8, translate(HIGH_PAGE + 8));
  unmap(HIGH_PAGE);
  printk("unmapped: translate = %08x; touching it\n", translate(HIGH_PAGE));
  printk("read %x at %08x\n", volatileLoad<u32>(HIGH_PAGE), HIGH_PAGE);
}
