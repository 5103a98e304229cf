// A ring-3 app that proves the system is alive: it waits for its first message, whose
// word0 is a period in milliseconds, then prints the timer tick it runs at once per
// period, forever. The tier tests read these lines to check that no fault elsewhere
// stopped it for longer than two time slices.
import { Message } from "tskc/user/abi";
import { print, printU32, receive, sleep, ticks } from "tskc/user/sys";

const config = new Message();

export function main(): void {
  receive(config);
  while (true) {
    print("heartbeat ");
    printU32(ticks());
    print("\n");
    sleep(config.word0);
  }
}
