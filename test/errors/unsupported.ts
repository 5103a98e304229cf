// Constructs outside the subset, each reported at its place with advice.
let counter: u32 = 0;

class Device {}

export function main(): void {
  let total: u32 = 0;
  const add = (n: u32): void => {
    total += n;
  };
  const config = { irq: 4 };
  const list = [1, 2, 3];
  const any: any = 3;
  const size: number = 4;
  const either: u32 | string = 1;
  const dev = new Device();
  try {
    throw 1;
  } catch {}
  for (const item of list) add(item);
  const y = (total as u8) ** 2;
}

async function later(): Promise<void> {}

function* numbers(): Generator<u32> {}
