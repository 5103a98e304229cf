// A jump table whose targets are empty blocks. `case 5: p = p;` leaves a block with
// nothing in it once the self-copy and the fall-through jump are gone, so the table
// entry names a block with no instruction of its own: its label is the address of the
// next instruction (it used to be missing: "reference to undefined label f.L5").
import { printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

let g: i32 = 0;

/** @noinline */ function f(p: u8): void {
  switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
  printU32(p);
}

/** @noinline */ function h(p: u32): u32 {
  switch (g) {
    case 1: p = p;
    case 2: p = p;
    case 3: p += 1;
    case 4: p = p;
    case 5: break;
    case 6: p = p;
  }
  return p;
}

export function main(): void {
  for (let i = 0; i < 10; i++) {
    g = i;
    f(u8(i));
  }
  println("");
  for (let i = 0; i < 8; i++) {
    g = i;
    printU32(h(10));
  }
  println("");
  exit(0);
}
