// Well-known services: small numbers a task can look up (Sys.Lookup) to find the task
// that serves them now. In: the driver supervisor's registrations, renewed each time a
// driver restarts under a new task id. Out: the current task id of each service.
import { SysError } from "tskc/user/abi";

/** Service numbers are 0 to MAX_SERVICES - 1: a u32 of rights holds one bit for each (rights.ts). */
export const MAX_SERVICES = 16;
const serviceTasks = new StaticArray<u32>(MAX_SERVICES); // task id + 1; 0: nobody serves it

/** Records that task `id` serves `service` from now on; `id` < 0 withdraws the service. */
export function serviceSet(service: u32, id: i32): void {
  if (service < u32(MAX_SERVICES)) serviceTasks[i32(service)] = u32(id + 1);
}

/** The task serving `service`, or NoSuchTask. */
export function serviceTask(service: u32): i32 {
  if (service >= u32(MAX_SERVICES) || serviceTasks[i32(service)] == 0) return SysError.NoSuchTask;
  return i32(serviceTasks[i32(service)] - 1);
}
