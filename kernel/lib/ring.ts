// A byte ring buffer between one interrupt handler (the producer) and one reader
// (the consumer) that runs with interrupts enabled. In: bytes pushed by the
// handler. Out: the same bytes, in order, popped by the reader; what arrives
// while the buffer is full is dropped and counted. There is no heap, so each
// buffer is a static RingBuffer over a static StaticArray<u8> whose length is
// a power of two; call init() on it before its interrupt handler is registered.
import { panic } from "./printk";

/**
 * Why no lock is needed (one CPU, one producer, one consumer):
 * - `head` is written only by push, `tail` only by pop; each side only reads
 *   the other's index, so no update is ever lost.
 * - push runs in an interrupt handler, with interrupts disabled (interrupt
 *   gates): the consumer never runs in the middle of a push, so a push is
 *   atomic as far as the consumer can tell.
 * - pop can be interrupted anywhere. If the handler runs before pop's store to
 *   `tail`, it sees the slot still taken: at worst it drops a byte for a full
 *   buffer that was about to get room. pop reads its byte before it stores
 *   `tail`, and both are volatile so the compiler keeps that order: once the
 *   slot is handed back the byte has already been read.
 * - The consumer reads `head` with volatileLoad so that a polling loop sees
 *   each new push instead of a value kept from an earlier read.
 * head and tail count bytes since init and wrap at 2^32; a power-of-two
 * capacity divides 2^32, so `counter & mask` stays the right slot across the
 * wrap, and head - tail is the fill level even after head has wrapped.
 */
@unmanaged
export class RingBuffer {
  storage: StaticArray<u8>;
  mask: u32; // capacity - 1
  head: u32; // bytes ever pushed: the next slot to write
  tail: u32; // bytes ever popped: the next slot to read
  dropped: u32; // bytes pushed while full

  /** Empties the buffer and makes `storage` (length a power of two) its slots. */
  init(storage: StaticArray<u8>): void {
    const capacity = u32(storage.length);
    if (capacity == 0 || (capacity & (capacity - 1)) != 0) panic("ring buffer: capacity must be a power of two");
    this.storage = storage;
    this.mask = capacity - 1;
    this.head = 0;
    this.tail = 0;
    this.dropped = 0;
  }

  /** Producer side, in the interrupt handler only: appends `byte`, or drops and counts it when full. */
  push(byte: u8): void {
    if (this.head - this.tail > this.mask) {
      this.dropped++;
      return;
    }
    this.storage[this.head & this.mask] = byte;
    this.head++;
  }

  /** Consumer side: the oldest byte (0-255), or -1 when the buffer is empty. */
  pop(): i32 {
    const tail = this.tail;
    if (this.publishedHead() == tail) return -1;
    const byte = volatileLoad<u8>(changetype<usize>(this.storage) + (tail & this.mask));
    volatileStore<u32>(changetype<usize>(this), tail + 1, offsetof<RingBuffer>("tail"));
    return byte;
  }

  /** Consumer side: true when there is nothing to pop. */
  isEmpty(): bool {
    return this.publishedHead() == this.tail;
  }

  /** Consumer side: how many bytes are waiting. */
  count(): u32 {
    return this.publishedHead() - this.tail;
  }

  /** `head` as the producer last stored it (see the comment above the class). */
  publishedHead(): u32 {
    return volatileLoad<u32>(changetype<usize>(this), offsetof<RingBuffer>("head"));
  }
}
