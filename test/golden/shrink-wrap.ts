// Shrink-wrapping (x86/shrink-wrap.ts). The listing is the claim: each function's early
// return runs before its prologue, with the values the rest keeps in callee-saved
// registers renamed to caller-saved ones there and copied back after the pushes. The
// output checks that no two renamed values landed in one register: three parameters,
// all live into the framed part, one loaded from another (as a driver's request reads
// its message).
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

@unmanaged
class Message {
  kind: u32;
  value: u32;
}

function show(label: string, n: u32): u32 {
  print(label);
  printU32(n);
  print(" ");
  return n;
}

/** Early exit on a field; message, reply and kind all live across the calls below. */
function serve(message: Message, reply: Message): void {
  const kind = message.kind;
  if (kind == 0) {
    print("idle ");
    return;
  }
  show("kind ", kind);
  if (kind == 1) reply.value = message.value;
  else if (kind == 2) reply.value = message.value * 3 + kind;
  else reply.kind = kind;
}

/** The early exit returns a parameter that the rest keeps across calls. */
function combine(x: u32, y: u32, z: u32): u32 {
  if (x == 0) return y;
  let s = show("x ", x);
  s += show("y ", y);
  s += show("z ", z);
  return s * 1000 + x * 100 + y * 10 + z;
}

export function main(): void {
  const message = changetype<Message>(0x200000);
  const reply = changetype<Message>(0x200010);
  message.kind = 0;
  message.value = 7;
  serve(message, reply);
  println("");
  message.kind = 2;
  serve(message, reply);
  printU32(reply.value);
  print(" ");
  printU32(reply.kind);
  println("");
  printU32(combine(0, 5, 6));
  println("");
  printU32(combine(1, 2, 3));
  println("");
  exit(0);
}
