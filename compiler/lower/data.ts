// Module-level variables. In: a top-level `const` or `let` declaration. Out: where
// it lives. Nothing runs before main except the boot stub, so every initializer
// must be known at compile time:
//   const N = 4 * 1024              a constant, folded where used; no storage
//   let ticks: u32 = 0              a global in .data (or .bss when zero)
//   const gdt = new StaticArray<GdtEntry>(6)   static storage in .bss; `gdt` is its address
//   const tss = new Tss()                      likewise, for one struct
//   const keymap: StaticArray<u8> = [0, 27, 49]  initialised static data in .data
//   const vga = changetype<Screen>(0xb8000)      a typed view of a fixed address
// A static array is its length (u32) followed by the elements; its address is that of
// element 0. The length words of .bss arrays are written by the init function at boot.

import ts from "typescript";
import { I32, sameType, storageSize, type TskType, typeName, aType } from "../frontend/types.js";
import type { DataItem } from "../ir/ir.js";
import type { ModuleContext } from "./context.js";
import { type ConstValue, constantInRange, evalConstant, fitConstant } from "./constants.js";
import { staticIntrinsic } from "./intrinsics.js";

export function declareModuleVariable(mod: ModuleContext, decl: ts.VariableDeclaration, isConst: boolean): void {
  const annotated = decl.type ? mod.typeOf(decl.type) : undefined;
  const init = decl.initializer;
  const name = decl.name.getText();
  if (init && ts.isNewExpression(init)) {
    if (!isConst) mod.error(decl, 3018, `static storage is allocated once: declare '${name}' with const`);
    mod.constants.set(decl, staticAllocation(mod, init, name));
    return;
  }
  if (init && ts.isArrayLiteralExpression(init)) {
    if (annotated?.kind !== "array") return mod.error(decl, 3019, `annotate '${name}' with its array type, e.g. StaticArray<u8>`);
    mod.constants.set(decl, staticArrayData(mod, init, annotated.element, name));
    return;
  }
  const value = init && constantInitializer(mod, init, annotated);
  if (init && !value) {
    return mod.error(init, 3014, `the initializer of '${name}' must be known at compile time: literals, constants, operators, functions, static addresses`);
  }
  if (isConst) {
    mod.constants.set(decl, value!);
    return;
  }
  const type = annotated ?? (value ? typeOfConstant(value) : mod.error(decl, 3013, `'${name}' needs a type annotation or an initializer`));
  mod.globals.set(decl, { symbol: globalData(mod, decl, type, value), type });
}

/** An initializer's value, typed by the annotation when there is one. */
function constantInitializer(mod: ModuleContext, init: ts.Expression, type: TskType | undefined): ConstValue | undefined {
  const c = evalConstant(mod, init, (id) => {
    const d = mod.declarationOf(id);
    if (!d) return undefined;
    const sig = mod.functions.get(d);
    if (sig) return { kind: "address", symbol: sig.linkName, offset: 0, type: { kind: "func", params: sig.params, ret: sig.ret } };
    return mod.constants.get(d);
  }) ?? viewOfAddress(mod, init);
  if (!c || !type) return c;
  if (c.kind === "int") {
    if (type.kind !== "int") return mod.error(init, 3006, `an integer cannot initialize ${aType(type)}`);
    return { kind: "int", value: BigInt(fitConstant(mod, init, c, type)), type };
  }
  const actual = typeOfConstant(c);
  if (!sameType(actual, type)) return mod.error(init, 3006, `${aType(actual)} cannot initialize ${aType(type)}`);
  return c;
}

/** `changetype<T>(constant)`: a struct or array view of a fixed address; or the static
 * address `interruptStubs(handler)` or `includeProgram(path)` stands for. */
function viewOfAddress(mod: ModuleContext, init: ts.Expression): ConstValue | undefined {
  const intrinsic = staticIntrinsic(mod, init);
  if (intrinsic) return intrinsic;
  if (!ts.isCallExpression(init) || init.expression.getText() !== "changetype" || !init.typeArguments?.[0]) return undefined;
  const target = mod.typeOf(init.typeArguments[0]);
  const address = evalConstant(mod, init.arguments[0], (id) => {
    const d = mod.declarationOf(id);
    return d ? mod.constants.get(d) : undefined;
  });
  if (address?.kind !== "int") return undefined;
  return { kind: "address", offset: Number(BigInt.asUintN(32, address.value)), type: target };
}

function typeOfConstant(c: ConstValue): TskType {
  switch (c.kind) {
    case "int": return c.type ?? I32;
    case "bool": return { kind: "bool" };
    case "string": return { kind: "string" };
    case "address": return c.type;
  }
}

/** Bytes a 32-bit address reaches. Larger storage is refused here; the linker checks that
 * all of it, after the image's origin, fits too. */
const ADDRESS_SPACE = 2 ** 32;

