// The COM1 receive driver, a ring-3 program (kernel/drivers/drivers.ts starts it). In:
// IRQ 4 as messages, and the bytes in the UART's receive FIFO (serialInit has enabled
// its received-data interrupt). Out: each byte handed to the kernel's console input,
// with a terminal's Enter ('\r', or "\r\n") turned into one '\n' as the keyboard gives
// it. It needs the ports in SERIAL_RECEIVE_PORTS, IRQ 4 and RIGHT_CONSOLE_INPUT.
import { consoleInput, serveInputDriver } from "../input-driver";
import { serialReadByte, serialReceived } from "../serial";

const CARRIAGE_RETURN: u8 = 13;
const NEWLINE: u8 = 10;

let afterCarriageReturn = false; // a '\n' right after '\r' is the same Enter

export function main(): void {
  serveInputDriver(takeReceivedBytes);
}

/** Empties the receive FIFO: the UART lowers its interrupt only once it is empty, so
 * anything left would hold IRQ 4 off. */
function takeReceivedBytes(): void {
  while (serialReceived()) { // false with no UART at all, so this cannot spin
    const byte = serialReadByte();
    const isLineFeedOfCrLf = byte == NEWLINE && afterCarriageReturn;
    afterCarriageReturn = byte == CARRIAGE_RETURN;
    if (!isLineFeedOfCrLf) consoleInput(byte == CARRIAGE_RETURN ? NEWLINE : byte);
  }
}
