// Variable locations (.debug_loc). In: the encoded text and the machine functions,
// whose homes register allocation recorded (homes.ts). Out: a `locate` for the
// DIE writer (info.ts) and, after it ran, the .debug_loc bytes. Runs after linking.
//
// A local in a register is there only where it is live: elsewhere the register
// holds other values, so the location is a list of those ranges, and gdb says
// <optimized out> outside them. A spilled local is in its frame slot for the
// whole function; one split around calls is also in its slot across them. A parameter stays in its argument slot unless the function
// assigns to it; then it is followed like a local.

import type { FunctionDebug } from "../ir/ir.js";
import type { EncodedInst, EncodedText } from "../x86/encode.js";
import type { InstRange, MFunction, MInst } from "../x86/machine.js";
import { DW_OP_fbreg, DW_OP_reg0, type VariableLocation } from "./info.js";
import { DwarfWriter } from "./writer.js";

const DWARF_REG = { eax: 0, ecx: 1, edx: 2, ebx: 3, esp: 4, ebp: 5, esi: 6, edi: 7 } as const;

/** Location lists in the DWARF 4 form (§2.6.2): address pairs relative to the compile
 * unit's base address (its DW_AT_low_pc, the start of .text), then 0, 0. */
export class LocationLists {
  private readonly w = new DwarfWriter();
  private readonly at = new Map<MInst, EncodedInst>();
  private readonly fns: Map<string, MFunction>;

  constructor(private readonly text: EncodedText, fns: MFunction[]) {
    for (const e of text.insts) this.at.set(e.inst, e);
    this.fns = new Map(fns.map((f) => [f.name, f]));
  }

  /** The location of `v` in function `fn`, or undefined: for a parameter, "its argument
   * slot"; for a local, "none" (a temp the passes removed). */
  locate(fn: string, v: FunctionDebug["variables"][number]): VariableLocation | undefined {
    const f = this.fns.get(fn);
    const home = f?.homes?.get(v.temp);
    if (!home || (v.param !== undefined && home.defs <= 1)) return undefined;
    // The frame base is the CFA (info.ts).
    const slot0 = f?.frame?.slot0 ?? -12;
    const inFrame = (cfaOffset: number) => new DwarfWriter().u8(DW_OP_fbreg).sleb(cfaOffset).finish();
    if ("slot" in home) return { expr: inFrame(slot0 - 4 * home.slot) };
    const base = this.text.insts[0].addr;
    const entries: [number, number, Uint8Array][] = [];
    const add = (ranges: InstRange[], expr: (range: InstRange) => Uint8Array) => {
      for (const range of ranges) {
        const first = this.at.get(range.first), last = this.at.get(range.last);
        if (first && last) entries.push([first.addr - base, last.addr + last.bytes.length - base, expr(range)]);
      }
    };
    // Each range in its own register where shrink-wrapping renamed it before the prologue.
    add(home.ranges ?? [home], (range) => Uint8Array.of(DW_OP_reg0 + DWARF_REG[range.reg ?? home.reg]));
    // Split around calls: the memory it was stored to (an argument slot at CFA + disp - 8, or frame slot -disp/4 - 1).
    const disp = home.memory?.disp ?? 0;
    if (home.memory) add(home.memory.ranges, () => inFrame(disp >= 8 ? disp - 8 : slot0 - 4 * (-disp / 4 - 1)));
    if (entries.length === 0) return undefined;
    const offset = this.w.length;
    for (const [low, high, expr] of entries.sort((a, b) => a[0] - b[0])) this.w.u32(low).u32(high).u16(expr.length).bytes(expr);
    this.w.u32(0).u32(0);
    return { list: offset };
  }

  finish(): Uint8Array {
    return this.w.finish();
  }
}
