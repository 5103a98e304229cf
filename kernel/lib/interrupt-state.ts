// Critical sections on one CPU: code that shares state with interrupt handlers (the
// heap, printk's buffers, the task table) runs with interrupts off. In: nothing. Out:
// the previous interrupt flag, to restore, so that sections nest.
const INTERRUPT_FLAG: u32 = 1 << 9;

/** Disables interrupts; true if they were on. */
export function interruptsOff(): bool {
  const wereOn = (readEflags() & INTERRUPT_FLAG) != 0;
  cli();
  return wereOn;
}

/** Re-enables interrupts if `wereOn` (interruptsOff's result). */
export function restoreInterrupts(wereOn: bool): void {
  if (wereOn) sti();
}
