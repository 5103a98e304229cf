// Statements to IR: variables, control flow and returns, one block graph per
// function. In: a subset-checked function body. Out: blocks in the function
// context. Loops are laid out test-after-body-header style, so that each
// construct's blocks appear in source order:
//
//   while (c) body          for (init; c; step) body
//   @head: br c, @body, @exit    init; @head: br c, @body, @exit
//   @body: body; jmp @head       @body: body; jmp @step
//   @exit:                       @step: step; jmp @head
//                                @exit:

import ts from "typescript";
import { type Block, imm, type Value } from "../ir/ir.js";
import { type IntType, type TskType, typeName } from "../frontend/types.js";
import { type FunctionContext, lowerAll, sourceLocOf } from "./context.js";
import { fitConstant } from "./constants.js";
import { coerce, constantOf, lowerCondition, lowerExpr, lowerExprAs } from "./expressions.js";
import { arrayLength, elementAt, readPlaceOrView } from "./places.js";

/** A switch gets a jump table when it has this many cases and they fill a third of their range. */
const JUMP_TABLE_MIN_CASES = 4;

export function lowerStatement(ctx: FunctionContext, stmt: ts.Statement, label?: string): void {
  ctx.loc = sourceLocOf(stmt, ctx.module.env.root);
  if (ts.isBlock(stmt)) return lowerAll(stmt.statements.map((s) => () => lowerStatement(ctx, s)));
  if (ts.isExpressionStatement(stmt)) return void lowerExpr(ctx, stmt.expression);
  if (ts.isVariableStatement(stmt)) return lowerAll(stmt.declarationList.declarations.map((d) => () => lowerVariable(ctx, d)));
  if (ts.isIfStatement(stmt)) return lowerIf(ctx, stmt);
  if (ts.isWhileStatement(stmt)) return lowerLoop(ctx, label, stmt.expression, undefined, stmt.statement, false);
  if (ts.isDoStatement(stmt)) return lowerLoop(ctx, label, stmt.expression, undefined, stmt.statement, true);
  if (ts.isForStatement(stmt)) return lowerFor(ctx, stmt, label);
  if (ts.isForOfStatement(stmt)) return lowerForOf(ctx, stmt, label);
  if (ts.isSwitchStatement(stmt)) return lowerSwitch(ctx, stmt, label);
  if (ts.isReturnStatement(stmt)) return lowerReturn(ctx, stmt);
  if (ts.isBreakStatement(stmt) || ts.isContinueStatement(stmt)) return lowerJump(ctx, stmt);
  if (ts.isLabeledStatement(stmt)) return lowerLabeled(ctx, stmt);
  if (ts.isEmptyStatement(stmt)) return;
  ctx.module.error(stmt, 2099, "this statement is not supported by tskc");
}

function lowerVariable(ctx: FunctionContext, decl: ts.VariableDeclaration): void {
  try {
    declareVariable(ctx, decl);
  } catch (e) {
    ctx.module.failed.add(decl); // later uses of it report nothing more
    throw e;
  }
}

function declareVariable(ctx: FunctionContext, decl: ts.VariableDeclaration): void {
  const annotated = decl.type ? ctx.module.typeOf(decl.type) : undefined;
  if (!decl.initializer) {
    if (!annotated) ctx.module.error(decl, 3013, `'${decl.name.getText()}' needs a type annotation or an initializer`);
    ctx.declareLocal(decl, annotated!);
    return;
  }
  const value = lowerExpr(ctx, decl.initializer, annotated);
  const type: TskType = annotated ?? value.type;
  if (type.kind === "void") ctx.module.error(decl, 3006, `'${decl.name.getText()}' cannot hold the result of a function returning void`);
  const src = coerce(ctx, decl.initializer, value, type);
  const dst = ctx.declareLocal(decl, type);
  ctx.emit({ op: "copy", dst, src });
}

function lowerIf(ctx: FunctionContext, stmt: ts.IfStatement): void {
  const then = ctx.newBlock();
  const otherwise = stmt.elseStatement ? ctx.newBlock() : undefined;
  const join = ctx.newBlock();
  lowerAll([
    () => lowerCondition(ctx, stmt.expression, then, otherwise ?? join),
    () => {
      ctx.setBlock(then);
      lowerStatement(ctx, stmt.thenStatement);
      ctx.jumpTo(join);
    },
    () => {
      if (!otherwise) return;
      ctx.setBlock(otherwise);
      lowerStatement(ctx, stmt.elseStatement!);
      ctx.jumpTo(join);
    },
  ]);
}

