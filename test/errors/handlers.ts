// Interrupt stub tables come from a named handler function, not a value.
function onInterrupt(frame: InterruptFrame): void {}

const chosen: (frame: InterruptFrame) => void = onInterrupt;
const stubs = interruptStubs(chosen);

export function main(): void {}
