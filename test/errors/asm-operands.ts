// Inline asm binds at most three operands (ebx, esi, edi).
export function main(): void {
  const a: u32 = 1;
  asm`add eax, ${a} ${a} ${a} ${a}`;
}
