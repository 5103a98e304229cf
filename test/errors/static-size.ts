// Static storage must fit in the 32-bit address space: 2^30 u32 elements, plus the
// length word, are more than 4 GiB.
const big = new StaticArray<u32>(1073741824);
const huge = new StaticArray<u32>(2147483647);

export function main(): void {
  big[0] = 1;
}
