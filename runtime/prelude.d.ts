// The tskc prelude: what every kernel source can use without importing.
// In: nothing (ambient declarations). Out: the integer types and intrinsics,
// declared so that plain `tsc` and editors accept kernel code unchanged.
// tskc gives each declaration its real meaning; see docs/language.md.
// Names follow AssemblyScript where it has one.

/** 8/16/32-bit signed and unsigned integers. tskc types them by width; tsc sees numbers. */
declare type i8 = number;
declare type u8 = number;
declare type i16 = number;
declare type u16 = number;
declare type i32 = number;
declare type u32 = number;
/** Pointer-sized integers: 32 bits on i386. */
declare type isize = number;
declare type usize = number;
declare type bool = boolean;

/** Explicit conversions: `u8(x)` keeps the low 8 bits, `i32(x)` reinterprets, and so on. */
declare function i8(value: number): i8;
declare function u8(value: number): u8;
declare function i16(value: number): i16;
declare function u16(value: number): u16;
declare function i32(value: number): i32;
declare function u32(value: number): u32;
declare function isize(value: number): isize;
declare function usize(value: number): usize;

/** Reads a T from memory at `ptr + offset`. T is an integer type. */
declare function load<T>(ptr: usize, offset?: usize): T;
/** Writes a T to memory at `ptr + offset`. T is an integer type. */
declare function store<T>(ptr: usize, value: T, offset?: usize): void;

/** Port I/O: 8, 16 and 32 bits (x86 `in`/`out`). */
declare function outb(port: u16, value: u8): void;
declare function outw(port: u16, value: u16): void;
declare function outl(port: u16, value: u32): void;
declare function inb(port: u16): u8;
declare function inw(port: u16): u16;
declare function inl(port: u16): u32;

/** Processor control. */
declare function cli(): void;
declare function sti(): void;
declare function hlt(): void;
declare function pause(): void;
/** Software interrupt `int n`; `n` must be a constant. */
declare function int(vector: u8): void;
/** Breakpoint (`int3`, vector 3). */
declare function int3(): void;

/** Descriptor tables: the address of a 6-byte (limit: u16, base: u32) descriptor. */
declare function lgdt(descriptor: usize): void;
declare function lidt(descriptor: usize): void;
/** Loads the task register with a TSS selector. */
declare function ltr(selector: u16): void;
/** After lgdt: reloads CS with a far return, and DS, ES, FS, GS, SS with `data`. */
declare function loadSegments(code: u16, data: u16): void;

/** Control registers. */
declare function readCr0(): u32;
declare function readCr2(): u32;
declare function readCr3(): u32;
declare function readCr4(): u32;
declare function writeCr0(value: u32): void;
declare function writeCr3(value: u32): void;
declare function writeCr4(value: u32): void;
/** Drops the TLB entry of the page holding `address`. */
declare function invlpg(address: usize): void;
/** The low 32 bits of the time-stamp counter. */
declare function rdtsc(): u32;
/** EFLAGS, e.g. to test the interrupt flag (bit 9). */
declare function readEflags(): u32;

/** Like load/store, but never removed, merged or reordered: for memory-mapped devices. */
declare function volatileLoad<T>(ptr: usize, offset?: usize): T;
declare function volatileStore<T>(ptr: usize, value: T, offset?: usize): void;

/** Marks a class as a struct: fields laid out in order, C alignment. Values are addresses. */
declare function unmanaged(target: Function, context: ClassDecoratorContext): void;
/** Like @unmanaged, without padding between fields. */
declare function packed(target: Function, context: ClassDecoratorContext): void;

/** A fixed-size array: `new StaticArray<u8>(n)` at module level reserves it statically.
 * Every index is bounds-checked unless wrapped in unchecked(). */
