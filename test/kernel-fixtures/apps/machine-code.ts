// Raw machine code for the test programs (probe.ts, ../crashy): what tskc refuses to
// assemble in a ring-3 program (TSK3044) can still be stored as bytes and run, which is
// how the tests show that the CPU and the kernel, not the compiler, are the boundary.
// In: the bytes of one instruction sequence that does not return. Out: it runs.

type Code = () => void;

/** Jumps into `bytes` (a program's data is executable: i386 paging has no NX bit). */
export function runMachineCode(bytes: StaticArray<u8>): void {
  changetype<Code>(changetype<usize>(bytes))();
}
