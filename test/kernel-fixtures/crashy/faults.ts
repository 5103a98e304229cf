// The faults the crashy driver (main.ts) commits on request: word0 of a request. Shared by
// the driver and the tests that send the requests; no code, so importing it compiles
// nothing of the driver into the kernel.

export const enum Fault {
  None = 0, // a well-formed request: served, and answered
  Bounds = 1,
  PageFault = 2,
  DivideByZero = 3,
  Privileged = 4,
  Port = 5,
  Spin = 6,
}
