// Messages between tasks, and interrupts for drivers. In: Sys.Send and Sys.Receive from
// ring 3, the kernel's own messages, and interrupts the driver supervisor forwards. Out:
// each task's mailbox, a queue of up to 8 Messages (tskc/user/abi) in kernel memory; a
// full mailbox refuses a message (MailboxFull) and the sender decides whether to retry.
// An interrupt is never refused: it is a bit per IRQ line, pending until the task's next
// Receive, which delivers it (as a Message of kind Interrupt from the kernel) before any
// queued message, so that no other task can crowd a driver's interrupts out. A task that
// waits in Receive is woken with the message copied into its address space. Each task
// remembers the sender of the message it received last until its next Receive
// (Task.lastSender): a driver that faults in between is charged to that sender
// (drivers/supervisor.ts). Every entry
// point runs with interrupts off (system calls do already). Needs the scheduler.
import { Message, MessageKind, SysError } from "tskc/user/abi";
import { interruptsOff, restoreInterrupts } from "../lib/interrupt-state";
import { copyFromUser, copyToUser, userRangeOk } from "../mm/address-space";
import { blockReceiving, findTask, MAX_TASKS, Task, TaskState, wake } from "./scheduler";

const MAILBOX_SLOTS: u32 = 8;
const mailboxes = new StaticArray<Message>(MAX_TASKS * i32(MAILBOX_SLOTS));
const outgoing = new Message(); // the message being sent, in kernel memory

/** Queues a copy of the Message at kernel address `message` for `to`, stamped with `sender`
 * (0 = the kernel), or hands it straight to `to` if it waits in Receive. 0 or MailboxFull. */
function send(sender: u32, to: Task, message: usize): i32 {
  const copy = changetype<Message>(message);
  copy.sender = sender;
  if (to.state == TaskState.Receiving) {
    deliver(to, message);
    return 0;
  }
  if (to.mailboxCount == MAILBOX_SLOTS) return SysError.MailboxFull;
  const slot = mailboxes[i32(to.slot * MAILBOX_SLOTS + (to.mailboxHead + to.mailboxCount) % MAILBOX_SLOTS)];
  slot.sender = sender;
  slot.kind = copy.kind;
  slot.word0 = copy.word0;
  slot.word1 = copy.word1;
  slot.word2 = copy.word2;
  slot.word3 = copy.word3;
  to.mailboxCount++;
  return 0;
}

/** Completes the Receive `to` waits in: the message into its buffer, 0 (or BadAddress) as
 * the call's result, and the task ready again. */
function deliver(to: Task, message: usize): void {
  to.lastSender = changetype<Message>(message).sender;
  const frame = changetype<InterruptFrame>(to.frame);
  frame.eax = copyToUser(to.directory, to.receiveBuffer, message, sizeof<Message>()) ? 0 : u32(SysError.BadAddress);
  wake(to, true); // a driver serves it before any app
}

/** The kernel's own message to task `id`: `kind` and two words. 0, MailboxFull, or
 * NoSuchTask when `id` is not a live ring-3 task. Callable with interrupts on. */
export function ipcSendFromKernel(id: u32, kind: u32, word0: u32, word1: u32): i32 {
  const wereOn = interruptsOff();
  const to = findTask(id);
  let result: i32 = SysError.NoSuchTask;
  if (changetype<usize>(to) != 0 && to.directory != 0) {
    setOutgoing(kind, word0, word1);
    result = send(0, to, changetype<usize>(outgoing));
  }
  restoreInterrupts(wereOn);
  return result;
}

/** Marks interrupt line `irq` pending for `to` (a driver), delivering it at once if `to`
 * waits in Receive. Never refused; two interrupts of one line before a Receive are one. */
export function ipcNotifyInterrupt(to: Task, irq: u32): void {
  if (to.state == TaskState.Receiving) {
    setOutgoing(MessageKind.Interrupt, irq, 0);
    outgoing.sender = 0;
    deliver(to, changetype<usize>(outgoing));
  } else {
    to.pendingInterrupts |= u32(1) << irq;
  }
}

/** Sys.Send for `from`: copies the Message at user address `message` in, then queues it. */
export function ipcSendFromUser(from: Task, to: Task, message: usize): i32 {
  if (!copyFromUser(from.directory, changetype<usize>(outgoing), message, sizeof<Message>())) return SysError.BadAddress;
  return send(from.id, to, changetype<usize>(outgoing));
}

/** Sys.Receive for `task`: copies a pending interrupt, else the oldest queued message, to
 * user address `buffer` and returns 0; with neither, blocks the task until one comes, or,
 * if `timeoutMs` is not 0, until that long has passed (the scheduler then answers
 * TimedOut). BadAddress if `buffer` is not writable user memory. */
export function ipcReceive(task: Task, buffer: usize, timeoutMs: u32): i32 {
  task.lastSender = 0; // done with the message before: a fault from now on is not its sender's doing
  if (!userRangeOk(task.directory, buffer, sizeof<Message>(), true)) return SysError.BadAddress;
  if (task.pendingInterrupts != 0) {
    const irq = lowestBit(task.pendingInterrupts);
    task.pendingInterrupts &= ~(u32(1) << irq);
    setOutgoing(MessageKind.Interrupt, irq, 0);
    outgoing.sender = 0;
    return copyToUser(task.directory, buffer, changetype<usize>(outgoing), sizeof<Message>()) ? 0 : SysError.BadAddress;
  }
  if (task.mailboxCount == 0) {
    task.receiveBuffer = buffer;
    blockReceiving(task, timeoutMs);
    return 0; // the real result is written into the frame when a message arrives
  }
  const slot = mailboxes[i32(task.slot * MAILBOX_SLOTS + task.mailboxHead)];
  task.mailboxHead = (task.mailboxHead + 1) % MAILBOX_SLOTS;
  task.mailboxCount--;
  task.lastSender = slot.sender;
  return copyToUser(task.directory, buffer, changetype<usize>(slot), sizeof<Message>()) ? 0 : SysError.BadAddress;
}

function setOutgoing(kind: u32, word0: u32, word1: u32): void {
  outgoing.kind = kind;
  outgoing.word0 = word0;
  outgoing.word1 = word1;
  outgoing.word2 = 0;
  outgoing.word3 = 0;
}

function lowestBit(bits: u32): u32 {
  let k: u32 = 0;
  while ((bits & (u32(1) << k)) == 0) k++;
  return k;
}
