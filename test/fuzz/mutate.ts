// The fuzzer's inputs. In: a corpus of kernel sources (the goldens, the examples, the
// kernel's modules) and a seed. Out: for input number k, a mutated copy of one corpus
// file, and the names of the mutations applied; the same seed and k always give the
// same input, so a failure can be replayed alone.
//
// Mutations work on tokens (TypeScript's scanner finds them): deletions, swaps,
// duplicates, shuffles, operators and types exchanged, splices from another file,
// extreme literals; and on text: constructs outside the subset, 1,000-deep nesting,
// 10,000-term expressions, huge switches, garbage characters.

import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface CorpusFile {
  /** Relative to the repository, e.g. "kernel/mm/pages.ts". */
  path: string;
  /** The source; with an empty exported main appended when it has none, so that it
   * compiles as a kernel of its own. */
  text: string;
}

export interface FuzzInput {
  id: number;
  origin: string;
  mutations: string[];
  text: string;
}

/** The folders whose .ts files are mutated. */
export const CORPUS_ROOTS = ["test/golden", "examples", "kernel"];

export function loadCorpus(repo: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const text = fs.readFileSync(path.join(repo, rel), "utf8");
        files.push({ path: rel, text: /export function main\s*\(/.test(text) ? text : `${text}\nexport function main(): void {}\n` });
      }
    }
  };
  CORPUS_ROOTS.forEach(walk);
  return files;
}

/** Input `id` of the run with `seed`. */
export function makeInput(corpus: CorpusFile[], seed: number, id: number): FuzzInput {
  const rng = new Rng(seed * 1_000_003 + id);
  const file = rng.pick(corpus);
  let text = file.text;
  const mutations: string[] = [];
  const count = rng.pick([1, 1, 1, 2, 2, 3]);
  for (let k = 0; k < count; k++) {
    const [name, mutate] = rng.pick(MUTATORS);
    text = mutate(text, rng, corpus);
    mutations.push(name);
  }
  return { id, origin: file.path, mutations, text };
}

/** mulberry32: small, seedable, and the same on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

interface Token {
  start: number;
  end: number;
  kind: ts.SyntaxKind;
}

function tokens(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: Token[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    out.push({ start: scanner.getTokenStart(), end: scanner.getTokenEnd(), kind });
  }
  return out;
}

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** A place where a statement or a declaration may start: after `{`, `}` or `;`. */
function statementBoundary(text: string, rng: Rng): number {
  const ends = tokens(text).filter((t) => t.kind === ts.SyntaxKind.OpenBraceToken || t.kind === ts.SyntaxKind.CloseBraceToken || t.kind === ts.SyntaxKind.SemicolonToken);
  return ends.length ? rng.pick(ends).end : text.length;
}

function insertStatement(text: string, rng: Rng, statement: string): string {
  const at = statementBoundary(text, rng);
  return replace(text, at, at, `\n${statement}\n`);
}

type Mutator = (text: string, rng: Rng, corpus: CorpusFile[]) => string;

const EXTREME_LITERALS = [
  "0", "-1", "2147483647", "-2147483648", "2147483648", "4294967295", "4294967296", "9007199254740993", "1e400", "1e-400",
  "0x7fffffff", "0x80000000", "0xffffffffffffffffff", "1.5", "0.0", "-0", "NaN", "Infinity", "1n", "0b11111111111111111111111111111111",
  "0o777777777777", "1_000_000", "123456789012345678901234567890", "1e21", ".5", "5.", "0.1e1", "-(-2147483648)",
];

const OPERATORS = ["+", "-", "*", "/", "%", "<<", ">>", ">>>", "&", "|", "^", "&&", "||", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "**", "??", "!", "~", "++", "--", ",", "?", ":", "=>", "."];

const TYPES = ["u8", "i8", "u16", "i16", "u32", "i32", "usize", "isize", "bool", "string", "void", "number", "any", "never", "StaticArray<u8>", "StaticArray<StaticArray<u32>>", "u64", "bigint", "object", "u32[]", "() => void"];

