// Phase 2: the subset check. In: the kernel's type-checked source files (phase 1).
// Out: a diagnostic for every construct outside the tskc subset, each naming the
// construct and saying what to write instead. Lowering may then assume that the
// syntax it meets is supported; meaning-level checks (integer typing, calls)
// stay in lowering, where the types are known.
//
// The walk is a whitelist: a syntax kind not handled below is rejected.

import ts from "typescript";
import { type Diagnostic, diagnosticAt } from "../diagnostics.js";

/** Rejected constructs with their advice, keyed by syntax kind. */
const REJECTED: Partial<Record<ts.SyntaxKind, [number, string]>> = {
  [ts.SyntaxKind.ArrowFunction]: [2001, "arrow functions are not supported: closures need a garbage-collected heap; declare a module-level function and pass it by name"],
  [ts.SyntaxKind.FunctionExpression]: [2001, "function expressions are not supported: closures need a garbage-collected heap; declare a module-level function and pass it by name"],
  [ts.SyntaxKind.ClassExpression]: [2002, "class expressions are not supported: declare an @unmanaged class at module level"],
  [ts.SyntaxKind.ObjectLiteralExpression]: [2003, "object literals are not supported: tskc has no garbage-collected heap; use an @unmanaged class (a struct)"],
  [ts.SyntaxKind.ArrayLiteralExpression]: [2004, "array literals make static data: write them only as the initializer of a module-level StaticArray"],
  [ts.SyntaxKind.NewExpression]: [2005, "'new' reserves static storage: write it only as the initializer of a module-level const (there is no heap)"],
  [ts.SyntaxKind.ThrowStatement]: [2006, "exceptions are not supported: return an error code instead of throwing"],
  [ts.SyntaxKind.TryStatement]: [2006, "exceptions are not supported: 'try' has nothing to catch; check returned error codes"],
  [ts.SyntaxKind.AwaitExpression]: [2007, "async code is not supported: a kernel has no event loop; call the function directly"],
  [ts.SyntaxKind.YieldExpression]: [2008, "generators are not supported: write a loop or keep state in variables"],
  [ts.SyntaxKind.ForInStatement]: [2009, "'for...in' is not supported: there are no objects to enumerate; use a counted 'for' loop"],
  [ts.SyntaxKind.TemplateExpression]: [2010, "template strings with substitutions are not supported: they build strings at run time; print the parts one by one"],
  [ts.SyntaxKind.SpreadElement]: [2011, "spread ('...') is not supported: pass each argument explicitly"],
  [ts.SyntaxKind.ObjectBindingPattern]: [2012, "destructuring is not supported: declare each variable separately"],
  [ts.SyntaxKind.ArrayBindingPattern]: [2012, "destructuring is not supported: declare each variable separately"],
  [ts.SyntaxKind.DeleteExpression]: [2013, "'delete' is not supported: there are no objects"],
  [ts.SyntaxKind.TypeOfExpression]: [2013, "'typeof' on values is not supported: types are known at compile time"],
  [ts.SyntaxKind.VoidExpression]: [2013, "'void' expressions are not supported: write the expression as a statement"],
  [ts.SyntaxKind.ModuleDeclaration]: [2017, "namespaces are not supported: use ES module imports and exports"],
  [ts.SyntaxKind.InterfaceDeclaration]: [2018, "interfaces are not supported: use an @unmanaged class for a layout, or a function type"],
  [ts.SyntaxKind.AnyKeyword]: [2019, "'any' is not allowed: give the value an integer type such as u32"],
  [ts.SyntaxKind.UnknownKeyword]: [2019, "'unknown' is not allowed: give the value an integer type such as u32"],
  [ts.SyntaxKind.NumberKeyword]: [2020, "'number' is ambiguous in kernel code: use an integer type such as i32 or u32"],
  [ts.SyntaxKind.UnionType]: [2021, "union types are not supported: every value has one integer, bool or string type"],
  [ts.SyntaxKind.IntersectionType]: [2021, "intersection types are not supported"],
  [ts.SyntaxKind.AsExpression]: [2022, "'as' does not convert values in tskc: write a conversion such as u8(x)"],
  [ts.SyntaxKind.TypeAssertionExpression]: [2022, "type assertions do not convert values in tskc: write a conversion such as u8(x)"],
  [ts.SyntaxKind.NonNullExpression]: [2023, "'!' non-null assertions are not supported: tskc values are never null"],
  [ts.SyntaxKind.NullKeyword]: [2023, "'null' is not supported: use 0 for a null address"],
  [ts.SyntaxKind.Constructor]: [2026, "structs have no constructor: allocate them statically (new T() at module level) or view memory with changetype<T>(address), then set the fields"],
  [ts.SyntaxKind.GetAccessor]: [2027, "accessors are not supported: use a method"],
  [ts.SyntaxKind.SetAccessor]: [2027, "accessors are not supported: use a method"],
};

