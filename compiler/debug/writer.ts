// Byte writing for the DWARF sections. In: values in section order. Out: bytes.
// Nothing needs to run first. Adds to image/bytes.ts's ByteWriter the encodings
// only DWARF uses: LEB128 numbers and NUL-terminated strings.

import { ByteWriter } from "../image/bytes.js";

/** ByteWriter plus the DWARF 4 data encodings (DWARF 4 §7.6, LEB128; §7.5.4, DW_FORM_string). */
export class DwarfWriter extends ByteWriter {
  /** Unsigned LEB128 (DWARF 4 §7.6). */
  uleb(value: number): this {
    let v = value >>> 0;
    do {
      const byte = v & 0x7f;
      v >>>= 7;
      this.u8(v !== 0 ? byte | 0x80 : byte);
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 (DWARF 4 §7.6). */
  sleb(value: number): this {
    let v = value | 0;
    for (;;) {
      const byte = v & 0x7f;
      v >>= 7;
      const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
      this.u8(done ? byte : byte | 0x80);
      if (done) return this;
    }
  }

  /** A NUL-terminated UTF-8 string. */
  cstr(text: string): this {
    return this.bytes(new TextEncoder().encode(text)).u8(0);
  }

  /** Writes a 32-bit unit_length, then the unit's contents, then patches the length
   * (DWARF 4 §7.4: the 32-bit format; the length does not count itself). */
  unit(body: (w: this) => void): this {
    const at = this.length;
    this.u32(0);
    body(this);
    this.patch32(at, this.length - at - 4);
    return this;
  }
}
