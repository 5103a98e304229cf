// A function returning a value must not reach its end. tsc accepts a switch that names
// every member of an enum, but an enum variable can hold any integer (an i32 passes as E),
// and a return without a value would hand the caller garbage.
enum E { A, B }

function f(e: E): u32 {
  switch (e) {
    case E.A: return 1;
    case E.B: return 2;
  }
}

@unmanaged
class S {
  e: E;
  get(): u32 {
    switch (this.e) {
      case E.A: return 1;
      case E.B: return 2;
    }
  }
}

// These never reach their ends, and compile.
function loops(): u32 {
  while (true) {}
}

function returnsOnBothArms(e: E): u32 {
  if (e == E.A) return 1;
  else return 2;
}

function withDefault(e: E): u32 {
  switch (e) {
    case E.A: return 1;
    default: return 2;
  }
}

export function main(): void {
  f(E.A);
  loops();
  returnsOnBothArms(E.B);
  withDefault(E.A);
}
