// Inline assembly. In: NASM-syntax 32-bit source text (an asm`…` template once the
// compiler has put physical register names in its holes). Out: iced-x86 Instructions
// with fake IPs, which the caller feeds to its BlockEncoder along with its own code.
// Every instruction gets the bytes NASM (`bits 32`) gives it; assembler-match.ts picks
// the encodings.
//
// Accepted syntax, a subset of NASM:
//   - one instruction per line; `;` starts a comment; blank lines are fine.
//   - labels: `name:` alone or before an instruction. `.local` is just a name here.
//     Labels are case-sensitive; mnemonics, registers and keywords are not.
//   - one prefix before the mnemonic: rep, repe/repz, repne/repnz or lock.
//   - registers: al…bh, ax…di, eax…edi, es cs ss ds fs gs, cr0 cr2 cr3 cr4, dr0…dr7.
//   - numbers: 123, 0x7b, 7bh, 0b1111011, 0o173, 'A' and 'ABCD' (little-endian), combined
//     with + - * (`-1`, `4*1024`, `0x100 - 8`).
//   - memory: `[base + index*scale + disp]`, terms in any order, `[fs:eax+4]`, with
//     `byte`/`word`/`dword` in front when no register gives the size. NASM's base/index
//     choice and its splitting of [eax*2] into [eax+eax] are kept. No 16-bit addressing.
//   - a size keyword on an immediate: `push word 5`, `add eax, byte 1`.
//   - branches: jmp, call, jcc, loop*, jecxz to a label of the same text (short or near
//     is the caller's BlockEncoder's choice, as NASM's optimizer makes it); jmp and call
//     through a register or memory.
//   - far jmp/call: `jmp 0x08:0x00100000`, with a numeric offset only (see assemble()).
// Not accepted: directives, expressions with labels, `ptr`, `short`/`near`/`far`,
// 64-bit and SIMD registers, instructions outside the legacy (non-VEX) encoding.

import iced from "iced-x86";
import { applyPrefix, select, type IcedInstruction, type IcedRegister, type Operand, type Prefix, type Size } from "./assembler-match.js";

const { Register } = iced;

export class AsmError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
    this.name = "AsmError";
  }
}

export interface Assembled {
  instructions: IcedInstruction[]; // each with .ip set to a fake IP, in order
  places: { line: number; column: number }[]; // each instruction's mnemonic in the source, 1-based
  nextIp: bigint; // firstIp + instructions.length
}

interface Token {
  text: string;
  lower: string;
  column: number;
}

// An operand as written: labels are names until every line has been read.
type Parsed = Exclude<Operand, { kind: "branch" }> | { kind: "label"; name: string };

interface Statement {
  line: number;
  prefix?: { prefix: Prefix; column: number };
  mnemonic: Token;
  operands: { operand: Parsed; column: number }[];
}

const PREFIXES = new Map<string, Prefix>([["rep", "rep"], ["repe", "repe"], ["repz", "repe"], ["repne", "repne"], ["repnz", "repne"], ["lock", "lock"]]);
const SIZES = new Map<string, Size>([["byte", 1], ["word", 2], ["dword", 4]]);
const UNSUPPORTED_KEYWORDS = new Set(["qword", "tword", "oword", "yword", "zword", "fword", "far", "near", "short", "strict", "ptr"]);
const REGISTERS = new Map<string, Extract<Operand, { kind: "reg" }>>();
for (const [cls, size, names] of [
  ["gpr", 1, "al cl dl bl ah ch dh bh"],
  ["gpr", 2, "ax cx dx bx sp bp si di"],
  ["gpr", 4, "eax ecx edx ebx esp ebp esi edi"],
  ["seg", 2, "es cs ss ds fs gs"],
  ["cr", 4, "cr0 cr2 cr3 cr4"],
  ["dr", 4, "dr0 dr1 dr2 dr3 dr4 dr5 dr6 dr7"],
] as const) {
  for (const name of names.split(" ")) REGISTERS.set(name, { kind: "reg", reg: Register[name.toUpperCase() as keyof typeof Register], cls, size });
}
const OTHER_REGISTER = /^(r[a-d]x|r[sd]i|r[sb]p|rip|r(8|9|1[0-5])[dwb]?|[sb]pl|[sd]il|[xyz]?mm\d+|k[0-7]|st\d?|cr\d+|dr\d+)$/;

