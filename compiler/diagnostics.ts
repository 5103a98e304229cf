// Diagnostics: every error tskc reports, from any phase, in tsc's format.
// In: a position (file, offset) and a message. Out: text such as
//   kernel/main.ts(12,5): error TSK2003: closures cannot capture 'count'; ...
// followed by a code frame. Phases throw CompileError; the CLI prints it and
// exits non-zero, so a user never sees a stack trace.
//
// Code ranges: TSK1xxx input and options, TSK2xxx constructs outside the
// subset, TSK3xxx integer typing, TSK4xxx program structure and linking.
// tsc's own diagnostics keep their TSnnnn codes.

import ts from "typescript";
import { fileSystem } from "./host.js";

export interface Diagnostic {
  code: string; // "TSK2001" or "TS2322"
  message: string;
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based
  length?: number; // characters to underline in the code frame
  sourceLine?: string; // the text of the line, for the frame
  /** An error unless marked: a warning is printed, and compiling goes on. */
  severity?: "warning";
  /** The offset in the file's text and the file's own name, for editors (the language service). */
  start?: number;
  fileName?: string;
}

export function isError(d: Diagnostic): boolean {
  return d.severity !== "warning";
}

export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d, { frame: false })).join("\n"));
  }
}

/** A file's name and text: a parsed ts.SourceFile, or text read for a message alone. Lines
 * break where TypeScript's own line map says (\r\n, \n, \r, U+2028, U+2029), so
 * positions agree with tsc's. */
export interface SourceText {
  readonly fileName: string;
  readonly text: string;
  getLineStarts?(): readonly number[];
}

/** Builds a diagnostic for a node of a parsed source file. */
export function diagnosticAt(node: ts.Node, code: number, message: string): Diagnostic {
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const end = Math.max(start + 1, Math.min(node.getEnd(), lineBounds(sf, start).end));
  return positioned(sf, start, end - start, `TSK${code}`, message);
}

/** Builds a diagnostic at a 0-based line and column of a source file (inside a template). */
export function diagnosticAtLine(sf: SourceText, line: number, column: number, code: number, message: string): Diagnostic {
  const starts = lineStarts(sf);
  const clamped = Math.min(Math.max(line, 0), starts.length - 1);
  return diagnosticAtPosition(sf, Math.min(starts[clamped] + column, lineBounds(sf, starts[clamped]).end), code, message);
}

/** Builds a diagnostic at an offset of a file's text, one character long. */
export function diagnosticAtPosition(sf: SourceText, position: number, code: number, message: string): Diagnostic {
  return positioned(sf, position, 1, `TSK${code}`, message);
}

/** Builds a diagnostic that names no place: a missing file, a bad option. */
export function diagnosticNoPlace(code: number, message: string): Diagnostic {
  return { code: `TSK${code}`, message };
}

/** Converts tsc's own diagnostics, keeping their codes. */
export function fromTsDiagnostic(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  if (!d.file || d.start === undefined) return { code: `TS${d.code}`, message };
  return positioned(d.file, d.start, d.length ?? 1, `TS${d.code}`, message);
}

/** A report lists at most this many errors, then counts the rest: past the first screens,
 * more errors (100,000 from a line of quotes) only flood the terminal. */
const MAX_REPORTED = 100;

/** The report as the command prints it: each diagnostic with its frame (the first
 * MAX_REPORTED), then the count of errors and warnings. `pretty`: tsc's --pretty look. */
export function formatReport(diagnostics: readonly Diagnostic[], options: { pretty?: boolean } = {}): string {
  const shown = diagnostics.slice(0, MAX_REPORTED).map((d) => formatDiagnostic(d, { frame: true, pretty: options.pretty }));
  const hidden = diagnostics.length - shown.length;
  if (hidden > 0) shown.push(`... and ${hidden} more ${diagnostics.slice(MAX_REPORTED).every(isError) ? "error" : "diagnostic"}${hidden === 1 ? "" : "s"} not shown.`);
  return shown.length > 0 ? `${shown.join("\n")}\n${summary(diagnostics)}` : summary(diagnostics);
}

/** "Found 2 errors.", "Found 1 error and 3 warnings." */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const errors = diagnostics.filter(isError).length;
  const warnings = diagnostics.length - errors;
  return `Found ${count(errors, "error")}${warnings > 0 ? ` and ${count(warnings, "warning")}` : ""}.`;
}

/** Whether a stream gets colours: NO_COLOR turns them off and FORCE_COLOR on
 * (https://no-color.org, https://force-color.org); otherwise a terminal gets them. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true;
}

/** A code frame shows at most this many characters of its line, around the column, so a
 * diagnostic's size does not grow with the length of the line. */