/** while / do-while / for share one shape; `step` is the for-loop's incrementor. */
function lowerLoop(ctx: FunctionContext, label: string | undefined, cond: ts.Expression | undefined, step: ts.Expression | undefined, body: ts.Statement, testAfter: boolean): void {
  const loc = ctx.loc;
  const head = ctx.newBlock();
  const bodyBlock = ctx.newBlock();
  const stepBlock = step ? ctx.newBlock() : head;
  const exit = ctx.newBlock();
  ctx.jumpTo(testAfter ? bodyBlock : head);
  ctx.setBlock(head);
  lowerAll([
    () => (cond ? lowerCondition(ctx, cond, bodyBlock, exit) : ctx.jumpTo(bodyBlock)),
    () => {
      ctx.setBlock(bodyBlock);
      ctx.pushLoop({ label, breakTo: exit, continueTo: stepBlock });
      try {
        lowerStatement(ctx, body);
      } finally {
        ctx.popLoop();
      }
      ctx.loc = loc;
      ctx.jumpTo(stepBlock);
    },
    () => {
      if (!step) return;
      lowerExpr(ctx, step);
      ctx.jumpTo(head);
    },
  ]);
  ctx.setBlock(exit);
}

function lowerFor(ctx: FunctionContext, stmt: ts.ForStatement, label?: string): void {
  const init = stmt.initializer;
  if (init) {
    lowerAll([
      () => (ts.isVariableDeclarationList(init) ? lowerAll(init.declarations.map((d) => () => lowerVariable(ctx, d))) : void lowerExpr(ctx, init)),
      () => lowerLoop(ctx, label, stmt.condition, stmt.incrementor, stmt.statement, false),
    ]);
    return;
  }
  lowerLoop(ctx, label, stmt.condition, stmt.incrementor, stmt.statement, false);
}

/** `for (const x of array)`: an index from 0 to length - 1; the accesses need no check. */
function lowerForOf(ctx: FunctionContext, stmt: ts.ForOfStatement, label?: string): void {
  const list = stmt.initializer;
  const decl = ts.isVariableDeclarationList(list) && list.declarations.length === 1 ? list.declarations[0] : undefined;
  if (!decl || !ts.isIdentifier(decl.name)) return ctx.module.error(list, 2012, "write for (const item of array) with one variable");
  // The loop walks the array it started with, even if the body assigns the variable.
  const array = ctx.evaluateBefore([stmt.statement], () => lowerExpr(ctx, stmt.expression));
  if (array.type.kind !== "array") return ctx.module.error(stmt.expression, 2009, `for...of walks a StaticArray, not ${typeName(array.type)}`);
  const loc = ctx.loc;
  const index = ctx.newTemp();
  const length = arrayLength(ctx, array);
  ctx.emit({ op: "copy", dst: index, src: imm(0) });
  const [head, body, step, exit] = [ctx.newBlock(), ctx.newBlock(), ctx.newBlock(), ctx.newBlock()];
  ctx.jumpTo(head);
  const more = ctx.newTemp();
  ctx.emit({ op: "cmp", dst: more, cond: "ult", a: index, b: length });
  ctx.terminate({ op: "br", cond: more, then: body, else: exit });
  ctx.setBlock(body);
  const item = readPlaceOrView(ctx, elementAt(ctx, array, index));
  ctx.emit({ op: "copy", dst: ctx.declareLocal(decl, item.type), src: item.value });
  ctx.pushLoop({ label, breakTo: exit, continueTo: step });
  lowerStatement(ctx, stmt.statement);
  ctx.popLoop();
  ctx.loc = loc;
  ctx.jumpTo(step);
  ctx.emit({ op: "add", dst: index, a: index, b: imm(1) });
  ctx.jumpTo(head);
  ctx.setBlock(exit);
}

/** Case bodies in source order, each falling through to the next unless it breaks. The
 * dispatch is a jump table when the case values are dense, else a chain of compares. */
