// Tasks and a preemptive scheduler with two run levels. In: timer ticks, yields (vector
// 0x81), tasks that wake, block or end, through the dispatcher's frame switcher. Out: the
// saved frame of the next ready task, which the entry stub restores. A switch is nothing but
// returning another task's InterruptFrame: every task that is not running is stopped
// inside an interrupt, its registers in a frame on its own kernel stack. A task is a
// kernel thread (ring 0, the kernel's address space) or a ring-3 task (process.ts):
// switching to one also loads its address space, its kernel stack into the TSS and its
// I/O ports into the TSS's bitmap. Needs the kernel heap (stacks), paging (guard pages)
// and the timer.
//
// The run levels bound a driver's latency whatever apps do (docs/kernel.md, "Who runs
// first"): a kernel thread or a driver that wakes (from a sleep, a message, an
// interrupt) is urgent: it runs before every task that is not, at the next switch, and
// woken by a message or an interrupt it preempts a running app at once. It stays urgent
// only until it gives up the CPU without blocking: preempted at the end of its slice, or
// yielding, it runs with the apps until it next blocks. So a driver that spins takes one
// slice ahead of the apps, never the machine. Apps are never urgent. And when urgent
// tasks, one after another, have held the CPU for a slice's ticks since an app last ran,
// the urgent task is preempted and the app that waited longest gets a tick, which no
// urgent task preempts: a busy driver tier slows the apps down (to a third of the CPU
// at worst), it cannot stop them. Within a level, the ready task that ran least
// recently goes first.
//
// A new thread's stack, top down: threadExit's address (the entry function returns
// into it), then a frame that iret turns into a call of the entry function.
import { registerInterruptHandler, setFrameSwitcher } from "../arch/x86/interrupts";
import { KERNEL_CODE_SELECTOR, KERNEL_DATA_SELECTOR } from "../arch/x86/gdt";
import { ioPermit, tssSetKernelStack } from "../arch/x86/tss";
import { addressSpaceDestroy, addressSpaceSwitch } from "../mm/address-space";
import { IRQ_BASE, picEndAbandoned } from "../arch/x86/pic";
import { ticksFor, timerTicks } from "../arch/x86/pit";
import { kfree, kmalloc } from "../mm/heap";
import { map, PAGE_WRITABLE, translate, unmap } from "../mm/paging";
import { panic, printk } from "../lib/printk";
import { onStackOverflow } from "tskc/trap";
import { SysError } from "tskc/user/abi";
import { interruptsOff, restoreInterrupts } from "../lib/interrupt-state";

export const enum TaskState {
  Free,
  Ready,
  Running,
  Sleeping,
  Dead,
  Receiving, // blocked in Sys.Receive until a message arrives (ipc.ts)
  Starting, // created, its first frame being built: neither run nor reaped
}

@unmanaged
export class Task {
  state: u32;
  id: u32;
  slot: u32; // its index in the task table
  frame: usize; // the saved InterruptFrame while not running
  stack: usize; // the kernel stack's allocation: guard page, then the stack
  guardFrame: usize; // the frame unmapped under the guard page, restored when freed
  wakeTick: u32;
  switches: u32;
  name: string;
  directory: usize; // a ring-3 task's address space; 0 for a kernel thread
  ioPorts: usize; // a ring-3 task's ports: a StaticArray<u16> of (first, count) pairs, or 0
  rights: u32; // what its system calls may do (syscalls.ts: RIGHT_*)
  watchdogTicks: u32; // the longest it may run without waiting (faults.ts), 0 for no limit
  busyTicks: u32; // timer ticks it ran since it last waited
  owner: u32; // who restarts it when it ends (the driver supervisor's record + 1), or 0
  receiveBuffer: usize; // while Receiving: the user address the message goes to
  receiveTimesOut: bool; // while Receiving: wakeTick ends the wait
  mailboxHead: u32; // ipc.ts: the oldest queued message's index in the task's mailbox
  mailboxCount: u32;
  pendingInterrupts: u32; // ipc.ts: one bit per IRQ line that fired since the task last received
  urgent: bool; // runs before the tasks that are not: a core thread or driver since it last woke
  lastRun: u32; // when it was last switched to (a count of switches): round-robin order
  sendRights: u32; // rights.ts: one bit per service it may send to
  replyRights: u32; // rights.ts: one bit per task slot whose requests it may answer
  lastSender: u32; // ipc.ts: the sender of the message it received last (0: the kernel, or none)
  strikes: u32; // rights.ts: the driver faults its requests were charged with
}

