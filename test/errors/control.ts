// switch and loop misuse.
export function main(): void {
  let x: u32 = 3;
  let y: u32 = 4;
  switch (x) {
    case y:
      break;
  }
  switch (x) {
    case 1:
    case 1:
      break;
  }
  for (const c of "text") x++;
}
