// switch: a dense switch becomes a jump table, a sparse one a chain of compares;
// fallthrough, default, break, and enum and const enum cases.
import { print, printU32, println } from "tskc/serial";
import { exit } from "tskc/exit";

enum Color {
  Red,
  Green,
  Blue = 10,
  Violet,
}

const enum Port {
  Com1 = 0x3f8,
  Com2 = 0x2f8,
}

/** Dense: 0..6 through a jump table. */
function dayName(day: u32): string {
  switch (day) {
    case 0: return "sun";
    case 1: return "mon";
    case 2: return "tue";
    case 3: return "wed";
    case 4: return "thu";
    case 5: return "fri";
    case 6: return "sat";
    default: return "???";
  }
}

/** Fallthrough collects the cases below the one that matched. */
function countdown(from: i32): void {
  switch (from) {
    case 3:
      print("3 ");
    case 2:
      print("2 ");
    case 1:
      print("1 ");
      break;
    default:
      print("none ");
  }
  println("go");
}

function colorName(c: Color): string {
  switch (c) {
    case Color.Red: return "red";
    case Color.Green: return "green";
    case Color.Blue: return "blue";
    default: return "violet";
  }
}

/** Sparse values: compared one by one. */
function portName(port: u16): string {
  switch (port) {
    case Port.Com1: return "COM1";
    case Port.Com2: return "COM2";
    case 0x60: return "PS/2 data";
  }
  return "unknown";
}

export function main(): void {
  for (let d: u32 = 0; d < 8; d++) {
    print(dayName(d));
    print(" ");
  }
  println("");
  countdown(3);
  countdown(1);
  countdown(7);
  println(colorName(Color.Blue));
  println(colorName(Color.Violet));
  print("Violet = ");
  printU32(u32(Color.Violet));
  println("");
  println(portName(0x3f8));
  println(portName(0x60));
  println(portName(0x80));
  exit(0);
}
