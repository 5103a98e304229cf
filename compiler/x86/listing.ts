// The NASM listing (`--emit asm`). In: the linked kernel (image/link.ts) and the
// flat binary's multiboot header. Out: NASM source that `nasm -f bin` assembles
// to exactly the flat binary, with the kernel's source lines as comments and
// each instruction's address and bytes at the end of its line.
//
// Instructions are printed by iced's NASM formatter from the final bytes, so the
// text is what the CPU runs; branch targets and symbolic addresses are then
// renamed to their labels (`.L3`, `main`, `str_0`).

import iced from "iced-x86";
import { boundSymbols, type Linked } from "../image/link.js";
import type { SourceLoc } from "../ir/ir.js";
import { branchTargets } from "./machine.js";

const { Decoder, DecoderOptions, Formatter, FormatterSyntax, Mnemonic, Register } = iced;

const COMMENT_COLUMN = 40;
/** Names NASM would read as something other than a label. */
const RESERVED = new Set([
  ...Object.keys(Mnemonic).map((m) => m.toLowerCase()),
  ...Object.keys(Register).map((r) => r.toLowerCase()),
  "byte", "word", "dword", "qword", "tword", "short", "near", "far", "strict", "ptr", "rel", "abs", "seg", "wrt",
  "db", "dw", "dd", "dq", "resb", "resw", "resd", "times", "equ", "org", "bits", "section", "segment", "absolute", "align", "incbin",
  // directives and standard macros
  "alignb", "sectalign", "at", "struc", "endstruc", "istruc", "iend", "default", "extern", "global", "common", "static",
  "required", "cpu", "float", "warning", "use16", "use32", "use64", "nosplit", "dup",
]);

export function nasmName(name: string): string {
  return RESERVED.has(name.toLowerCase()) ? `$${name}` : name;
}

