// JavaScript's library does not exist in a kernel.
export function main(): void {
  const big: u32 = Math.max(1, 2);
  const s: string = "abc";
  const up: string = s.toUpperCase();
}
