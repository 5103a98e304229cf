// Fault containment: what happens when a ring-3 task misbehaves. In: CPU exceptions
// raised in ring 3 (from the dispatcher), failed runtime checks the task reports itself
// (Sys.Trap), and timer ticks (the watchdog). Out: one report line naming the task, the
// fault and where it happened, then the task is ended as faulted; the scheduler's
// task-end handler (the driver supervisor) decides what follows. Exceptions in ring 0 are
// the core's own bugs: they are not contained (exceptions.ts stops the machine).
// Needs the scheduler and the dispatcher.
import { TrapKind, TrapReport } from "tskc/user/abi";
import { exceptionName, PAGE_FAULT } from "../arch/x86/exceptions";
import { registerInterruptHandler, setFaultContainer } from "../arch/x86/interrupts";
import { ioPermitted } from "../arch/x86/tss";
import { IRQ_BASE } from "../arch/x86/pic";
import { printk, sanitizedTaskByte } from "../lib/printk";
import { copyFromUser, userRangeOk } from "../mm/address-space";
import { USER_END, USER_START } from "../mm/paging";
import { USER_STACK_BYTES, USER_STACK_TOP } from "./process";
import { currentTask, endCurrentTask, Task } from "./scheduler";

const DIVIDE_ERROR: u32 = 0;
const NMI: u32 = 2;
const MACHINE_CHECK: u32 = 18;
const GENERAL_PROTECTION: u32 = 13;
const PAGE: u32 = 4096;
const MAX_FILE_NAME: u32 = 120;

const report = new TrapReport();
const fileName = new StaticArray<u8>(i32(MAX_FILE_NAME) + 4); // a string: length word, then bytes

/** Contains ring-3 exceptions and starts the watchdog. Run after the scheduler's init. */
export function faultsInit(): void {
  setFaultContainer(containFault);
  registerInterruptHandler(IRQ_BASE, watchdogTick);
}

/** The dispatcher's fault container: true when the fault was a ring-3 task's and is handled. */
function containFault(frame: InterruptFrame): bool {
  if ((frame.cs & 3) != 3 || frame.vector == NMI || frame.vector == MACHINE_CHECK) return false; // not the task's doing
  const task = currentTask();
  printk("[fault] task %u (%s): ", task.id, changetype<usize>(task.name));
  if (frame.vector == PAGE_FAULT) describePageFault(frame.errorCode);
  else if (frame.vector == GENERAL_PROTECTION) describeProtectionFault(task, frame);
  else if (frame.vector == DIVIDE_ERROR) printk("divide by zero");
  else printk("%s", changetype<usize>(exceptionName(frame.vector)));
  printk(" at eip=0x%08x; task stopped\n", frame.eip);
  endCurrentTask(true);
  return true;
}

/** The page-fault error code's bits: 0 protection (else not present), 1 write, 4 instruction fetch. */
function describePageFault(code: u32): void {
  const address = readCr2();
  const access = (code & 16) != 0 ? "instruction fetch" : (code & 2) != 0 ? "write" : "read";
  const guardBottom = USER_STACK_TOP - USER_STACK_BYTES - PAGE;
  if (address >= guardBottom && address < USER_STACK_TOP - USER_STACK_BYTES) {
    printk("stack overflow (%s at 0x%08x, below the user stack)", changetype<usize>(access), address);
  } else if ((code & 1) == 0) {
    printk("%s of unmapped memory at 0x%08x%s", changetype<usize>(access), address, changetype<usize>(address < PAGE ? " (null pointer)" : ""));
  } else if (address < USER_START || address >= USER_END) {
    printk("%s of kernel memory at 0x%08x", changetype<usize>(access), address);
  } else {
    printk("%s of read-only memory at 0x%08x", changetype<usize>(access), address);
  }
}

const OPERAND_SIZE_PREFIX: i32 = 0x66;
const REP_PREFIX: i32 = 0xf3;
const REPNE_PREFIX: i32 = 0xf2;
const MAX_PREFIXES = 4;

/** The byte at user address `at` in the task's (loaded) address space, or -1 if it cannot be read. */
function userByte(task: Task, at: usize): i32 {
  return userRangeOk(task.directory, at, 1, false) ? i32(load<u8>(at)) : -1;
}

/** Names the instruction behind a ring-3 #GP when it is one a task may not run: a privileged
 * one, or port I/O touching a port its grants (the TSS bitmap) leave out. */
