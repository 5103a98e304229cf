// The interrupt descriptor table. In: the 256 entry stubs tskc generates for the
// dispatcher (interrupts.ts). Out: a loaded IDT whose every vector reaches the
// dispatcher. Needs the GDT first (the gates name the kernel code selector).
import { DescriptorTablePointer, KERNEL_CODE_SELECTOR } from "./gdt";
import { dispatchInterrupt } from "./interrupts";

/** An 8-byte interrupt gate (SDM vol. 3, 6.11). */
@unmanaged
export class Gate {
  offsetLow: u16;
  selector: u16;
  zero: u8;
  flags: u8; // present, privilege needed to use `int n`, type
  offsetHigh: u16;
}

const GATE_INTERRUPT_RING0: u8 = 0x8e; // present, DPL 0, 32-bit interrupt gate (clears IF)
const GATE_INTERRUPT_RING3: u8 = 0xee; // the same, reachable by `int n` from ring 3

const idt = new StaticArray<Gate>(256);
const idtPointer = new DescriptorTablePointer();
const stubs = interruptStubs(dispatchInterrupt);

/** Points every vector at its stub and loads the IDT. */
export function idtInit(): void {
  for (let vector = 0; vector < idt.length; vector++) setGate(vector, GATE_INTERRUPT_RING0);
  idtPointer.limit = u16(idt.length * 8 - 1);
  idtPointer.base = changetype<usize>(idt);
  lidt(changetype<usize>(idtPointer));
}

/** Lets ring 3 raise `vector` with `int` (system calls). */
export function idtAllowFromUser(vector: i32): void {
  setGate(vector, GATE_INTERRUPT_RING3);
}

function setGate(vector: i32, flags: u8): void {
  const gate = idt[vector];
  const entry = stubs[vector];
  gate.offsetLow = u16(entry);
  gate.selector = KERNEL_CODE_SELECTOR;
  gate.zero = 0;
  gate.flags = flags;
  gate.offsetHigh = u16(entry >> 16);
}
