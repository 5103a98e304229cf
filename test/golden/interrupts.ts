// Descriptor tables and interrupts: a GDT and an IDT built from structs, lgdt and
// loadSegments, generated entry stubs, a handler that reads and changes its frame,
// a general-protection fault the handler steps over, and inline asm.
import { print, printHex, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

@unmanaged
class SegmentDescriptor {
  limitLow: u16;
  baseLow: u16;
  baseMiddle: u8;
  access: u8;
  granularity: u8;
  baseHigh: u8;
}

@unmanaged
class Gate {
  offsetLow: u16;
  selector: u16;
  zero: u8;
  flags: u8;
  offsetHigh: u16;
}

@packed
class TablePointer {
  limit: u16;
  base: u32;
}

const KERNEL_CODE: u16 = 0x08;
const KERNEL_DATA: u16 = 0x10;
const gdt = new StaticArray<SegmentDescriptor>(3);
const idt = new StaticArray<Gate>(256);
const gdtPointer = new TablePointer();
const idtPointer = new TablePointer();

function flatSegment(d: SegmentDescriptor, access: u8): void {
  d.limitLow = 0xffff;
  d.access = access;
  d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
}

function onInterrupt(frame: InterruptFrame): void {
  print("interrupt ");
  printU32(frame.vector);
  print(" error ");
  printHex(frame.errorCode);
  print(" cs ");
  printHex(frame.cs);
  println("");
  if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
  if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
}

const stubs = interruptStubs(onInterrupt);

export function main(): void {
  flatSegment(gdt[1], 0x9a);
  flatSegment(gdt[2], 0x92);
  gdtPointer.limit = u16(gdt.length) * 8 - 1;
  gdtPointer.base = changetype<usize>(gdt);
  lgdt(changetype<usize>(gdtPointer));
  loadSegments(KERNEL_CODE, KERNEL_DATA);
  println("gdt loaded");

  for (let v = 0; v < idt.length; v++) {
    const gate = idt[v];
    const entry = stubs[v];
    gate.offsetLow = u16(entry);
    gate.selector = KERNEL_CODE;
    gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    gate.offsetHigh = u16(entry >> 16);
  }
  idtPointer.limit = u16(idt.length * 8 - 1);
  idtPointer.base = changetype<usize>(idt);
  lidt(changetype<usize>(idtPointer));
  println("idt loaded");

  int3();
  int(0x40);
  const answer = asm`int 0x41`;
  print("eax after int 0x41: ");
  printU32(answer);
  println("");
  asm`mov eax, 0x1234
      mov ds, ax`;
  println("resumed after #GP");
  print("protected mode: ");
  println((readCr0() & 1) != 0 ? "yes" : "no");
  print("interrupts enabled: ");
  println((readEflags() & 0x200) != 0 ? "yes" : "no");
  print("operand sum via asm: ");
  printU32(asm`mov eax, ${20}
               add eax, ${22}`);
  println("");
  exit(0);
}
