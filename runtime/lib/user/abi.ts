// The system-call interface between a kernel and its ring-3 programs: numbers, error
// codes and the structures that cross the boundary. In: nothing. Out: the constants
// and layouts both sides import ("tskc/user/abi"), so that they cannot disagree.
//
// A call is `syscall(number, a, b, c)` (runtime/prelude.d.ts): `int 0x80` with eax =
// number and ebx, ecx, edx = arguments; the result comes back in eax. A negative result
// is a SysError. Pointers are addresses in the caller's address space; the kernel
// checks each one (inside user space, mapped, user-accessible, writable if written)
// before it touches it, and answers BadAddress otherwise. tskc itself relies on two
// calls: Exit (a program's main returned) and Trap (a runtime check failed).

export const enum Sys {
  /** (status: i32): ends the calling task. Never returns. */
  Exit = 0,
  /** (text: usize, length: u32): writes bytes to the console; the count written. */
  Write = 1,
  /** (): gives up the rest of the time slice. */
  Yield = 2,
  /** (ms: u32): blocks for at least `ms` milliseconds. */
  Sleep = 3,
  /** (): the caller's task id. */
  GetPid = 4,
  /** (task: u32, message: usize): queues a copy of the Message at `message` for `task`.
   * Denied unless the caller holds a right to send to `task`: for a service `task` serves,
   * or to answer `task`'s request (docs/kernel.md, "Send rights"). */
  Send = 5,
  /** (message: usize, timeoutMs: u32): blocks until a message arrives and copies it to
   * `message`; gives up with TimedOut after `timeoutMs` (0: waits for ever). */
  Receive = 6,
  /** (report: usize): a runtime check failed (TrapReport); the kernel stops the task. */
  Trap = 7,
  /** (byte: u32): hands a byte of console input to the kernel. Input drivers only. */
  ConsoleInput = 8,
  /** (): timer ticks since boot. */
  Ticks = 9,
  /** (service: u32): the id of the task that serves well-known service number `service` now,
   * NoSuchTask, or Denied when the caller holds no right to send to that service. */
  Lookup = 10,
}

/** Where a driver finds the device memory (MMIO) its kernel granted it: each granted range
 * is mapped from here, in the order granted, each starting on a fresh page at its offset
 * within its first page. Nothing else of the machine's memory is in a driver's reach. */
export const DEVICE_MEMORY_BASE: usize = 0xa0000000;

/** Negative results of a system call. */
export const enum SysError {
  BadCall = -1, // no such system call
  BadAddress = -2, // a pointer outside the caller's user memory, or not mapped so
  BadArgument = -3,
  NoSuchTask = -4,
  Denied = -5, // the caller lacks the right this call needs (a system call's, or to send to a task or service)
  MailboxFull = -6,
  TimedOut = -7,
}

/** Message kinds. The kernel sends Interrupt (word0 = the IRQ line) to a driver that owns a line. */
export const enum MessageKind {
  Interrupt = 1,
  Request = 2,
  Reply = 3,
}

/** What Send copies and Receive fills: 24 bytes. The kernel sets `sender` (0 = the kernel). */
@unmanaged
export class Message {
  sender: u32;
  kind: u32;
  word0: u32;
  word1: u32;
  word2: u32;
  word3: u32;
}

export const enum TrapKind {
  Bounds = 1,
  StackOverflow = 2,
}

/** What the ring-3 trap module (trap.ts) reports with Sys.Trap. `file` is a string in the program. */
@unmanaged
export class TrapReport {
  kind: u32;
  file: usize;
  line: u32;
  index: u32;
  length: u32;
}
