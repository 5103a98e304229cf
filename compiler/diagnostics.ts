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

export interface Diagnostic {
  code: string; // "TSK2001" or "TS2322"
  message: string;
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based
  length?: number; // characters to underline in the code frame
  sourceLine?: string; // the text of the line, for the frame
}

export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d, { frame: false })).join("\n"));
  }
}

/** Builds a diagnostic for a node of a parsed source file. */
export function diagnosticAt(node: ts.Node, code: number, message: string): Diagnostic {
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const end = Math.max(start + 1, Math.min(node.getEnd(), lineEnd(sf, start)));
  return positioned(sf, start, end - start, `TSK${code}`, message);
}

/** Builds a diagnostic at a 0-based line and column of a source file (inside a template). */
export function diagnosticAtLine(sf: ts.SourceFile, line: number, column: number, code: number, message: string): Diagnostic {
  const start = sf.getPositionOfLineAndCharacter(line, column);
  return positioned(sf, start, 1, `TSK${code}`, message);
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

/** Formats as `file(line,col): error CODE: message`, plus a code frame when asked. */
export function formatDiagnostic(d: Diagnostic, options: { frame: boolean } = { frame: true }): string {
  const where = d.file ? (d.line ? `${d.file}(${d.line},${d.column}): ` : `${d.file}: `) : "";
  const head = `${where}error ${d.code}: ${d.message}`;
  if (!options.frame || d.sourceLine === undefined || !d.line || !d.column) return head;
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  const underline = " ".repeat(d.column - 1) + "~".repeat(Math.max(1, d.length ?? 1));
  return `${head}\n\n${gutter} | ${d.sourceLine}\n${pad} | ${underline}\n`;
}

function positioned(sf: ts.SourceFile, start: number, length: number, code: string, message: string): Diagnostic {
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const sourceLine = sf.text.slice(sf.getPositionOfLineAndCharacter(line, 0), lineEnd(sf, start));
  const visible = Math.max(1, Math.min(length, sourceLine.length - character));
  return {
    code,
    message,
    file: displayPath(sf.fileName),
    line: line + 1,
    column: character + 1,
    length: visible,
    sourceLine,
  };
}

function lineEnd(sf: ts.SourceFile, pos: number): number {
  const nl = sf.text.indexOf("\n", pos);
  const end = nl < 0 ? sf.text.length : nl;
  return sf.text[end - 1] === "\r" ? end - 1 : end;
}

/** Paths in messages are relative to the working directory, as tsc prints them. */
export function displayPath(fileName: string): string {
  const cwd = process.cwd().replace(/\\/g, "/") + "/";
  return fileName.startsWith(cwd) ? fileName.slice(cwd.length) : fileName;
}
