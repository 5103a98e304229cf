// Phase 2: the subset check. In: the kernel's type-checked source files (phase 1).
// Out: a diagnostic for every construct outside the tskc subset, each naming the
// construct and saying what to write instead. Lowering may then assume that the
// syntax it meets is supported; meaning-level checks (integer typing, calls)
// stay in lowering, where the types are known.
//
// The walk is a whitelist: a syntax kind not handled below is rejected.

import ts from "typescript";
import { type Diagnostic, diagnosticAt } from "../diagnostics.js";
import { INT_TYPE_NAMES } from "./types.js";

/** Rejected constructs with their advice, keyed by syntax kind. */
const REJECTED: Partial<Record<ts.SyntaxKind, [number, string]>> = {
  [ts.SyntaxKind.ArrowFunction]: [2001, "arrow functions are not supported: closures need a garbage-collected heap; declare a module-level function and pass it by name"],
  [ts.SyntaxKind.FunctionExpression]: [2001, "function expressions are not supported: closures need a garbage-collected heap; declare a module-level function and pass it by name"],
  [ts.SyntaxKind.ClassDeclaration]: [2002, "classes are not supported yet"],
  [ts.SyntaxKind.ClassExpression]: [2002, "classes are not supported yet"],
  [ts.SyntaxKind.ObjectLiteralExpression]: [2003, "object literals are not supported: tskc has no garbage-collected heap; use module-level variables"],
  [ts.SyntaxKind.ArrayLiteralExpression]: [2004, "array literals are not supported: tskc has no garbage-collected heap"],
  [ts.SyntaxKind.NewExpression]: [2005, "'new' is not supported: tskc has no garbage-collected heap"],
  [ts.SyntaxKind.ThrowStatement]: [2006, "exceptions are not supported: return an error code instead of throwing"],
  [ts.SyntaxKind.TryStatement]: [2006, "exceptions are not supported: 'try' has nothing to catch; check returned error codes"],
  [ts.SyntaxKind.AwaitExpression]: [2007, "async code is not supported: a kernel has no event loop; call the function directly"],
  [ts.SyntaxKind.YieldExpression]: [2008, "generators are not supported: write a loop or keep state in variables"],
  [ts.SyntaxKind.ForInStatement]: [2009, "'for...in' is not supported: there are no objects to enumerate; use a counted 'for' loop"],
  [ts.SyntaxKind.ForOfStatement]: [2009, "'for...of' is not supported yet: use a counted 'for' loop"],
  [ts.SyntaxKind.TemplateExpression]: [2010, "template strings with substitutions are not supported: they build strings at run time; print the parts one by one"],
  [ts.SyntaxKind.SpreadElement]: [2011, "spread ('...') is not supported: pass each argument explicitly"],
  [ts.SyntaxKind.ObjectBindingPattern]: [2012, "destructuring is not supported: declare each variable separately"],
  [ts.SyntaxKind.ArrayBindingPattern]: [2012, "destructuring is not supported: declare each variable separately"],
  [ts.SyntaxKind.DeleteExpression]: [2013, "'delete' is not supported: there are no objects"],
  [ts.SyntaxKind.TypeOfExpression]: [2013, "'typeof' on values is not supported: types are known at compile time"],
  [ts.SyntaxKind.VoidExpression]: [2013, "'void' expressions are not supported: write the expression as a statement"],
  [ts.SyntaxKind.ElementAccessExpression]: [2014, "indexing is not supported yet: use load<T>(address) and store<T>(address, value)"],
  [ts.SyntaxKind.SwitchStatement]: [2015, "'switch' is not supported yet: use 'if'/'else if'"],
  [ts.SyntaxKind.EnumDeclaration]: [2016, "enums are not supported yet: use 'const' declarations"],
  [ts.SyntaxKind.ModuleDeclaration]: [2017, "namespaces are not supported: use ES module imports and exports"],
  [ts.SyntaxKind.InterfaceDeclaration]: [2018, "interfaces are not supported yet"],
  [ts.SyntaxKind.AnyKeyword]: [2019, "'any' is not allowed: give the value an integer type such as u32"],
  [ts.SyntaxKind.UnknownKeyword]: [2019, "'unknown' is not allowed: give the value an integer type such as u32"],
  [ts.SyntaxKind.NumberKeyword]: [2020, "'number' is ambiguous in kernel code: use an integer type such as i32 or u32"],
  [ts.SyntaxKind.UnionType]: [2021, "union types are not supported: every value has one integer, bool or string type"],
  [ts.SyntaxKind.IntersectionType]: [2021, "intersection types are not supported"],
  [ts.SyntaxKind.AsExpression]: [2022, "'as' does not convert values in tskc: write a conversion such as u8(x)"],
  [ts.SyntaxKind.TypeAssertionExpression]: [2022, "type assertions do not convert values in tskc: write a conversion such as u8(x)"],
  [ts.SyntaxKind.NonNullExpression]: [2023, "'!' non-null assertions are not supported: tskc values are never null"],
  [ts.SyntaxKind.NullKeyword]: [2023, "'null' is not supported: use 0 for a null address"],
  [ts.SyntaxKind.Decorator]: [2024, "decorators are not supported yet"],
};

