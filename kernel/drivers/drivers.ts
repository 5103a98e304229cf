// The drivers SimpleOS runs in ring 3, started under the supervisor. In: the programs
// tskc embeds below. Out: the keyboard and COM1 receive drivers running as tasks, each
// with only its own ports, its IRQ and the right to hand the kernel console input,
// and each restarted by the supervisor when it fails. Needs consoleInputInit and
// supervisorInit first.
import { RIGHT_CONSOLE_INPUT } from "../sched/syscalls";
import { KEYBOARD_PORTS } from "./keyboard/ports";
import { SERIAL_RECEIVE_PORTS } from "./serial";
import { driverRegister } from "./supervisor";

/** Well-known service numbers (Sys.Lookup). */
export const KEYBOARD_SERVICE: u32 = 1;
export const SERIAL_INPUT_SERVICE: u32 = 2;

const KEYBOARD_IRQ = 1;
const COM1_IRQ = 4;

const keyboard = includeProgram("./keyboard");
const serialInput = includeProgram("./serial-input");

/** Starts the input drivers; from then on their interrupts reach them as messages. */
export function driversInit(): void {
  driverRegister("keyboard", keyboard, changetype<usize>(KEYBOARD_PORTS), 0, KEYBOARD_IRQ, KEYBOARD_SERVICE, RIGHT_CONSOLE_INPUT);
  driverRegister("serial-input", serialInput, changetype<usize>(SERIAL_RECEIVE_PORTS), 0, COM1_IRQ, SERIAL_INPUT_SERVICE, RIGHT_CONSOLE_INPUT);
}