export type ThreadEntry = () => void;
/** Told of every task that ends: by exit (`faulted` false) or killed for a fault. */
export type TaskEndHandler = (task: Task, faulted: bool) => void;

export const MAX_TASKS = 16;
const STACK_BYTES: u32 = 16 * 1024;
const PAGE: u32 = 4096;
/** An InterruptFrame as the stub pops it: no esp/ss when the interrupt came from ring 0. */
const KERNEL_FRAME_BYTES: u32 = 68;
/** ... and with them, for a task interrupted in ring 3. */
export const USER_FRAME_BYTES: u32 = 76;
const YIELD_VECTOR: u32 = 0x81;
const EFLAGS_INTERRUPTS: u32 = 0x202; // IF set, IOPL 0: ring 3 gets only the ports the TSS bitmap grants
/** Stack kept free below each thread's limit: the overflow handler runs on it. */
const STACK_RESERVE: u32 = 2048;
const IDLE = 1;

const tasks = new StaticArray<Task>(MAX_TASKS);
let current = 0;
let nextId: u32 = 0;
let sliceTicks: u32 = 2;
let ticksInSlice: u32 = 0;
let switchCount: u32 = 0; // stamps Task.lastRun
let wokeAny = false; // a task woke since the last switch decision: the idle thread gives way
let wokeUrgent = false; // an urgent one woke to serve a message: an app gives way at once
let urgentTicks: u32 = 0; // timer ticks the urgent level has held the CPU since an app last ran
let appsTurn = false; // the running app was chosen ahead of urgent tasks: they wait for its tick
let taskEndHandler: TaskEndHandler = ignoreTaskEnd;

function ignoreTaskEnd(task: Task, faulted: bool): void {}

/** Makes the caller (main) task 0 and starts an idle task; preempts every `slice` ticks. */
export function schedulerInit(slice: u32 = 2): void {
  sliceTicks = slice;
  const boot = tasks[0];
  boot.state = TaskState.Running;
  boot.id = nextId++;
  boot.name = "main";
  boot.urgent = true; // a core thread; it loses that with its first full slice or yield, like any
  spawn("idle", idle);
  tasks[IDLE].urgent = false; // it runs when nothing else can
  registerInterruptHandler(YIELD_VECTOR, onYield);
  onStackOverflow(stackOverflow);
  setFrameSwitcher(schedule);
}

/** A thread ran its stack down to the reserve: report it and end that thread alone. */
function stackOverflow(): void {
  const t = tasks[current];
  printk("[fault] thread %u (%s): stack overflow; stopped\n", t.id, changetype<usize>(t.name));
  threadExit();
}

/** Installs the one handler told of each task's end (the driver supervisor). */
export function onTaskEnd(handler: TaskEndHandler): void {
  taskEndHandler = handler;
}

/** Starts a kernel thread running `entry`; its id, or -1 when the table or the heap is full. */
export function spawn(name: string, entry: ThreadEntry): i32 {
  const task = createTask(name, 4 + KERNEL_FRAME_BYTES);
  if (changetype<usize>(task) == 0) return -1;
  store<u32>(kernelStackTop(task) - 4, changetype<usize>(threadExit));
  setEntryFrame(task, changetype<usize>(entry), KERNEL_CODE_SELECTOR, KERNEL_DATA_SELECTOR);
  wake(task);
  return i32(task.id);
}