/** `new StaticArray<T>(n)` or `new Struct()`: zeroed static storage. */
function staticAllocation(mod: ModuleContext, init: ts.NewExpression, name: string): ConstValue {
  const symbol = mod.uniqueName(name);
  if (init.expression.getText() === "StaticArray") return staticArray(mod, init, symbol);
  const decl = ts.isIdentifier(init.expression) ? mod.declarationOf(init.expression) : undefined;
  if (!decl || !ts.isClassDeclaration(decl)) {
    return mod.error(init, 2005, `'new ${init.expression.getText()}' is not supported: new makes static structs and StaticArrays`);
  }
  const type = mod.structOf(decl);
  if (init.arguments?.length) mod.error(init, 3031, "structs have no constructor: allocate with new T() and then set the fields");
  mod.data.push({ symbol, section: "bss", align: Math.max(4, type.align), bytes: new Uint8Array(type.size), comment: type.name });
  return { kind: "address", symbol, offset: 0, type };
}

function staticArray(mod: ModuleContext, init: ts.NewExpression, symbol: string): ConstValue {
  const elementNode = init.typeArguments?.[0];
  if (!elementNode) return mod.error(init, 3010, "write the element type: new StaticArray<u32>(n)");
  const type: TskType = { kind: "array", element: mod.valueTypeOf(elementNode, init) };
  const lengthArg = init.arguments?.[0];
  const length = lengthArg && evalConstant(mod, lengthArg, (id) => {
    const d = mod.declarationOf(id);
    return d ? mod.constants.get(d) : undefined;
  });
  if (length?.kind !== "int") return mod.error(init, 3021, "the length of a static array must be a constant");
  const n = constantInRange(mod, lengthArg!, length, I32);
  if (n < 0) mod.error(lengthArg!, 3021, "the length of a static array cannot be negative");
  const size = 4 + n * elementSize(type.element);
  if (size > ADDRESS_SPACE) {
    return mod.error(lengthArg!, 3036, `${typeName(type)}(${n}) takes ${size} bytes, more than the 4 GiB address space holds`);
  }
  mod.data.push({ symbol, section: "bss", align: 4, bytes: new Uint8Array(size), comment: `${typeName(type)}(${n})` });
  mod.arrayHeaders.push({ symbol, length: n });
  mod.staticLengths.set(symbol, n);
  return { kind: "address", symbol, offset: 4, type };
}

/** Elements are stored inline: integers at their width, everything else as an address. */
export function elementSize(t: TskType): number {
  return t.kind === "struct" ? t.size : storageSize(t);
}

/** `const table: StaticArray<T> = [a, b, c]`: length and elements in .data. */
function staticArrayData(mod: ModuleContext, init: ts.ArrayLiteralExpression, element: TskType, name: string): ConstValue {
  if (element.kind === "struct") mod.error(init, 3022, "struct arrays cannot be written as literals: allocate with new StaticArray<T>(n) and set the fields");
  const size = storageSize(element);
  const item: DataItem = { symbol: mod.uniqueName(name), section: "data", align: 4, bytes: new Uint8Array(4 + size * init.elements.length), relocs: [] };
  const view = new DataView(item.bytes.buffer);
  view.setUint32(0, init.elements.length, true);
  init.elements.forEach((e, i) => {
    const c = constantInitializer(mod, e, element);
    if (!c) return mod.error(e, 3014, "array elements must be known at compile time");
    writeConstant(mod, e, item, 4 + i * size, c, size);
  });
  item.comment = `${typeName({ kind: "array", element })}(${init.elements.length})`;
  mod.data.push(item);
  mod.staticLengths.set(item.symbol, init.elements.length);
  return { kind: "address", symbol: item.symbol, offset: 4, type: { kind: "array", element } };
}

/** A module-level `let`: .data with its initial value, or .bss when it starts at zero. */
function globalData(mod: ModuleContext, decl: ts.VariableDeclaration, type: TskType, value: ConstValue | undefined): string {
  const name = decl.name.getText();
  const size = storageSize(type);
  const item: DataItem = { symbol: mod.uniqueName(name), section: "data", align: size, bytes: new Uint8Array(size), relocs: [], comment: typeName(type) };
  if (value) writeConstant(mod, decl, item, 0, value, size);
  if (item.bytes.every((b) => b === 0) && item.relocs!.length === 0) item.section = "bss";
  mod.data.push(item);
  return item.symbol;
}

function writeConstant(mod: ModuleContext, node: ts.Node, item: DataItem, offset: number, c: ConstValue, size: number): void {
  const view = new DataView(item.bytes.buffer);
  switch (c.kind) {
    case "int": {
      const v = Number(BigInt.asUintN(32, c.value));
      if (size === 1) view.setUint8(offset, v & 0xff);
      else if (size === 2) view.setUint16(offset, v & 0xffff, true);
      else view.setUint32(offset, v, true);
      return;
    }
    case "bool": return view.setUint8(offset, c.value ? 1 : 0);
    case "string": return void item.relocs!.push({ offset, symbol: mod.stringSymbol(node, c.text), addend: 0 });
    case "address":
      if (c.symbol) item.relocs!.push({ offset, symbol: c.symbol, addend: c.offset });
      else view.setUint32(offset, c.offset >>> 0, true);
  }
}
