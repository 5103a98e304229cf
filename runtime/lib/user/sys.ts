// System calls for ring-3 programs, as functions: `import { println, sleep } from "tskc/user/sys"`.
// In: the caller's arguments. Out: the kernel's answers (abi.ts lists the calls and
// their errors). Nothing to set up: a program can call these from main on. Console
// output is line-buffered, as in C's stdio: print collects a line and hands it to the
// kernel in one Write at its '\n', so lines of different tasks never mix.
import { Message, Sys } from "./abi";

/** Ends the calling task with `status`, after writing out any unfinished line. */
export function exit(status: i32 = 0): void {
  flush();
  syscall(Sys.Exit, u32(status));
}

/** Writes `length` bytes at `text` to the console; the count written, or a negative SysError. */
export function write(text: usize, length: u32): i32 {
  return i32(syscall(Sys.Write, text, length));
}

const line = new StaticArray<u8>(256);
let lineLength = 0;

/** Adds a byte to the line; a full line or a '\n' goes out. */
export function putc(c: u8): void {
  line[lineLength++] = c;
  if (c == 10 || lineLength == line.length) flush();
}

/** Writes out the buffered part of the line. */
export function flush(): void {
  if (lineLength > 0) write(changetype<usize>(line), u32(lineLength));
  lineLength = 0;
}

export function print(s: string): void {
  for (let k = 0; k < s.length; k++) putc(u8(s.charCodeAt(k)));
}

export function println(s: string): void {
  print(s);
  putc(10);
}

const digits = new StaticArray<u8>(10);

/** Decimal, no padding. */
export function printU32(value: u32): void {
  let n = 0;
  do {
    digits[n++] = u8(48 + value % 10);
    value = value / 10;
  } while (value != 0);
  for (let k = n - 1; k >= 0; k--) putc(digits[k]);
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

/** Waits for the next message and copies it into `message`; 0, or a negative SysError:
 * TimedOut when `timeoutMs` (0: no limit) passed first. */
export function receive(message: Message, timeoutMs: u32 = 0): i32 {
  return i32(syscall(Sys.Receive, changetype<usize>(message), timeoutMs));
}

/** The task registered under well-known service number `service`, or a negative SysError. */
export function lookup(service: u32): i32 {
  return i32(syscall(Sys.Lookup, service));
}