function describeProtectionFault(task: Task, frame: InterruptFrame): void {
  let at = frame.eip;
  let wide16 = false;
  let repeated = false;
  let opcode = userByte(task, at);
  for (let k = 0; k < MAX_PREFIXES && (opcode == OPERAND_SIZE_PREFIX || opcode == REP_PREFIX || opcode == REPNE_PREFIX); k++) {
    if (opcode == OPERAND_SIZE_PREFIX) wide16 = true;
    else repeated = true;
    opcode = userByte(task, ++at);
  }
  if (opcode == 0xfa) printk("privileged instruction cli");
  else if (opcode == 0xfb) printk("privileged instruction sti");
  else if (opcode == 0xf4) printk("privileged instruction hlt");
  else if (!describePortFault(task, frame, at, opcode, wide16, repeated)) printk("general protection fault (error code 0x%x)", frame.errorCode);
}

/** For in/out (0xe4-0xe7 with an immediate port, 0xec-0xef with dx) and ins/outs (0x6c-0x6f,
 * dx), any width: the first port of those the access spans that is not granted, and the
 * access, as "I/O port 0x81 not granted (outw at 0x80)". False for any other opcode, or if
 * every port it spans is granted (then the #GP had another cause). */
function describePortFault(task: Task, frame: InterruptFrame, at: usize, opcode: i32, wide16: bool, repeated: bool): bool {
  const immediate = opcode >= 0xe4 && opcode <= 0xe7;
  const stringOp = opcode >= 0x6c && opcode <= 0x6f;
  if (!immediate && !stringOp && !(opcode >= 0xec && opcode <= 0xef)) return false;
  const port = immediate ? u32(userByte(task, at + 1)) & 0xff : frame.edx & 0xffff;
  const bytes: u32 = (opcode & 1) == 0 ? 1 : wide16 ? 2 : 4;
  let denied: i32 = -1;
  for (let k: u32 = 0; k < bytes && denied < 0; k++) if (!ioPermitted(u16(port + k))) denied = i32(port + k);
  if (denied < 0) return false;
  const width = bytes == 1 ? "b" : bytes == 2 ? "w" : "d";
  printk("I/O port 0x%x not granted (%s%s%s%s at 0x%x)", u32(denied), changetype<usize>(repeated ? "rep " : ""),
    changetype<usize>((opcode & 2) != 0 ? "out" : "in"), changetype<usize>(stringOp ? "s" : ""), changetype<usize>(width), port);
  return true;
}

/** Sys.Trap: the task's own runtime check failed; `address` points at its TrapReport. */
export function reportTrap(task: Task, address: usize): void {
  printk("[fault] task %u (%s): ", task.id, changetype<usize>(task.name));
  if (!copyFromUser(task.directory, changetype<usize>(report), address, sizeof<TrapReport>())) {
    printk("trap with an unreadable report");
  } else if (report.kind == TrapKind.Bounds) {
    printk("bounds check failed: index %u, length %u, at %s:%u", report.index, report.length, copyFileName(task, report.file), report.line);
  } else if (report.kind == TrapKind.StackOverflow) {
    printk("stack overflow (stack check)");
  } else {
    printk("trap of unknown kind %u", report.kind);
  }
  printk("; task stopped\n");
  endCurrentTask(true);
}

/** The file name a TrapReport points to (a tskc string: u32 length, then bytes), copied into
 * kernel memory, cut to MAX_FILE_NAME and sanitised (it is printed inside the kernel's own
 * report line: a newline in it must not start a line of its own); its address as a printk
 * %s argument. */
function copyFileName(task: Task, name: usize): usize {
  let length: u32 = 0;
  const out = changetype<usize>(fileName);
  if (!copyFromUser(task.directory, out, name, 4)) length = 0;
  else length = load<u32>(out);
  if (length > MAX_FILE_NAME) length = MAX_FILE_NAME;
  if (!copyFromUser(task.directory, out + 4, name + 4, length)) length = 0;
  for (let k: u32 = 0; k < length; k++) store<u8>(out + 4 + k, sanitizedTaskByte(load<u8>(out + 4 + k), false));
  store<u32>(out, length);
  return out;
}

/** Each tick that lands in a ring-3 task with a watchdog counts against it; waiting for a
 * message or sleeping resets the count. A task past its limit is stopped as hung. */
function watchdogTick(frame: InterruptFrame): void {
  const task = currentTask();
  if (task.watchdogTicks == 0 || (frame.cs & 3) != 3) return;
  if (++task.busyTicks <= task.watchdogTicks) return;
  printk("[fault] task %u (%s): watchdog: ran %u ticks without waiting at eip=0x%08x; task stopped\n",
    task.id, changetype<usize>(task.name), task.busyTicks - 1, frame.eip);
  endCurrentTask(true);
}
