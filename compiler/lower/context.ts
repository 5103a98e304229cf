// Shared state for lowering one module and one function at a time.
// In: the checked program (phase 1) and its subset-checked sources (phase 2).
// Out: the pieces lower/statements.ts and lower/expressions.ts build IR with:
// a block builder, local scopes, symbol resolution and error reporting.

import ts from "typescript";
import { type Diagnostic, diagnosticAt } from "../diagnostics.js";
import { type ArrayType, INT_TYPES, type IntType, storageSize, type StructType, type TskType, BOOL, I32, STRING, VOID } from "../frontend/types.js";
import { preludePath, samePath, sourcePath } from "../paths.js";
import type { Block, DataItem, Inst, InterruptHandler, IrFunction, SourceLoc, Temp, Terminator } from "../ir/ir.js";
import { successors, temp } from "../ir/ir.js";
import type { ConstValue } from "./constants.js";
import type { Target } from "../frontend/program.js";
import { RESERVED_SYMBOLS } from "../x86/boot.js";

export interface FunctionSig {
  linkName: string;
  params: TskType[]; // a method's first parameter is `this`
  ret: TskType;
  inline?: boolean; // marked /** @inline */
  noinline?: boolean; // marked /** @noinline */
  /** Defaults of the trailing parameters: constant expressions, evaluated at each call that
   * leaves them out (module constants are known by then). */
  defaults: (ts.Expression | undefined)[];
}

/** What a name in kernel code refers to, after imports are followed. */
export type Resolved =
  | { kind: "local"; temp: Temp; type: TskType }
  | { kind: "global"; symbol: string; type: TskType }
  | { kind: "function"; sig: FunctionSig }
  | { kind: "constant"; value: ConstValue }
  | { kind: "enum"; decl: ts.EnumDeclaration }
  | { kind: "intrinsic"; name: string }
  | { kind: "unknown"; declaration?: ts.Declaration };

/** A ring-3 program compiled for includeProgram: its image from `base`, and where it starts. */
export interface EmbeddedProgram {
  base: number;
  entry: number;
  bytes: Uint8Array;
  memorySize: number;
  /** Text and rodata: the first bytes, a whole number of pages, that may be mapped read-only. */
  readOnlySize: number;
}


/** What lowering needs from outside: the target, the project root (paths.projectRoot) that
 * source locations are relative to, and for includeProgram a compiler of programs
 * (the driver's; it throws CompileError with the program's own diagnostics). */
export interface LoweringEnvironment {
  target: Target;
  trapPath: string;
  root: string;
  compileProgram(entryPath: string): EmbeddedProgram;
}

/** Thrown after a diagnostic is recorded, to abandon the current function. */
export class LoweringAbort extends Error {}

/** Runs every step even when one fails (a LoweringAbort, its error recorded), so that one
 * compile reports the errors of all of them, several in one statement; then abandons with
 * the first failure. Steps after a failure run on a half-built function, whose IR is thrown
 * away: an internal error there is a consequence of the error already reported, not news. */
export function lowerAll(steps: Iterable<() => void>): void {
  let failed: LoweringAbort | undefined;
  for (const step of steps) {
    try {
      step();
    } catch (e) {
      if (e instanceof LoweringAbort) failed ??= e;
      else if (!failed) throw e;
    }
  }
  if (failed) throw failed;
}