const FRAME_WIDTH = 120;

/** ANSI SGR sequences, as tsc --pretty uses them. */
const SGR = { reset: "\x1b[0m", red: "\x1b[91m", yellow: "\x1b[93m", cyan: "\x1b[96m", grey: "\x1b[90m", inverse: "\x1b[7m" };

/** Formats as `file(line,col): error CODE: message`, plus a code frame when asked; `pretty`
 * gives tsc's coloured `file:line:col - error CODE: message` instead. */
export function formatDiagnostic(d: Diagnostic, options: { frame: boolean; pretty?: boolean } = { frame: true }): string {
  const kind = isError(d) ? "error" : "warning";
  const paint = (color: string, text: string) => (options.pretty ? `${color}${text}${SGR.reset}` : text);
  const accent = isError(d) ? SGR.red : SGR.yellow;
  let where = "";
  if (d.file && options.pretty) where = `${paint(SGR.cyan, d.file)}${d.line ? `:${paint(SGR.yellow, String(d.line))}:${paint(SGR.yellow, String(d.column))}` : ""} - `;
  else if (d.file) where = d.line ? `${d.file}(${d.line},${d.column}): ` : `${d.file}: `;
  const head = `${where}${paint(accent, kind)} ${paint(SGR.grey, `${d.code}:`)} ${d.message}`;
  if (!options.frame || d.sourceLine === undefined || !d.line || !d.column) return head;
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  const { text, column } = clip(d.sourceLine, d.column - 1);
  const underline = " ".repeat(column) + paint(accent, "~".repeat(Math.max(1, Math.min(d.length ?? 1, text.length - column))));
  if (options.pretty) return `${head}\n\n${paint(SGR.inverse, gutter)} ${text}\n${paint(SGR.inverse, pad)} ${underline}\n`;
  return `${head}\n\n${gutter} | ${text}\n${pad} | ${underline}\n`;
}

/** The part of a long line around a 0-based column, with "..." where it was cut. */
function clip(line: string, column: number): { text: string; column: number } {
  if (line.length <= FRAME_WIDTH) return { text: line, column };
  const from = Math.max(0, Math.min(column - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const to = from + FRAME_WIDTH;
  const head = from > 0 ? "..." : "";
  const tail = to < line.length ? "..." : "";
  return { text: head + line.slice(from, to) + tail, column: column - from + head.length };
}

function positioned(sf: SourceText, start: number, length: number, code: string, message: string): Diagnostic {
  const { line, start: lineStart, end } = lineBounds(sf, start);
  const sourceLine = sf.text.slice(lineStart, end);
  const character = start - lineStart;
  const visible = Math.max(1, Math.min(length, sourceLine.length - character));
  return {
    code,
    message,
    file: displayPath(sf.fileName),
    line: line + 1,
    column: character + 1,
    length: visible,
    sourceLine,
    start,
    fileName: sf.fileName,
  };
}

/** The 0-based line holding `pos`, and its start and end (before its line break). */
function lineBounds(sf: SourceText, pos: number): { line: number; start: number; end: number } {
  const starts = lineStarts(sf);
  let [low, high] = [0, starts.length - 1]; // the last line starting at or before pos
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= pos) low = mid;
    else high = mid - 1;
  }
  let end = low + 1 < starts.length ? starts[low + 1] : sf.text.length;
  while (end > starts[low] && ts.isLineBreak(sf.text.charCodeAt(end - 1))) end--;
  return { line: low, start: starts[low], end };
}

/** A parsed file's line map, or the same computed from plain text as TypeScript does. */
function lineStarts(sf: SourceText): readonly number[] {
  if (sf.getLineStarts) return sf.getLineStarts();
  const starts = [0];
  for (let k = 0; k < sf.text.length; k++) {
    const ch = sf.text.charCodeAt(k);
    if (ch === 13 && sf.text.charCodeAt(k + 1) === 10) k++; // \r\n is one break
    if (ts.isLineBreak(ch)) starts.push(k + 1);
  }
  return starts;
}

/** Paths in messages are relative to the working directory, as tsc prints them (with forward
 * slashes, whichever separator `fileName` has). */
export function displayPath(fileName: string): string {
  const cwd = fileSystem().currentDirectory().replace(/\\/g, "/") + "/";
  const file = fileName.replace(/\\/g, "/");
  return file.startsWith(cwd) ? file.slice(cwd.length) : file;
}
