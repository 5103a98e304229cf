// Evaluation order with arrays (and inline asm operands, which JavaScript cannot run
// either): an assignment's target (array and index) is evaluated
// before its right-hand side, and the bounds check and the access it guards use one
// and the same index value. Before this was so, `b[j] = (j = 1000)` checked index 0
// and then stored at index 1000, past the array, with no trap.
import { print, printI32, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";
import { onBoundsError } from "tskc/trap";

const a = new StaticArray<i32>(4);
const b = new StaticArray<i32>(4);
const guard = new StaticArray<i32>(4);

function show(label: string, value: i32): void {
  print(label);
  print(" = ");
  printI32(value);
  println("");
}

function stop(file: string, line: u32, index: u32, length: u32): void {
  print("trapped: index ");
  printU32(index);
  print(" of ");
  printU32(length);
  println("");
  exit(0);
}

/** Indexes arrive as parameters, so the checks are not folded away. */
/** @noinline */ function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
  b[j] = (j = 1000);
  show("b[j] = (j = 1000): b[0]", b[0]);
  b[q] = a[++q];
  show("b[q] = a[++q]: b[0]", b[0]);
  b[z] = z++;
  show("b[z] = z++: b[2]", b[2]);
  arr[z] = (arr = a) == a ? 1 : 0;
  show("arr[z] = ((arr = a) == a): b[3]", b[3]);
  for (const x of arr) {
    arr = guard;
    show("for...of walks the array it started with", x);
  }
}

/** asm operands are evaluated left to right too: ebx gets the old x, esi the new one. */
function asmOperands(x: u32): void {
  show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    sub eax, ${x = 5}`));
}

export function main(): void {
  asmOperands(3);
  onBoundsError(stop);
  for (let k = 0; k < 4; k++) a[k] = 10 + k;
  targets(0, 0, 2, b);
  // The index is read before the right-hand side makes it valid: this traps at 1000.
  let i: i32 = 1000;
  b[i] = (i = 0);
  println("not reached");
}
