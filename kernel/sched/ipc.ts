// Messages between tasks (and from the kernel to a task). In: Sys.Send and Sys.Receive
// from ring 3, and the kernel's own sends (a driver's interrupts). Out: each task's
// mailbox, a queue of up to 8 Messages (tskc/user/abi) kept in kernel memory; a task
// that waits in Receive is woken with the message copied into its address space. A
// full mailbox refuses the message (MailboxFull): the sender decides whether to retry.
// Needs the scheduler.
import { Message, SysError } from "tskc/user/abi";
import { copyFromUser, copyToUser, userRangeOk } from "../mm/address-space";
import { blockReceiving, MAX_TASKS, Task, TaskState, wake } from "./scheduler";

const MAILBOX_SLOTS: u32 = 8;
const mailboxes = new StaticArray<Message>(MAX_TASKS * i32(MAILBOX_SLOTS));
const incoming = new Message(); // the message being sent, in kernel memory

/** Queues a copy of the Message at kernel address `message` for `to`, stamped with `sender`
 * (0 = the kernel), or hands it straight to `to` if it waits in Receive. 0 or MailboxFull. */
export function ipcSend(sender: u32, to: Task, message: usize): i32 {
  const copy = changetype<Message>(message);
  if (to.state == TaskState.Receiving) {
    copy.sender = sender;
    const frame = changetype<InterruptFrame>(to.frame);
    frame.eax = copyToUser(to.directory, to.receiveBuffer, message, sizeof<Message>()) ? 0 : u32(SysError.BadAddress);
    wake(to);
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

/** The kernel's own message to `to`: `kind` and two words. 0 or MailboxFull. */
export function ipcSendFromKernel(to: Task, kind: u32, word0: u32, word1: u32): i32 {
  incoming.kind = kind;
  incoming.word0 = word0;
  incoming.word1 = word1;
  incoming.word2 = 0;
  incoming.word3 = 0;
  return ipcSend(0, to, changetype<usize>(incoming));
}

/** Sys.Send for `from`: copies the Message at user address `message` in, then as ipcSend. */
export function ipcSendFromUser(from: Task, to: Task, message: usize): i32 {
  if (!copyFromUser(from.directory, changetype<usize>(incoming), message, sizeof<Message>())) return SysError.BadAddress;
  return ipcSend(from.id, to, changetype<usize>(incoming));
}

/** Sys.Receive for `task`: copies the oldest queued message to user address `buffer` and
 * returns 0; with none queued, blocks the task until ipcSend delivers one, or, if
 * `timeoutMs` is not 0, until that long has passed (the scheduler then answers TimedOut).
 * BadAddress if `buffer` is not writable user memory. */
export function ipcReceive(task: Task, buffer: usize, timeoutMs: u32): i32 {
  if (!userRangeOk(task.directory, buffer, sizeof<Message>(), true)) return SysError.BadAddress;
  if (task.mailboxCount == 0) {
    task.receiveBuffer = buffer;
    blockReceiving(task, timeoutMs);
    return 0; // the real result is written into the frame when a message arrives
  }
  const slot = mailboxes[i32(task.slot * MAILBOX_SLOTS + task.mailboxHead)];
  task.mailboxHead = (task.mailboxHead + 1) % MAILBOX_SLOTS;
  task.mailboxCount--;
  return copyToUser(task.directory, buffer, changetype<usize>(slot), sizeof<Message>()) ? 0 : SysError.BadAddress;
}
