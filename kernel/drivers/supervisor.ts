// The driver tier's supervisor (MINIX 3's reincarnation server, in the core). In:
// drivers registered with their program, ports, interrupt line and service number; the
// end of any task (scheduler's task-end handler). Out: each driver running as a ring-3
// task with only its own ports in the TSS bitmap, a watchdog, and its interrupts
// delivered as messages; a driver that faults or exits is restarted after a backoff
// that doubles each time (50, 100, 200 ms), and after MAX_RESTARTS restarts its next
// fault disables it for good. A fault a driver takes while serving another task's
// request is charged to that task instead: the driver is restarted after the first
// backoff with its own count untouched, and the sender gets a strike; at its second it
// loses its service rights for good (rights.ts), so that no app can wear a driver's
// budget down. Every step is reported on the console. Needs the scheduler, syscalls and
// faults; supervisorInit before the first driverRegister.
import { registerInterruptHandler } from "../arch/x86/interrupts";
import { IRQ_BASE, picUnmask } from "../arch/x86/pic";
import { ticksFor, timerTicks } from "../arch/x86/pit";
import { interruptsOff, restoreInterrupts } from "../lib/interrupt-state";
import { printk } from "../lib/printk";
import { ipcNotifyInterrupt } from "../sched/ipc";
import { spawnProgram, TaskGrants } from "../sched/process";
import { findTask, onTaskEnd, spawn, Task, threadSleep } from "../sched/scheduler";
import { serviceSet } from "../sched/services";
import { chargeFault, MAX_STRIKES } from "../sched/rights";

export const enum DriverState {
  Unused,
  Running,
  Restarting,
  Disabled,
}

@unmanaged
class DriverRecord {
  state: u32;
  name: string;
  image: ProgramImage;
  ports: usize; // StaticArray<u16> of (first, count) pairs, or 0
  deviceMemory: usize; // StaticArray<u32> of (physical address, bytes) pairs, or 0
  irq: i32; // -1: none
  service: u32;
  rights: u32;
  sendRights: u32;
  task: u32; // its task id while Running
  faults: u32;
  restartTick: u32;
}

export const MAX_RESTARTS: u32 = 3;
const MAX_DRIVERS = 8;
const BACKOFF_MS: u32 = 50;
const WATCHDOG_TICKS: u32 = 20; // 200 ms at 100 Hz: a driver must wait for work at least this often
const POLL_MS: u32 = 10;

const drivers = new StaticArray<DriverRecord>(MAX_DRIVERS);
const grants = new TaskGrants();

/** Watches for ended drivers and starts the supervisor thread that restarts them. */
export function supervisorInit(): void {
  onTaskEnd(taskEnded);
  spawn("supervisor", supervise);
}

/** Registers a driver and starts it: `ports` its (first, count) pairs and `deviceMemory`
 * its (physical address, bytes) pairs (each a static array, or 0 for none), `irq` the line
 * whose interrupts it gets as messages (-1 for none), `service` the number other tasks
 * look it up by, `rights` its extra system-call rights, `sendRights` the services it may
 * send to (rights.ts serviceRight bits). Its index, or -1 when the table is full. */
export function driverRegister(name: string, image: ProgramImage, ports: usize, deviceMemory: usize, irq: i32, service: u32, rights: u32, sendRights: u32 = 0): i32 {
  let index = -1;
  for (let k = 0; k < MAX_DRIVERS && index < 0; k++) if (drivers[k].state == DriverState.Unused) index = k;
  if (index < 0) return -1;
  const driver = drivers[index];
  driver.name = name;
  driver.image = image;
  driver.ports = ports;
  driver.deviceMemory = deviceMemory;
  driver.irq = irq;
  driver.service = service;
  driver.rights = rights;
  driver.sendRights = sendRights;
  driver.faults = 0;
  start(index);
  if (irq >= 0) {
    registerInterruptHandler(IRQ_BASE + u32(irq), driverInterrupt);
    picUnmask(u32(irq));
  }
  return index;
}

/** The driver's state (DriverState) and how many times it faulted. */
export function driverState(index: i32): u32 {
  return drivers[index].state;
}

export function driverFaults(index: i32): u32 {
  return drivers[index].faults;
}

