// System calls for ring-3 programs, as functions: `import { println, sleep } from "tskc/user/sys"`.
// In: the caller's arguments. Out: the kernel's answers (abi.ts lists the calls and
// their errors). Nothing to set up: a program can call these from main on.
import { Message, Sys } from "./abi";

/** Ends the calling task with `status`. */
export function exit(status: i32 = 0): void {
  syscall(Sys.Exit, u32(status));
}

/** Writes `length` bytes at `text` to the console; the count written, or a negative SysError. */
export function write(text: usize, length: u32): i32 {
  return i32(syscall(Sys.Write, text, length));
}

export function print(s: string): void {
  write(changetype<usize>(s) + 4, u32(s.length));
}

export function println(s: string): void {
  print(s);
  print("\n");
}

const digits = new StaticArray<u8>(10);

/** Decimal, no padding. */
export function printU32(value: u32): void {
  let n = 0;
  do {
    digits[n++] = u8(48 + value % 10);
    value = value / 10;
  } while (value != 0);
  for (let k = n - 1; k >= 0; k--) write(changetype<usize>(digits) + usize(k), 1);
}

export function printI32(value: i32): void {
  if (value < 0) {
    print("-");
    printU32(u32(0) - u32(value));
  } else {
    printU32(u32(value));
  }
}

/** Gives up the rest of the time slice. */
export function yieldSlice(): void {
  syscall(Sys.Yield);
}

/** Blocks for at least `ms` milliseconds. */
export function sleep(ms: u32): void {
  syscall(Sys.Sleep, ms);
}

/** The calling task's id. */
export function getpid(): u32 {
  return syscall(Sys.GetPid);
}

/** Timer ticks since boot. */
export function ticks(): u32 {
  return syscall(Sys.Ticks);
}

/** Queues a copy of `message` for task `to`; 0 or a negative SysError. */
export function send(to: u32, message: Message): i32 {
  return i32(syscall(Sys.Send, to, changetype<usize>(message)));
}

/** Waits for the next message and copies it into `message`; 0 or a negative SysError. */
export function receive(message: Message): i32 {
  return i32(syscall(Sys.Receive, changetype<usize>(message)));
}

/** The task registered under well-known service number `service`, or a negative SysError. */
export function lookup(service: u32): i32 {
  return i32(syscall(Sys.Lookup, service));
}