/** Constructs outside the subset, or at its edges: each must be a diagnostic, never a crash. */
const OUTSIDE_SUBSET = [
  "class Plain { x: u32; }", "@unmanaged class WithInit { x: u32 = 1; }", "@unmanaged class Ctor { x: u32; constructor() {} }",
  "@unmanaged class Acc { x: u32; get y(): u32 { return 1; } }", "@unmanaged class Ext extends Object { }", "@unmanaged class St { static s: u32; }",
  "@unmanaged class G<T> { x: T; }", "@unmanaged class Rec { next: Rec; m(): u32 { return this.next.m(); } }",
  "let fa = () => 1;", "const ff = function () { return 1; };", "function gen<T>(x: T): T { return x; }", "function* g2() { yield 1; }",
  "async function as1(): Promise<void> { await 0; }", "try { f(); } catch (e) { }", "throw 1;", "let fl: f64 = 1.5;", "let fl2 = 0.5;",
  "let o = { a: 1 };", "for (const k in o) {}", "let t = `${1}`;", "let n: number = 1;", "let a: any = 0;", "let un: u32 | i32 = 0;",
  "var v = 1;", "let [d1, d2] = [1, 2];", "delete x;", "typeof x;", "void 0;", "x ?? 1;", "a?.b;", "x!;", "<u32>x;", "x as u32;",
  "namespace N { }", "interface I { x: u32 }", "declare function dd(): void;", "export default function () {}", "export default class {}",
  "import * as m from \"tskc/serial\";", "import d from \"tskc/serial\";", "debugger;", "with (x) {}", "new Date();", "import(\"./x\");",
  "let big = new StaticArray<u32>(1073741824);", "let neg = new StaticArray<u8>(-1);", "const huge = new StaticArray<u64>(2147483647);",
  "const arr: StaticArray<u32> = [1, 2, 3.5];", "const sarr = [1, 2, 3];", "let s: string = \"\\u{1F600}\";", "let l = \"é\" + \"x\";",
  "/** @inline */ function ri(x: u32): u32 { return ri(x); }", "/** @inline */ function m1(): u32 { return m2(); } /** @inline */ function m2(): u32 { return m1(); }",
  "enum EE { A, B } function fe(e: EE): u32 { switch (e) { case EE.A: return 1; case EE.B: return 2; } }",
  "function noret(): u32 { }", "function rec(x: u32): u32 { return rec(x + 1); }", "let q: u32 = 1 / 0;", "let r: i32 = -2147483648 / -1;",
  "let sh: u32 = 1 << 40;", "let u: u8 = 300;", "let w: i8 = i8(1000);", "store<u64>(0, 1);", "store<u32>(0, 1, 2, 3);", "load<bool>(0);",
  "asm`mov eax, ebx`;", "asm`nonsense ${1}`;", "asm`${x}`;", "changetype<u8>(1);", "offsetof<u32>(\"x\");", "includeProgram(\"nope.ts\");",
  "unchecked(x);", "cli(1);", "outb(0x3f8);", "label: { break label; }", "outer: for (;;) { continue outer; }", "break;", "continue;",
  "switch (1) { case 1: case 1: }", "switch (x) { }", "for (const e of 5) {}", "let self: u32 = self;", "main();", "export function main(): void {}",
  "super.x();", "new.target;", "this.x = 1;", "arguments;", "let undef = undefined;", "let nul = null;", "let sym = Symbol();",
  "@unmanaged class Dup { x: u32; x: u32; }", "function dupf(): void {} function dupf(): void {}", "let dupl: u32 = 1; let dupl: u32 = 2;",
  "function deflt(x: u32 = 4294967296): void {}", "function opt(x?: u32): void {}", "function rest(...xs: u32[]): void {}",
];

const DEEP_KINDS: ((depth: number) => string)[] = [
  (n) => `let deep: u32 = ${"(".repeat(n)}1${")".repeat(n)};`,
  (n) => `let deep: i32 = ${"-(".repeat(n)}1${")".repeat(n)};`,
  (n) => `let deep: bool = ${"!".repeat(n)}true;`,
  (n) => `let deep: i32 = ${"- ".repeat(n)}1;`,
  (n) => `let deep: u32 = ${"1 ? ".repeat(n)}1${" : 0".repeat(n)};`,
  (n) => `${"if (true) { ".repeat(n)}${"}".repeat(n)}`,
  (n) => `${"if (true) ".repeat(n)};`,
  (n) => `${"{ ".repeat(n)}${"}".repeat(n)}`,
  (n) => `${"while (false) { ".repeat(n)}${"}".repeat(n)}`,
  (n) => `function idn(v: u32): u32 { return v; } let deep: u32 = ${"idn(".repeat(n)}1${")".repeat(n)};`,
  (n) => `const deep: StaticArray<u32> = ${"[".repeat(n)}1${"]".repeat(n)};`,
  (n) => `let deep: u32 = ${"u32(".repeat(n)}1${")".repeat(n)};`,
  (n) => `type Deep = ${"StaticArray<".repeat(n)}u32${">".repeat(n)};`,
];

const LONG_KINDS: ((terms: number) => string)[] = [
  (n) => `let long: u32 = ${Array(n).fill("1").join(" + ")};`,
  (n) => `let lv: u32 = 1; let long: u32 = ${Array(n).fill("lv").join(" + ")};`,
  (n) => `let lb: bool = true; let long: bool = ${Array(n).fill("lb").join(" && ")};`,
  (n) => `let long: u32 = 0; ${"long += 1; ".repeat(n)}`,
  (n) => `let long: u32 = ${Array(n).fill("1").join(" * ")};`,
  (n) => `function sw(x: u32): u32 { switch (x) { ${Array.from({ length: n }, (_, k) => `case ${k * 7919}: return ${k};`).join(" ")} default: return 0; } }`,
  (n) => `function sw(x: u32): u32 { switch (x) { ${Array.from({ length: n }, (_, k) => `case ${k}: return ${k};`).join(" ")} } return 0; }`,
  (n) => `let long: string = "${"x".repeat(n * 10)}";`,
  (n) => `const long: StaticArray<u32> = [${Array(n).fill("7").join(", ")}];`,
  (n) => `${Array.from({ length: n / 10 }, (_, k) => `function many${k}(): u32 { return ${k}; }`).join("\n")}`,
];