/**
 * Assembles NASM-syntax 32-bit code. Instruction k gets ip = firstIp + k. A branch to a local
 * label (`name:` defined in the same text) targets the fake IP of the instruction after the label,
 * so the caller's BlockEncoder resolves it; a label with no instruction after it refers to nextIp.
 * Throws AsmError (1-based line and column within `source`) for anything it cannot encode exactly.
 *
 * A far jump's offset must be a number: iced's BlockEncoder copies ptr16:32 operands as they
 * are (it relocates near branches only), so a label there would be assembled as a fake IP.
 */
export function assemble(source: string, firstIp: bigint): Assembled {
  const statements: Statement[] = [];
  const labels = new Map<string, { index: number; line: number }>();
  source.split(/\r?\n/).forEach((text, i) => {
    const tokens = tokenize(text, i + 1);
    const name = tokens[1]?.text === ":" && isName(tokens[0].text) ? tokens[0] : undefined;
    if (name) {
      if (REGISTERS.has(name.lower)) fail(`'${name.text}' is a register, not a label name`, i + 1, name.column);
      const previous = labels.get(name.text);
      if (previous) fail(`duplicate label '${name.text}' (first defined on line ${previous.line})`, i + 1, name.column);
      labels.set(name.text, { index: statements.length, line: i + 1 });
    }
    const rest = name ? tokens.slice(2) : tokens;
    if (rest.length > 0) statements.push(parseStatement(rest, i + 1));
  });

  const instructions: IcedInstruction[] = [];
  const lengths: number[] = [];
  const shortBranches: { index: number; target: number; line: number; column: number }[] = [];
  statements.forEach((st, k) => {
    const ip = firstIp + BigInt(k);
    const operands = st.operands.map(({ operand, column }): Operand => {
      if (operand.kind !== "label") return operand;
      const label = labels.get(operand.name) ?? fail(`undefined label '${operand.name}'`, st.line, column);
      return { kind: "branch", target: firstIp + BigInt(label.index) };
    });
    const selected = select(st.mnemonic.lower, operands, ip);
    if ("error" in selected) fail(selected.error, st.line, selected.operand === undefined ? st.mnemonic.column : st.operands[selected.operand].column);
    const prefixed = st.prefix ? applyPrefix(selected.instruction, st.prefix.prefix) : selected.instruction;
    if (typeof prefixed === "string") fail(prefixed, st.line, st.prefix!.column);
    instructions.push(prefixed);
    lengths.push(selected.length);
    if (selected.shortBranch) {
      const target = Number((operands.find((o) => o.kind === "branch") as { target: bigint }).target - firstIp);
      shortBranches.push({ index: k, target, line: st.line, column: st.operands[0].column });
    }
  });

  // loop and jecxz only have a rel8 form, and the BlockEncoder would quietly replace one
  // that cannot reach with a longer sequence. Sizes only shrink from `lengths`, so a
  // displacement in range here is in range in the final code.
  const bytes = (from: number, to: number) => lengths.slice(from, to).reduce((a, b) => a + b, 0);
  for (const b of shortBranches) {
    const displacement = b.target > b.index ? bytes(b.index + 1, b.target) : -bytes(b.target, b.index + 1);
    if (displacement < -128 || displacement > 127) fail("short branch target may be out of range (this instruction has no near form)", b.line, b.column);
  }
  const places = statements.map((st) => ({ line: st.line, column: (st.prefix?.column ?? st.mnemonic.column) }));
  return { instructions, places, nextIp: firstIp + BigInt(instructions.length) };
}

const LEAVES_THE_PROGRAM = new Set<number>([
  iced.Mnemonic.Iret, iced.Mnemonic.Iretd, iced.Mnemonic.Iretq, iced.Mnemonic.Retf, iced.Mnemonic.Int, iced.Mnemonic.Int1,
  iced.Mnemonic.Int3, iced.Mnemonic.Into, iced.Mnemonic.Sysenter, iced.Mnemonic.Sysexit, iced.Mnemonic.Syscall, iced.Mnemonic.Sysret,
]);

