// The v86 boot harness against tiny hand-assembled kernels: one per way a
// guest can stop (exit port, cli;hlt, crash, reset, timeout) plus COM1 and
// keyboard input, the multiboot command line and streaming output.
// Needs nothing built first; each test boots its own emulator (~0.1 s).

import { describe, it, expect } from "vitest";
import { bootKernel } from "../compiler/emulator/v86.js";
import { buildElfKernel, buildKernel, Code, COM1, EXIT_PORT, Instruction, memory, Register, type Label } from "./helpers/multiboot-kernel.js";

const COM1_LSR = COM1 + 5;
const LSR_DATA_READY = 0x01;
const PS2_STATUS = 0x64;
const PS2_DATA = 0x60;
const PS2_OUTPUT_FULL = 0x01;
const PS2_RESET_CPU = 0xfe;
const PIC1_DATA = 0x21;
const PIC2_DATA = 0xa1;

const hiThenExit3 = buildKernel((asm) => asm.serialWrite("hi\n").exit(3).serialWrite("after exit"));
const cliHlt = buildKernel((asm) => asm.serialWrite("zz").op(Code.Cli).op(Code.Hlt));
// int3 with no IDT: the fault cannot be delivered, which is a triple fault on real hardware.
const tripleFault = buildKernel((asm) => asm.serialWrite("boom").op(Code.Int3));
const endlessLoop = buildKernel((asm) => {
  const self: Label = {};
  asm.bind(self).branch(Code.Jmp_rel32_32, self);
});