const ALLOWED_STATEMENTS = new Set([
  ts.SyntaxKind.VariableStatement, ts.SyntaxKind.ExpressionStatement, ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement, ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ReturnStatement, ts.SyntaxKind.Block, ts.SyntaxKind.BreakStatement,
  ts.SyntaxKind.ContinueStatement, ts.SyntaxKind.EmptyStatement, ts.SyntaxKind.LabeledStatement,
  ts.SyntaxKind.SwitchStatement, ts.SyntaxKind.ForOfStatement,
]);

const ALLOWED_EXPRESSIONS = new Set([
  ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.Identifier, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.PrefixUnaryExpression,
  ts.SyntaxKind.PostfixUnaryExpression, ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ConditionalExpression, ts.SyntaxKind.PropertyAccessExpression, ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.TaggedTemplateExpression,
]);

const STRUCT_DECORATORS = new Set(["unmanaged", "packed"]);

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
    if ((ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt)) && !stmt.name) {
      const what = ts.isFunctionDeclaration(stmt) ? "function" : "class";
      const keyword = stmt.getChildren().find((c) => c.kind === ts.SyntaxKind.FunctionKeyword || c.kind === ts.SyntaxKind.ClassKeyword);
      return reject(keyword ?? stmt, 2047, `an anonymous ${what} is not supported: give it a name (export ${what} name …), as tskc refers to it by name`);
    }
    if (ts.isFunctionDeclaration(stmt)) return visitFunction(stmt);
    if (ts.isImportDeclaration(stmt)) return checkImport(stmt);
    if (ts.isVariableStatement(stmt)) {
      if (!(stmt.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) {
        return reject(stmt.declarationList, 2036, "'var' is not supported: use 'let' or 'const'");
      }
      return stmt.declarationList.declarations.forEach(visitModuleVariable);
    }
    if (ts.isTypeAliasDeclaration(stmt)) return visitType(stmt.type);
    if (ts.isClassDeclaration(stmt)) return visitStruct(stmt);
    if (ts.isEnumDeclaration(stmt)) return stmt.members.forEach((m) => m.initializer && visitChild(m.initializer));
    if (ts.isExportDeclaration(stmt)) return; // re-exports only name declarations checked elsewhere
    if (REJECTED[stmt.kind]) return visit(stmt);
    reject(stmt, 2031, `${describe(stmt)} is not supported at module level: kernel modules hold declarations; put statements inside a function`);
  };

  /** Static storage (`new`) and static data (array literals) are module-level initializers only. */
  const visitModuleVariable = (decl: ts.VariableDeclaration) => {
    if (decl.type) visitType(decl.type);
    const init = decl.initializer;
    if (!init) return;
    if (ts.isNewExpression(init)) return init.typeArguments?.forEach(visitType);
    if (ts.isArrayLiteralExpression(init)) return init.elements.forEach(visitChild);
    visitChild(init);
  };

  const visitStruct = (decl: ts.ClassDeclaration) => {
    const decorators = ts.getDecorators(decl) ?? [];
    for (const d of decorators) {
      if (!STRUCT_DECORATORS.has(d.expression.getText())) reject(d, 2024, `'@${d.expression.getText()}' is not a tskc decorator: classes take @unmanaged or @packed`);
    }
    if (decorators.length === 0) reject(decl.name ?? decl, 2025, "classes are structs in tskc: mark it @unmanaged (C layout) or @packed (no padding)");
    if (decl.heritageClauses) reject(decl.heritageClauses[0], 2028, "structs cannot extend or implement: put the shared fields in each struct");
    for (const member of decl.members) {
      if (member.name && !ts.isIdentifier(member.name)) {
        reject(member.name, 2047, `'${member.name.getText()}' is not supported as a member name: name fields and methods with plain identifiers (no strings, numbers, [computed] or #private names)`);
      } else if (ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) {
        reject(member, 2029, "static members are not supported: use a module-level const or function");
      } else if (ts.isPropertyDeclaration(member)) {
        if (member.initializer) reject(member.initializer, 2029, "struct fields have no initializers: they describe memory; set them after allocating");
        if (member.type) visitType(member.type);
      } else if (ts.isMethodDeclaration(member)) {
        visitFunction(member);
      } else {
        visit(member);
      }
    }
  };

  const checkImport = (decl: ts.ImportDeclaration) => {
    const clause = decl.importClause;
    if (!clause || clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
      reject(decl, 2032, "only named imports are supported: write import { name } from \"./module\"");
    }
  };

  const visitFunction = (fn: ts.FunctionDeclaration | ts.MethodDeclaration) => {
    const mods = ts.getModifiers(fn) ?? [];
    for (const m of mods) {
      if (m.kind === ts.SyntaxKind.AsyncKeyword) reject(m, 2007, "async functions are not supported: a kernel has no event loop");
      else if (m.kind === ts.SyntaxKind.DeclareKeyword) reject(m, 2033, "'declare function' is not supported: tskc compiles every function it calls; write its body");
    }
    if (fn.asteriskToken) reject(fn.asteriskToken, 2008, "generators are not supported: write a loop or keep state in variables");
    if (fn.typeParameters) reject(fn.typeParameters[0], 2034, "generic functions are not supported: write one function per type");
    for (const p of fn.parameters) {
      if (p.dotDotDotToken) reject(p, 2011, "rest parameters are not supported: declare each parameter");
      else if (p.questionToken) reject(p, 2035, "optional parameters are not supported: give the parameter a constant default, e.g. (x: u32 = 0)");
      else if (p.initializer) visitChild(p.initializer); // a default: must be constant (checked in lowering)
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

  /** Which names a type reference may name is decided in lowering, where declarations are known. */
  const visitType = (type: ts.TypeNode): void => {
    if (REJECTED[type.kind]) return visit(type);
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) return type.typeArguments?.forEach(visitType);
    if (ts.isFunctionTypeNode(type)) {
      type.parameters.forEach((p) => p.type && visitType(p.type));
      return visitType(type.type);
    }
    if (ts.isParenthesizedTypeNode(type)) return visitType(type.type);
    const k = type.kind;
    if (k === ts.SyntaxKind.VoidKeyword || k === ts.SyntaxKind.BooleanKeyword || k === ts.SyntaxKind.StringKeyword) return;
    reject(type, 2037, `${describe(type)} is not supported: use an integer type (i8 u8 i16 u16 i32 u32 isize usize), bool, string, a struct, StaticArray<T> or a function type`);
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
    if (ts.isTaggedTemplateExpression(node)) {
      if (node.tag.getText() !== "asm") return reject(node, 2010, "tagged templates are not supported, except asm`…` for inline assembly");
      if (ts.isTemplateExpression(node.template)) node.template.templateSpans.forEach((span) => visitChild(span.expression));
      return;
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
