// Console input: the bytes input drivers hand the kernel (Sys.ConsoleInput from the
// ring-3 keyboard and serial drivers). In: bytes pushed inside system calls, with
// interrupts off. Out: the same bytes, in order, for the shell to read with
// consoleInputRead(); what does not fit is dropped and counted. Needs consoleInputInit before the drivers start.
import { RingBuffer } from "../lib/ring";

const storage = new StaticArray<u8>(1024); // a terminal's paste arrives as fast as the line runs
const pending = new RingBuffer();

export function consoleInputInit(): void {
  pending.init(storage);
}

/** Queues one input byte; dropped when the buffer is full. */
export function consoleInputPush(byte: u8): void {
  pending.push(byte);
}

/** How many input bytes were dropped because the buffer was full. */
export function consoleInputDropped(): u32 {
  return pending.dropped;
}

/** The next input byte (0-255), or -1 if none is waiting. Never blocks. */
export function consoleInputRead(): i32 {
  return pending.pop();
}
