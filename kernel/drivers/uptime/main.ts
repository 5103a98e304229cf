// A driver with device memory: it keeps the uptime in the top-right corner of the VGA
// text screen ("up 12.3 s"), writing the characters straight into the one page of VGA
// memory its grant maps at DEVICE_MEMORY_BASE. That page, its own memory and nothing
// else of the machine is in its reach. Its grant: the VGA text buffer (0xb8000, 4000
// bytes), no ports, no IRQ.
import { DEVICE_MEMORY_BASE } from "tskc/user/abi";
import { sleep, ticks } from "tskc/user/sys";

const COLUMNS: u32 = 80;
const TICKS_PER_TENTH: u32 = 10; // the kernel's timer runs at 100 Hz
const ATTRIBUTE: u16 = 0x1e00; // yellow on blue, like a status line
const line = new StaticArray<u8>(16);
const digits = new StaticArray<u8>(10);
let length = 0;

export function main(): void {
  while (true) {
    draw(ticks() / TICKS_PER_TENTH);
    sleep(100);
  }
}

/** Writes "up S.T s" right-aligned in row 0, `tenths` being the uptime in tenths of a second. */
function draw(tenths: u32): void {
  length = 0;
  append("up ");
  let seconds = tenths / 10;
  let count = 0;
  do {
    digits[count++] = u8(48 + seconds % 10);
    seconds = seconds / 10;
  } while (seconds != 0);
  while (count > 0) line[length++] = digits[--count];
  line[length++] = 46; // "."
  line[length++] = u8(48 + tenths % 10);
  append(" s");
  const start = COLUMNS - u32(length);
  for (let k = 0; k < length; k++) store<u16>(DEVICE_MEMORY_BASE + (start + u32(k)) * 2, ATTRIBUTE | u16(line[k]));
}

function append(s: string): void {
  for (let k = 0; k < s.length; k++) line[length++] = u8(s.charCodeAt(k));
}