declare class StaticArray<T> {
  constructor(length: i32);
  readonly length: i32;
  [index: number]: T;
  /** for (const x of array): compiled to an index loop. */
  [Symbol.iterator](): IterableIterator<T>;
}
/** Skips the bounds check of the array access inside it. */
declare function unchecked<T>(value: T): T;
/** Reinterprets a value: an address as a struct or array view, or a struct, array or function as its address. */
declare function changetype<T>(value: unknown): T;
/** Bytes a value of T occupies in memory (a struct's full size). */
declare function sizeof<T>(): usize;
/** Byte offset of a field in a struct. */
declare function offsetof<T>(field: string): usize;
/** The address of a module-level variable. */
declare function addressof(variable: unknown): usize;

/** What an interrupt handler receives: the registers as the entry stub saved them. The
 * fields are in memory order, lowest address first; esp and ss are valid only for an
 * interrupt from ring 3. A handler may change them; they are restored on return. */
declare class InterruptFrame {
  edi: u32;
  esi: u32;
  ebp: u32;
  espAtEntry: u32;
  ebx: u32;
  edx: u32;
  ecx: u32;
  eax: u32;
  gs: u32;
  fs: u32;
  es: u32;
  ds: u32;
  vector: u32;
  errorCode: u32;
  eip: u32;
  cs: u32;
  eflags: u32;
  esp: u32;
  ss: u32;
}
/** The 256 entry stubs of an interrupt handler, one per vector, for the IDT. Each saves the
 * registers as an InterruptFrame, calls `handler(frame)` and returns with iret. A handler
 * that returns a usize switches stacks: the stub restores the frame at that address. */
declare function interruptStubs(handler: ((frame: InterruptFrame) => void) | ((frame: InterruptFrame) => usize)): StaticArray<usize>;

/** Inline assembly, for the instruction nothing else reaches. Each ${operand} becomes a
 * register holding its value (ebx, esi or edi, at most three); the code may change eax,
 * ecx and edx, and must preserve the other registers; the result is eax at the end. */
declare function asm(code: TemplateStringsArray, ...operands: u32[]): u32;

/** The kernel image's bounds, from the linker. The image starts with its multiboot header;
 * everything below readOnlyEnd() is the header, .text and .rodata (page-aligned: paging can
 * map it read-only); imageEnd() is one past the end of .bss. */
declare function imageStart(): usize;
declare function readOnlyEnd(): usize;
declare function imageEnd(): usize;

/** Turns on stack checks: from now on, each function compiled with this program first checks
 * that the stack pointer is above `lowest`, and calls the runtime's stack-overflow trap
 * (tskc/trap: onStackOverflow) instead of running when it is not. 0 disables the check; a
 * scheduler sets each thread's limit when it switches. Programs that never call this pay nothing. */
declare function setStackLimit(lowest: usize): void;

/** A system call from a ring-3 program: `int 0x80` with eax = `number` and ebx, ecx, edx =
 * the arguments (0 when left out). The result is eax; the kernel preserves every other
 * register. runtime/lib/user/abi.ts lists the calls SimpleOS implements. */
declare function syscall(number: u32, arg1?: u32, arg2?: u32, arg3?: u32): u32;

/** A ring-3 program embedded in the kernel image: what the kernel needs to load it into an
 * address space of its own. The bytes are the program's text, rodata and data as they lie
 * from `base`; memory from `base + fileSize` to `base + memorySize` (.bss) must be zeroed.
 * The first `readOnlySize` bytes (text and rodata, a whole number of pages) may be mapped
 * read-only. */
declare class ProgramImage {
  readonly base: usize;
  readonly entry: usize;
  readonly fileSize: u32;
  readonly memorySize: u32;
  readonly readOnlySize: u32;
  readonly bytes: usize;
}
/** Compiles the program rooted at `path` (a string literal, relative to this file: a .ts
 * file, or a folder holding main.ts) for
 * ring 3, as its own image with its own globals, and embeds it. The program's `main()`
 * runs when the kernel starts it; returning from main exits with main's result (or 0).
 * Privileged intrinsics (cli, lgdt, …) are compile errors there; port I/O compiles, and
 * the kernel's I/O permission bitmap decides. */
declare function includeProgram(path: string): ProgramImage;
