// The shell on a fully initialised SimpleOS, for the input tests: kernel/main.ts's
// shell path (simpleOsInit, the ring-3 input drivers, the shell). Input the test
// harness sends after the banner's first byte is typed into it; `exit <code>` ends
// the run. Command-line words change that: `ring` checks kernel/lib/ring.ts directly
// (order, drops, the counters' wrap, a bad capacity's panic); `keyboard-fault` makes
// the keyboard driver fault the next time a key wakes it, to show that its restarted
// instance loses no input; `flood` starts an app that keeps the keyboard driver's
// mailbox full, to show that its interrupts still get through.
import { simpleOsInit } from "../../kernel/main";
import { commandLineHas } from "../../kernel/boot/multiboot";
import { driversInit, KEYBOARD_SERVICE } from "../../kernel/drivers/drivers";
import { printk } from "../../kernel/lib/printk";
import { findTask, TaskState, threadSleep } from "../../kernel/sched/scheduler";
import { serviceTask } from "../../kernel/sched/services";
import { shellRun } from "../../kernel/shell";
import { RingBuffer } from "../../kernel/lib/ring";
import { MessageKind } from "tskc/user/abi";
import { Attempt } from "./apps/probe-attempts";
import { ipcSendFromKernel } from "../../kernel/sched/ipc";
import { spawnProgram, TaskGrants } from "../../kernel/sched/process";
import { serviceRight } from "../../kernel/sched/rights";

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  driversInit();
  if (commandLineHas("ring")) checkRing();
  if (commandLineHas("keyboard-fault")) breakKeyboardDriver();
  if (commandLineHas("flood")) floodKeyboardDriver();
  shellRun();
}

/** Once the keyboard driver waits for its next message, points its saved eip at address
 * 0, as a wild jump would: the next key's interrupt wakes it into a page fault. */
function breakKeyboardDriver(): void {
  const id = u32(serviceTask(KEYBOARD_SERVICE));
  while (findTask(id).state != TaskState.Receiving) threadSleep(10);
  changetype<InterruptFrame>(findTask(id).frame).eip = 0;
}

const probe = includeProgram("./apps/probe.ts");
const appGrants = new TaskGrants();

/** Starts an app that keeps the keyboard driver's mailbox full (probe's Attempt.Flood); it
 * holds the right to send to the keyboard driver, or its sends would all be refused. */
function floodKeyboardDriver(): void {
  appGrants.sendRights = serviceRight(KEYBOARD_SERVICE);
  const flooder = spawnProgram("flooder", probe, appGrants);
  ipcSendFromKernel(u32(flooder), MessageKind.Request, Attempt.Flood, KEYBOARD_SERVICE);
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
