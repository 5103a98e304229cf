// The keyboard controller's ports, shared by the keyboard driver (a ring-3 program) and
// the kernel, which grants exactly these to it (drivers.ts). No code: importing this
// compiles nothing of the driver into the kernel.

export const DATA_PORT: u16 = 0x60;
export const STATUS_PORT: u16 = 0x64;
/** The ports the driver uses, as (first, count) pairs: what its grant must allow. */
export const KEYBOARD_PORTS: StaticArray<u16> = [DATA_PORT, 1, STATUS_PORT, 1];
