// What the probe app (probe.ts) can be told to try: word0 of its first message. Shared by
// the probe and the kernel code that sends the order; no code, so importing it compiles
// nothing of the probe into the kernel.

export const enum Attempt {
  Write = 1, // store to an address it does not own: the kernel's, a device's
  ReadAddress = 2, // load from an address: another task's page, through the kernel's map of RAM
  Cli = 3,
  Hlt = 4,
  Out = 5, // a port nobody granted
  KernelPointer = 6, // hand a kernel address to a system call
  BadArguments = 7, // every system call with arguments the kernel must refuse
  Flood = 8, // keep the mailbox of the task serving service word1 full, for ever
  DeviceBuffer = 9, // store into its device memory, then hand it to system calls
  Recurse = 10, // recurse without end: the guard below the user stack stops it
  RecurseChecked = 11, // the same with stack checks on (setStackLimit at word1)
  Forge = 12, // print lines that look like the kernel's reports, and trap with a file name holding one
  OutWide = 13, // a 2-byte out at port word1 (granted), which spans word1 + 1 (not granted)
  RepOuts = 14, // rep outsb to COM1
  IretToKernel = 15, // iretd to the kernel's code segment: a #GP on a CPU, an abort in v86
  Spin = 16, // run for ever without a system call
  Hostile = 17, // send malformed requests to every task id, for rounds, and look services up: word1 is the one it holds a right for
  Client = 18, // a well-formed request to the task serving service word1, and its reply
}
