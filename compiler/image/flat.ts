// The flat multiboot binary. In: a laid-out Image. Out: the memory image from
// LOAD_BASE to the end of .data, which a multiboot loader copies to 1 MiB via
// the a.out kludge (header flag 16). Needs the final addresses (layout.ts).

import { ByteWriter } from "./bytes.js";
import { checkImage, KERNEL_ORIGIN, type Image } from "./layout.js";
import { multibootHeader } from "./multiboot.js";

/** Header (a kernel's: multiboot, flat variant; a program has none), text, zero padding
 *  up to rodata, rodata, padding, data. Byte i of the file is loaded at the image's base
 *  + i. bss is not in the file: the loader (and a kernel at boot) zero it. */
export function writeFlatBinary(img: Image): Uint8Array {
  checkImage(img);
  const offset = (addr: number) => addr - img.origin.base;
  return new ByteWriter()
    .bytes(img.origin === KERNEL_ORIGIN ? multibootHeader(img, "flat") : new Uint8Array(0))
    .bytes(img.text)
    .padTo(offset(img.addrs.rodata))
    .bytes(img.rodata)
    .padTo(offset(img.addrs.data))
    .bytes(img.data)
    .finish();
}
