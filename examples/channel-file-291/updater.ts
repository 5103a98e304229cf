// The "updater": a ring-3 app that pushes channel files to the sensor and asks it to
// inspect events. Channel file 290 is well formed. Channel file 291 has a rule for
// field 20 of an event that has 20 fields (0-19): the malformed update. When the sensor
// stops answering, the updater waits for the supervisor to restart it, rolls back to
// the last file that worked, and carries on.
import { Message, MessageKind, SysError } from "tskc/user/abi";
import { lookup, print, printI32, printU32, receive, send, sleep } from "tskc/user/sys";
import { SENSOR_SERVICE, SensorOp } from "./protocol";

const REPLY_TIMEOUT_MS: u32 = 500;

/** Channel files as (field, value) pairs. */
const CHANNEL_290: StaticArray<u32> = [3, 9, 7, 14, 12, 5];
const CHANNEL_291: StaticArray<u32> = [3, 9, 20, 1, 12, 5];

const out = new Message();
const answer = new Message();
let sensor: i32 = SysError.NoSuchTask;

export function main(): i32 {
  if (!findSensor()) return 1;
  apply(290, CHANNEL_290);
  for (let event: u32 = 1; event <= 3; event++) inspect(event);
  apply(291, CHANNEL_291);
  if (inspect(4) < 0) {
    print("updater: channel file 291 crashed the sensor; rolling back to 290\n");
    if (!findSensor()) return 1;
    apply(290, CHANNEL_290);
  }
  for (let event: u32 = 5; event <= 6; event++) inspect(event);
  print("updater: done\n");
  return 0;
}

/** Waits (up to 2 s) for a sensor task, which changes when the supervisor restarts it. */
function findSensor(): bool {
  for (let tries = 0; tries < 200; tries++) {
    const found = lookup(SENSOR_SERVICE);
    if (found >= 0 && found != sensor) {
      sensor = found;
      print("updater: sensor is task ");
      printI32(sensor);
      print("\n");
      return true;
    }
    sleep(10);
  }
  print("updater: no sensor\n");
  return false;
}

/** Sends channel file `channel` (rules as (field, value) pairs) and makes it active. */
function apply(channel: u32, rules: StaticArray<u32>): void {
  call(SensorOp.BeginFile, channel, u32(rules.length / 2));
  for (let k = 0; k + 1 < rules.length; k += 2) call(SensorOp.Rule, rules[k], rules[k + 1]);
  call(SensorOp.EndFile, 0, 0);
}

/** Asks the sensor to inspect `event`; the number of rules that matched, or a negative SysError. */
function inspect(event: u32): i32 {
  const result = call(SensorOp.Inspect, event, 0);
  print("updater: event ");
  printU32(event);
  if (result < 0) {
    print(": no answer (");
    printI32(result);
    print(")\n");
  } else {
    print(": ");
    printI32(result);
    print(" rules matched\n");
  }
  return result;
}

/** One request to the sensor and its reply: the reply's word0, or a negative SysError. */
function call(op: u32, word1: u32, word2: u32): i32 {
  out.kind = MessageKind.Request;
  out.word0 = op;
  out.word1 = word1;
  out.word2 = word2;
  const sent = send(u32(sensor), out);
  if (sent < 0) return sent;
  const received = receive(answer, REPLY_TIMEOUT_MS);
  return received < 0 ? received : i32(answer.word0);
}
