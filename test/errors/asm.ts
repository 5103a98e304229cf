// Inline assembly that does not assemble is reported at its line.
export function main(): void {
  asm`mov eax, ebx
      frobnicate eax`;
}