/** Fills the task's first frame so that iret enters `entry` with interrupts on, in the
 * segments `code` and `data` (whose ring decides the task's). Returns the frame, for a
 * ring-3 task's stack pointer. */
export function setEntryFrame(task: Task, entry: usize, code: u16, data: u16): InterruptFrame {
  const frame = changetype<InterruptFrame>(task.frame);
  frame.eip = entry;
  frame.cs = code;
  frame.eflags = EFLAGS_INTERRUPTS;
  frame.ds = data;
  frame.es = data;
  frame.fs = data;
  frame.gs = data;
  return frame;
}

/** Takes a free slot and gives it a kernel stack with a guard page under it; `task.frame`
 * points `reservedBytes` below the stack's top, where the caller builds the first frame
 * (zeroed). The task is not ready until its creator wakes it, or gives it up by setting
 * its state to Dead (then it is reaped). Returns the task, or
 * changetype<Task>(0) when the table or the heap is full. */
export function createTask(name: string, reservedBytes: u32): Task {
  const wereOn = interruptsOff(); // the table and nextId are shared with every other creator
  const task = claimSlot(name, reservedBytes);
  restoreInterrupts(wereOn);
  return task;
}

function claimSlot(name: string, reservedBytes: u32): Task {
  let slot = -1;
  for (let k = 0; k < MAX_TASKS && slot < 0; k++) if (tasks[k].state == TaskState.Free) slot = k;
  if (slot < 0) return changetype<Task>(0);
  const stack = kmalloc(PAGE + STACK_BYTES, PAGE);
  if (stack == 0) return changetype<Task>(0);
  const task = tasks[slot];
  task.slot = u32(slot);
  task.stack = stack;
  task.guardFrame = translate(stack);
  unmap(stack); // overflowing the stack touches this page and faults
  const frame = kernelStackTop(task) - reservedBytes;
  for (let offset: u32 = 0; offset < reservedBytes; offset += 4) store<u32>(frame + offset, 0);
  task.frame = frame;
  task.id = nextId++;
  task.name = name;
  task.switches = 0;
  task.directory = 0;
  task.ioPorts = 0;
  task.rights = 0;
  task.watchdogTicks = 0;
  task.busyTicks = 0;
  task.owner = 0;
  task.receiveBuffer = 0;
  task.receiveTimesOut = false;
  task.mailboxHead = 0;
  task.mailboxCount = 0;
  task.pendingInterrupts = 0;
  task.urgent = false;
  task.lastRun = switchCount; // a new task queues behind those that waited before it
  task.sendRights = 0;
  task.replyRights = 0;
  task.lastSender = 0;
  task.strikes = 0;
  // The slot's earlier task may have sent requests: nobody may answer those to the new one.
  for (let k = 0; k < MAX_TASKS; k++) tasks[k].replyRights &= ~(u32(1) << u32(slot));
  task.state = TaskState.Starting;
  return task;
}

/** One past the highest address of the task's kernel stack: where the CPU puts a ring-3 frame. */
function kernelStackTop(task: Task): usize {
  return task.stack + PAGE + STACK_BYTES;
}

/** The running task. */
export function currentTask(): Task {
  return tasks[current];
}

/** The live task with id `id`, or changetype<Task>(0). */
export function findTask(id: u32): Task {
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    const live = t.state != TaskState.Free && t.state != TaskState.Dead && t.state != TaskState.Starting;
    if (live && t.id == id) return t;
  }
  return changetype<Task>(0);
}

/** Makes a blocked (or new) task ready to run; its watchdog starts again. A kernel thread
 * or a driver becomes urgent: it runs before the apps, at the next switch, or, if
 * `preempt` (it has a message or an interrupt to serve), at the end of this interrupt
 * or system call, when an app runs. */
