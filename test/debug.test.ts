// DWARF in the ELF (compiler/debug/): decoded by an independent reader
// (test/helpers/dwarf.ts), and, when installed, read by addr2line, objdump and
// gdb attached to QEMU. Tests that need a native tool are skipped with a note.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { dieTrees, DW, elfSections, evalLocation, lineAt, lineRows, type DieNode } from "./helpers/dwarf.js";

const FIXTURE = "test/debug-fixtures/loop.ts";
const compiled = compile(FIXTURE);
const elf = compiled.elf();
const listing = compiled.listing();
const sections = elfSections(elf);
const rows = lineRows(sections.get(".debug_line")!.bytes);
const [unit] = dieTrees(sections.get(".debug_info")!.bytes, sections.get(".debug_abbrev")!.bytes);
const subprograms = unit.children.filter((d) => d.tag === DW.TAG_subprogram);
const subprogram = (name: string) => subprograms.find((d) => d.attrs.get(DW.AT_name) === name)!;

/** The address of the first listing line whose instruction matches `asm`, after `label:`. */
function addressIn(label: string, asm: RegExp): number {
  const lines = listing.split("\n");
  const from = lines.indexOf(`${label}:`);
  const line = lines.slice(from).find((l) => asm.test(l.split(";")[0]));
  return parseInt(/; ([0-9a-f]+):/.exec(line!)![1], 16);
}

const scratch = mkdtempSync(join(tmpdir(), "tskc-debug-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const elfPath = join(scratch, "loop.elf");
writeFileSync(elfPath, elf);

describe("DWARF sections", () => {
  it("are in the ELF only: the flat binary is the same bytes the ELF loads", () => {
    for (const name of [".debug_info", ".debug_abbrev", ".debug_line", ".debug_frame", ".debug_aranges"]) {
      expect(sections.get(name)?.bytes.length, name).toBeGreaterThan(0);
      expect(sections.get(name)!.addr, name).toBe(0); // not loaded
    }
    const text = sections.get(".text")!;
    const bin = compiled.flatBinary();
    expect(bin.subarray(text.addr - 0x100000, text.addr - 0x100000 + text.bytes.length)).toEqual(text.bytes);
  });

  it("map a call's address to its file and line", () => {
    const call = addressIn("main", /call scale/);
    expect(lineAt(rows, call)).toMatchObject({ file: FIXTURE, line: 34, isStmt: true });
    const trap = addressIn("$at", /call boundsTrap/);
    expect(lineAt(rows, trap)).toMatchObject({ file: FIXTURE, line: 21 });
    // Library code keeps its own file.
    expect(lineAt(rows, addressIn("onBoundsError", /mov/))?.file).toBe("runtime/lib/trap.ts");
  });

  it("mark where each prologue ends", () => {
    const bodyStart = addressIn("scale", /mov eax, \[ebp\+8\]/);
    const row = rows.find((r) => r.address === bodyStart && r.prologueEnd);
    expect(row).toMatchObject({ file: FIXTURE, line: 15 });
  });

  it("give no line to the boot stub", () => {
    expect(lineAt(rows, compiled.image.entry)).toBeUndefined();
  });

  it("have a subprogram for every function, with its exact range", () => {
    const funcs = compiled.image.symbols.filter((s) => s.kind === "func");
    expect(subprograms.length).toBe(funcs.length);
    for (const f of funcs) {
      const sp = subprogram(f.name);
      expect(sp, f.name).toBeDefined();
      expect([sp.attrs.get(DW.AT_low_pc), sp.attrs.get(DW.AT_high_pc)], f.name).toEqual([f.addr, f.size]);
    }
    expect(subprogram("scale").attrs.get(DW.AT_decl_line)).toBe(15);
  });

  it("place parameters in their stack slots, typed", () => {
    const sp = subprogram("scale");
    const ebp = 0x10_7000 - 0x40; // any frame: the slot is relative to it
    const frameBase = evalLocation(sp.attrs.get(DW.AT_frame_base) as Uint8Array, regs({ 5: ebp }), 0);
    expect(frameBase).toEqual({ addr: ebp });
    const params = sp.children.filter((d) => d.tag === DW.TAG_formal_parameter);
    expect(params.map((p) => p.attrs.get(DW.AT_name))).toEqual(["value", "factor", "p"]);
    const slot = (p: DieNode) => evalLocation(p.attrs.get(DW.AT_location) as Uint8Array, regs({ 5: ebp }), ebp);
    expect(params.map(slot)).toEqual([{ addr: ebp + 8 }, { addr: ebp + 12 }, { addr: ebp + 16 }]);
    const type = (p: DieNode) => unit.children.find((d) => d.offset === p.attrs.get(DW.AT_type))!;
    expect(type(params[1]).attrs.get(DW.AT_name)).toBe("u8");
    expect(type(params[1]).attrs.get(DW.AT_byte_size)).toBe(1);
    // A struct parameter is a pointer to the structure, whose members sit at their offsets.
    const struct = unit.children.find((d) => d.offset === type(params[2]).attrs.get(DW.AT_type))!;
    expect(struct.tag).toBe(DW.TAG_structure_type);
    expect(struct.children.map((m) => [m.attrs.get(DW.AT_name), m.attrs.get(DW.AT_data_member_location)])).toEqual([["x", 0], ["y", 4]]);
  });
});

function regs(values: Record<number, number>): number[] {
  return Array.from({ length: 9 }, (_, i) => values[i] ?? 0);
}

describe("variable locations", () => {
  const lists = sections.get(".debug_loc")!.bytes;
  /** The one entry of the location list at `offset`: [low, high) absolute, and the expression. */
  const entry = (offset: number) => {
    const v = new DataView(lists.buffer, lists.byteOffset + offset);
    const base = unit.attrs.get(DW.AT_low_pc) as number;
    return { low: base + v.getUint32(0, true), high: base + v.getUint32(4, true), expr: lists.subarray(offset + 10, offset + 10 + v.getUint16(8, true)) };
  };

  it("follow a local in its register over its live range", () => {
    const main = subprogram("main");
    const i = main.children.find((d) => d.tag === DW.TAG_variable && d.attrs.get(DW.AT_name) === "i")!;
    const { low, high, expr } = entry(i.attrs.get(DW.AT_location) as number);
    const call = addressIn("main", /call scale/);
    expect(low).toBeLessThan(call);
    expect(high).toBeGreaterThan(call);
    // The listing says which register `push <reg>` passes as scale's first argument: i.
    const lines = listing.split("\n");
    const callLine = lines.findIndex((l) => /call scale/.test(l) && l.includes(call.toString(16)));
    const pushed = /push (e[a-z]{2})/.exec(lines[callLine - 1])![1];
    const number = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"].indexOf(pushed);
    expect(evalLocation(expr, regs({}), 0)).toEqual({ reg: number });
  });
});
