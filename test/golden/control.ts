// Control flow: if/else chains, while, do/while, for, break and continue with
// and without labels, short-circuit && and ||, ?:, and comparisons of both
// signednesses.
import { print, printI32, println, printU32 } from "tskc/serial";
import { exit } from "tskc/exit";

function classify(n: i32): string {
  if (n < 0) return "negative";
  else if (n == 0) return "zero";
  else if (n < 10) return "small";
  return "large";
}

/** Prints its argument and returns it, to show which operands short-circuit evaluates. */
function loud(v: bool, name: string): bool {
  print(name);
  return v;
}

function loops(n: i32): void {
  let sum = 0;
  let i = 0;
  while (i < n) {
    i++;
    if (i % 2 == 0) continue;
    sum += i;
  }
  print("odd sum ");
  printI32(sum);
  println("");

  let count = 0;
  do {
    count++;
  } while (count < 0);
  print("do ran ");
  printI32(count);
  println("");

  let pairs = 0;
  outer: for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (b > a) continue outer;
      if (a + b > 12) break outer;
      pairs++;
    }
  }
  print("pairs ");
  printI32(pairs);
  println("");
}

function compare(s: i32, u: u32): void {
  print(s < 1 ? "s<1 " : "s>=1 ");
  print(u < 1 ? "u<1 " : "u>=1 ");
  print(s >= -1 && u > 4000000000 ? "both" : "not both");
  println("");
}

export function main(): void {
  println(classify(-5));
  println(classify(0));
  println(classify(7));
  println(classify(100));
  if (loud(false, "a") && loud(true, "b")) print("!");
  println("");
  if (loud(true, "c") || loud(true, "d")) print("!");
  println("");
  if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
  println("");
  loops(10);
  compare(-1, 0xffffffff);
  printU32(0);
  println("");
  exit(0);
}
