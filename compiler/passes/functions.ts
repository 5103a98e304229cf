// Dead function and data elimination. In: the whole module after lowering. Out: the
// module with only the functions and data that main, the init function and the
// interrupt handlers can reach: by calls, by taking addresses, through data that
// holds addresses. The runtime library is compiled whole; this keeps what is used.

import type { IrModule } from "../ir/ir.js";

export function removeUnreachable(mod: IrModule): void {
  const functions = new Map(mod.functions.map((f) => [f.name, f]));
  const data = new Map(mod.data.map((d) => [d.symbol, d]));
  const handlerOfTable = new Map(mod.interruptHandlers.map((h) => [h.table, h.handler]));
  const live = new Set<string>();
  const work = [mod.entry, ...(mod.init ? [mod.init] : []), ...(mod.exit ? [mod.exit] : []), ...(mod.stackCheck ? [mod.stackCheck.trap, mod.stackCheck.limit] : [])];
  while (work.length > 0) {
    const symbol = work.pop()!;
    if (live.has(symbol)) continue;
    live.add(symbol);
    const handler = handlerOfTable.get(symbol);
    if (handler) work.push(handler);
    for (const r of data.get(symbol)?.relocs ?? []) work.push(r.symbol);
    for (const block of functions.get(symbol)?.blocks ?? []) {
      for (const i of block.insts) {
        if (i.op === "call") work.push(i.callee);
        else if (i.op === "addr") work.push(i.symbol);
        else if ((i.op === "load" || i.op === "store") && i.addr.symbol) work.push(i.addr.symbol);
      }
    }
  }
  mod.functions = mod.functions.filter((f) => live.has(f.name));
  mod.data = mod.data.filter((d) => live.has(d.symbol));
  mod.interruptHandlers = mod.interruptHandlers.filter((h) => live.has(h.table));
}
