// The global descriptor table: flat 4 GiB segments for the kernel (ring 0) and
// for user code (ring 3), and a slot for the task-state segment. In: nothing.
// Out: the loaded GDT, CS/DS/ES/FS/GS/SS reloaded, the TSS (tss.ts) initialised and
// loaded into TR. Must run first: the multiboot loader leaves GDTR pointing at nothing
// we own.
import { tssAddress, tssInit, TSS_LIMIT } from "./tss";

/** An 8-byte segment descriptor (Intel SDM vol. 3, 3.4.5). */
@unmanaged
export class SegmentDescriptor {
  limitLow: u16;
  baseLow: u16;
  baseMiddle: u8;
  access: u8; // present, ring, type
  flagsAndLimitHigh: u8; // granularity and size flags in the high nibble, limit bits 16-19 low
  baseHigh: u8;

  set(base: u32, limit: u32, access: u8, flags: u8): void {
    this.limitLow = u16(limit);
    this.baseLow = u16(base);
    this.baseMiddle = u8(base >> 16);
    this.access = access;
    this.flagsAndLimitHigh = (flags << 4) | u8((limit >> 16) & 0x0f);
    this.baseHigh = u8(base >> 24);
  }
}

/** 6-byte operand of lgdt/lidt. */
@packed
export class DescriptorTablePointer {
  limit: u16;
  base: u32;
}

export const KERNEL_CODE_SELECTOR: u16 = 0x08;
export const KERNEL_DATA_SELECTOR: u16 = 0x10;
export const USER_CODE_SELECTOR: u16 = 0x18 | 3;
export const USER_DATA_SELECTOR: u16 = 0x20 | 3;
export const TSS_SELECTOR: u16 = 0x28;

const ACCESS_KERNEL_CODE: u8 = 0x9a; // present, ring 0, code, readable
const ACCESS_KERNEL_DATA: u8 = 0x92; // present, ring 0, data, writable
const ACCESS_USER_CODE: u8 = 0xfa; // present, ring 3, code, readable
const ACCESS_USER_DATA: u8 = 0xf2; // present, ring 3, data, writable
const ACCESS_TSS: u8 = 0x89; // present, ring 0, 32-bit available TSS
const FLAGS_4K_32BIT: u8 = 0xc; // 4 KiB granularity, 32-bit segment
const FLAT_LIMIT: u32 = 0xfffff; // 4 GiB in 4 KiB units

const gdt = new StaticArray<SegmentDescriptor>(6);
const gdtPointer = new DescriptorTablePointer();

/** Builds and loads the GDT, reloads every segment register, and loads the TSS. */
export function gdtInit(): void {
  gdt[1].set(0, FLAT_LIMIT, ACCESS_KERNEL_CODE, FLAGS_4K_32BIT);
  gdt[2].set(0, FLAT_LIMIT, ACCESS_KERNEL_DATA, FLAGS_4K_32BIT);
  gdt[3].set(0, FLAT_LIMIT, ACCESS_USER_CODE, FLAGS_4K_32BIT);
  gdt[4].set(0, FLAT_LIMIT, ACCESS_USER_DATA, FLAGS_4K_32BIT);
  tssInit(KERNEL_DATA_SELECTOR);
  gdt[5].set(tssAddress(), TSS_LIMIT, ACCESS_TSS, 0); // byte granularity
  gdtPointer.limit = u16(gdt.length * 8 - 1);
  gdtPointer.base = changetype<usize>(gdt);
  lgdt(changetype<usize>(gdtPointer));
  loadSegments(KERNEL_CODE_SELECTOR, KERNEL_DATA_SELECTOR);
  ltr(TSS_SELECTOR);
}
