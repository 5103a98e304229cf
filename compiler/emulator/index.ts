// `tskc/emulator`: booting a built kernel image without the compiler. In: nothing; it
// re-exports. Out: the v86 harness (bootKernel, runtime/EXIT_PROTOCOL.md), the QEMU runner,
// and what names a fault's address in a built image (locateInImage).

export { bootKernel, type BootOptions, type BootResult, type GuestInput, type StopReason } from "./v86.js";
export { gdbCommand, QEMU, qemuArgs, qemuAvailable, type QemuOptions, type QemuResult, runQemu } from "./qemu.js";
export { type Locate, locateInImage } from "../debug/locate.js";
