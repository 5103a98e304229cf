// Test scaffolding: assembles tiny i386 multiboot kernels with iced-x86.
// In: a callback that emits 32-bit instructions through an Asm. Out: a kernel
// image loaded at 1 MiB, either flat (a 48-byte multiboot header using the
// a.out kludge, flags bit 16, video fields zero, then the code) or ELF32.
// Entry state (multiboot): EAX=0x2BADB002, EBX=multiboot info, no GDT/IDT.

import iced from "iced-x86";

export const { Code, Register, Instruction } = iced;
type Instruction = InstanceType<typeof iced.Instruction>;

const LOAD_ADDRESS = 0x100000;
const FLAT_HEADER_BYTES = 48;
const MULTIBOOT_MAGIC = 0x1badb002;
const MULTIBOOT_ALIGN = 1 << 0;
const MULTIBOOT_MEMINFO = 1 << 1;
const MULTIBOOT_AOUT_KLUDGE = 1 << 16;
const ELF_HEADER_BYTES = 52;
const PROGRAM_HEADER_BYTES = 32;
const SECTION_HEADER_BYTES = 40; // v86 asserts this even when there are no sections
export const COM1 = 0x3f8;
export const EXIT_PORT = 0xf4;

/** [base + displacement] */
export function memory(base: number, displacement = 0): InstanceType<typeof iced.MemoryOperand> {
  return new iced.MemoryOperand(base, Register.None, 1, BigInt(displacement), displacement ? 1 : 0, false, Register.None);
}

export interface Label {
  ip?: number;
}

/** Collects instructions; branch targets are labels bound to later or earlier instructions. */
export class Asm {
  private readonly instructions: Instruction[] = [];
  private readonly fixups: { branch: Instruction; label: Label }[] = [];
  private pending: Label[] = [];

  emit(instruction: Instruction): this {
    // Ips only identify instructions for the BlockEncoder; it assigns real addresses.
    const ip = this.instructions.length + 1;
    instruction.ip = BigInt(ip);
    for (const label of this.pending) label.ip = ip;
    this.pending = [];
    this.instructions.push(instruction);
    return this;
  }

  /** Binds `label` to the next emitted instruction. */
  bind(label: Label): this {
    this.pending.push(label);
    return this;
  }

  branch(code: number, label: Label): this {
    const branch = Instruction.createBranch(code, 0n);
    this.fixups.push({ branch, label });
    return this.emit(branch);
  }

  op(code: number): this {
    return this.emit(Instruction.create(code));
  }

  /** mov edx, COM1 then one `mov al, c; out dx, al` per character. */
  serialWrite(text: string): this {
    this.emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EDX, COM1));
    for (const char of text) {
      this.emit(Instruction.createRegU32(Code.Mov_r8_imm8, Register.AL, char.charCodeAt(0)));
      this.emit(Instruction.createRegReg(Code.Out_DX_AL, Register.DX, Register.AL));
    }
    return this;
  }

  /** Spins until `in al, port` has `mask` set; leaves the status in AL. */
  pollPort(port: number, mask: number): this {
    const poll: Label = {};
    this.emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EDX, port));
    this.bind(poll).emit(Instruction.createRegReg(Code.In_AL_DX, Register.AL, Register.DX));
    this.emit(Instruction.createRegU32(Code.Test_rm8_imm8, Register.AL, mask));
    return this.branch(Code.Je_rel32_32, poll);
  }

  /** mov al, value; out port, al */
  outb(port: number, value: number): this {
    this.emit(Instruction.createRegU32(Code.Mov_r8_imm8, Register.AL, value));
    return this.emit(Instruction.createU32Reg(Code.Out_imm8_AL, port, Register.AL));
  }

  /** outb(0xF4, code): the exit protocol. */
  exit(code: number): this {
    return this.outb(EXIT_PORT, code);
  }

  encode(address: number): Uint8Array {
    if (this.pending.length) throw new Error("label bound past the last instruction");
    for (const { branch, label } of this.fixups) {
      if (label.ip === undefined) throw new Error("branch to an unbound label");
      branch.nearBranch32 = label.ip;
    }
    const encoder = new iced.BlockEncoder(32, iced.BlockEncoderOptions.None);
    for (const instruction of this.instructions) encoder.add(instruction);
    return encoder.encode(BigInt(address));
  }
}

/** A flat multiboot kernel (a.out kludge) whose code is whatever `emit` assembles. */
export function buildKernel(emit: (asm: Asm) => void): Uint8Array {
  const code = assemble(emit, LOAD_ADDRESS + FLAT_HEADER_BYTES);
  const image = new Uint8Array(FLAT_HEADER_BYTES + code.length);
  const end = LOAD_ADDRESS + image.length;
  const flags = MULTIBOOT_ALIGN | MULTIBOOT_MEMINFO | MULTIBOOT_AOUT_KLUDGE;
  writeWords(image, 0, [
    MULTIBOOT_MAGIC,
    flags,
    -(MULTIBOOT_MAGIC + flags), // checksum
    LOAD_ADDRESS, // header_addr: the header is the first thing loaded
    LOAD_ADDRESS, // load_addr
    end, // load_end_addr
    end, // bss_end_addr: no bss
    LOAD_ADDRESS + FLAT_HEADER_BYTES, // entry_addr
  ]);
  image.set(code, FLAT_HEADER_BYTES);
  return image;
}

/**
 * The same kernel as an ELF32 executable: ELF header, one PT_LOAD program
 * header mapping the whole file at 1 MiB, a 12-byte multiboot header without
 * the a.out kludge, then the code.
 */
export function buildElfKernel(emit: (asm: Asm) => void): Uint8Array {
  const multibootAt = ELF_HEADER_BYTES + PROGRAM_HEADER_BYTES;
  const codeAt = multibootAt + 12;
  const code = assemble(emit, LOAD_ADDRESS + codeAt);
  const image = new Uint8Array(codeAt + code.length);
  const view = new DataView(image.buffer);
  image.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]); // \x7FELF, 32-bit, little-endian, version 1
  view.setUint16(16, 2, true); // e_type: executable
  view.setUint16(18, 3, true); // e_machine: i386
  writeWords(image, 20, [1, LOAD_ADDRESS + codeAt, ELF_HEADER_BYTES, 0, 0]); // e_version e_entry e_phoff e_shoff e_flags
  [ELF_HEADER_BYTES, PROGRAM_HEADER_BYTES, 1, SECTION_HEADER_BYTES, 0, 0].forEach((half, index) =>
    view.setUint16(40 + index * 2, half, true),
  ); // e_ehsize e_phentsize e_phnum e_shentsize e_shnum e_shstrndx
  const PT_LOAD = 1;
  const READ_EXECUTE = 5;
  writeWords(image, ELF_HEADER_BYTES, [PT_LOAD, 0, LOAD_ADDRESS, LOAD_ADDRESS, image.length, image.length, READ_EXECUTE, 0x1000]);
  const flags = MULTIBOOT_ALIGN | MULTIBOOT_MEMINFO;
  writeWords(image, multibootAt, [MULTIBOOT_MAGIC, flags, -(MULTIBOOT_MAGIC + flags)]);
  image.set(code, codeAt);
  return image;
}

function assemble(emit: (asm: Asm) => void, address: number): Uint8Array {
  const asm = new Asm();
  emit(asm);
  return asm.encode(address);
}

function writeWords(image: Uint8Array, offset: number, words: number[]): void {
  const view = new DataView(image.buffer, image.byteOffset);
  words.forEach((word, index) => view.setUint32(offset + index * 4, word >>> 0, true));
}
