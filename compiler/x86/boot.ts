// The boot stub `_start`, where a multiboot loader jumps. In: the link name of the
// kernel's main. Out: a naked MFunction (physical registers, no frame) and the
// boot stack it needs. Runs before anything in the kernel:
//
//   _start: mov esp, __stack+16384      ; our own stack (the loader gives none)
//           mov esi, eax                ; keep the multiboot magic
//           clear .bss with rep stosd   ; loaders need not zero it
//           call __tskc_init            ; if any: writes what .bss must hold at boot
//           push ebx; push esi          ; main(magic, info)
//           call main
//           cli; .halt: hlt; jmp .halt  ; main returned: stop for good
//
// GDTR/IDTR are still 0 here, so the stub touches no segment register.
//
// A ring-3 program (includeProgram) starts at its own `_start` instead, on the stack
// and with the zeroed .bss its kernel gave it:
//
//   _start: call __tskc_init            ; if any
//           call main
//           push eax / push 0           ; the exit status: main's result, or 0
//           call exitProgram            ; runtime/lib/user/trap.ts: flushes output, exits
//   .hang:  jmp .hang                   ; exit does not return

import type { DataItem } from "../ir/ir.js";
import { immOp, type MFunction, type MInst, preg } from "./machine.js";

export const BOOT_STACK_SIZE = 16 * 1024;
/** The entry point, where the loader (or a ring-3 program's first iret) starts. */
export const START_SYMBOL = "_start";
export const BOOT_STACK = "__stack";
export const BSS_START = "__bss_start";
export const BSS_END = "__bss_end";
export const IMAGE_START = "__image_start";
export const DATA_START = "__data_start";
/** Section bounds the linker defines, by the intrinsic that reads each (runtime/prelude.d.ts). */
export const IMAGE_BOUNDS: Record<string, string> = { imageStart: IMAGE_START, readOnlyEnd: DATA_START, imageEnd: BSS_END };

/** What a failed stack check calls: it clears the limit, so that the trap and whatever the
 * kernel's handler calls can run on the stack that is left, then calls the runtime's trap. */
export function stackOverflowStub(limit: string, trap: string): MFunction {
  const insts: MInst[] = [
    { op: "mov", ops: [{ k: "m", disp: 0, size: 4, symbol: limit }, immOp(0)] },
    { op: "call", ops: [], callee: trap },
  ];
  const halt: MInst[] = [{ op: "hlt", ops: [] }, { op: "jmp", ops: [], target: 1 }];
  return { name: STACK_OVERFLOW_STUB, blocks: [{ id: 0, insts }, { id: 1, insts: halt }], naked: true, returnsValue: false, vregCount: 0 };
}

export const STACK_OVERFLOW_STUB = "__tskc_stack_overflow";

/** Every symbol the back end defines by a fixed name. Lowering reserves them before it
 * names anything (ModuleContext.uniqueName), so a kernel's own `_start` or `__stack`
 * becomes `_start_2` instead of taking the boot stub's place. */
export const RESERVED_SYMBOLS: readonly string[] = [START_SYMBOL, BOOT_STACK, BSS_START, BSS_END, IMAGE_START, DATA_START, STACK_OVERFLOW_STUB];

export function bootStack(): DataItem {
  return { symbol: BOOT_STACK, section: "bss", align: 16, bytes: new Uint8Array(BOOT_STACK_SIZE), comment: "boot stack" };
}

export function programStub(mainName: string, mainReturnsValue: boolean, exitName: string, initName?: string): MFunction {
  const start: MInst[] = [
    ...(initName ? [{ op: "call", ops: [], callee: initName } as MInst] : []),
    { op: "call", ops: [], callee: mainName },
    { op: "push", ops: [mainReturnsValue ? preg("eax") : immOp(0)] },
    { op: "call", ops: [], callee: exitName },
  ];
  const hang: MInst[] = [{ op: "jmp", ops: [], target: 1 }];
  return { name: START_SYMBOL, blocks: [{ id: 0, insts: start }, { id: 1, insts: hang }], naked: true, returnsValue: false, vregCount: 0 };
}

export function bootStub(mainName: string, initName?: string): MFunction {
  const [eax, ebx, ecx, esi, edi, esp] = (["eax", "ebx", "ecx", "esi", "edi", "esp"] as const).map(preg);
  const start: MInst[] = [
    { op: "mov", ops: [esp, immOp(BOOT_STACK_SIZE, BOOT_STACK)] },
    { op: "mov", ops: [esi, eax] },
    { op: "cld", ops: [] },
    { op: "mov", ops: [edi, immOp(0, BSS_START)] },
    { op: "mov", ops: [ecx, immOp(0, BSS_END)] },
    { op: "sub", ops: [ecx, edi] },
    { op: "shr", ops: [ecx, immOp(2)] },
    { op: "xor", ops: [eax, eax] },
    { op: "rep_stosd", ops: [] },
    ...(initName ? [{ op: "call", ops: [], callee: initName } as MInst] : []),
    { op: "push", ops: [ebx] },
    { op: "push", ops: [esi] },
    { op: "call", ops: [], callee: mainName },
    { op: "cli", ops: [] },
  ];
  const halt: MInst[] = [{ op: "hlt", ops: [] }, { op: "jmp", ops: [], target: 1 }];
  return { name: START_SYMBOL, blocks: [{ id: 0, insts: start }, { id: 1, insts: halt }], naked: true, returnsValue: false, vregCount: 0 };
}
