// Each array fits in 4 GiB, but together, after the kernel's origin at 1 MiB, they do not.
const a = new StaticArray<u8>(0x7fff0000);
const b = new StaticArray<u8>(0x7fff0000);
const c = new StaticArray<u8>(0x7fff0000);

export function main(): void {
  a[0] = 1;
  b[0] = 1;
  c[0] = 1;
}
