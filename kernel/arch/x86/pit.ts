// The programmable interval timer, channel 0, as the system clock. In: a rate in Hz.
// Out: IRQ 0 at the nearest rate the PIT can make, counted in `ticks`; uptimeMs and an
// hlt-based sleepMs. Needs the interrupt system (idt.ts, pic.ts) and interrupts enabled
// to advance.
//
// The PIT divides its 1193182 Hz input by a 16-bit divisor (0 meaning 65536), so rates
// run from 18.2 Hz up, and most are not a whole number of milliseconds per tick. Time is
// therefore kept in the PIT's own units: each tick adds `divisor` input cycles, and
// milliseconds are derived from those exactly, never from a rounded period.
import { IRQ_BASE, picUnmask } from "./pic";
import { registerInterruptHandler } from "./interrupts";

const PIT_FREQUENCY: u32 = 1193182; // Hz of the PIT's input clock
const CHANNEL0_DATA: u16 = 0x40;
const COMMAND: u16 = 0x43;
const CHANNEL0_RATE_GENERATOR_LOW_HIGH: u8 = 0x34; // channel 0, lobyte/hibyte, mode 2
const TIMER_IRQ: u32 = 0;
const MAX_DIVISOR: u32 = 65536; // the slowest rate, 18.2 Hz; programmed as 0
/** The fastest rate allowed: beyond it the timer's own interrupts would eat the CPU. */
export const MAX_TIMER_HZ: u32 = 10000;

export const DEFAULT_TIMER_HZ: u32 = 100;

let divisor: u32 = PIT_FREQUENCY / DEFAULT_TIMER_HZ;
let ticks: u32 = 0;
let uptime: u32 = 0; // whole milliseconds since pitInit
let uptimeRest: u32 = 0; // and the part of the next one, in 1/PIT_FREQUENCY ms

/** Programs channel 0 (see pitSetRate) and starts counting ticks. Call once. */
export function pitInit(hz: u32 = DEFAULT_TIMER_HZ): void {
  pitSetRate(hz);
  registerInterruptHandler(IRQ_BASE + TIMER_IRQ, onTick);
  picUnmask(TIMER_IRQ);
}

/** Sets the timer to the rate nearest `hz` that the PIT can make, clamped to 18.2 Hz at
 * the slowest (below it the divisor would not fit 16 bits) and MAX_TIMER_HZ at the
 * fastest. Returns the divisor chosen: the rate is PIT_FREQUENCY / divisor. */
export function pitSetRate(hz: u32): u32 {
  const lowest = PIT_FREQUENCY / MAX_TIMER_HZ;
  let chosen = hz == 0 ? MAX_DIVISOR : (PIT_FREQUENCY + hz / 2) / hz;
  if (chosen > MAX_DIVISOR) chosen = MAX_DIVISOR;
  if (chosen < lowest) chosen = lowest;
  divisor = chosen; // a u32 store: a tick sees the old divisor or the new, either is right
  outb(COMMAND, CHANNEL0_RATE_GENERATOR_LOW_HIGH);
  outb(CHANNEL0_DATA, u8(chosen)); // 65536 is written as 0, 0
  outb(CHANNEL0_DATA, u8(chosen >> 8));
  return chosen;
}

/** Each tick is `divisor` input cycles: divisor * 1000 / PIT_FREQUENCY ms, carried exactly. */
function onTick(frame: InterruptFrame): void {
  ticks++;
  uptimeRest += divisor * 1000; // at most 65536000 past a rest below PIT_FREQUENCY: no overflow
  uptime += uptimeRest / PIT_FREQUENCY;
  uptimeRest %= PIT_FREQUENCY;
}

/** Timer interrupts since pitInit. */
export function timerTicks(): u32 {
  return ticks;
}

/** The divisor the PIT runs at: a tick is divisor / 1193182 seconds. */
export function timerDivisor(): u32 {
  return divisor;
}

/** Milliseconds since pitInit, exact to the last tick (rounded down). */
export function uptimeMs(): u32 {
  return uptime;
}

/** How many ticks make at least `ms` milliseconds at the current rate: rounded up, and
 * exact for any u32 `ms`. */
export function ticksFor(ms: u32): u32 {
  return mulDivUp(ms, PIT_FREQUENCY, divisor * 1000);
}

/** ceil(a * b / c) for 0 < c < 2^31, through the 64-bit product (tskc has no u64);
 * 0xffffffff when the quotient does not fit. */
function mulDivUp(a: u32, b: u32, c: u32): u32 {
  const aLow = a & 0xffff;
  const aHigh = a >> 16;
  const bLow = b & 0xffff;
  const bHigh = b >> 16;
  const cross1 = aHigh * bLow;
  const cross2 = aLow * bHigh;
  let low = aLow * bLow;
  let high = aHigh * bHigh + (cross1 >> 16) + (cross2 >> 16);
  for (let k = 0; k < 2; k++) {
    const part = (k == 0 ? cross1 : cross2) << 16;
    low += part;
    if (low < part) high++; // the carry out of the low word
  }
  if (high >= c) return 0xffffffff;
  // Long division, a bit at a time: the remainder stays below c < 2^31, so shifting it is safe.
  let rest = high;
  let quotient: u32 = 0;
  for (let bit = 31; bit >= 0; bit--) {
    rest = (rest << 1) | ((low >> u32(bit)) & 1);
    quotient <<= 1;
    if (rest >= c) {
      rest -= c;
      quotient |= 1;
    }
  }
  if (rest == 0) return quotient;
  return quotient == 0xffffffff ? quotient : quotient + 1;
}

/** Waits at least `ms` milliseconds, halting between ticks instead of spinning. */
export function sleepMs(ms: u32): void {
  const until = ticks + ticksFor(ms);
  while (i32(until - ticks) > 0) hlt(); // the difference survives the counter wrapping
}
