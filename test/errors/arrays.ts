// Array misuse: allocation outside module level, non-constant lengths, literals
// without a type, struct element assignment, indexing what is not an array.
@unmanaged
class Cell {
  value: u32;
}

let size: i32 = 4;
const sized = new StaticArray<u8>(size);
const untyped = [1, 2, 3];
let shared = new StaticArray<u8>(4);
const cells = new StaticArray<Cell>(2);

export function main(): void {
  cells[0] = cells[1];
}
