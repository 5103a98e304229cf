// The programmable interval timer, channel 0, as the system clock. In: a frequency.
// Out: IRQ 0 at that rate, counted in `ticks`; uptimeMs and an hlt-based sleepMs.
// Needs the interrupt system (idt.ts, pic.ts) and interrupts enabled to advance.
import { IRQ_BASE, picUnmask } from "./pic";
import { registerInterruptHandler } from "./interrupts";

const PIT_FREQUENCY: u32 = 1193182; // Hz of the PIT's input clock
const CHANNEL0_DATA: u16 = 0x40;
const COMMAND: u16 = 0x43;
const CHANNEL0_RATE_GENERATOR_LOW_HIGH: u8 = 0x34; // channel 0, lobyte/hibyte, mode 2
const TIMER_IRQ: u32 = 0;

export const DEFAULT_TIMER_HZ: u32 = 100;

let frequency: u32 = DEFAULT_TIMER_HZ;
let ticks: u32 = 0;

/** Programs channel 0 to interrupt `hz` times a second and starts counting ticks. */
export function pitInit(hz: u32 = DEFAULT_TIMER_HZ): void {
  frequency = hz;
  const divisor = PIT_FREQUENCY / hz;
  outb(COMMAND, CHANNEL0_RATE_GENERATOR_LOW_HIGH);
  outb(CHANNEL0_DATA, u8(divisor));
  outb(CHANNEL0_DATA, u8(divisor >> 8));
  registerInterruptHandler(IRQ_BASE + TIMER_IRQ, onTick);
  picUnmask(TIMER_IRQ);
}

function onTick(frame: InterruptFrame): void {
  ticks++;
}

/** Timer interrupts since pitInit. */
export function timerTicks(): u32 {
  return ticks;
}

export function timerFrequency(): u32 {
  return frequency;
}

/** Milliseconds since pitInit, at the timer's resolution. */
export function uptimeMs(): u32 {
  return ticks * (1000 / frequency);
}

/** How many ticks make at least `ms` milliseconds: rounded up, and exact for any u32 `ms`
 * (the whole seconds and the rest are scaled apart, so nothing overflows). */
export function ticksFor(ms: u32): u32 {
  return (ms / 1000) * frequency + ((ms % 1000) * frequency + 999) / 1000;
}

/** Waits at least `ms` milliseconds, halting between ticks instead of spinning. */
export function sleepMs(ms: u32): void {
  const until = ticks + ticksFor(ms);
  while (i32(until - ticks) > 0) hlt(); // the difference survives the counter wrapping
}
