// A ring-3 program that reaches for ring 0: each privileged intrinsic is refused.
export function main(argument: u32): void {
  int3();
  cli();
  writeCr3(0);
  outb(0x60, 1); // port I/O compiles: the kernel's I/O bitmap decides
}
