// The "sensor": a ring-3 driver that inspects events with rules from content updates
// ("channel files"), the way the driver behind the July 2024 outage did. Each event
// has EVENT_FIELDS input fields; each rule names one field and the value that field
// must hold to match. Like that driver, it trusts the field index a channel file gives
// it. Unlike that driver, it is written for tskc: the read of `fields[rule.field]` is
// bounds-checked, and it runs in ring 3 under the driver supervisor.
import { Message } from "tskc/user/abi";
import { serveDriver } from "tskc/user/driver";
import { print, printU32 } from "tskc/user/sys";
import { EVENT_FIELDS, SensorOp } from "./protocol";

const MAX_RULES = 16;

@unmanaged
class Rule {
  field: u32;
  value: u32;
}

const active = new StaticArray<Rule>(MAX_RULES);
const staged = new StaticArray<Rule>(MAX_RULES);
const fields = new StaticArray<u32>(EVENT_FIELDS);
let activeCount = 0;
let stagedCount = 0;
let stagedChannel: u32 = 0;

export function main(): void {
  serveDriver(init, interrupt, request);
}

function init(): bool {
  print("sensor: up, no channel file yet\n");
  return true;
}

function interrupt(irq: u32): void {}

function request(message: Message, reply: Message): void {
  const op = message.word0;
  if (op == SensorOp.BeginFile) {
    stagedChannel = message.word1;
    stagedCount = 0;
  } else if (op == SensorOp.Rule && stagedCount < MAX_RULES) {
    staged[stagedCount].field = message.word1;
    staged[stagedCount].value = message.word2;
    stagedCount++;
  } else if (op == SensorOp.EndFile) {
    for (let k = 0; k < stagedCount; k++) {
      active[k].field = staged[k].field;
      active[k].value = staged[k].value;
    }
    activeCount = stagedCount;
    print("sensor: channel file ");
    printU32(stagedChannel);
    print(" active, ");
    printU32(u32(activeCount));
    print(" rules\n");
    reply.word0 = u32(activeCount);
  } else if (op == SensorOp.Inspect) {
    reply.word0 = inspect(message.word1);
  }
}

/** How many active rules match event `event` (whose fields are made up from its number). */
function inspect(event: u32): u32 {
  for (let k = 0; k < fields.length; k++) fields[k] = (event * 31 + u32(k) * 7) % 16;
  let matches: u32 = 0;
  for (let k = 0; k < activeCount; k++) {
    const rule = active[k];
    if (fields[i32(rule.field)] == rule.value) matches++; // the read channel file 291 sends out of bounds
  }
  return matches;
}