/** Starts driver `index`'s program; with interrupts off, so that its task cannot end
 * (taskEnded) before its record says it runs. */
function start(index: i32): void {
  const wereOn = interruptsOff();
  startProgram(index);
  restoreInterrupts(wereOn);
}

function startProgram(index: i32): void {
  const driver = drivers[index];
  grants.ioPorts = driver.ports;
  grants.deviceMemory = driver.deviceMemory;
  grants.rights = driver.rights;
  grants.sendRights = driver.sendRights;
  grants.watchdogTicks = WATCHDOG_TICKS;
  grants.owner = u32(index + 1);
  const id = spawnProgram(driver.name, driver.image, grants);
  if (id < 0) {
    printk("[driver] %s: cannot start (out of memory or tasks); retrying\n", changetype<usize>(driver.name));
    driver.state = DriverState.Restarting;
    driver.restartTick = timerTicks() + ticksFor(BACKOFF_MS);
    return;
  }
  driver.task = u32(id);
  driver.state = DriverState.Running;
  serviceSet(driver.service, id);
  printk("[driver] %s started as task %u\n", changetype<usize>(driver.name), u32(id));
}

/** The scheduler's task-end handler: a driver's task ended, by a fault or by exiting. */
function taskEnded(task: Task, faulted: bool): void {
  if (task.owner == 0) return;
  const index = i32(task.owner - 1);
  const driver = drivers[index];
  serviceSet(driver.service, -1);
  if (faulted && task.lastSender != 0 && task.lastSender != task.id) { // a task's own message is its own doing
    chargeSender(driver, task.lastSender);
    return;
  }
  driver.faults++;
  if (driver.faults > MAX_RESTARTS) {
    driver.state = DriverState.Disabled;
    printk("[driver] %s disabled after %u faults\n", changetype<usize>(driver.name), driver.faults);
    return;
  }
  const delay = BACKOFF_MS << (driver.faults - 1);
  driver.state = DriverState.Restarting;
  driver.restartTick = timerTicks() + ticksFor(delay);
  printk("[driver] %s %s; restart %u of %u in %u ms\n", changetype<usize>(driver.name),
    changetype<usize>(faulted ? "faulted" : "exited"), driver.faults, MAX_RESTARTS, delay);
}

/** The driver faulted serving a request from task `sender`: the sender pays, with a strike
 * (it may be gone by now; then there is nothing to take). */
function chargeSender(driver: DriverRecord, sender: u32): void {
  driver.state = DriverState.Restarting;
  driver.restartTick = timerTicks() + ticksFor(BACKOFF_MS);
  printk("[driver] %s faulted on a request from task %u (", changetype<usize>(driver.name), sender);
  const task = findTask(sender);
  if (changetype<usize>(task) == 0) {
    printk("gone): charged to the sender, which has ended");
  } else {
    const revoked = chargeFault(task);
    printk("%s): charged to the sender, strike %u of %u%s", changetype<usize>(task.name), task.strikes, MAX_STRIKES,
      changetype<usize>(revoked ? ", its send rights revoked" : ""));
  }
  printk("; restart in %u ms\n", BACKOFF_MS);
}

/** The supervisor thread: starts each driver whose backoff is over. */
function supervise(): void {
  while (true) {
    threadSleep(POLL_MS);
    for (let k = 0; k < MAX_DRIVERS; k++) {
      const driver = drivers[k];
      if (driver.state == DriverState.Restarting && i32(timerTicks() - driver.restartTick) >= 0) start(k);
    }
  }
}

/** A driver's interrupt line fired: it is marked pending for the driver's task (never refused);
 * while the driver is down (restarting, disabled) it is dropped: the driver's init drains
 * its device when it starts again. */
function driverInterrupt(frame: InterruptFrame): void {
  const irq = i32(frame.vector - IRQ_BASE);
  for (let k = 0; k < MAX_DRIVERS; k++) {
    const driver = drivers[k];
    if (driver.state == DriverState.Unused || driver.irq != irq) continue;
    const task = findTask(driver.task);
    if (driver.state == DriverState.Running && changetype<usize>(task) != 0) ipcNotifyInterrupt(task, u32(irq));
  }
}