export class ModuleContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly functions = new Map<ts.Declaration, FunctionSig>();
  readonly constants = new Map<ts.Declaration, ConstValue>();
  /** Module-level `let`s: memory at a symbol. */
  readonly globals = new Map<ts.Declaration, { symbol: string; type: TskType }>();
  readonly enumMembers = new Map<ts.EnumMember, bigint>();
  /** Declarations whose error was reported: their uses abandon quietly, with no second error. */
  readonly failed = new Set<ts.Declaration>();
  readonly data: DataItem[] = [];
  /** Static arrays whose length header the generated init function writes at boot. */
  readonly arrayHeaders: { symbol: string; length: number }[] = [];
  /** The length of every static array, by symbol, for bounds checks against a constant. */
  readonly staticLengths = new Map<string, number>();
  readonly interruptHandlers: InterruptHandler[] = [];
  stackCheck?: { limit: string; trap: string };
  private readonly structs = new Map<ts.ClassDeclaration, StructType>();
  private readonly linkNames = new Set<string>(RESERVED_SYMBOLS);
  private readonly strings = new Map<string, string>();

  /** includeProgram's images, by absolute path: a program included twice is embedded once
   * (and one that failed is reported once). */
  readonly programs = new Map<string, ConstValue | "failed">();

  constructor(readonly checker: ts.TypeChecker, readonly env: LoweringEnvironment) {}

  /** Code that compiles but may not do what it says (a narrow result widened after it wrapped). */
  warn(node: ts.Node, code: number, message: string): void {
    this.warnings.push({ ...diagnosticAt(node, code, message), severity: "warning" });
  }

  error(node: ts.Node, code: number, message: string): never {
    this.diagnostics.push(diagnosticAt(node, code, message));
    throw new LoweringAbort(message);
  }

  staticLength(symbol: string): number | undefined {
    return this.staticLengths.get(symbol);
  }

  methodSignature(struct: StructType, name: string): FunctionSig | undefined {
    const linkName = struct.methods.get(name);
    return linkName === undefined ? undefined : [...this.functions.values()].find((f) => f.linkName === linkName);
  }

  /** A link name not used before: `name`, else `name_2`, `name_3`, … */
  uniqueName(base: string): string {
    let name = base;
    for (let n = 2; this.linkNames.has(name); n++) name = `${base}_${n}`;
    this.linkNames.add(name);
    return name;
  }

  /** The rodata symbol of a string literal: a u32 length, then the bytes (docs/language.md). */
  stringSymbol(node: ts.Node, text: string): string {
    const known = this.strings.get(text);
    if (known) return known;
    const bytes = new Uint8Array(4 + text.length);
    new DataView(bytes.buffer).setUint32(0, text.length, true);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff) this.error(node, 3020, `string literals hold bytes: '${text[i]}' (U+${c.toString(16).toUpperCase().padStart(4, "0")}) does not fit in one; use ASCII or Latin-1 characters`);
      bytes[4 + i] = c;
    }
    const symbol = this.uniqueName(`str_${this.strings.size}`);
    this.strings.set(text, symbol);
    this.data.push({ symbol, section: "rodata", align: 4, bytes, comment: JSON.stringify(text) });
    return symbol;
  }

  /** Follows imports to the declaration a name refers to. */
  declarationOf(id: ts.Identifier): ts.Declaration | undefined {
    let symbol = this.checker.getSymbolAtLocation(id);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
      symbol = this.checker.getAliasedSymbol(symbol);
      // An import tsc could not resolve (TS2307, TS2305): tsc's error says it all.
      if (!symbol.declarations?.length) throw new LoweringAbort(`'${id.text}' is not resolved`);
    }
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  }

  /** The tskc type written in an annotation: integers, bool, string, structs, StaticArray<T>,
   * function types, enums (i32) and type aliases of these. */
  typeOf(node: ts.TypeNode | undefined, fallback: TskType = VOID): TskType {
    if (!node) return fallback;
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return BOOL;
    if (node.kind === ts.SyntaxKind.StringKeyword) return STRING;
    if (node.kind === ts.SyntaxKind.VoidKeyword) return VOID;
    if (ts.isParenthesizedTypeNode(node)) return this.typeOf(node.type);
    if (ts.isFunctionTypeNode(node)) {
      return { kind: "func", params: node.parameters.map((p) => this.valueTypeOf(p.type, p)), ret: this.typeOf(node.type) };
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === "bool") return BOOL;
      const t = INT_TYPES.get(name);
      if (t) return t;
      if (name === "StaticArray" && node.typeArguments?.length === 1) {
        return { kind: "array", element: this.valueTypeOf(node.typeArguments[0], node) } satisfies ArrayType;
      }
      const decl = this.declarationOf(node.typeName);
      if (decl && ts.isClassDeclaration(decl)) return this.structOf(decl);
      if (decl && ts.isEnumDeclaration(decl)) return I32;
      if (decl && ts.isTypeAliasDeclaration(decl)) return this.typeOf(decl.type);
    }
    return this.error(node, 2037, `type '${node.getText()}' is not supported: use an integer type, bool, string, a struct, StaticArray<T> or a function type`);
  }

  /** A type a value can have (not void). */
  valueTypeOf(node: ts.TypeNode | undefined, owner: ts.Node): TskType {
    if (!node) return this.error(owner, 3013, `'${owner.getText()}' needs a type annotation`);
    const t = this.typeOf(node);
    return t.kind === "void" ? this.error(node, 3006, "a value cannot have type void") : t;
  }

  /** The layout of an @unmanaged (or @packed) class, computed on first use. */
  structOf(decl: ts.ClassDeclaration): StructType {
    const known = this.structs.get(decl);
    if (known) return known;
    const decorators = (ts.getDecorators(decl) ?? []).map((d) => d.expression.getText());
    const packed = decorators.includes("packed");
    const name = decl.name?.text ?? "anonymous";
    if (!packed && !decorators.includes("unmanaged") && !decl.getSourceFile().isDeclarationFile) {
      this.error(decl.name ?? decl, 2025, `class '${name}' needs @unmanaged (or @packed): tskc classes are structs laid out in memory`);
    }
    const struct: StructType = { kind: "struct", name, fields: new Map(), size: 0, align: 1, methods: new Map() };
    this.structs.set(decl, struct); // before the fields: a field may point to this struct
    let offset = 0;
    for (const member of decl.members) {
      if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const type = this.valueTypeOf(member.type, member);
      const size = storageSize(type);
      if (!packed) offset = Math.ceil(offset / size) * size;
      struct.fields.set(member.name.text, { offset, type });
      struct.align = Math.max(struct.align, packed ? 1 : size);
      offset += size;
    }
    struct.size = Math.ceil(offset / struct.align) * struct.align;
    return struct;
  }

  /** Like typeOf, but the annotation must name an integer type. */
  intTypeOf(node: ts.TypeNode): IntType {
    const t = this.typeOf(node);
    return t.kind === "int" ? t : this.error(node, 3011, `expected an integer type (i8 u8 i16 u16 i32 u32 isize usize), found '${node.getText()}'`);
  }
}