const ALLOWED_STATEMENTS = new Set([
  ts.SyntaxKind.VariableStatement, ts.SyntaxKind.ExpressionStatement, ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement, ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ReturnStatement, ts.SyntaxKind.Block, ts.SyntaxKind.BreakStatement,
  ts.SyntaxKind.ContinueStatement, ts.SyntaxKind.EmptyStatement, ts.SyntaxKind.LabeledStatement,
]);

const ALLOWED_EXPRESSIONS = new Set([
  ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.Identifier, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.PrefixUnaryExpression,
  ts.SyntaxKind.PostfixUnaryExpression, ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ConditionalExpression, ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
]);

const REJECTED_OPERATORS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.AsteriskAsteriskToken]: "'**' is not supported: multiply in a loop, or shift for powers of two",
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: "'**=' is not supported: multiply in a loop, or shift for powers of two",
  [ts.SyntaxKind.InKeyword]: "'in' is not supported: there are no objects",
  [ts.SyntaxKind.InstanceOfKeyword]: "'instanceof' is not supported: there are no classes at run time",
  [ts.SyntaxKind.QuestionQuestionToken]: "'??' is not supported: tskc values are never null or undefined",
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: "'??=' is not supported: tskc values are never null or undefined",
  [ts.SyntaxKind.CommaToken]: "the comma operator is not supported: write separate statements",
};

