// Kernel threads and a preemptive round-robin scheduler. In: timer ticks and yields
// (vector 0x81), through the dispatcher's frame switcher. Out: the saved frame of the
// next ready thread, which the entry stub restores. A switch is nothing but returning
// another thread's InterruptFrame: every thread that is not running is stopped inside
// an interrupt, its registers in a frame on its own stack. Needs the kernel heap
// (thread stacks), paging (guard pages) and the timer.
//
// A new thread's stack, top down: threadExit's address (the entry function returns
// into it), then a frame that iret turns into a call of the entry function.
import { registerInterruptHandler, setFrameSwitcher } from "../arch/x86/interrupts";
import { KERNEL_CODE_SELECTOR, KERNEL_DATA_SELECTOR } from "../arch/x86/gdt";
import { IRQ_BASE } from "../arch/x86/pic";
import { timerFrequency, timerTicks } from "../arch/x86/pit";
import { kfree, kmalloc } from "../mm/heap";
import { map, PAGE_WRITABLE, translate, unmap } from "../mm/paging";
import { panic, printk } from "../lib/printk";
import { onStackOverflow } from "tskc/trap";

export const enum TaskState {
  Free,
  Ready,
  Running,
  Sleeping,
  Dead,
}

@unmanaged
class Task {
  state: u32;
  id: u32;
  frame: usize; // the saved InterruptFrame while not running
  stack: usize; // the allocation: guard page, then the stack
  guardFrame: usize; // the frame unmapped under the guard page, restored when freed
  wakeTick: u32;
  switches: u32;
  name: string;
}

export type ThreadEntry = () => void;

const MAX_TASKS = 16;
const STACK_BYTES: u32 = 16 * 1024;
const PAGE: u32 = 4096;
const FRAME_BYTES: u32 = 68; // an InterruptFrame as the stub pops it: no esp/ss within ring 0
const YIELD_VECTOR: u32 = 0x81;
const EFLAGS_INTERRUPTS: u32 = 0x202;
/** Stack kept free below each thread's limit: the overflow handler runs on it. */
const STACK_RESERVE: u32 = 2048;
const IDLE = 1;

const tasks = new StaticArray<Task>(MAX_TASKS);
let current = 0;
let nextId: u32 = 0;
let sliceTicks: u32 = 2;
let ticksInSlice: u32 = 0;

/** Makes the caller (main) task 0 and starts an idle task; preempts every `slice` ticks. */
export function schedulerInit(slice: u32 = 2): void {
  sliceTicks = slice;
  const boot = tasks[0];
  boot.state = TaskState.Running;
  boot.id = nextId++;
  boot.name = "main";
  spawn("idle", idle);
  registerInterruptHandler(YIELD_VECTOR, onYield);
  onStackOverflow(stackOverflow);
  setFrameSwitcher(schedule);
}

/** A thread ran its stack down to the reserve: report it and end that thread alone. */
function stackOverflow(): void {
  const t = tasks[current];
  printk("stack overflow in thread %u (%s): stopped\n", t.id, changetype<usize>(t.name));
  threadExit();
}

/** Starts a kernel thread running `entry`; its id, or -1 when the table or the heap is full. */
export function spawn(name: string, entry: ThreadEntry): i32 {
  let slot = -1;
  for (let k = 0; k < MAX_TASKS && slot < 0; k++) if (tasks[k].state == TaskState.Free) slot = k;
  if (slot < 0) return -1;
  const stack = kmalloc(PAGE + STACK_BYTES, PAGE);
  if (stack == 0) return -1;
  const task = tasks[slot];
  task.stack = stack;
  task.guardFrame = translate(stack);
  unmap(stack); // overflowing the stack touches this page and faults
  const top = stack + PAGE + STACK_BYTES;
  store<u32>(top - 4, changetype<usize>(threadExit));
  const frame = changetype<InterruptFrame>(top - 4 - FRAME_BYTES);
  frame.eip = changetype<usize>(entry);
  frame.cs = KERNEL_CODE_SELECTOR;
  frame.eflags = EFLAGS_INTERRUPTS;
  frame.ds = KERNEL_DATA_SELECTOR;
  frame.es = KERNEL_DATA_SELECTOR;
  frame.fs = KERNEL_DATA_SELECTOR;
  frame.gs = KERNEL_DATA_SELECTOR;
  task.frame = changetype<usize>(frame);
  task.id = nextId++;
  task.name = name;
  task.switches = 0;
  task.state = TaskState.Ready;
  return i32(task.id);
}

