// The interrupt path from the CPU to registered handlers. In: an InterruptFrame from
// a tskc entry stub (idt.ts points every vector here). Out: each handler registered
// for the vector called in turn; CPU exceptions reported (exceptions.ts); hardware
// IRQs acknowledged at the PIC after their handlers ran; spurious IRQs and vectors
// nobody handles counted. Exceptions go to the fault container first (a ring-3 task's
// fault stops that task only). Needs the PIC remapped before interrupts are enabled.
import { reportException } from "./exceptions";
import { IRQ_BASE, IRQ_COUNT, picEndOfInterrupt, picIsSpurious } from "./pic";
import { printk } from "../../lib/printk";

export type InterruptHandler = (frame: InterruptFrame) => void;
/** Decides which frame an interrupt returns to: the scheduler switches tasks with it. */
export type FrameSwitcher = (frame: InterruptFrame) => usize;
/** Offered each CPU exception first: true if it dealt with it (a ring-3 task's fault), false
 * to let exceptions.ts report it and stop the machine. */
export type FaultContainer = (frame: InterruptFrame) => bool;

/** What registerInterruptHandler and unregisterInterruptHandler return. */
export const enum InterruptStatus {
  Ok = 0,
  VectorOutOfRange = -1,
  ReservedForExceptions = -2,
  TooManyHandlers = -3,
  NotRegistered = -4,
}

const VECTORS = 256;
const FIRST_FREE_VECTOR: u32 = 32; // 0-31 are the CPU's exceptions
const HANDLERS_PER_VECTOR = 4; // lines may be shared by several devices

/** handlers[vector * HANDLERS_PER_VECTOR + k]; an empty slot holds 0. */
const handlers = new StaticArray<InterruptHandler>(VECTORS * HANDLERS_PER_VECTOR);
const unhandled = new StaticArray<u32>(VECTORS);
let spurious: u32 = 0;
let switchFrame: FrameSwitcher = sameFrame;
let containFault: FaultContainer = containNothing;

function containNothing(frame: InterruptFrame): bool {
  return false;
}

function sameFrame(frame: InterruptFrame): usize {
  return changetype<usize>(frame);
}

/** Installs the scheduler: after each interrupt's handlers it picks the frame to resume. */
export function setFrameSwitcher(switcher: FrameSwitcher): void {
  switchFrame = switcher;
}

/** Installs the fault container (faults.ts): it sees every exception before it is fatal. */
export function setFaultContainer(container: FaultContainer): void {
  containFault = container;
}

/** Adds `handler` to the handlers of `vector` (32-255). Several handlers may share one vector. */
export function registerInterruptHandler(vector: u32, handler: InterruptHandler): InterruptStatus {
  if (vector >= u32(VECTORS)) return InterruptStatus.VectorOutOfRange;
  if (vector < FIRST_FREE_VECTOR) return InterruptStatus.ReservedForExceptions;
  for (let k: u32 = 0; k < u32(HANDLERS_PER_VECTOR); k++) {
    const slot = i32(vector) * HANDLERS_PER_VECTOR + i32(k);
    if (changetype<usize>(handlers[slot]) == 0) {
      handlers[slot] = handler;
      return InterruptStatus.Ok;
    }
  }
  return InterruptStatus.TooManyHandlers;
}

/** Removes `handler` from the handlers of `vector`. */
export function unregisterInterruptHandler(vector: u32, handler: InterruptHandler): InterruptStatus {
  if (vector >= u32(VECTORS)) return InterruptStatus.VectorOutOfRange;
  if (vector < FIRST_FREE_VECTOR) return InterruptStatus.ReservedForExceptions;
  for (let k = 0; k < HANDLERS_PER_VECTOR; k++) {
    const slot = i32(vector) * HANDLERS_PER_VECTOR + k;
    if (changetype<usize>(handlers[slot]) == changetype<usize>(handler)) {
      handlers[slot] = changetype<InterruptHandler>(0);
      return InterruptStatus.Ok;
    }
  }
  return InterruptStatus.NotRegistered;
}

/** How many times `vector` arrived with no handler. */
export function unhandledCount(vector: u32): u32 {
  return unhandled[vector];
}

/** How many spurious IRQ 7 or 15 the PIC raised. */
export function spuriousCount(): u32 {
  return spurious;
}

/** Every interrupt and exception arrives here (the tskc stubs call it with the saved frame).
 * Returns the frame to resume: this one, until a scheduler switches tasks. */
export function dispatchInterrupt(frame: InterruptFrame): usize {
  const vector = frame.vector;
  if (vector < FIRST_FREE_VECTOR) {
    if (!containFault(frame)) reportException(frame);
    return switchFrame(frame); // the faulting task was stopped: run another
  }
  const irq = vector - IRQ_BASE;
  const isIrq = vector >= IRQ_BASE && irq < IRQ_COUNT;
  if (isIrq && picIsSpurious(irq)) {
    spurious++;
    return changetype<usize>(frame);
  }
  let handled = false;
  for (let k = 0; k < HANDLERS_PER_VECTOR; k++) {
    const handler = handlers[i32(vector) * HANDLERS_PER_VECTOR + k];
    if (changetype<usize>(handler) != 0) {
      handler(frame);
      handled = true;
    }
  }
  if (!handled) {
    if (unhandled[vector] == 0) printk("interrupt %u has no handler (reported once)\n", vector);
    unhandled[vector]++;
  }
  if (isIrq) picEndOfInterrupt(irq);
  return switchFrame(frame);
}
