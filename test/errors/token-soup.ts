// Syntax errors stop the compile, as in tsc: TypeScript's checker is not asked about a
// tree it could not parse (it asserts on some token soup).
export function main(): void {
  let x: u32 = ) ( } { ] [ let let const 1 2 ++ -- => ;
  x = y;
}
