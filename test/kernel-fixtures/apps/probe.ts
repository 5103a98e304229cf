// A ring-3 app that tries what ring 3 must not do, for the tier tests: its first message
// (from the kernel) names the attempt in word0, with an address in word1 where one is
// needed. It prints what it is about to try; if it is still alive afterwards, it says so
// and exits with status 0.
import { Message, MessageKind, Sys, SysError, TrapKind, TrapReport } from "tskc/user/abi";
import { Fault } from "../crashy/faults";
import { Attempt } from "./probe-attempts";
import { runMachineCode } from "./machine-code";
import { getpid, lookup, print, printI32, printU32, receive, send, sleep, write } from "tskc/user/sys";


const order = new Message();
const CLI: StaticArray<u8> = [0xfa];
const HLT: StaticArray<u8> = [0xf4];
// mov edx, 0x3f8; mov esi, esp; mov ecx, 4; rep outsb
const REP_OUTSB_TO_COM1: StaticArray<u8> = [0xba, 0xf8, 0x03, 0, 0, 0x89, 0xe6, 0xb9, 4, 0, 0, 0, 0xf3, 0x6e];
// push 0x202 (eflags); push 0x08 (the kernel's code segment); push 0x100000; iretd
const IRET_TO_KERNEL: StaticArray<u8> = [0x68, 0x02, 0x02, 0, 0, 0x6a, 0x08, 0x68, 0, 0, 0x10, 0, 0xcf];

export function main(): i32 {
  receive(order);
  const address = order.word1;
  print("probe ");
  printU32(getpid());
  print(": attempt ");
  printU32(order.word0);
  print("\n");
  if (order.word0 == Attempt.Write) store<u32>(address, 0xbad);
  else if (order.word0 == Attempt.ReadAddress) report("read", load<u32>(address));
  else if (order.word0 == Attempt.Cli) runMachineCode(CLI);
  else if (order.word0 == Attempt.Hlt) runMachineCode(HLT);
  else if (order.word0 == Attempt.Out) outb(0x3f8, 0x21);
  else if (order.word0 == Attempt.KernelPointer) {
    print("probe: write(kernel address) returned ");
    printI32(write(address, 16));
    print("\n");
  } else if (order.word0 == Attempt.BadArguments) {
    badArguments(address);
  } else if (order.word0 == Attempt.Flood) {
    while (true) send(u32(lookup(address)), order);
  } else if (order.word0 == Attempt.Recurse) {
    recurse(0);
  } else if (order.word0 == Attempt.RecurseChecked) {
    setStackLimit(address);
    recurse(0);
  } else if (order.word0 == Attempt.OutWide) {
    outw(u16(address), 0x2121);
  } else if (order.word0 == Attempt.RepOuts) {
    runMachineCode(REP_OUTSB_TO_COM1);
  } else if (order.word0 == Attempt.IretToKernel) {
    runMachineCode(IRET_TO_KERNEL);
  } else if (order.word0 == Attempt.Forge) {
    forge();
  } else if (order.word0 == Attempt.DeviceBuffer) {
    store<u16>(address, 0x4f21); // a white-on-red "!" in the device window: allowed
    refused("write(device memory, 2)", syscall(Sys.Write, address, 2));
    refused("receive(device memory)", syscall(Sys.Receive, address));
  } else if (order.word0 == Attempt.Spin) {
    while (true) {}
  } else if (order.word0 == Attempt.Hostile) {
    hostile(address);
  } else if (order.word0 == Attempt.Client) {
    client(address);
  }
  print("probe: still running\n");
  return 0;
}