describe("bootKernel", () => {
  it("reports the exit code, the serial output and a repeatable instruction count", async () => {
    const [first, second] = await Promise.all([bootKernel(hiThenExit3), bootKernel(hiThenExit3)]);
    // mov edx; 3 x (mov al; out dx); mov al; out 0xF4 -- and nothing after the exit runs.
    expect(first).toEqual({ serial: "hi\n", exitCode: 3, instructions: 9, reason: "exit", memory: [] });
    expect(second).toEqual(first);
  });

  it("counts instructions exactly through JIT-compiled loops", async () => {
    const iterations = 1_000_000;
    // mov edx; mov ecx; then (dec; jz; nop; jmp) per iteration, the last cut short
    // after jz, then mov al; out 0xF4: 4 * iterations + 2 instructions.
    const kernel = buildKernel((asm) => {
      const loop: Label = {};
      const done: Label = {};
      asm
        .emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EDX, COM1))
        .emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.ECX, iterations))
        .bind(loop)
        .emit(Instruction.createReg(Code.Dec_r32, Register.ECX))
        .branch(Code.Je_rel32_32, done)
        .op(Code.Nopd)
        .branch(Code.Jmp_rel32_32, loop)
        .bind(done)
        .exit(0)
        .serialWrite("after exit");
    });
    expect(await bootKernel(kernel)).toEqual({ serial: "", exitCode: 0, instructions: 4 * iterations + 2, reason: "exit", memory: [] });
  });

  it("boots an ELF32 kernel, also from a small Node Buffer (a view into a shared pool)", async () => {
    const elf = buildElfKernel((asm) => asm.serialWrite("elf").exit(4));
    expect(await bootKernel(elf)).toMatchObject({ serial: "elf", exitCode: 4, reason: "exit", memory: [] });
    expect(await bootKernel(Buffer.from(elf))).toMatchObject({ serial: "elf", exitCode: 4, reason: "exit", memory: [] });
  });

  it("takes a 32-bit write to the exit port as a dword", async () => {
    const kernel = buildKernel((asm) =>
      asm
        .emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EAX, 0x12345678))
        .emit(Instruction.createU32Reg(Code.Out_imm8_EAX, EXIT_PORT, Register.EAX)),
    );
    expect(await bootKernel(kernel)).toMatchObject({ exitCode: 0x12345678, reason: "exit", memory: [] });
  });

  it("stops on cli; hlt and keeps the output so far", async () => {
    const result = await bootKernel(cliHlt);
    expect(result).toMatchObject({ serial: "zz", exitCode: null, instructions: 7, reason: "halt" });
    expect(result.detail).toMatch(/hlt/);
  });

  it("does not stop on hlt with interrupts enabled", async () => {
    // Both PICs fully masked: no interrupt can ever wake the guest, yet it is not "halt".
    const kernel = buildKernel((asm) =>
      asm.serialWrite("z").outb(PIC1_DATA, 0xff).outb(PIC2_DATA, 0xff).op(Code.Sti).op(Code.Hlt),
    );
    expect(await bootKernel(kernel, { timeoutMs: 300 })).toMatchObject({ serial: "z", reason: "timeout" });
  });

  it("reports a triple fault as a crash without hanging or throwing", async () => {
    const result = await bootKernel(tripleFault);
    expect(result).toMatchObject({ serial: "boom", exitCode: null, reason: "crash" });
    expect(result.detail).toMatch(/^triple fault .*#GP handler/);
  });

  it("reports a guest-requested CPU reset as a crash", async () => {
    const kernel = buildKernel((asm) =>
      asm.serialWrite("r").outb(PS2_STATUS, PS2_RESET_CPU).serialWrite("after reset"),
    );
    const result = await bootKernel(kernel);
    expect(result).toMatchObject({ serial: "r", reason: "crash" });
    expect(result.detail).toMatch(/reset/);
  });

  it("times out an endless loop", async () => {
    const started = Date.now();
    const result = await bootKernel(endlessLoop, { timeoutMs: 500 });
    expect(result).toMatchObject({ serial: "", exitCode: null, reason: "timeout", detail: "timed out after 500 ms" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("keeps concurrent boots independent", async () => {
    const results = await Promise.all([
      bootKernel(tripleFault),
      bootKernel(hiThenExit3),
      bootKernel(endlessLoop, { timeoutMs: 300 }),
      bootKernel(cliHlt),
      bootKernel(tripleFault),
    ]);
    expect(results.map((result) => [result.reason, result.serial])).toEqual([
      ["crash", "boom"],
      ["exit", "hi\n"],
      ["timeout", ""],
      ["halt", "zz"],
      ["crash", "boom"],
    ]);
  });

  it("streams COM1 output byte by byte", async () => {
    const chunks: string[] = [];
    const result = await bootKernel(hiThenExit3, { onSerial: (text) => chunks.push(text) });
    expect(chunks).toEqual(["h", "i", "\n"]);
    expect(result.serial).toBe("hi\n");
  });

  it("rejects with the error an onSerial callback throws", async () => {
    const failure = new Error("listener failed");
    const boot = bootKernel(hiThenExit3, {
      onSerial: () => {
        throw failure;
      },
    });
    await expect(boot).rejects.toBe(failure);
  });

  it("delivers serialInput to COM1 after the first output byte", async () => {
    const echo = buildKernel((asm) =>
      asm
        .serialWrite(">")
        .pollPort(COM1_LSR, LSR_DATA_READY)
        .emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EDX, COM1))
        .emit(Instruction.createRegReg(Code.In_AL_DX, Register.AL, Register.DX))
        .emit(Instruction.createRegReg(Code.Out_DX_AL, Register.DX, Register.AL))
        .emit(Instruction.createU32Reg(Code.Out_imm8_AL, EXIT_PORT, Register.AL)),
    );
    expect(await bootKernel(echo, { serialInput: "Q" })).toMatchObject({ serial: ">Q", exitCode: 0x51, reason: "exit", memory: [] });
  });

  it("delivers keys to the PS/2 controller after the first output byte", async () => {
    const firstScancode = buildKernel((asm) =>
      asm
        .serialWrite(">")
        .pollPort(PS2_STATUS, PS2_OUTPUT_FULL)
        .emit(Instruction.createRegU32(Code.In_AL_imm8, Register.AL, PS2_DATA))
        .emit(Instruction.createU32Reg(Code.Out_imm8_AL, EXIT_PORT, Register.AL)),
    );
    expect(await bootKernel(firstScancode, { keys: [0x1e, 0x9e] })).toMatchObject({ exitCode: 0x1e, reason: "exit", memory: [] });
  });

  it("passes the multiboot command line", async () => {
    // The string's address is at offset 16 of the multiboot info (EBX).
    const printCmdline = buildKernel((asm) => {
      const next: Label = {};
      asm
        .emit(Instruction.createRegMem(Code.Mov_r32_rm32, Register.ESI, memory(Register.EBX, 16)))
        .emit(Instruction.createRegU32(Code.Mov_r32_imm32, Register.EDX, COM1))
        .emit(Instruction.createRegMem(Code.Mov_r8_rm8, Register.AL, memory(Register.ESI)))
        .bind(next)
        .emit(Instruction.createRegReg(Code.Out_DX_AL, Register.DX, Register.AL))
        .emit(Instruction.createReg(Code.Inc_r32, Register.ESI))
        .emit(Instruction.createRegMem(Code.Mov_r8_rm8, Register.AL, memory(Register.ESI)))
        .emit(Instruction.createRegReg(Code.Test_rm8_r8, Register.AL, Register.AL))
        .branch(Code.Jne_rel32_32, next)
        .exit(0);
    });
    expect(await bootKernel(printCmdline, { cmdline: "tskc debug=1" })).toMatchObject({ serial: "tskc debug=1", exitCode: 0 });
  });

  it("rejects an image without a multiboot header", async () => {
    await expect(bootKernel(new Uint8Array(64))).rejects.toThrow(/multiboot header/);
  });

  it("rejects an ELF that v86 cannot load instead of hanging", async () => {
    const elf = buildElfKernel((asm) => asm.exit(0));
    const E_PHOFF = 28;
    new DataView(elf.buffer).setUint32(E_PHOFF, 0x100000, true); // program headers far past the end
    await expect(bootKernel(elf)).rejects.toThrow(/v86 cannot load the image: RangeError/);
  });
});