/** Gives up the rest of the time slice. */
export function yieldThread(): void {
  int(0x81);
}

/** Blocks the calling thread for at least `ms` milliseconds; it takes no slices meanwhile. */
export function threadSleep(ms: u32): void {
  const task = tasks[current];
  task.wakeTick = timerTicks() + (ms * timerFrequency() + 999) / 1000;
  task.state = TaskState.Sleeping;
  yieldThread();
}

/** Ends the calling thread; its stack is freed by the scheduler once it runs another. */
export function threadExit(): void {
  tasks[current].state = TaskState.Dead;
  yieldThread();
  panic("a dead thread was scheduled");
}

/** The id of the running thread. */
export function currentThread(): u32 {
  return tasks[current].id;
}

/** How many times thread `id` was switched to. */
export function threadSwitches(id: u32): u32 {
  for (let k = 0; k < MAX_TASKS; k++) if (tasks[k].state != TaskState.Free && tasks[k].id == id) return tasks[k].switches;
  return 0;
}

/** Lists the threads (the shell's `ps`). */
export function printThreads(): void {
  printk("  id  state     switches  name\n");
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (t.state == TaskState.Free) continue;
    printk("  %-3u %-9s %-9u %s\n", t.id, changetype<usize>(stateName(t.state)), t.switches, changetype<usize>(t.name));
  }
}

function stateName(state: u32): string {
  switch (state) {
    case TaskState.Ready: return "ready";
    case TaskState.Running: return "running";
    case TaskState.Sleeping: return "sleeping";
    default: return "dead";
  }
}

function idle(): void {
  while (true) hlt();
}

function onYield(frame: InterruptFrame): void {}

/** The frame switcher: on a timer tick at the end of a slice, or on a yield, the next
 * ready thread after the current one; the idle thread only when no other is ready. */
function schedule(frame: InterruptFrame): usize {
  const vector = frame.vector;
  if (vector == IRQ_BASE) {
    wakeSleepers();
    if (++ticksInSlice < sliceTicks) return changetype<usize>(frame);
  } else if (vector != YIELD_VECTOR) {
    return changetype<usize>(frame);
  }
  ticksInSlice = 0;
  const running = tasks[current];
  running.frame = changetype<usize>(frame);
  if (running.state == TaskState.Running) running.state = TaskState.Ready;
  let next = IDLE;
  for (let step = 1; step <= MAX_TASKS; step++) {
    const k = (current + step) % MAX_TASKS;
    if (k != IDLE && tasks[k].state == TaskState.Ready) {
      next = k;
      break;
    }
  }
  reapDead(next);
  current = next;
  const chosen = tasks[next];
  chosen.state = TaskState.Running;
  chosen.switches++;
  setStackLimit(chosen.stack == 0 ? 0 : chosen.stack + PAGE + STACK_RESERVE); // main's boot stack is unchecked
  return chosen.frame;
}

function wakeSleepers(): void {
  const now = timerTicks();
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (t.state == TaskState.Sleeping && i32(now - t.wakeTick) >= 0) t.state = TaskState.Ready;
  }
}

/** Frees the stacks of dead threads, except the one about to run (never dead) or running now. */
function reapDead(next: i32): void {
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (t.state != TaskState.Dead || k == next || k == current) continue;
    map(t.stack, t.guardFrame, PAGE_WRITABLE);
    kfree(t.stack);
    t.state = TaskState.Free;
  }
}
