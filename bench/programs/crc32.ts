// Benchmark: bitwise CRC-32 (IEEE 802.3: reflected, polynomial 0xEDB88320, initial
// value and final xor 0xFFFFFFFF) of 256 KiB of xorshift32 bytes. In: nothing.
// Out: the CRC in hex on COM1, then exit(0). Measures shifts, xors and a
// data-dependent branch in an 8-step inner loop, one byte load per step.
import { printHex, println } from "tskc/serial";
import { exit } from "tskc/exit";

const SIZE: i32 = 262144;
const buffer = new StaticArray<u8>(SIZE);

/** Each xorshift32 step (Marsaglia's 13, 17, 5) supplies one byte: its low 8 bits. */
function fill(): void {
  let x: u32 = 2463534242;
  for (let i: i32 = 0; i < SIZE; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    buffer[i] = u8(x);
  }
}

function crc32(): u32 {
  let crc: u32 = 0xffffffff;
  for (let i: i32 = 0; i < buffer.length; i++) {
    crc ^= buffer[i];
    for (let bit = 0; bit < 8; bit++) {
      if ((crc & 1) != 0) crc = (crc >> 1) ^ 0xedb88320;
      else crc >>= 1;
    }
  }
  return crc ^ 0xffffffff;
}

export function main(): void {
  fill();
  printHex(crc32());
  println("");
  exit(0);
}