const GARBAGE = ["\0", "\r", "\n", "\u2028", "\u2029", "\uFEFF", "\uD800", "\uDFFF", "\u00e9", "\u{1F600}", "\"", "'", "`", "${", "/*", "*/", "//", "\\", "#", "@", "\t", "\v", "\f", "<", ">", "{", "}", "(", ")", "[", "]", ";"];

const MUTATORS: [string, Mutator][] = [
  ["delete tokens", (text, rng) => {
    const toks = tokens(text);
    if (toks.length === 0) return text;
    const i = rng.int(toks.length);
    const j = Math.min(toks.length - 1, i + rng.int(3));
    return replace(text, toks[i].start, toks[j].end, "");
  }],
  ["swap tokens", (text, rng) => {
    const toks = tokens(text);
    if (toks.length < 2) return text;
    const i = rng.int(toks.length - 1);
    const j = rng.next() < 0.7 ? i + 1 : i + 1 + rng.int(toks.length - i - 1);
    const [a, b] = [toks[i], toks[j]];
    return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
  }],
  ["duplicate token", (text, rng) => {
    const toks = tokens(text);
    if (toks.length === 0) return text;
    const t = rng.pick(toks);
    return replace(text, t.end, t.end, ` ${text.slice(t.start, t.end)}`);
  }],
  ["shuffle tokens", (text, rng) => {
    const toks = tokens(text);
    if (toks.length < 8) return text;
    const i = rng.int(toks.length - 8);
    const span = toks.slice(i, i + 2 + rng.int(6));
    const words = span.map((t) => text.slice(t.start, t.end));
    for (let k = words.length - 1; k > 0; k--) {
      const r = rng.int(k + 1);
      [words[k], words[r]] = [words[r], words[k]];
    }
    return replace(text, span[0].start, span[span.length - 1].end, words.join(" "));
  }],
  ["extreme literal", (text, rng) => {
    const toks = tokens(text);
    const numbers = toks.filter((t) => t.kind === ts.SyntaxKind.NumericLiteral);
    const t = numbers.length ? rng.pick(numbers) : toks.length ? rng.pick(toks) : undefined;
    return t ? replace(text, t.start, t.end, rng.pick(EXTREME_LITERALS)) : text;
  }],
  ["operator", (text, rng) => {
    const toks = tokens(text).filter((t) => t.kind >= ts.SyntaxKind.FirstPunctuation && t.kind <= ts.SyntaxKind.LastPunctuation);
    if (toks.length === 0) return text;
    const t = rng.pick(toks);
    return replace(text, t.start, t.end, rng.pick(OPERATORS));
  }],
  ["type", (text, rng) => {
    const toks = tokens(text).filter((t) => /^(u8|i8|u16|i16|u32|i32|usize|isize|bool|string|void)$/.test(text.slice(t.start, t.end)));
    if (toks.length === 0) return text;
    const t = rng.pick(toks);
    return replace(text, t.start, t.end, rng.pick(TYPES));
  }],
  ["splice", (text, rng, corpus) => {
    const other = rng.pick(corpus).text;
    const from = tokens(other);
    const into = tokens(text);
    if (from.length === 0 || into.length === 0) return text;
    const i = rng.int(from.length);
    const j = Math.min(from.length - 1, i + rng.int(30));
    const at = rng.pick(into).end;
    return replace(text, at, at, ` ${other.slice(from[i].start, from[j].end)} `);
  }],
  ["outside the subset", (text, rng) => insertStatement(text, rng, rng.pick(OUTSIDE_SUBSET))],
  ["deep nesting", (text, rng) => insertStatement(text, rng, rng.pick(DEEP_KINDS)(rng.pick([300, 600, 1000, 1000, 2500]))),],
  ["long expression", (text, rng) => insertStatement(text, rng, rng.pick(LONG_KINDS)(rng.pick([1000, 3000, 10_000]))),],
  ["garbage", (text, rng) => {
    const n = 1 + rng.int(20);
    let junk = "";
    for (let k = 0; k < n; k++) junk += rng.next() < 0.5 ? rng.pick(GARBAGE) : String.fromCharCode(rng.int(0x10000));
    const at = rng.int(text.length + 1);
    return replace(text, at, Math.min(text.length, at + (rng.next() < 0.5 ? 0 : rng.int(20))), junk);
  }],
];
