// Boot-test scenarios for the tiers (test=<name> on the command line, as scenarios.ts),
// part of the scenario kernel (scenario-kernel.ts).
// In: the ring-3 programs below, embedded by tskc. Out: each scenario starts tasks,
// makes them misbehave, and prints what happened; test/tiers.test.ts asserts the lines.
// Needs the whole kernel initialised, the driver supervisor included.
import { commandLineHas } from "../../kernel/boot/multiboot";
import { panic, printk } from "../../kernel/lib/printk";
import { DEVICE_MEMORY_BASE, MessageKind } from "tskc/user/abi";
import { translateIn, USER_START } from "../../kernel/mm/paging";
import { ipcSendFromKernel } from "../../kernel/sched/ipc";
import { spawnProgram, TaskGrants, USER_STACK_BYTES, USER_STACK_TOP } from "../../kernel/sched/process";
import { findTask, threadSleep, threadSwitches } from "../../kernel/sched/scheduler";
import { DriverState, driverFaults, driverRegister, driverState, MAX_RESTARTS } from "../../kernel/drivers/supervisor";
import { Attempt } from "./apps/probe-attempts";
import { Fault } from "./crashy/faults";
import { PONG_SERVICE } from "./pinger/service";
import { serviceTask } from "../../kernel/sched/services";
import { serviceRight } from "../../kernel/sched/rights";

const probe = includeProgram("./apps/probe.ts");
const heartbeat = includeProgram("../../kernel/apps/heartbeat.ts");
const crashy = includeProgram("./crashy/main.ts");
const uptime = includeProgram("../../kernel/drivers/uptime/main.ts");
const pinger = includeProgram("./pinger/main.ts");
const VGA_TEXT_ADDRESS: u32 = 0xb8000;
const VGA_TEXT: StaticArray<u32> = [VGA_TEXT_ADDRESS, 80 * 25 * 2]; // (physical address, bytes)
const UPTIME_SERVICE: u32 = 9;
const CRASHY_PORTS: StaticArray<u16> = [0x80, 1];
const CRASHY_SERVICE: u32 = 7;
const HEARTBEAT_MS: u32 = 10;
const HEARTBEAT_SERVICE: u32 = 10;
const SPINNERS = 8;
const SPIN_MS: u32 = 1000;
const spinners = new StaticArray<i32>(SPINNERS);
const grants = new TaskGrants(); // an app's: nothing but its memory
/** The faults each crashy instance is made to commit, one per life: every kind of item 4. */
const FAULTS_A: StaticArray<u32> = [Fault.Bounds, Fault.PageFault, Fault.DivideByZero, Fault.Privileged];
const FAULTS_B: StaticArray<u32> = [Fault.Port, Fault.Spin, Fault.Bounds, Fault.Bounds];

/** Runs the tier scenario named on the command line; false when there is none. */
export function runTierScenario(): bool {
  if (commandLineHas("test=isolation")) isolation();
  else if (commandLineHas("test=containment")) containment();
  else if (commandLineHas("test=devices")) devices();
  else if (commandLineHas("test=rights")) rights();
  else if (commandLineHas("test=priority")) priority();
  else return false;
  outb(0xf4, 0);
  return true;
}

/** Each thing a ring-3 task must not do, tried by a fresh probe; only the probe pays. */
function isolation(): void {
  const victim = spawnProgram("victim", probe, grants); // waits for an order that never comes
  const victimPage = translateIn(findTask(u32(victim)).directory, USER_START);
  attempt(Attempt.Write, imageStart() + 0x1000); // kernel text
  attempt(Attempt.Write, changetype<usize>(grants)); // kernel data
  attempt(Attempt.ReadAddress, victimPage); // the victim's code, through the kernel's map of RAM
  attempt(Attempt.Cli, 0);
  attempt(Attempt.Hlt, 0);
  attempt(Attempt.Out, 0);
  attempt(Attempt.KernelPointer, imageStart());
  attempt(Attempt.BadArguments, imageStart());
  attempt(Attempt.Recurse, 0);
  attempt(Attempt.RecurseChecked, USER_STACK_TOP - USER_STACK_BYTES / 2);
  printk("kernel: still running; victim %s\n", changetype<usize>(changetype<usize>(findTask(u32(victim))) != 0 ? "alive" : "gone"));
}

/** A driver granted the VGA text buffer draws in it from ring 3; an app, granted nothing,
 * faults at the same user address; a task granted it may store there, but not make the
 * kernel read or write it for it. */
function devices(): void {
  driverRegister("uptime", uptime, 0, changetype<usize>(VGA_TEXT), -1, UPTIME_SERVICE, 0);
  threadSleep(500);
  printk("kernel: the screen's top-right corner reads \"");
  for (let column: u32 = 68; column < 80; column++) printk("%c", load<u8>(VGA_TEXT_ADDRESS + column * 2));
  printk("\"\n");
  attempt(Attempt.Write, DEVICE_MEMORY_BASE);
  grants.deviceMemory = changetype<usize>(VGA_TEXT);
  attempt(Attempt.DeviceBuffer, DEVICE_MEMORY_BASE + 24 * 160); // the bottom row
  grants.deviceMemory = 0;
}

