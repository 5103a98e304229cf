// The ring-3 side of a driver: `import { serveDriver } from "tskc/user/driver"`.
// In: the three functions a driver is made of. Out: the driver's life as its
// kernel runs it: init once, then forever one message at a time, each interrupt of its
// line (a Message of kind Interrupt from the kernel) to `interrupt`, each request
// (kind Request, from another task) to `request`, whose reply goes back to the sender.
// A driver that fails init exits with status 1, and its supervisor decides what next.
import { Message, MessageKind } from "./abi";
import { exit, receive, send } from "./sys";

/** Sets the device up; false if it cannot be. */
export type DriverInit = () => bool;
/** The driver's interrupt line `irq` fired: service the device. */
export type DriverInterrupt = (irq: u32) => void;
/** Answers `request` by filling `reply` (kind Reply, words zeroed beforehand). */
export type DriverRequest = (request: Message, reply: Message) => void;

const incoming = new Message();
const reply = new Message();

/** Runs the driver made of `init`, `interrupt` and `request` (never returns). */
export function serveDriver(init: DriverInit, interrupt: DriverInterrupt, request: DriverRequest): void {
  if (!init()) exit(1);
  while (true) {
    if (receive(incoming) != 0) continue;
    if (incoming.kind == MessageKind.Interrupt && incoming.sender == 0) { // only the kernel reports interrupts
      interrupt(incoming.word0);
    } else if (incoming.kind == MessageKind.Request) {
      reply.kind = MessageKind.Reply;
      reply.word0 = 0;
      reply.word1 = 0;
      reply.word2 = 0;
      reply.word3 = 0;
      request(incoming, reply);
      send(incoming.sender, reply);
    }
  }
}
