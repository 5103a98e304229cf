// Send rights: whom a ring-3 task may send to and look up (MINIX 3's IPC send masks,
// seL4's endpoint capabilities). In: the services a task was granted at spawn time
// (TaskGrants.sendRights, one bit per service number), and the sends it makes. Out: for
// each Send, whether it is allowed and under which right; reply rights recorded; the
// faults a task's requests caused in drivers counted, and its service rights revoked at
// the second (drivers/supervisor.ts charges them). A task
// cannot gain a right by itself: only the kernel grants service rights, at spawn, and
// reply rights come from someone else's request. Needs the scheduler's tasks and the
// service table.
//
// The rules (docs/kernel.md, "The tiers"): a task may send
// - to the task that serves a service it holds the right for; the receiver then holds a
//   reply right to the sender, for as long as the sender lives (its slot is not reused);
// - to a task whose request it received under such a right: the reply right;
// - to itself.
// A reply right gives no reply right back: answering never opens a way in.
import { SysError } from "tskc/user/abi";
import { Task } from "./scheduler";
import { MAX_SERVICES, serviceTask } from "./services";

/** Under which right a Send goes. */
export const enum SendRight {
  None,
  Service, // the sender holds the right for a service the receiver serves
  Reply, // the receiver sent the sender a request under a service right
  Self,
}

/** The TaskGrants.sendRights bit for `service` (0-15). */
export function serviceRight(service: u32): u32 {
  return u32(1) << service;
}

/** The right `from` may send to `to` under, or SendRight.None. */
export function sendRight(from: Task, to: Task): SendRight {
  if (from.id == to.id) return SendRight.Self;
  for (let service: u32 = 0; service < u32(MAX_SERVICES); service++) {
    if ((from.sendRights & serviceRight(service)) != 0 && serviceTask(service) == i32(to.id)) return SendRight.Service;
  }
  if ((from.replyRights & slotBit(to)) != 0) return SendRight.Reply;
  return SendRight.None;
}

/** `from` sent `to` a message under `right`: a request under a service right may be answered. */
export function noteSent(from: Task, to: Task, right: SendRight): void {
  if (right == SendRight.Service) to.replyRights |= slotBit(from);
}

/** Sys.Lookup for `task`: the task serving `service`; NoSuchTask for a number no service can
 * have, Denied for a service `task` holds no right for. */
export function lookupService(task: Task, service: u32): i32 {
  if (service >= u32(MAX_SERVICES)) return SysError.NoSuchTask;
  if ((task.sendRights & serviceRight(service)) == 0) return SysError.Denied;
  return serviceTask(service);
}

/** How many driver faults a task's requests may cause: at the last, it loses its rights. */
export const MAX_STRIKES: u32 = 2;

/** Charges `task` with a driver's fault that its request caused; at its MAX_STRIKES-th it
 * loses every service right, for good (reply rights stay: it may still answer). True then. */
export function chargeFault(task: Task): bool {
  task.strikes++;
  if (task.strikes < MAX_STRIKES) return false;
  task.sendRights = 0;
  return true;
}

/** A reply right's bit: the task's slot (MAX_TASKS is 16, so a u32 holds them all). */
function slotBit(task: Task): u32 {
  return u32(1) << task.slot;
}
