export function main(): void {
  const port: u16 = "COM1";
  outb(port, 1);
}
