// The COM1 receive driver, a ring-3 program (kernel/drivers/drivers.ts starts it). In:
// IRQ 4 as messages, and the bytes in the UART's receive FIFO (serialInit has enabled
// its received-data interrupt). Out: each byte handed to the kernel's console input,
// with a terminal's Enter ('\r', or "\r\n") turned into one '\n' as the keyboard gives
// it, at most MAX_BYTES_AT_ONCE per message. It needs the ports in SERIAL_RECEIVE_PORTS,
// IRQ 4 and RIGHT_CONSOLE_INPUT.
import { consoleInput, serveInputDriver } from "../input-driver";
import { serialReadByte, serialRearmReceive, serialReceived } from "../serial";

const CARRIAGE_RETURN: u8 = 13;
const NEWLINE: u8 = 10;
// The most bytes one message may take: a burst on the line (a paste, or an attacker) must
// not keep the driver from waiting, or the watchdog stops it. What the kernel cannot queue
// it drops and counts (console-input.ts).
const MAX_BYTES_AT_ONCE = 64;

let afterCarriageReturn = false; // a '\n' right after '\r' is the same Enter

export function main(): void {
  serveInputDriver(takeReceivedBytes);
}

/** Takes up to MAX_BYTES_AT_ONCE bytes from the receive FIFO. If more wait, the UART is
 * made to interrupt again, and the next message takes them. */
function takeReceivedBytes(): void {
  for (let k = 0; k < MAX_BYTES_AT_ONCE; k++) {
    if (!serialReceived()) return; // false with no UART at all, so this cannot spin
    const byte = serialReadByte();
    const isLineFeedOfCrLf = byte == NEWLINE && afterCarriageReturn;
    afterCarriageReturn = byte == CARRIAGE_RETURN;
    if (!isLineFeedOfCrLf) consoleInput(byte == CARRIAGE_RETURN ? NEWLINE : byte);
  }
  if (serialReceived()) serialRearmReceive();
}
