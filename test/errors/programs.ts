// includeProgram: the ways a kernel's embedded ring-3 program can be refused.
const privileged = includeProgram("./programs/privileged.ts");
const missing = includeProgram("./programs/missing.ts");
const asmRefused = includeProgram("./programs/asm.ts");

export function main(): void {
  const name = "./programs/privileged.ts";
  const computed = includeProgram(name);
}

// Included twice: its errors are listed once.
const again = includeProgram("./programs/privileged.ts");
