// The scenario kernel: SimpleOS with the boot tests' scenarios (scenarios.ts, tier-scenarios.ts),
// which SimpleOS itself does not ship. In: `test=<name>` on the multiboot command line.
// Out: simpleOsInit, then that scenario; a name no scenario has ends the run with exit code 1.
import { simpleOsInit } from "../../kernel/main";
import { printk } from "../../kernel/lib/printk";
import { runScenario } from "./scenarios";
import { runTierScenario } from "./tier-scenarios";

const EXIT_NO_SCENARIO: u8 = 1;

export function main(magic: u32, info: usize): void {
  simpleOsInit(magic, info);
  if (runScenario() || runTierScenario()) return;
  printk("no scenario named on the command line (test=<name>)\n");
  outb(0xf4, EXIT_NO_SCENARIO);
}
