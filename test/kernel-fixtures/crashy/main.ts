// A driver that breaks on request, for the fault-containment tests: each request's
// word0 names a fault (faults.ts), which the driver then commits in ring 3. It owns
// port 0x80 (the POST diagnostic port), which it writes at init to show a granted port
// works; every other port is out of bounds for it.
import { Message } from "tskc/user/abi";
import { Fault } from "./faults";
import { serveDriver } from "tskc/user/driver";
import { print, printU32 } from "tskc/user/sys";
import { runMachineCode } from "../apps/machine-code";

const POST_PORT: u16 = 0x80;
const readings = new StaticArray<u32>(4);
const CLI: StaticArray<u8> = [0xfa];

export function main(): void {
  serveDriver(init, interrupt, request);
}

function init(): bool {
  outb(POST_PORT, 0x29);
  print("crashy: ready\n");
  return true;
}

function interrupt(irq: u32): void {}

function request(message: Message, reply: Message): void {
  const fault = message.word0;
  if (fault == Fault.None) {
    print("crashy: served a request\n");
    return;
  }
  print("crashy: committing fault ");
  printU32(fault);
  print("\n");
  if (fault == Fault.Bounds) reply.word0 = readings[i32(message.word1)];
  else if (fault == Fault.PageFault) reply.word0 = load<u32>(message.word1);
  else if (fault == Fault.DivideByZero) reply.word0 = 100 / message.word1;
  else if (fault == Fault.Privileged) runMachineCode(CLI);
  else if (fault == Fault.Port) outb(0x3f8, 0x21);
  else if (fault == Fault.Spin) while (message.word1 == 0) reply.word1++;
}
