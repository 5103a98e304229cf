// The task-state segment: the kernel stack the CPU switches to on an interrupt from
// ring 3, and the I/O permission bitmap that decides which ports ring 3 may use (SDM
// vol. 1, 19.5.2; vol. 3, 8.2.1). In: nothing. Out: tssAddress and TSS_LIMIT, for the
// descriptor gdt.ts installs; tssInit, which gdtInit calls before `ltr`; the stack and
// port setters. There is one TSS: the scheduler sets esp0 for whichever task runs.
//
// Memory layout, one static block: the 104-byte segment, then one bit per port for all
// 65536 ports (8192 bytes; 1 = denied), then a byte of all ones, which the SDM requires
// because the CPU reads two bytes of the map for every check. The limit covers that byte.
// EFLAGS.IOPL stays 0, so ring 3 may use exactly the ports whose bits are 0.

/** The 32-bit task-state segment. We use no hardware task switching: only ss0/esp0 and
 * the I/O map base matter (SDM vol. 3, 8.2.1). */
@unmanaged
class TaskStateSegment {
  link: u32;
  esp0: u32;
  ss0: u32;
  esp1: u32;
  ss1: u32;
  esp2: u32;
  ss2: u32;
  cr3: u32;
  eip: u32;
  eflags: u32;
  eax: u32;
  ecx: u32;
  edx: u32;
  ebx: u32;
  esp: u32;
  ebp: u32;
  esi: u32;
  edi: u32;
  es: u32;
  cs: u32;
  ss: u32;
  ds: u32;
  fs: u32;
  gs: u32;
  ldt: u32;
  trapAndIoMapBase: u32; // the I/O map base in the high 16 bits
}

const PORT_COUNT: u32 = 65536;
const IO_MAP_BASE: u32 = sizeof<TaskStateSegment>(); // 104: the map follows the segment
const IO_MAP_BYTES: u32 = PORT_COUNT / 8;
const TSS_BYTES: u32 = IO_MAP_BASE + IO_MAP_BYTES + 1; // the trailing all-ones byte
const ALL_DENIED: u8 = 0xff;

/** The descriptor's limit: the offset of the TSS's last byte, the map's trailing byte. */
export const TSS_LIMIT: u32 = TSS_BYTES - 1;

const tssBytes = new StaticArray<u8>(TSS_BYTES);

function tss(): TaskStateSegment {
  return changetype<TaskStateSegment>(tssBytes);
}

/** The TSS's address: the base of its descriptor. */
export function tssAddress(): usize {
  return changetype<usize>(tssBytes);
}

/** Fills in the kernel stack segment and the I/O map base, and denies every port to ring 3.
 * gdtInit runs it before loading the task register. */
export function tssInit(kernelStackSegment: u16): void {
  tss().ss0 = kernelStackSegment;
  tss().trapAndIoMapBase = IO_MAP_BASE << 16;
  for (let offset = IO_MAP_BASE; offset < TSS_BYTES; offset++) tssBytes[offset] = ALL_DENIED;
}

/** Sets the stack the CPU switches to on an interrupt or exception from ring 3: `esp0` is
 * its top (the first push goes just below it). */
export function tssSetKernelStack(esp0: usize): void {
  tss().esp0 = esp0;
}

/** Lets ring 3 use the ports [firstPort, firstPort + count) when `allowed`, else denies them.
 * Ports past 0xffff are ignored. */
export function ioPermit(firstPort: u16, count: u16, allowed: bool): void {
  for (let port = u32(firstPort); port < u32(firstPort) + u32(count) && port < PORT_COUNT; port++) {
    const index = IO_MAP_BASE + (port >> 3);
    const bit = u8(1 << (port & 7));
    if (allowed) tssBytes[index] &= ~bit;
    else tssBytes[index] |= bit;
  }
}


/** Whether ring 3 may use `port` now: its bit in the map is clear. */
export function ioPermitted(port: u16): bool {
  return (tssBytes[IO_MAP_BASE + (u32(port) >> 3)] & u8(1 << (port & 7))) == 0;
}
