// Interrupt entry stubs (xv6's vectors.S and alltraps, generated). In: the link name
// of a handler `(frame: InterruptFrame) => void | usize` and its table's symbol.
// Out: a naked MFunction with one entry per vector, plus the table of their addresses
// (a StaticArray<usize> of 256) for the kernel to put in its IDT.
//
//   .L<v>:   push 0            ; only where the CPU pushes no error code
//            push <v>
//            jmp .L256
//   .L256:   push ds; push es; push fs; push gs; pushad     ; the InterruptFrame
//            mov eax, ss; mov ds/es/fs/gs, eax             ; kernel data segments
//            cld                                           ; ring 3 may have left DF set
//            push esp; call handler; add esp, 4
//            mov esp, eax      ; only for a handler returning usize: the frame to resume
//            popad; pop gs; pop fs; pop es; pop ds; add esp, 8; iretd
//
// The stack after pushad is exactly InterruptFrame (runtime/prelude.d.ts), lowest field first.

import type { DataItem, InterruptHandler } from "../ir/ir.js";
import { immOp, type MBlock, type MFunction, type MInst, preg, type SegmentReg } from "./machine.js";

/** Vectors for which the CPU pushes an error code: #DF #TS #NP #SS #GP #PF #AC #CP #VC #SX. */
const WITH_ERROR_CODE = new Set([8, 10, 11, 12, 13, 14, 17, 21, 29, 30]);
const VECTORS = 256;
const COMMON = VECTORS; // block id of the shared part
const SAVED_SEGMENTS: SegmentReg[] = ["ds", "es", "fs", "gs"];

export function interruptStubs({ handler, entry: name, table, switchesStack }: InterruptHandler): { fn: MFunction; table: DataItem } {
  const [eax, esp] = [preg("eax"), preg("esp")];
  const blocks: MBlock[] = [];
  for (let v = 0; v < VECTORS; v++) {
    const insts: MInst[] = [];
    if (!WITH_ERROR_CODE.has(v)) insts.push({ op: "push", ops: [immOp(0)] });
    insts.push({ op: "push", ops: [immOp(v)] }, { op: "jmp", ops: [], target: COMMON });
    blocks.push({ id: v, insts });
  }
  blocks.push({
    id: COMMON,
    insts: [
      ...SAVED_SEGMENTS.map((sreg): MInst => ({ op: "push_sreg", ops: [], sreg })),
      { op: "pushad", ops: [] },
      { op: "mov_from_sreg", ops: [eax], sreg: "ss" },
      ...SAVED_SEGMENTS.map((sreg): MInst => ({ op: "mov_to_sreg", ops: [eax], sreg })),
      { op: "cld", ops: [] },
      { op: "push", ops: [esp] },
      { op: "call", ops: [], callee: handler },
      { op: "add", ops: [esp, immOp(4)] },
      ...(switchesStack ? [{ op: "mov", ops: [esp, eax] } as MInst] : []),
      { op: "popad", ops: [] },
      ...[...SAVED_SEGMENTS].reverse().map((sreg): MInst => ({ op: "pop_sreg", ops: [], sreg })),
      { op: "add", ops: [esp, immOp(8)] },
      { op: "iretd", ops: [] },
    ],
  });
  const bytes = new Uint8Array(4 + 4 * VECTORS);
  new DataView(bytes.buffer).setUint32(0, VECTORS, true);
  const relocs = Array.from({ length: VECTORS }, (_, v) => ({ offset: 4 + 4 * v, symbol: `${name}.L${v}`, addend: 0 }));
  return {
    fn: { name, blocks, naked: true, returnsValue: false, vregCount: 0 },
    table: { symbol: table, section: "rodata", align: 4, bytes, relocs, comment: `interrupt entry stubs of ${handler}` },
  };
}