/**
 * Why `instruction` has no place in a ring-3 program ("'hlt' needs ring 0"), or undefined if it may run there: it
 * needs ring 0 or IOPL (hlt, cli/sti, lgdt/lidt/ltr, mov to or from a control register,
 * in/out/ins/outs: iced's isPrivileged), or it transfers control out of the program's own
 * code (iret, far jmp/call/ret, int n; a ring-3 program reaches the kernel through the
 * syscall intrinsic). Port I/O goes through the intrinsics, which the TSS's bitmap checks.
 */
export function ringZeroOnly(instruction: IcedInstruction): string | undefined {
  const name = `'${iced.Mnemonic[instruction.mnemonic].toLowerCase()}'`;
  if (instruction.isPrivileged) return `${name} needs ring 0`;
  const far = instruction.isJmpFar || instruction.isCallFar || instruction.isJmpFarIndirect || instruction.isCallFarIndirect;
  if (far || LEAVES_THE_PROGRAM.has(instruction.mnemonic)) return `${name} leaves the program's code`;
  return undefined;
}

function fail(message: string, line: number, column: number): never {
  throw new AsmError(message, line, column);
}

function isName(text: string): boolean {
  return /^[A-Za-z_.?$@]/.test(text);
}

/** Splits one line into tokens, dropping the comment. */
function tokenize(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|;.*$|[A-Za-z_.?$@][\w.?$@#~]*|[0-9][\w]*|'[^']*'|"[^"]*"|[,[\]+\-*:]/y;
  for (let at = 0; at < text.length; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) fail(/['"]/.test(text[at]) ? "unterminated character constant" : `unexpected character '${text[at]}'`, line, at + 1);
    if (!/^\s|^;/.test(m[0])) tokens.push({ text: m[0], lower: m[0].toLowerCase(), column: at + 1 });
    at += m[0].length;
  }
  return tokens;
}

function parseStatement(tokens: Token[], line: number): Statement {
  const prefix = PREFIXES.has(tokens[0].lower) ? { prefix: PREFIXES.get(tokens[0].lower)!, column: tokens[0].column } : undefined;
  const at = prefix ? 1 : 0;
  // lock wants a memory destination and rep a string instruction: no instruction takes two.
  if (PREFIXES.has(tokens[at]?.lower)) fail("only one prefix per instruction", line, tokens[at].column);
  const mnemonic = tokens[at] ?? fail(`'${tokens[at - 1].text}' needs an instruction after it`, line, tokens[at - 1].column);
  if (!/^[a-z][a-z0-9]*$/.test(mnemonic.lower)) fail(`expected an instruction, found '${mnemonic.text}'`, line, mnemonic.column);
  // Operands are split at commas; each remembers the token before it, to point at a missing one.
  const groups: { tokens: Token[]; after: Token }[] = at + 1 < tokens.length ? [{ tokens: [], after: mnemonic }] : [];
  for (const t of tokens.slice(at + 1)) {
    if (t.text === ",") groups.push({ tokens: [], after: t });
    else groups[groups.length - 1].tokens.push(t);
  }
  const operands = groups.map((g) => (g.tokens.length > 0 ? { operand: parseOperand(g.tokens, line), column: g.tokens[0].column } : fail("missing operand", line, g.after.column)));
  return { line, prefix, mnemonic, operands };
}

function parseOperand(tokens: Token[], line: number): Parsed {
  const size = SIZES.get(tokens[0].lower);
  const sizeToken = size ? tokens[0] : undefined;
  const rest = sizeToken ? tokens.slice(1) : tokens;
  const bad = tokens.find((t) => UNSUPPORTED_KEYWORDS.has(t.lower));
  if (bad?.lower === "ptr") fail("NASM syntax has no 'ptr': write the size alone, as in 'dword [eax]'", line, bad.column);
  if (bad) fail(`'${bad.text}' is not supported${bad.lower === "short" || bad.lower === "near" ? " (branch sizes are chosen automatically)" : ""}`, line, bad.column);
  if (rest.length === 0) fail("missing operand after the size", line, tokens[0].column);
  const first = rest[0];

  if (first.text === "[") {
    if (rest[rest.length - 1].text !== "]") fail("expected ']' at the end of the memory operand", line, rest[rest.length - 1].column);
    return parseMemory(rest.slice(1, -1), size, line, first.column);
  }
  if (rest.length === 1 && isName(first.text) && !REGISTERS.has(first.lower)) {
    if (OTHER_REGISTER.test(first.lower)) fail(`register '${first.text}' is not available (32-bit general, segment, cr0/2/3/4 and debug registers only)`, line, first.column);
    if (sizeToken) fail("a label takes no size", line, sizeToken.column);
    return { kind: "label", name: first.text };
  }
  const colon = rest.findIndex((t) => t.text === ":");
  if (colon < 0) {
    const value = parseSum(rest, line);
    if (value.regs.length === 0) return { kind: "imm", value: value.constant, size };
    if (rest.length > 1 || value.regs[0].scaled) fail("registers can only be combined inside [ ]", line, first.column);
    const reg = REGISTERS.get(first.lower)!;
    if (sizeToken && size !== reg.size) fail(`'${first.text}' is not a ${sizeToken.text} register`, line, sizeToken.column);
    return reg;
  }

  const offsetTokens = rest.slice(colon + 1);
  if (colon === 0 || offsetTokens.length === 0) fail("a far pointer is selector:offset", line, rest[colon].column);
  const selector = parseSum(rest.slice(0, colon), line);
  if (selector.regs.length > 0) fail("a segment override goes inside the brackets: [fs:eax]", line, first.column);
  if (selector.constant < 0 || selector.constant > 0xffff) fail(`selector ${selector.constant} is out of range`, line, first.column);
  if (offsetTokens.length === 1 && isName(offsetTokens[0].text) && !REGISTERS.has(offsetTokens[0].lower)) {
    fail("a far jump's offset must be a number: the BlockEncoder does not relocate far targets, so a label's address is unknown here", line, offsetTokens[0].column);
  }
  const offset = parseSum(offsetTokens, line);
  if (offset.regs.length > 0 || offset.constant < 0 || offset.constant > 0xffffffff) fail("a far pointer's offset must be a number from 0 to 0xffffffff", line, offsetTokens[0].column);
  return { kind: "far", selector: selector.constant, offset: offset.constant };
}

/** `[seg: terms]`, with NASM's choice of base and index. */
function parseMemory(tokens: Token[], size: Size | undefined, line: number, column: number): Parsed {
  let seg: IcedRegister = Register.None;
  if (tokens[1]?.text === ":") {
    const reg = REGISTERS.get(tokens[0].lower);
    if (reg?.cls !== "seg") fail(`'${tokens[0].text}' is not a segment register`, line, tokens[0].column);
    seg = reg.reg;
    tokens = tokens.slice(2);
  }
  if (tokens.length === 0) fail("empty memory operand", line, column);
  const { regs, constant } = parseSum(tokens, line);
  for (const r of regs) {
    const info = REGISTERS.get(r.name)!;
    if (info.cls === "gpr" && info.size === 2) fail("16-bit addressing is not supported", line, r.column);
    if (info.cls !== "gpr" || info.size !== 4) fail(`'${r.name}' cannot be used in an address`, line, r.column);
    if (r.coefficient < 0) fail("a register cannot be subtracted in an address", line, r.column);
  }
  if (regs.length > 2) fail("too many registers in the address", line, regs[2].column);
  if (constant < -(2 ** 31) || constant > 0xffffffff) fail(`displacement ${constant} is out of range`, line, column);

  // The scaled register is the index, else the second one; esp can only be a base.
  let [base, index]: (Sum["regs"][number] | undefined)[] = [];
  if (regs.length === 2) {
    [base, index] = regs[0].scaled && !regs[1].scaled ? [regs[1], regs[0]] : regs;
    if (index.name === "esp" && index.coefficient === 1) [base, index] = [index, base];
    if (base.coefficient !== 1) fail("only one register can be scaled", line, base.column);
  } else if (regs.length === 1) {
    [base, index] = regs[0].scaled ? [undefined, regs[0]] : [regs[0], undefined];
  }
  let scale = index?.coefficient ?? 1;
  if (index && !base && [1, 2, 3, 5, 9].includes(scale)) {
    // [eax*1] is [eax], [eax*2] is [eax+eax*1], [eax*5] is [eax+eax*4]: no disp32 needed.
    base = index;
    index = scale === 1 ? undefined : index;
    scale = scale === 1 ? 1 : scale - 1;
  }
  if (index?.name === "esp") fail("esp cannot be an index register", line, index.column);
  if (![1, 2, 4, 8].includes(scale)) fail(`scale ${scale} is not 1, 2, 4 or 8`, line, index!.column);
  const reg = (r: typeof base) => (r ? REGISTERS.get(r.name)!.reg : Register.None);
  return { kind: "mem", size, seg, base: reg(base), index: reg(index), scale, disp: constant | 0 };
}

interface Sum {
  regs: { name: string; coefficient: number; scaled: boolean; column: number }[];
  constant: number;
}

/** A sum of terms, each a product of numbers and at most one register. */
function parseSum(tokens: Token[], line: number): Sum {
  const sum: Sum = { regs: [], constant: 0 };
  let at = 0;
  const atom = (): { value: number; reg?: Token } => {
    const t = tokens[at++] ?? fail("expected a number or register", line, tokens[at - 2].column);
    if (REGISTERS.has(t.lower)) return { value: 1, reg: t };
    if (OTHER_REGISTER.test(t.lower)) fail(`register '${t.text}' is not available`, line, t.column);
    if (isName(t.text)) fail(`'${t.text}': labels can only be branch targets`, line, t.column);
    return { value: parseNumber(t, line) };
  };
  while (at < tokens.length) {
    const sign = tokens[at].text === "-" ? -1 : 1;
    if (tokens[at].text === "-" || tokens[at].text === "+") at++;
    else if (at > 0) fail(`expected '+' or '-', found '${tokens[at].text}'`, line, tokens[at].column);
    let { value, reg } = atom();
    let scaled = false;
    while (tokens[at]?.text === "*") {
      at++;
      const factor = atom();
      if (factor.reg && reg) fail("cannot multiply two registers", line, factor.reg.column);
      reg ??= factor.reg;
      scaled = true;
      value *= factor.value;
    }
    if (Math.abs(value) > 2 ** 40) fail("number too large", line, tokens[at - 1].column);
    if (!reg) {
      sum.constant += sign * value;
      continue;
    }
    const name = reg.lower;
    const same = sum.regs.find((r) => r.name === name);
    if (same) Object.assign(same, { coefficient: same.coefficient + sign * value, scaled: true });
    else sum.regs.push({ name, coefficient: sign * value, scaled, column: reg.column });
  }
  return sum;
}

function parseNumber(t: Token, line: number): number {
  const quoted = /^['"](.*)['"]$/.exec(t.text);
  if (quoted) {
    const chars = [...quoted[1]].map((c) => c.charCodeAt(0));
    if (chars.length === 0 || chars.length > 4 || chars.some((c) => c > 0x7f)) fail("a character constant holds 1 to 4 ASCII characters", line, t.column);
    return chars.reduceRight((v, c) => v * 256 + c, 0);
  }
  const forms: [RegExp, number][] = [[/^0x([0-9a-f]+)$/, 16], [/^([0-9][0-9a-f]*)h$/, 16], [/^0b([01]+)$/, 2], [/^0o([0-7]+)$/, 8], [/^([0-9]+)$/, 10]];
  for (const [pattern, radix] of forms) {
    const digits = pattern.exec(t.lower)?.[1];
    if (digits === undefined) continue;
    const value = [...digits].reduce((v, d) => v * radix + parseInt(d, radix), 0);
    if (value > 2 ** 40) fail("number too large", line, t.column);
    return value;
  }
  return fail(`'${t.text}' is not a number`, line, t.column);
}
