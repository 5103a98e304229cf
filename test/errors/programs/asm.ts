// A ring-3 program's inline asm: what only ring 0 may run, or what leaves the program's
// code, is refused like the privileged intrinsics; ordinary instructions are not.
export function main(): void {
  asm`mov eax, 1
      iretd`;
  asm`cli
      sti
      hlt`;
  asm`jmp 0x08:0x00100000`;
  asm`retf`;
  asm`int 0x80`;
  asm`mov eax, cr0`;
  asm`lidt [eax]`;
  asm`ltr ax`;
  asm`out dx, al`;
  asm`in al, 0x60`;
  asm`rep outsb`;
  asm`add eax, 2`;
}