export function checkSubset(sources: readonly ts.SourceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reject = (node: ts.Node, code: number, message: string): void => {
    out.push(diagnosticAt(node, code, message));
  };

  const visitTopLevel = (stmt: ts.Statement) => {
    if (ts.isFunctionDeclaration(stmt)) return visitFunction(stmt);
    if (ts.isImportDeclaration(stmt)) return checkImport(stmt);
    if (ts.isVariableStatement(stmt)) {
      if (!(stmt.declarationList.flags & ts.NodeFlags.Const)) {
        return reject(stmt.declarationList, 2030, "module-level 'let' is not supported yet: use a module-level 'const' or a local variable");
      }
      return ts.forEachChild(stmt.declarationList, visitChild);
    }
    if (ts.isTypeAliasDeclaration(stmt)) return visitType(stmt.type);
    if (ts.isExportDeclaration(stmt)) return; // re-exports only name declarations checked elsewhere
    if (REJECTED[stmt.kind]) return visit(stmt);
    reject(stmt, 2031, `${describe(stmt)} is not supported at module level: kernel modules hold declarations; put statements inside a function`);
  };

  const checkImport = (decl: ts.ImportDeclaration) => {
    const clause = decl.importClause;
    if (!clause || clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
      reject(decl, 2032, "only named imports are supported: write import { name } from \"./module\"");
    }
  };

  const visitFunction = (fn: ts.FunctionDeclaration) => {
    const mods = ts.getModifiers(fn) ?? [];
    for (const m of mods) {
      if (m.kind === ts.SyntaxKind.AsyncKeyword) reject(m, 2007, "async functions are not supported: a kernel has no event loop");
      else if (m.kind === ts.SyntaxKind.DeclareKeyword) reject(m, 2033, "'declare function' is not supported: tskc compiles every function it calls; write its body");
    }
    if (fn.asteriskToken) reject(fn.asteriskToken, 2008, "generators are not supported: write a loop or keep state in variables");
    if (fn.typeParameters) reject(fn.typeParameters[0], 2034, "generic functions are not supported: write one function per type");
    for (const p of fn.parameters) {
      if (p.dotDotDotToken) reject(p, 2011, "rest parameters are not supported: declare each parameter");
      else if (p.initializer || p.questionToken) reject(p, 2035, "optional and default parameters are not supported: pass every argument");
      if (!ts.isIdentifier(p.name)) visit(p.name);
      if (p.type) visitType(p.type);
    }
    if (fn.type) visitType(fn.type);
    if (fn.body) fn.body.statements.forEach(visitStatement);
  };

  const visitStatement = (stmt: ts.Statement): void => {
    if (ts.isFunctionDeclaration(stmt)) {
      return reject(stmt.name ?? stmt, 2001, "nested functions are not supported: closures need a garbage-collected heap; move the function to module level");
    }
    if (!ALLOWED_STATEMENTS.has(stmt.kind)) return visit(stmt);
    if (ts.isVariableStatement(stmt)) {
      if (!(stmt.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
        return reject(stmt.declarationList, 2036, "'var' is not supported: use 'let' or 'const'");
      }
    }
    ts.forEachChild(stmt, visitChild);
  };

  const visitType = (type: ts.TypeNode): void => {
    if (REJECTED[type.kind]) return visit(type);
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      if (!INT_TYPE_NAMES.has(type.typeName.text)) {
        reject(type, 2037, `type '${type.typeName.text}' is not supported: use an integer type (i8 u8 i16 u16 i32 u32 isize usize), bool or string`);
      }
      return;
    }
    const k = type.kind;
    if (k === ts.SyntaxKind.VoidKeyword || k === ts.SyntaxKind.BooleanKeyword || k === ts.SyntaxKind.StringKeyword) return;
    reject(type, 2037, `${describe(type)} is not supported: use an integer type (i8 u8 i16 u16 i32 u32 isize usize), bool or string`);
  };

  /** Any node inside a function body. */
  const visitChild = (node: ts.Node): void => {
    if (ts.isStatement(node) && !ts.isBlock(node)) return visitStatement(node);
    if (ts.isBlock(node)) return node.statements.forEach(visitStatement);
    if (ts.isTypeNode(node)) return visitType(node);
    if (ts.isExpression(node) && !ALLOWED_EXPRESSIONS.has(node.kind)) return visit(node);
    if (ts.isBinaryExpression(node)) {
      const advice = REJECTED_OPERATORS[node.operatorToken.kind];
      if (advice) reject(node.operatorToken, 2038, advice);
    }
    if (ts.isPropertyAccessExpression(node) && node.questionDotToken) {
      return reject(node, 2039, "optional chaining ('?.') is not supported: tskc values are never null or undefined");
    }
    if (ts.isCallExpression(node) && node.questionDotToken) {
      return reject(node, 2039, "optional chaining ('?.') is not supported: tskc values are never null or undefined");
    }
    ts.forEachChild(node, visitChild);
  };

  /** A node that is not on the whitelist: report its specific advice, or a generic rejection. */
  const visit = (node: ts.Node): void => {
    const rejected = REJECTED[node.kind];
    if (rejected) return reject(node, rejected[0], rejected[1]);
    if (ts.isVariableDeclarationList(node) || ts.isVariableDeclaration(node) || ts.isCaseBlock(node)) {
      return ts.forEachChild(node, visitChild);
    }
    reject(node, 2099, `${describe(node)} is not supported by tskc`);
  };

  for (const sf of sources) sf.statements.forEach(visitTopLevel);
  return out.sort((a, b) => (a.file === b.file ? a.line! - b.line! || a.column! - b.column! : 0));
}

/** "ClassDeclaration" -> "a class declaration". */
function describe(node: ts.Node): string {
  const words = ts.SyntaxKind[node.kind].replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
