// Little-endian byte writing for the image writers (multiboot header, flat
// binary, ELF). In: values and byte runs appended in file order. Out: one
// Uint8Array. Nothing needs to run first.

/** A growable little-endian byte buffer. Writes append at the end; patch32
 *  rewrites a dword already written (for offsets only known later). */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  /** Bytes written so far, which is also the offset of the next write. */
  get length(): number {
    return this.len;
  }

  u8(value: number): this {
    this.reserve(1)[0] = value & 0xff;
    return this;
  }

  u16(value: number): this {
    const at = this.reserve(2);
    at[0] = value & 0xff;
    at[1] = (value >>> 8) & 0xff;
    return this;
  }

  u32(value: number): this {
    this.put32(this.reserve(4), value);
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length).set(data);
    return this;
  }

  /** Zero-fill up to the absolute offset `offset`; it must not be behind us. */
  padTo(offset: number): this {
    if (offset < this.len) throw new Error(`ByteWriter.padTo(${offset}): already at ${this.len}`);
    this.reserve(offset - this.len); // reserved space is zero: the buffer only ever grows into fresh memory
    return this;
  }

  /** Zero-fill up to the next multiple of `alignment`. */
  align(alignment: number): this {
    return this.padTo(alignUp(this.len, alignment));
  }

  /** Overwrite the dword at `offset`, which must already have been written. */
  patch32(offset: number, value: number): this {
    if (offset < 0 || offset + 4 > this.len) throw new Error(`ByteWriter.patch32(${offset}): outside the ${this.len} bytes written`);
    this.put32(this.buf.subarray(offset, offset + 4), value);
    return this;
  }

  /** The bytes written, as an exact-length copy. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private put32(at: Uint8Array, value: number): void {
    at[0] = value & 0xff;
    at[1] = (value >>> 8) & 0xff;
    at[2] = (value >>> 16) & 0xff;
    at[3] = (value >>> 24) & 0xff;
  }

  /** Extend by `count` bytes and return them as a view to fill in. */
  private reserve(count: number): Uint8Array {
    const needed = this.len + count;
    if (needed > this.buf.length) {
      const grown = new Uint8Array(Math.max(needed, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    const view = this.buf.subarray(this.len, needed);
    this.len = needed;
    return view;
  }
}

/** `value` rounded up to a multiple of `alignment`. */
export function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}