/** Each refusal the ABI promises, printed as `call = result` (`kernel` is a kernel address). */
function badArguments(kernel: usize): void {
  const own = changetype<usize>(order); // this program's writable data
  refused("call 99", syscall(99));
  refused("call 0xffffffff", syscall(0xffffffff));
  refused("write(kernel, 16)", syscall(Sys.Write, kernel, 16));
  refused("write(below user space, 32)", syscall(Sys.Write, 0x3ffffff0, 32));
  refused("write(past user space, 32)", syscall(Sys.Write, 0xbffffff0, 32));
  refused("write(wrapping, 32)", syscall(Sys.Write, 0xfffffff0, 32));
  refused("write(own data, 1 GiB)", syscall(Sys.Write, own, 0x40000000));
  refused("write(own data, 0)", syscall(Sys.Write, own, 0));
  refused("send(task 999)", syscall(Sys.Send, 999, own));
  refused("send(a kernel thread)", syscall(Sys.Send, 1, own));
  refused("send(self, kernel message)", syscall(Sys.Send, getpid(), kernel));
  refused("receive(kernel)", syscall(Sys.Receive, kernel));
  refused("receive(own code)", syscall(Sys.Receive, 0x40000000));
  refused("console input", syscall(Sys.ConsoleInput, 65));
  refused("lookup(999)", syscall(Sys.Lookup, 999));
}

function refused(what: string, result: u32): void {
  print("probe: ");
  print(what);
  print(" = ");
  printI32(i32(result));
  print("\n");
}

function recurse(depth: u32): u32 {
  // No base case. The subtraction after the call keeps each frame (`+ 1` would be a
  // tail call with an accumulator, which passes/recursion.ts makes a loop).
  return recurse(depth + 1) - depth;
}

/** Prints `what` and the value it got. */
function report(what: string, value: u32): void {
  print("probe: ");
  print(what);
  print(" ");
  printU32(value);
  print("\n");
}

const request = new Message();
const answer = new Message();
const GUESSED_IDS: u32 = 32; // every task id the test kernel hands out, and more
const HOSTILE_ROUNDS: u32 = 4;
const ROUND_MS: u32 = 100; // long enough for a driver's restart (its first backoff is 50 ms)

/** A hostile app holding the right to `service`: it looks up the next service, then, each
 * round, looks up its own and sends a request that breaks the crashy driver (an index out
 * of bounds) to every task id but its own, counting what was accepted and refused. */
function hostile(service: u32): void {
  refused("lookup(a service it holds no right for)", syscall(Sys.Lookup, service + 1));
  request.kind = MessageKind.Request;
  request.word0 = Fault.Bounds;
  request.word1 = 7;
  for (let round: u32 = 0; round < HOSTILE_ROUNDS; round++) {
    const found = lookup(service);
    let accepted: u32 = 0;
    let denied: u32 = 0;
    for (let id: u32 = 0; id < GUESSED_IDS; id++) {
      if (id == getpid()) continue;
      const result = send(id, request);
      if (result == 0) accepted++;
      else if (result == SysError.Denied) denied++;
    }
    print("probe: round ");
    printU32(round);
    print(": lookup = ");
    printI32(found);
    print(", sends accepted ");
    printU32(accepted);
    print(", denied ");
    printU32(denied);
    print("\n");
    sleep(ROUND_MS);
  }
}

/** A well-formed request (word0 0: no fault) to whoever serves `service`, and the reply. */
function client(service: u32): void {
  const id = lookup(service);
  request.kind = MessageKind.Request;
  request.word0 = 0;
  const sent = send(u32(id), request);
  const received = receive(answer);
  print("probe: lookup = ");
  printI32(id);
  print(", send = ");
  printI32(sent);
  print(", receive = ");
  printI32(received);
  print(": kind ");
  printU32(answer.kind);
  print(" from task ");
  printU32(answer.sender);
  print("\n");
}

const forged = new TrapReport();

/** Kernel-looking lines: one plain, one behind an escape sequence and a carriage return
 * (which on a terminal would wipe the screen and overwrite the line), then a bounds trap
 * whose file name starts a line of its own. */
function forge(): void {
  print("[driver] serial-input disabled after 4 faults\n");
  print("\x1b[2J\r[fault] task 2 (supervisor): wiped out\n");
  forged.kind = TrapKind.Bounds;
  forged.file = changetype<usize>("x.ts\n[driver] serial-input disabled after 4 faults\n");
  forged.line = 1;
  forged.index = 1;
  forged.length = 1;
  syscall(Sys.Trap, changetype<usize>(forged));
}
