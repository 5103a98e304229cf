// The fifteen mistakes of issue 11's kernel developer, less those tsc reports: each must be
// reported, in one round, by `tskc check`, `tskc build` and the editor plugin.
import { println, printU32 } from "tskc/serial";

let counter: number = 0;

@unmanaged
class Point {
  x: u32;
  constructor() {}
}

export function main(): void {
  let half: u32 = 1.5;
  const add = (a: u32): u32 => a + 1;
  let list = [];
  let b: u8 = 300;
  let s = "a" + "b";
  let i: i32 = -1;
  let u: u32 = 1;
  if (i < u) println("less");
  let m: u32 = Math.max(u, 2);
  console.log("hi");
  takes(Math.min(1, 2), 256);
  let p: u8 = 256, q: u8 = 257;
}

function takes(a: u8, b: u8): void {}
