// A pair of drivers that keep each other busy, for the scheduler's test: each wakes the
// other with a message, so both stay urgent (sched/scheduler.ts) and never run out a
// slice. In: a right to PONG_SERVICE, or none. Out: with the right, it pings the task
// that serves PONG_SERVICE and waits for the answer, for ever; without it (the lookup
// is denied), it is that task: it answers each message it receives.
import { Message, MessageKind } from "tskc/user/abi";
import { lookup, receive, send } from "tskc/user/sys";
import { PONG_SERVICE } from "./service";

const message = new Message();

export function main(): void {
  const peer = lookup(PONG_SERVICE);
  message.kind = MessageKind.Request;
  if (peer < 0) {
    while (true) if (receive(message) == 0) send(message.sender, message);
  }
  while (true) {
    send(u32(peer), message);
    receive(message);
  }
}
