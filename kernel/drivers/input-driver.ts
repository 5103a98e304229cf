// What the ring-3 input drivers (keyboard/, serial-input/) have in common; compiled into
// each of them, never into the kernel. In: the driver's function that takes every byte
// its device holds. Out: a driver served by tskc/user/driver that runs that function at
// init and at each interrupt, and hands bytes to the kernel's console input
// (Sys.ConsoleInput, which needs RIGHT_CONSOLE_INPUT). Call serveInputDriver from main.
//
// Why init takes input too: both devices raise an edge-triggered IRQ line and keep it
// high while a byte is unread. A byte that arrived while the driver was not running
// (before its first start, or while the supervisor restarted it) would leave the line
// high forever, so no interrupt would come again; and it is input the user typed.
import { Message, Sys } from "tskc/user/abi";
import { serveDriver } from "tskc/user/driver";

let takeWaiting: () => void;

/** Runs the driver (never returns): `take` hands over every byte the device holds. */
export function serveInputDriver(take: () => void): void {
  takeWaiting = take;
  serveDriver(init, interrupt, refuseRequest);
}

/** Hands one byte of input to the kernel, which queues it for the shell. */
export function consoleInput(byte: u8): void {
  syscall(Sys.ConsoleInput, byte);
}

function init(): bool {
  takeWaiting();
  return true;
}

function interrupt(irq: u32): void {
  takeWaiting();
}

/** An input driver serves no requests: the reply goes back with its words zeroed. */
function refuseRequest(request: Message, reply: Message): void {}
