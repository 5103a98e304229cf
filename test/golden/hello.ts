// The smallest useful kernel: a line on COM1, then exit code 0.
import { println } from "tskc/serial";
import { exit } from "tskc/exit";

export function main(): void {
  println("Hello from TypeScript!");
  exit(0);
}