interface LoopTargets {
  label?: string;
  breakTo: Block;
  continueTo?: Block; // absent for a labelled block or a switch
  isSwitch?: boolean;
}

export class FunctionContext {
  readonly blocks: Block[] = [];
  private current: Block;
  private tempCount = 0;
  /** In a method: the temp holding `this`. */
  thisValue?: { temp: Temp; type: StructType };
  /** Inside unchecked(…): array accesses skip their bounds check. */
  unchecked = false;
  private readonly locals = new Map<ts.Declaration, { temp: Temp; type: TskType }>();
  private readonly loops: LoopTargets[] = [];
  /** Locals (by temp id) that an operand still to be evaluated assigns, with how many
   * pending operand lists name each: see `evaluateBefore`. */
  private readonly laterWrites = new Map<number, number>();
  loc?: SourceLoc;
  /** The declaration's line, and the named variables: for debug info (IrFunction.debug). */
  declaredAt?: SourceLoc;
  private readonly variables: NonNullable<IrFunction["debug"]>["variables"] = [];

  constructor(readonly module: ModuleContext, readonly sig: FunctionSig) {
    this.current = this.newBlock();
  }

  newTemp(): Temp {
    return temp(this.tempCount++);
  }

  /** A new block, placed after the existing ones. Emission continues where `setBlock` says. */
  newBlock(): Block {
    const block: Block = { id: this.blocks.length, insts: [], term: { op: "ret" } };
    this.blocks.push(block);
    return block;
  }

  setBlock(block: Block): void {
    this.current = block;
  }

  emit(inst: Inst): void {
    this.current.insts.push({ ...inst, loc: this.loc });
  }

  /** Ends the current block. Code after a jump or return lands in a fresh block that the
   * unreachable-block pass removes. */
  terminate(term: Terminator): void {
    this.current.term = { ...term, loc: this.loc };
    this.current = this.newBlock();
  }

  /** Jumps to `target` and continues emitting there. */
  jumpTo(target: Block): void {
    this.current.term = { op: "jmp", target, loc: this.loc };
    this.current = target;
  }

  /** Whether some path from the entry reaches the block being emitted (code after a
   * return or an infinite loop does not). */
  reachesHere(): boolean {
    const reached = new Set<Block>();
    const work = [this.blocks[0]];
    while (work.length > 0) {
      const b = work.pop()!;
      if (b === this.current) return true;
      if (reached.has(b)) continue;
      reached.add(b);
      work.push(...successors(b.term));
    }
    return false;
  }

  declareLocal(decl: ts.Declaration, type: TskType, param?: number): Temp {
    const t = this.newTemp();
    this.locals.set(decl, { temp: t, type });
    const name = ts.getNameOfDeclaration(decl);
    if (name && ts.isIdentifier(name)) this.nameVariable(name.text, t, type, param);
    return t;
  }

  /** Records a source variable for the debug info. */
  nameVariable(name: string, t: Temp, type: TskType, param?: number): void {
    this.variables.push({ name, temp: t.id, type, param });
  }

