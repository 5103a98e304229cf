// The flat multiboot binary. In: a laid-out Image. Out: the memory image from
// LOAD_BASE to the end of .data, which a multiboot loader copies to 1 MiB via
// the a.out kludge (header flag 16). Needs the final addresses (layout.ts).

import { ByteWriter } from "./bytes.js";
import { checkImage, LOAD_BASE, type Image } from "./layout.js";
import { multibootHeader } from "./multiboot.js";

/** Header (flat variant), text, zero padding up to rodata, rodata, padding,
 *  data. Byte i of the file is loaded at LOAD_BASE + i. bss is not in the
 *  file: the loader (and the kernel at boot) zero it. */
export function writeFlatBinary(img: Image): Uint8Array {
  checkImage(img);
  const offset = (addr: number) => addr - LOAD_BASE;
  return new ByteWriter()
    .bytes(multibootHeader(img, "flat"))
    .bytes(img.text)
    .padTo(offset(img.addrs.rodata))
    .bytes(img.rodata)
    .padTo(offset(img.addrs.data))
    .bytes(img.data)
    .finish();
}
