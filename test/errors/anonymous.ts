// tskc refers to functions and struct members by name: an anonymous default export, or a
// member named by a string, a number, a computed key or a #private name, has none.
export default function () {}

const K = "k";

@unmanaged
class S {
  x: u32;
  "y": u32;
  7(): u32 { return 1; }
  [K](): u32 { return 2; }
  #p: u32;
}

export function main(): void {}
