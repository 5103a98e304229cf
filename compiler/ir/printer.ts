// IR printer: IrModule in, readable text out (`tskc build --dump ir`).
// The format is the one in the worked example at the top of ir/ir.ts.

import type { Address, Block, DataItem, Inst, IrFunction, IrModule, Terminator, Value } from "./ir.js";

export function printModule(mod: IrModule): string {
  const parts = mod.functions.map(printFunction);
  if (mod.data.length > 0) parts.push(mod.data.map(printData).join("\n") + "\n");
  return parts.join("\n");
}

export function printFunction(fn: IrFunction): string {
  const lines = [`function ${fn.name}(${fn.paramCount} params)${fn.returnsValue ? " -> value" : ""}`];
  for (const block of fn.blocks) {
    lines.push(`${label(block)}:${block.cold ? "  ; cold" : ""}`);
    for (const phi of block.phis ?? []) lines.push(`  ${v(phi.dst)} = phi ${phi.args.map((a) => `[${label(a.block)}: ${v(a.value)}]`).join(", ")}`);
    for (const inst of block.insts) lines.push(`  ${printInst(inst)}`);
    lines.push(`  ${printTerminator(block.term)}`);
  }
  return lines.join("\n") + "\n";
}

export function printInst(i: Inst): string {
  switch (i.op) {
    case "copy": return `${v(i.dst)} = copy ${v(i.src)}`;
    case "neg": case "not": return `${v(i.dst)} = ${i.op} ${v(i.a)}`;
    case "ext": return `${v(i.dst)} = ext.${i.signed ? "i" : "u"}${i.from} ${v(i.a)}`;
    case "cmp": return `${v(i.dst)} = cmp.${i.cond} ${v(i.a)}, ${v(i.b)}`;
    case "param": return `${v(i.dst)} = param ${i.index}`;
    case "addr": return `${v(i.dst)} = addr ${i.symbol}${i.offset ? ` + ${i.offset}` : ""}`;
    case "load": return `${v(i.dst)} = ${i.volatile ? "volatile." : ""}load.${i.signed ? "i" : "u"}${i.width} ${address(i.addr)}`;
    case "store": return `${i.volatile ? "volatile." : ""}store.${i.width} ${address(i.addr)}, ${v(i.value)}`;
    case "call": {
      const call = `call ${i.callee}(${i.args.map(v).join(", ")})`;
      return i.dst ? `${v(i.dst)} = ${call}` : call;
    }
    case "callind": {
      const call = `callind ${v(i.target)}(${i.args.map(v).join(", ")})`;
      return i.dst ? `${v(i.dst)} = ${call}` : call;
    }
    case "asm": return `${v(i.dst)} = asm ${JSON.stringify(i.code.join("${}"))}(${i.args.map(v).join(", ")})`;
    case "in": return `${v(i.dst)} = in.${i.width} ${v(i.port)}`;
    case "out": return `out.${i.width} ${v(i.port)}, ${v(i.value)}`;
    case "sys": {
      const call = `${i.name}(${i.args.map(v).join(", ")})`;
      return i.dst ? `${v(i.dst)} = ${call}` : call;
    }
    default: return `${v(i.dst)} = ${i.op} ${v(i.a)}, ${v(i.b)}`;
  }
}

function printTerminator(t: Terminator): string {
  switch (t.op) {
    case "jmp": return `jmp ${label(t.target)}`;
    case "br": return `br ${v(t.cond)}, ${label(t.then)}, ${label(t.else)}`;
    case "ret": return t.value ? `ret ${v(t.value)}` : "ret";
    case "unreachable": return "unreachable";
    case "switch": {
      const cases = t.targets.map((b, k) => `${t.low + k}: ${label(b)}`).join(", ");
      return `switch ${v(t.value)} [${cases}] default ${label(t.default)}`;
    }
  }
}

function printData(d: DataItem): string {
  const bytes = d.section === "bss" ? `zero ${d.bytes.length}` : `bytes ${d.bytes.length}`;
  return `data ${d.symbol} .${d.section} align ${d.align} ${bytes}${d.comment ? `  ; ${d.comment}` : ""}`;
}

function address(a: Address): string {
  const parts: string[] = [];
  if (a.base) parts.push(v(a.base));
  if (a.index) parts.push(`${v(a.index)} * ${a.scale ?? 1}`);
  if (a.symbol) parts.push(a.symbol);
  if (a.offset !== 0 || parts.length === 0) parts.push(String(a.offset));
  return `[${parts.join(" + ")}]`;
}

function label(b: Block): string {
  return `@b${b.id}`;
}

function v(x: Value): string {
  return x.kind === "temp" ? `%t${x.id}` : String(x.value);
}