export function wake(task: Task, preempt: bool = false): void {
  task.busyTicks = 0;
  task.state = TaskState.Ready;
  task.urgent = tier(task) != Tier.App;
  wokeAny = true;
  if (task.urgent && preempt) wokeUrgent = true;
}

/** Ends the running task, as a fault if `faulted`. The dispatcher's frame switcher then
 * runs another: call it from an interrupt or system call on the task's behalf. */
export function endCurrentTask(faulted: bool): void {
  const task = tasks[current];
  task.state = TaskState.Dead;
  taskEndHandler(task, faulted);
}

/** Gives up the rest of the time slice. */
export function yieldThread(): void {
  int(0x81);
}

/** Blocks the calling thread for at least `ms` milliseconds; it takes no slices meanwhile. */
export function threadSleep(ms: u32): void {
  sleepTask(tasks[current], ms);
  yieldThread();
}

/** Marks `task` asleep for at least `ms` milliseconds; it stops at the next switch. */
export function sleepTask(task: Task, ms: u32): void {
  task.wakeTick = deadline(ms);
  task.state = TaskState.Sleeping;
}

/** Marks `task` waiting for a message (ipc.ts), for at most `timeoutMs` when not 0: then the
 * scheduler wakes it with TimedOut as the result of its Receive. */
export function blockReceiving(task: Task, timeoutMs: u32): void {
  task.receiveTimesOut = timeoutMs != 0;
  task.wakeTick = deadline(timeoutMs);
  task.state = TaskState.Receiving;
}

/** The tick `ms` milliseconds from now, rounded up. */
function deadline(ms: u32): u32 {
  return timerTicks() + ticksFor(ms);
}

/** Ends the calling thread; its stack is freed by the scheduler once it runs another. */
export function threadExit(): void {
  endCurrentTask(false);
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

/** Lists the tasks with their state and tier (the shell's `ps`). */
export function printThreads(): void {
  printk("  id  state     switches  tier    name\n");
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (t.state == TaskState.Free) continue;
    printk("  %-3u %-9s %-9u %-7s %s\n", t.id, changetype<usize>(stateName(t.state)), t.switches, changetype<usize>(tierName(t)), changetype<usize>(t.name));
  }
}

export const enum Tier {
  Core, // a kernel thread in ring 0
  Driver, // a ring-3 task the driver supervisor owns
  App, // any other ring-3 task
}

/** The task's tier (docs/kernel.md, "The tiers"): its run level follows from it. */
export function tier(task: Task): Tier {
  if (task.directory == 0) return Tier.Core;
  return task.owner != 0 ? Tier.Driver : Tier.App;
}

function tierName(task: Task): string {
  const t = tier(task);
  return t == Tier.Core ? "core" : t == Tier.Driver ? "driver" : "app";
}

function stateName(state: u32): string {
  switch (state) {
    case TaskState.Ready: return "ready";
    case TaskState.Running: return "running";
    case TaskState.Sleeping: return "sleeping";
    case TaskState.Receiving: return "receiving";
    case TaskState.Starting: return "starting";
    default: return "dead";
  }
}

function idle(): void {
  while (true) hlt();
}

function onYield(frame: InterruptFrame): void {}

/** The frame switcher: at the end of a slice, on a yield, when the running task blocked
 * or ended, when an urgent task woke to a message while an app runs (not in an app's
 * turn), when the urgent level used up its ticks while an app waits or an app's turn is
 * over, or when anything woke while the idle thread runs. The next task is the next
 * ready urgent one, else the next ready one that is not, except after the urgent level
 * held the CPU for a slice's ticks: then the other way round. The idle thread only when
 * none is ready. */
