// Integer typing errors: literals that do not fit, mixed signedness, implicit narrowing.
const TOO_BIG: u8 = 300;

function mix(a: u32, b: i32): void {
  const sum = a + b;
}

function narrowing(wide: u32): u8 {
  return wide;
}

function negative(): u32 {
  return -1;
}

export function main(): void {
  mix(1, 2);
  narrowing(3);
  negative();
}
