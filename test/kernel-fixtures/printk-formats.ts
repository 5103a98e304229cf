// printk's directives on both consoles, one group a line; exits with 0.
import { exit } from "tskc/exit";
import { vgaInit } from "../../kernel/drivers/vga";
import { serialInit } from "../../kernel/drivers/serial";
import { printk } from "../../kernel/lib/printk";

export function main(): void {
  vgaInit();
  serialInit();
  printk("%d %d %d %d\n", u32(-42), 7, 0x80000000, 0);
  printk("%u %u\n", 4294967295, 42);
  printk("%x %08x|%8x|%-8x|\n", 0xbeef, 0xbeef, 0xbeef, 0xbeef);
  printk("%-6s|%6s|%s|\n", changetype<u32>("abc"), changetype<u32>("abc"), changetype<u32>(""));
  const name = "SimpleOS";
  // %c keeps the low byte; '0' pads numbers only
  printk("%c%c %s|%3c|%-3c|%010s|\n", 0x4f, 0x14b, changetype<usize>(name), 0x2a, 0x2a, changetype<usize>(name));
  printk("100%% %-5d| %05d %03x %-05u|\n", 12, u32(-12), 0xabcd, 7);
  printk("%q %5 %y %");
  exit(0);
}
