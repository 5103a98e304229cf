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
