// The PS/2 keyboard driver, a ring-3 program (kernel/drivers/drivers.ts starts it). In:
// IRQ 1 as messages, and the bytes of the keyboard controller's data port. Out: each
// character the bytes make (scancodes.ts) handed to the kernel's console input. It
// needs ports 0x60 and 0x64, IRQ 1 and RIGHT_CONSOLE_INPUT; ports.ts lists the
// ports for its grant.
import { consoleInput, serveInputDriver } from "../input-driver";
import { DATA_PORT, STATUS_PORT } from "./ports";
import { translateScancode } from "./scancodes";


const STATUS_OUTPUT_FULL: u8 = 0x01; // a byte is waiting in DATA_PORT
const STATUS_FROM_MOUSE: u8 = 0x20; // ... and it came from the auxiliary (mouse) port
// More than the keyboard's 16-byte buffer and the controller's one byte. The bound also
// ends the loop when there is no controller: its status port reads 0xff, "full" forever.
const MAX_BYTES_AT_ONCE = 32;

export function main(): void {
  serveInputDriver(takeWaitingBytes);
}

/** Reads every byte the controller holds: it raises IRQ 1 again only for the byte after
 * the one just read. A mouse byte is dropped: no driver takes the mouse (IRQ 12), and
 * left unread it would hold back the keyboard's bytes behind it. */
function takeWaitingBytes(): void {
  for (let k = 0; k < MAX_BYTES_AT_ONCE; k++) {
    const status = inb(STATUS_PORT);
    if ((status & STATUS_OUTPUT_FULL) == 0) return;
    const code = inb(DATA_PORT);
    if ((status & STATUS_FROM_MOUSE) != 0) continue;
    const c = translateScancode(code);
    if (c != 0) consoleInput(c);
  }
}
