// CPU exceptions (vectors 0-31). In: the frame of a fault or trap. Out: a report on
// both consoles (name, error code, registers; for a page fault CR2 and the access
// that faulted), then the run ends with exit code 0x80 + vector (runtime/EXIT_PROTOCOL.md),
// never a triple fault. Called by the dispatcher (interrupts.ts).
import { printk } from "../../lib/printk";

const EXCEPTION_NAMES: StaticArray<string> = [
  "Divide Error", "Debug", "Non-Maskable Interrupt", "Breakpoint", "Overflow", "Bound Range Exceeded",
  "Invalid Opcode", "Device Not Available", "Double Fault", "Coprocessor Segment Overrun", "Invalid TSS",
  "Segment Not Present", "Stack-Segment Fault", "General Protection Fault", "Page Fault", "Reserved",
  "x87 Floating-Point Error", "Alignment Check", "Machine Check", "SIMD Floating-Point Exception",
  "Virtualization Exception", "Control Protection Exception", "Reserved", "Reserved", "Reserved", "Reserved",
  "Reserved", "Reserved", "Hypervisor Injection Exception", "VMM Communication Exception", "Security Exception",
  "Reserved",
];

export const PAGE_FAULT: u32 = 14;
const EXIT_EXCEPTION_BASE: u32 = 0x80;

export function exceptionName(vector: u32): string {
  return EXCEPTION_NAMES[vector];
}

/** Prints everything the frame says about the exception, then ends the run. */
export function reportException(frame: InterruptFrame): void {
  printk("\nEXCEPTION %u: %s", frame.vector, changetype<usize>(exceptionName(frame.vector)));
  printk(" (error code 0x%x)\n", frame.errorCode);
  printk("  eip=0x%08x cs=0x%04x eflags=0x%08x\n", frame.eip, frame.cs, frame.eflags);
  printk("  eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n", frame.eax, frame.ebx, frame.ecx, frame.edx);
  printk("  esi=0x%08x edi=0x%08x ebp=0x%08x esp=0x%08x\n", frame.esi, frame.edi, frame.ebp, interruptedEsp(frame));
  if (frame.vector == PAGE_FAULT) reportPageFault(frame.errorCode);
  outb(0xf4, u8(EXIT_EXCEPTION_BASE + frame.vector));
  cli();
  while (true) hlt();
}

/** The stack pointer when the exception struck. From ring 3 the CPU saved it in the frame;
 * from ring 0 it saved none (no stack switch), so the interrupted stack starts right where
 * the frame ends, past eflags. (espAtEntry is the stub's own, 36 bytes lower, taken by
 * pushad after the stub's pushes.) */
function interruptedEsp(frame: InterruptFrame): u32 {
  if ((frame.cs & 3) == 3) return frame.esp;
  return changetype<usize>(frame) + offsetof<InterruptFrame>("esp");
}

/** The page-fault error code: bit 0 protection (else not present), bit 1 write, bit 2 user,
 * bit 3 reserved bit set, bit 4 instruction fetch (SDM vol. 3, 4.7). */
function reportPageFault(code: u32): void {
  printk("  cr2=0x%08x: %s", readCr2(), changetype<usize>((code & 1) != 0 ? "protection violation" : "page not present"));
  printk(" on %s", changetype<usize>((code & 16) != 0 ? "instruction fetch" : (code & 2) != 0 ? "write" : "read"));
  printk(" in %s mode%s\n", changetype<usize>((code & 4) != 0 ? "user" : "kernel"), changetype<usize>((code & 8) != 0 ? ", reserved bit set" : ""));
}
