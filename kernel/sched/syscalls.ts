// The system-call gate: `int 0x80` from ring 3 (tskc/user/abi lists the calls). In: the
// caller's frame, eax = call number, ebx/ecx/edx = arguments. Out: the result in the
// frame's eax, a SysError when negative; a bad number or argument is refused, never
// trusted: every user pointer is checked (userRangeOk) before the kernel reads or writes
// through it. Runs with interrupts off (an interrupt gate) on the caller's kernel stack,
// with the caller's address space loaded. Needs the scheduler, IPC and fault reporting.
import { SysError } from "tskc/user/abi";
import { idtAllowFromUser } from "../arch/x86/idt";
import { registerInterruptHandler } from "../arch/x86/interrupts";
import { timerTicks } from "../arch/x86/pit";
import { consoleInputPush } from "../drivers/console-input";
import { consoleAtLineStart, consolePutChar, printk, sanitizedTaskByte } from "../lib/printk";
import { userRangeOk } from "../mm/address-space";
import { reportTrap } from "./faults";
import { ipcReceive, ipcSendFromUser } from "./ipc";
import { currentTask, endCurrentTask, findTask, sleepTask, Task, TaskState } from "./scheduler";
import { lookupService, noteSent, SendRight, sendRight } from "./rights";

/** Rights a task's grants may hold (process.ts TaskGrants.rights). */
export const RIGHT_CONSOLE_INPUT: u32 = 1;

const SYSCALL_VECTOR = 0x80;
/** The most one Write prints: it runs with interrupts off, and a line is what tskc/user/sys
 * hands over at a time (a longer one arrives in pieces). */
const MAX_WRITE: u32 = 256;
/** The kernel's reports ([fault], [driver], [exit]) start their lines with this; a task's
 * line that does is shown under the task's name, so that no task can pass for the kernel. */
const REPORT_MARK: u8 = 0x5b; // '['

type SystemCall = (task: Task, frame: InterruptFrame) => i32;

/** Indexed by call number: the order is the ABI's, Sys in tskc/user/abi. */
const calls: StaticArray<SystemCall> = [
  sysExit, sysWrite, sysYield, sysSleep, sysGetPid, sysSend, sysReceive, sysTrap, sysConsoleInput, sysTicks, sysLookup,
];

/** Opens vector 0x80 to ring 3. */
export function syscallsInit(): void {
  registerInterruptHandler(SYSCALL_VECTOR, onSystemCall);
  idtAllowFromUser(SYSCALL_VECTOR);
}

function onSystemCall(frame: InterruptFrame): void {
  const task = currentTask();
  if ((frame.cs & 3) != 3) {
    frame.eax = u32(SysError.BadCall); // kernel threads call the kernel directly
    return;
  }
  frame.eax = frame.eax < u32(calls.length) ? u32(calls[i32(frame.eax)](task, frame)) : u32(SysError.BadCall);
}

function sysExit(task: Task, frame: InterruptFrame): i32 {
  printk("[exit] task %u (%s): status %d\n", task.id, changetype<usize>(task.name), frame.ebx);
  endCurrentTask(false);
  return 0;
}

function sysWrite(task: Task, frame: InterruptFrame): i32 {
  const text = frame.ebx;
  const length = frame.ecx;
  if (length > MAX_WRITE) return SysError.BadArgument;
  if (!userRangeOk(task.directory, text, length, false)) return SysError.BadAddress;
  for (let k: u32 = 0; k < length; k++) {
    const c = sanitizedTaskByte(load<u8>(text + k), true); // the caller's space is loaded
    if (c == REPORT_MARK && consoleAtLineStart()) printk("task %u (%s): ", task.id, changetype<usize>(task.name));
    consolePutChar(c);
  }
  return i32(length);
}

function sysYield(task: Task, frame: InterruptFrame): i32 {
  task.state = TaskState.Ready; // no longer running: the frame switcher picks the next task
  return 0;
}

function sysSleep(task: Task, frame: InterruptFrame): i32 {
  sleepTask(task, frame.ebx);
  return 0;
}

function sysGetPid(task: Task, frame: InterruptFrame): i32 {
  return i32(task.id);
}

function sysSend(task: Task, frame: InterruptFrame): i32 {
  const to = findTask(frame.ebx);
  if (changetype<usize>(to) == 0 || to.directory == 0) return SysError.NoSuchTask;
  const right = sendRight(task, to);
  if (right == SendRight.None) return SysError.Denied;
  const result = ipcSendFromUser(task, to, frame.ecx);
  if (result == 0) noteSent(task, to, right);
  return result;
}

function sysReceive(task: Task, frame: InterruptFrame): i32 {
  task.busyTicks = 0; // waiting for work is what the watchdog wants to see
  return ipcReceive(task, frame.ebx, frame.ecx);
}

function sysTrap(task: Task, frame: InterruptFrame): i32 {
  reportTrap(task, frame.ebx);
  return 0;
}

function sysConsoleInput(task: Task, frame: InterruptFrame): i32 {
  if ((task.rights & RIGHT_CONSOLE_INPUT) == 0) return SysError.Denied;
  if (frame.ebx > 0xff) return SysError.BadArgument;
  consoleInputPush(u8(frame.ebx));
  return 0;
}

function sysTicks(task: Task, frame: InterruptFrame): i32 {
  return i32(timerTicks());
}

function sysLookup(task: Task, frame: InterruptFrame): i32 {
  return lookupService(task, frame.ebx);
}