  /** Runs `lower` (an operand, an assignment's target, the arguments so far) while the
   * `later` operands are still to be evaluated. A read of a local that a later operand
   * assigns is then copied (`readLocal`), so it keeps the value it had when it was read:
   * TypeScript evaluates left to right (ECMA-262 §13.15.2, §13.3.6.1), so in
   * `x + (x = 5)` the left operand is the old x. Other reads stay the local's own temp. */
  evaluateBefore<T>(later: readonly ts.Node[] | ReadonlySet<number>, lower: () => T): T {
    const written = "has" in later ? [...later] : later.flatMap((node) => [...this.localsAssignedIn(node)]);
    for (const id of written) this.laterWrites.set(id, (this.laterWrites.get(id) ?? 0) + 1);
    try {
      return lower();
    } finally {
      for (const id of written) {
        const n = this.laterWrites.get(id)! - 1;
        if (n === 0) this.laterWrites.delete(id);
        else this.laterWrites.set(id, n);
      }
    }
  }

  /** The value of a local now: its temp, or a copy of it when a pending operand assigns it. */
  readLocal(local: Temp): Temp {
    if (!this.laterWrites.has(local.id)) return local;
    const now = this.newTemp();
    this.emit({ op: "copy", dst: now, src: local });
    return now;
  }

  /** The temp ids of the locals that `node` assigns (`=`, `op=`, `++`, `--`). Calls cannot
   * assign a caller's locals (no closures), so the syntax says it all. Iterative: an
   * expression may be thousands of operands deep. */
  localsAssignedIn(node: ts.Node): Set<number> {
    const found = new Set<number>();
    const stack = [node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      let target: ts.Expression | undefined;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target = n.left;
      else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target = n.operand;
      while (target && ts.isParenthesizedExpression(target)) target = target.expression;
      if (target && ts.isIdentifier(target)) {
        const decl = this.module.declarationOf(target);
        const local = decl && this.locals.get(decl);
        if (local) found.add(local.temp.id);
      }
      n.forEachChild((child) => void stack.push(child));
    }
    return found;
  }

  resolve(id: ts.Identifier): Resolved {
    const decl = this.module.declarationOf(id);
    if (!decl) return { kind: "unknown" };
    if (this.module.failed.has(decl)) throw new LoweringAbort(`'${id.text}' failed to compile`);
    const local = this.locals.get(decl);
    if (local) return { kind: "local", ...local };
    const sig = this.module.functions.get(decl);
    if (sig) return { kind: "function", sig };
    const value = this.module.constants.get(decl);
    if (value) return { kind: "constant", value };
    const global = this.module.globals.get(decl);
    if (global) return { kind: "global", ...global };
    if (ts.isEnumDeclaration(decl)) return { kind: "enum", decl };
    if (samePath(decl.getSourceFile().fileName, preludePath())) return { kind: "intrinsic", name: id.text };
    return { kind: "unknown", declaration: decl };
  }

  pushLoop(targets: LoopTargets): void {
    this.loops.push(targets);
  }

  popLoop(): void {
    this.loops.pop();
  }

  /** The innermost loop (or the labelled statement) a break or continue refers to. */
  /** The target of a break or continue: the labelled statement, else the innermost loop
   * (or, for break, the innermost switch). */
  loopFor(label: ts.Identifier | undefined, isContinue: boolean): LoopTargets | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (label ? l.label === label.text : l.continueTo || (!isContinue && l.isSwitch)) return l;
    }
    return undefined;
  }

  finish(): IrFunction {
    return {
      name: this.sig.linkName,
      paramCount: this.sig.params.length,
      returnsValue: this.sig.ret.kind !== "void",
      blocks: [...this.blocks.filter((b) => !b.cold), ...this.blocks.filter((b) => b.cold)],
      tempCount: this.tempCount,
      inline: this.sig.inline,
      noinline: this.sig.noinline,
      debug: this.declaredAt && { loc: this.declaredAt, variables: this.variables, returns: this.sig.ret },
    };
  }
}

/** The source line of a node, for listings, DWARF and bounds-check reports; its file is
 * relative to `root`, whatever the working directory. */
export function sourceLocOf(node: ts.Node, root: string): SourceLoc {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const start = sf.getPositionOfLineAndCharacter(line, 0);
  const end = sf.text.indexOf("\n", start);
  return { file: sourcePath(sf.fileName, root), line: line + 1, text: sf.text.slice(start, end < 0 ? undefined : end).trim() };
}