/** Starts a probe, orders `what` at `address`, and waits until the probe has ended. */
function attempt(what: u32, address: usize): void {
  const id = spawnProgram("probe", probe, grants);
  if (id < 0) panic("attempt: cannot start a probe");
  ipcSendFromKernel(u32(id), MessageKind.Request, what, address);
  while (changetype<usize>(findTask(u32(id))) != 0) threadSleep(10);
}

/** Two instances of a driver that faults on request, each made to commit fault after fault
 * until the supervisor disables it, while a heartbeat app keeps printing. */
function containment(): void {
  const beating = spawnProgram("heartbeat", heartbeat, grants);
  ipcSendFromKernel(u32(beating), MessageKind.Request, HEARTBEAT_MS, 0);
  threadSleep(2 * HEARTBEAT_MS); // the heartbeat has begun: the drivers below would run before it
  const first = driverRegister("crashy-a", crashy, changetype<usize>(CRASHY_PORTS), 0, -1, CRASHY_SERVICE, 0);
  injectFaults(first, CRASHY_SERVICE, FAULTS_A);
  const second = driverRegister("crashy-b", crashy, changetype<usize>(CRASHY_PORTS), 0, -1, CRASHY_SERVICE + 1, 0);
  injectFaults(second, CRASHY_SERVICE + 1, FAULTS_B);
  threadSleep(2 * HEARTBEAT_MS); // the heartbeat goes on after the last fault, and the test sees it do so
  printk("kernel: crashy-a %s after %u faults, crashy-b %s after %u faults\n",
    changetype<usize>(stateName(driverState(first))), driverFaults(first), changetype<usize>(stateName(driverState(second))), driverFaults(second));
}

/** Sends driver `index` one fault request per life, waiting for it to come back each time. */
function injectFaults(index: i32, service: u32, faults: StaticArray<u32>): void {
  for (let k = 0; k < i32(MAX_RESTARTS) + 1; k++) {
    while (driverState(index) != DriverState.Running) threadSleep(10);
    ipcSendFromKernel(u32(serviceTask(service)), MessageKind.Request, faults[k], faults[k] == Fault.Bounds ? 7 : 0);
    while (driverFaults(index) == u32(k)) threadSleep(10);
  }
  while (driverState(index) != DriverState.Disabled) threadSleep(10);
}

/** Two crashy drivers; a client and a hostile app hold the right to the first alone. The
 * hostile app sends malformed requests to every task id, round after round; then the
 * client sends the first driver a well-formed request. */
function rights(): void {
  const first = driverRegister("crashy-a", crashy, changetype<usize>(CRASHY_PORTS), 0, -1, CRASHY_SERVICE, 0);
  const second = driverRegister("crashy-b", crashy, changetype<usize>(CRASHY_PORTS), 0, -1, CRASHY_SERVICE + 1, 0);
  grants.sendRights = serviceRight(CRASHY_SERVICE);
  const client = spawnProgram("client", probe, grants);
  const hostile = spawnProgram("hostile", probe, grants);
  grants.sendRights = 0;
  order(hostile, Attempt.Hostile, CRASHY_SERVICE);
  order(client, Attempt.Client, CRASHY_SERVICE);
  printk("kernel: crashy-a %s after %u faults, crashy-b %s after %u faults\n",
    changetype<usize>(stateName(driverState(first))), driverFaults(first), changetype<usize>(stateName(driverState(second))), driverFaults(second));
}

/** Sends task `id` (a probe) its order and waits until it has ended. */
function order(id: i32, what: u32, word1: u32): void {
  ipcSendFromKernel(u32(id), MessageKind.Request, what, word1);
  while (changetype<usize>(findTask(u32(id))) != 0) threadSleep(10);
}

/** Eight apps spin for a second while the heartbeat runs as a driver: it must keep beating
 * every tick or two. Two more drivers keep each other busy throughout, so that the urgent
 * level is never empty: the apps must still get their turns. Then how many slices the
 * spinner that ran least got. */
function priority(): void {
  for (let k = 0; k < SPINNERS; k++) {
    spinners[k] = spawnProgram("spinner", probe, grants);
    ipcSendFromKernel(u32(spinners[k]), MessageKind.Request, Attempt.Spin, 0);
  }
  driverRegister("heartbeat", heartbeat, 0, 0, -1, HEARTBEAT_SERVICE, 0);
  ipcSendFromKernel(u32(serviceTask(HEARTBEAT_SERVICE)), MessageKind.Request, HEARTBEAT_MS, 0);
  driverRegister("pong", pinger, 0, 0, -1, PONG_SERVICE, 0);
  driverRegister("ping", pinger, 0, 0, -1, PONG_SERVICE + 1, 0, serviceRight(PONG_SERVICE));
  threadSleep(SPIN_MS);
  let fewest: u32 = 0xffffffff;
  for (let k = 0; k < SPINNERS; k++) {
    const slices = threadSwitches(u32(spinners[k]));
    if (slices < fewest) fewest = slices;
  }
  printk("kernel: the spinners ran: each at least %u slices\n", fewest);
}

function stateName(state: u32): string {
  return state == DriverState.Disabled ? "disabled" : state == DriverState.Running ? "running" : "restarting";
}
