// Channel File 291, replayed on SimpleOS. In July 2024 a content update made a kernel
// driver read past the end of an array; the driver ran in ring 0, so 8.5 million
// machines crashed, and crashed again at every boot. Here the same bug meets a tskc
// bounds check in a ring-3 driver: the sensor is stopped and restarted, the fault is
// charged to the updater whose update caused it (a strike; the sensor's own fault
// count stays 0), the updater rolls back, and the rest of the system never notices.
// `tskc run examples/channel-file-291`.
import { simpleOsInit } from "../../kernel/main";
import { MessageKind } from "tskc/user/abi";
import { printk } from "../../kernel/lib/printk";
import { driverFaults, driverRegister } from "../../kernel/drivers/supervisor";
import { ipcSendFromKernel } from "../../kernel/sched/ipc";
import { spawnProgram, TaskGrants } from "../../kernel/sched/process";
import { serviceRight } from "../../kernel/sched/rights";
import { findTask, threadSleep } from "../../kernel/sched/scheduler";
import { SENSOR_SERVICE } from "./protocol";

const sensor = includeProgram("./sensor.ts");
const updater = includeProgram("./updater.ts");
const heartbeat = includeProgram("../../kernel/apps/heartbeat.ts");
const HEARTBEAT_MS: u32 = 250;
const appGrants = new TaskGrants(); // the heartbeat gets nothing but its memory

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  const sensorDriver = driverRegister("sensor", sensor, 0, 0, -1, SENSOR_SERVICE, 0);
  const beating = spawnProgram("heartbeat", heartbeat, appGrants);
  ipcSendFromKernel(u32(beating), MessageKind.Request, HEARTBEAT_MS, 0);
  appGrants.sendRights = serviceRight(SENSOR_SERVICE); // the updater may talk to the sensor
  const updating = spawnProgram("updater", updater, appGrants);
  while (changetype<usize>(findTask(u32(updating))) != 0) threadSleep(50);
  printk("kernel: still up; the sensor was restarted, %u fault(s) of its own; heartbeat still running\n", driverFaults(sensorDriver));
  threadSleep(300); // one more heartbeat, to show it
  outb(0xf4, 0);
}
