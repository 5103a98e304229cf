// `// @ts-ignore` silences tsc, not tskc: lowering checks for itself what it relies on.
import { counter } from "./modules/counter";

function reassignConst(): u32 {
  const c: u32 = 1;
  // @ts-ignore
  c = 2;
  return c;
}

function incrementConst(): u32 {
  const c: u32 = 1;
  // @ts-ignore
  c++;
  return c;
}

function assignImport(): void {
  // @ts-ignore
  counter = 3;
}

function loopVariable(values: StaticArray<u32>): void {
  for (const v of values) {
    // @ts-ignore
    v = 0;
  }
}

function twice(x: u32): u32 {
  return x * 2;
}

function extraArgument(): u32 {
  // @ts-ignore
  return twice(1, 2);
}

function returnWithoutValue(): u32 {
  // @ts-ignore
  return;
}

export function main(): void {
  reassignConst();
  incrementConst();
  assignImport();
  extraArgument();
  returnWithoutValue();
}