function lowerSwitch(ctx: FunctionContext, stmt: ts.SwitchStatement, label?: string): void {
  const value = lowerExpr(ctx, stmt.expression);
  if (value.type.kind !== "int") return ctx.module.error(stmt.expression, 3006, `switch needs an integer (or enum) value, found ${typeName(value.type)}`);
  const type = value.type;
  const clauses = stmt.caseBlock.clauses;
  const bodies = clauses.map(() => ctx.newBlock());
  const exit = ctx.newBlock();
  const fallback = bodies[clauses.findIndex((c) => ts.isDefaultClause(c))] ?? exit;
  const cases = caseValues(ctx, clauses, type, bodies);
  const values = [...cases.keys()];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  if (cases.size >= JUMP_TABLE_MIN_CASES && high - low + 1 <= 3 * cases.size) {
    const targets = Array.from({ length: high - low + 1 }, (_, k) => cases.get(low + k) ?? fallback);
    ctx.terminate({ op: "switch", value: value.value, low, targets, default: fallback });
  } else {
    dispatchByCompares(ctx, value.value, cases, fallback);
  }
  lowerAll(clauses.map((clause, k) => () => {
    ctx.setBlock(bodies[k]);
    ctx.pushLoop({ label, breakTo: exit, isSwitch: true });
    try {
      lowerAll(clause.statements.map((s) => () => lowerStatement(ctx, s)));
    } finally {
      ctx.popLoop();
    }
    ctx.jumpTo(bodies[k + 1] ?? exit);
  }));
  ctx.setBlock(exit);
}

function caseValues(ctx: FunctionContext, clauses: readonly ts.CaseOrDefaultClause[], type: IntType, bodies: Block[]): Map<number, Block> {
  const cases = new Map<number, Block>();
  clauses.forEach((clause, k) => {
    if (!ts.isCaseClause(clause)) return;
    const c = constantOf(ctx, clause.expression);
    if (c?.kind !== "int") return ctx.module.error(clause.expression, 3028, "case values must be integer constants (literals, consts or enum members)");
    const v = fitConstant(ctx.module, clause.expression, c, type);
    if (cases.has(v)) ctx.module.error(clause.expression, 3029, `case ${v} appears twice`);
    cases.set(v, bodies[k]);
  });
  return cases;
}

function dispatchByCompares(ctx: FunctionContext, value: Value, cases: Map<number, Block>, fallback: Block): void {
  for (const [v, target] of cases) {
    const next = ctx.newBlock();
    const equal = ctx.newTemp();
    ctx.emit({ op: "cmp", dst: equal, cond: "eq", a: value, b: imm(v) });
    ctx.terminate({ op: "br", cond: equal, then: target, else: next });
    ctx.setBlock(next);
  }
  ctx.jumpTo(fallback);
}

function lowerLabeled(ctx: FunctionContext, stmt: ts.LabeledStatement): void {
  const inner = stmt.statement;
  if (ts.isWhileStatement(inner) || ts.isDoStatement(inner) || ts.isForStatement(inner) || ts.isForOfStatement(inner) || ts.isSwitchStatement(inner)) {
    return lowerStatement(ctx, inner, stmt.label.text);
  }
  const exit = ctx.newBlock();
  ctx.pushLoop({ label: stmt.label.text, breakTo: exit });
  lowerStatement(ctx, inner);
  ctx.popLoop();
  ctx.jumpTo(exit);
}

function lowerJump(ctx: FunctionContext, stmt: ts.BreakStatement | ts.ContinueStatement): void {
  const isBreak = ts.isBreakStatement(stmt);
  const target = ctx.loopFor(stmt.label, !isBreak);
  const block: Block | undefined = isBreak ? target?.breakTo : target?.continueTo;
  if (!block) ctx.module.error(stmt, 2046, `'${isBreak ? "break" : "continue"}' has no enclosing loop to leave`);
  ctx.terminate({ op: "jmp", target: block! });
}

function lowerReturn(ctx: FunctionContext, stmt: ts.ReturnStatement): void {
  const ret = ctx.sig.ret;
  if (!stmt.expression) {
    if (ret.kind !== "void") ctx.module.error(stmt, 3035, `this function returns ${typeName(ret)}: 'return' needs a value`);
    return ctx.terminate({ op: "ret" });
  }
  if (ret.kind === "void") {
    lowerExpr(ctx, stmt.expression);
    return ctx.terminate({ op: "ret" });
  }
  ctx.terminate({ op: "ret", value: lowerExprAs(ctx, stmt.expression, ret) });
}