/** `header`: the kernel's multiboot header, or undefined for a ring-3 program, which has none. */
export function writeListing(linked: Linked, header: Uint8Array | undefined, title: string): string {
  const { image, text } = linked;
  const formatter = new Formatter(FormatterSyntax.Nasm);
  formatter.hexPrefix = "0x";
  formatter.hexSuffix = "";
  formatter.uppercaseHex = false;
  formatter.spaceAfterOperandSeparator = true;
  formatter.branchLeadingZeros = false;
  formatter.showBranchSize = true;

  const out: string[] = [
    `; ${title}`,
    "; `nasm -f bin` on this file reproduces the flat binary byte for byte.",
    "bits 32",
    `org 0x${image.origin.base.toString(16)}`,
    "",
    ...(header ? [
      "; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses",
      `    dd ${[...new Uint32Array(header.buffer, header.byteOffset, header.length / 4)].map(hex).join(", ")}`,
    ] : []),
  ];

  // Labels: function symbols, and the blocks some branch targets.
  const labelsAt = new Map<number, string[]>();
  const fnNames = new Map<number, string>();
  // Labelled blocks: branch targets, and blocks whose address data holds (jump and stub tables).
  const targeted = new Set(text.insts.flatMap((e) => branchTargets(e.inst).map((t) => `${e.fnIndex}:${t}`)));
  const inData = new Set(linked.data.flatMap((d) => (d.item.relocs ?? []).map((r) => r.symbol)));
  for (const e of text.insts) {
    if (!fnNames.has(e.fnIndex)) {
      const fn = image.symbols.find((s) => s.kind === "func" && s.addr === e.addr);
      fnNames.set(e.fnIndex, fn ? nasmName(fn.name) : `fn${e.fnIndex}`);
    }
    for (const id of e.blockIds) {
      if (!targeted.has(`${e.fnIndex}:${id}`) && !inData.has(`${fnNames.get(e.fnIndex)}.L${id}`)) continue;
      labelsAt.set(e.addr, [...(labelsAt.get(e.addr) ?? []), blockLabel(id)]);
    }
  }
  const symbolAt = new Map(image.symbols.map((s) => [s.addr, nasmName(s.name)]));

  let lastLoc: SourceLoc | undefined;
  let currentFn = -1;
  for (const e of text.insts) {
    if (e.fnIndex !== currentFn) {
      currentFn = e.fnIndex;
      out.push("", `${fnNames.get(e.fnIndex)}:`);
      lastLoc = undefined;
    }
    for (const local of e.blockIds.length > 0 ? labelsAt.get(e.addr) ?? [] : []) out.push(`${local}:`);
    const loc = e.inst.loc;
    if (loc && (loc.file !== lastLoc?.file || loc.line !== lastLoc?.line)) {
      out.push(`    ; ${loc.file}:${loc.line}: ${loc.text}`);
      lastLoc = loc;
    }
    // One machine instruction may stand for several (inline asm, fixed sequences).
    const decoder = new Decoder(32, e.bytes, DecoderOptions.None);
    decoder.ip = BigInt(e.addr);
    while (decoder.canDecode) {
      const offset = Number(decoder.ip) - e.addr;
      const decoded = decoder.decode();
      let asm = formatter.format(decoded);
      if (e.inst.op === "jmp" || e.inst.op === "jcc" || (e.inst.op === "call" && e.inst.callee)) {
        // Name the block the branch means, where empty blocks share its address.
        const name = (labels: string[]) => labels.find((l) => l === blockLabel(e.inst.target!)) ?? labels[0];
        asm = asm.replace(/0x[0-9a-f]+$/, (m) => { const at = labelsAt.get(Number(m)); return at ? name(at) : symbolAt.get(Number(m)) ?? m; });
      } else {
        if (e.inst.symbol) asm = symbolize(asm, e.inst.symbol, 0, linked);
        for (const o of e.inst.ops) {
          if (o.k === "i" && o.symbol) asm = symbolize(asm, o.symbol, o.value, linked);
          if (o.k === "m" && o.symbol) asm = symbolize(asm, o.symbol, o.disp, linked);
        }
      }
      asm = asm.replace(/^(ltr|lldt|verr|verw|lmsw) e([a-d]x|[sd]i|[sb]p)$/, "$1 $2"); // iced prints the r32 form NASM rejects
      const bytes = [...e.bytes.subarray(offset, offset + decoded.length)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
      out.push(`    ${asm.padEnd(COMMENT_COLUMN - 4)} ; ${(e.addr + offset).toString(16)}: ${bytes}`);
    }
  }

  out.push(...dataSections(linked));
  return out.join("\n") + "\n";
}

/** Replaces the number for `symbol + offset` in the formatted instruction by the expression. */
function symbolize(asm: string, symbol: string, offset: number, linked: Linked): string {
  const base = linked.image.symbols.find((s) => s.name === symbol)?.addr ?? boundSymbols(linked.image.addrs, linked.image.bssSize)[symbol];
  const target = ((base + offset) >>> 0).toString(16);
  const expr = offset === 0 ? nasmName(symbol) : `${nasmName(symbol)}+${offset}`;
  return asm.replace(new RegExp(`0x0*${target}\\b`), expr);
}

/** rodata and data as db/dd lines with padding to each item's address; bss as `absolute` space. */
function dataSections(linked: Linked): string[] {
  const { image, data } = linked;
  const out: string[] = [];
  const pad = (addr: number) => `    times ${hex(addr - image.origin.base)} - ($ - $$) db 0`;
  for (const section of ["rodata", "data"] as const) {
    const items = data.filter((d) => d.item.section === section);
    if (items.length === 0) continue;
    out.push("", `; .${section}`, pad(image.addrs[section]));
    for (const { item, addr } of items) {
      if (addr !== image.addrs[section]) out.push(pad(addr));
      out.push(`${nasmName(item.symbol)}:${item.comment ? `  ; ${item.comment}` : ""}`);
      out.push(...dataLines(item.bytes, item.relocs ?? []));
    }
  }
  const sectionEnd = image.addrs.data + image.data.length;
  out.push("", pad(sectionEnd), "", "; section bounds, and .bss (not in the file)");
  for (const [name, addr] of Object.entries(boundSymbols(image.addrs, image.bssSize))) out.push(`${name} equ ${hex(addr)}`);
  for (const { item, addr } of data.filter((d) => d.item.section === "bss")) {
    out.push(`${nasmName(item.symbol)} equ ${hex(addr)}${item.comment ? `  ; ${item.comment}, ${item.bytes.length} bytes` : ""}`);
  }
  return out;
}

/** Bytes as `db` lines, with each relocated word as `dd symbol+addend`. */
function dataLines(bytes: Uint8Array, relocs: { offset: number; symbol: string; addend: number }[]): string[] {
  const out: string[] = [];
  const at = new Map(relocs.map((r) => [r.offset, r]));
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) out.push(`    db ${run.map(hex).join(", ")}`);
    run = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const r = at.get(i);
    if (r) {
      flush();
      out.push(`    dd ${nasmName(r.symbol)}${r.addend ? `+${r.addend}` : ""}`);
      i += 4;
      continue;
    }
    run.push(bytes[i++]);
    if (run.length === 16) flush();
  }
  flush();
  return out;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** A block's local label; the prologue (block -1) is a branch target when shrink-wrapping
 * puts it after an early exit (x86/shrink-wrap.ts), and NASM takes no '-' in a name. */
function blockLabel(id: number): string {
  return id < 0 ? ".Lprologue" : `.L${id}`;
}
