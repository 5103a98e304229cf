// panic() after a line of output: "PANIC: …" on both consoles, then exit code 255
// on the test-exit port.
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { panic, printk } from "../../kernel/lib/printk";

export function main(): void {
  vgaInit();
  serialInit();
  printk("mounting %s\n", changetype<usize>("/"));
  panic("no root file system");
  printk("not reached\n");
}
