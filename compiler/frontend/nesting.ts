// The nesting limit. In: a source file, parsed (or, when TypeScript's parser itself ran
// out of stack, its text). Out: a diagnostic at the first construct nested deeper than
// MAX_NESTING, or nothing. Runs in phase 1 after parsing and before binding and type
// checking (program.ts), because TypeScript's binder and checker, and tskc's own
// lowering, recurse once per level of nesting: without the limit, deep input (2,500
// nested parentheses, a 3,000-term sum, which is a chain of binary expressions) ends in
// a stack overflow instead of a diagnostic. Both scans here are iterative.

import ts from "typescript";
import { type Diagnostic, diagnosticAtPosition, type SourceText } from "../diagnostics.js";

/** Levels of syntax (statements, blocks, expressions, operands of a chain of operators)
 * one inside another. Kernel code stays far below it; the compiler's deepest walks run
 * out of Node's default stack at about 1,000 levels. */
export const MAX_NESTING = 500;

const MESSAGE = `this is nested more than ${MAX_NESTING} levels deep (expressions, operands of a chain of operators, blocks): split it into variables or functions`;

/** The first node deeper than MAX_NESTING, in source order. */
export function checkNesting(sf: ts.SourceFile): Diagnostic | undefined {
  const work: [ts.Node, number][] = [[sf, 0]];
  while (work.length > 0) {
    const [node, depth] = work.pop()!;
    if (depth > MAX_NESTING) return diagnosticAtPosition(sf, node.getStart(sf), 1003, MESSAGE);
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => void children.push(child));
    for (let k = children.length - 1; k >= 0; k--) work.push([children[k], depth + 1]);
  }
  return undefined;
}

/** When TypeScript's parser overflowed on a file: the first bracket nested deeper than
 * MAX_NESTING, found by scanning tokens; else the file's start (nesting without
 * brackets, such as `!!!…x` or `if (a) if (b) …`). */
export function nestingOfText(file: SourceText): Diagnostic {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, file.text);
  let depth = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.OpenParenToken || token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (token === ts.SyntaxKind.CloseParenToken || token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseBraceToken) depth--;
    if (depth > MAX_NESTING) return diagnosticAtPosition(file, scanner.getTokenStart(), 1003, MESSAGE);
  }
  return diagnosticAtPosition(file, 0, 1003, MESSAGE);
}
