export function main(): void {
  let x: u32 = ;
}