function schedule(frame: InterruptFrame): usize {
  const running = tasks[current];
  let spent = frame.vector == YIELD_VECTOR; // gave up the CPU without blocking: no longer urgent
  let turnOver = false; // the urgent level held the CPU long enough, or an app had its tick
  if (frame.vector == IRQ_BASE) {
    wakeSleepers();
    if (++ticksInSlice >= sliceTicks) spent = true;
    if (running.urgent && ++urgentTicks >= sliceTicks) turnOver = nextReady(false) >= 0; // the apps' turn
    else if (appsTurn) turnOver = nextReady(true) >= 0; // the apps' turn was this tick: the urgent tasks' again
  }
  const blocked = running.state != TaskState.Running;
  const preempted = turnOver || (wokeUrgent && !running.urgent && !appsTurn) || (wokeAny && current == IDLE);
  wokeAny = false;
  wokeUrgent = false;
  if (!spent && !blocked && !preempted) return changetype<usize>(frame);
  picEndAbandoned(); // a task ended inside an interrupt must not take the interrupt with it
  ticksInSlice = 0;
  running.frame = changetype<usize>(frame);
  if (running.state == TaskState.Running) running.state = TaskState.Ready;
  if (spent && running.state == TaskState.Ready) running.urgent = false;
  const appsFirst = urgentTicks >= sliceTicks;
  let next = nextReady(!appsFirst);
  if (next < 0) next = nextReady(appsFirst);
  if (next < 0) next = IDLE;
  reapDead(next);
  current = next;
  const chosen = tasks[next];
  chosen.state = TaskState.Running;
  chosen.switches++;
  chosen.lastRun = ++switchCount;
  if (!chosen.urgent) urgentTicks = 0;
  appsTurn = appsFirst && !chosen.urgent && next != IDLE;
  enterContext(running, chosen);
  return chosen.frame;
}

/** Of the ready tasks of one run level (the idle thread aside), the one that ran least
 * recently, or -1: round-robin, and a task demoted from the urgent level queues behind
 * the apps that waited while it ran. */
function nextReady(urgent: bool): i32 {
  let next = -1;
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (k == IDLE || t.state != TaskState.Ready || t.urgent != urgent) continue;
    if (next < 0 || i32(t.lastRun - tasks[next].lastRun) < 0) next = k; // the difference survives the counter wrapping
  }
  return next;
}

/** What the CPU must know of the task about to run besides its registers: its address
 * space, its kernel stack for interrupts from ring 3, its I/O ports, its stack limit. */
function enterContext(previous: Task, next: Task): void {
  if (previous.ioPorts != 0) permitPorts(previous.ioPorts, false);
  if (next.ioPorts != 0) permitPorts(next.ioPorts, true);
  addressSpaceSwitch(next.directory);
  if (next.stack == 0) {
    setStackLimit(0); // main's boot stack is unchecked
    return;
  }
  tssSetKernelStack(kernelStackTop(next));
  setStackLimit(next.stack + PAGE + STACK_RESERVE);
}

function permitPorts(ranges: usize, allowed: bool): void {
  const pairs = changetype<StaticArray<u16>>(ranges);
  for (let k = 0; k + 1 < pairs.length; k += 2) ioPermit(pairs[k], pairs[k + 1], allowed);
}

function wakeSleepers(): void {
  const now = timerTicks();
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    const due = i32(now - t.wakeTick) >= 0;
    if (t.state == TaskState.Sleeping && due) wake(t);
    if (t.state == TaskState.Receiving && t.receiveTimesOut && due) {
      changetype<InterruptFrame>(t.frame).eax = u32(SysError.TimedOut);
      wake(t);
    }
  }
}

/** Frees the stacks and address spaces of dead tasks, except the one about to run (never
 * dead) or running now (its stack and address space are still in use). */
function reapDead(next: i32): void {
  for (let k = 0; k < MAX_TASKS; k++) {
    const t = tasks[k];
    if (t.state != TaskState.Dead || k == next || k == current) continue;
    if (t.directory != 0) addressSpaceDestroy(t.directory);
    map(t.stack, t.guardFrame, PAGE_WRITABLE);
    kfree(t.stack);
    t.state = TaskState.Free;
  }
}
