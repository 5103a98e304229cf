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
import type { Block } from "../ir/ir.js";
import type { TskType } from "../frontend/types.js";
import { type FunctionContext, sourceLocOf } from "./context.js";
import { coerce, lowerCondition, lowerExpr, lowerExprAs } from "./expressions.js";

export function lowerStatement(ctx: FunctionContext, stmt: ts.Statement, label?: string): void {
  ctx.loc = sourceLocOf(stmt);
  if (ts.isBlock(stmt)) return stmt.statements.forEach((s) => lowerStatement(ctx, s));
  if (ts.isExpressionStatement(stmt)) return void lowerExpr(ctx, stmt.expression);
  if (ts.isVariableStatement(stmt)) return stmt.declarationList.declarations.forEach((d) => lowerVariable(ctx, d));
  if (ts.isIfStatement(stmt)) return lowerIf(ctx, stmt);
  if (ts.isWhileStatement(stmt)) return lowerLoop(ctx, label, stmt.expression, undefined, stmt.statement, false);
  if (ts.isDoStatement(stmt)) return lowerLoop(ctx, label, stmt.expression, undefined, stmt.statement, true);
  if (ts.isForStatement(stmt)) return lowerFor(ctx, stmt, label);
  if (ts.isReturnStatement(stmt)) return lowerReturn(ctx, stmt);
  if (ts.isBreakStatement(stmt) || ts.isContinueStatement(stmt)) return lowerJump(ctx, stmt);
  if (ts.isLabeledStatement(stmt)) return lowerLabeled(ctx, stmt);
  if (ts.isEmptyStatement(stmt)) return;
  ctx.module.error(stmt, 2099, "this statement is not supported by tskc");
}

function lowerVariable(ctx: FunctionContext, decl: ts.VariableDeclaration): void {
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
  lowerCondition(ctx, stmt.expression, then, otherwise ?? join);
  ctx.setBlock(then);
  lowerStatement(ctx, stmt.thenStatement);
  ctx.jumpTo(join);
  if (otherwise) {
    ctx.setBlock(otherwise);
    lowerStatement(ctx, stmt.elseStatement!);
    ctx.jumpTo(join);
  }
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
  if (cond) lowerCondition(ctx, cond, bodyBlock, exit);
  else ctx.jumpTo(bodyBlock);
  ctx.setBlock(bodyBlock);
  ctx.pushLoop({ label, breakTo: exit, continueTo: stepBlock });
  lowerStatement(ctx, body);
  ctx.popLoop();
  ctx.loc = loc;
  ctx.jumpTo(stepBlock);
  if (step) {
    lowerExpr(ctx, step);
    ctx.jumpTo(head);
  }
  ctx.setBlock(exit);
}

function lowerFor(ctx: FunctionContext, stmt: ts.ForStatement, label?: string): void {
  const init = stmt.initializer;
  if (init) {
    if (ts.isVariableDeclarationList(init)) init.declarations.forEach((d) => lowerVariable(ctx, d));
    else lowerExpr(ctx, init);
  }
  lowerLoop(ctx, label, stmt.condition, stmt.incrementor, stmt.statement, false);
}

function lowerLabeled(ctx: FunctionContext, stmt: ts.LabeledStatement): void {
  const inner = stmt.statement;
  if (ts.isWhileStatement(inner) || ts.isDoStatement(inner) || ts.isForStatement(inner)) {
    return lowerStatement(ctx, inner, stmt.label.text);
  }
  const exit = ctx.newBlock();
  ctx.pushLoop({ label: stmt.label.text, breakTo: exit });
  lowerStatement(ctx, inner);
  ctx.popLoop();
  ctx.jumpTo(exit);
}

function lowerJump(ctx: FunctionContext, stmt: ts.BreakStatement | ts.ContinueStatement): void {
  const target = ctx.loopFor(stmt.label);
  const isBreak = ts.isBreakStatement(stmt);
  const block: Block | undefined = isBreak ? target?.breakTo : target?.continueTo;
  if (!block) ctx.module.error(stmt, 2046, `'${isBreak ? "break" : "continue"}' has no enclosing loop to leave`);
  ctx.terminate({ op: "jmp", target: block! });
}

function lowerReturn(ctx: FunctionContext, stmt: ts.ReturnStatement): void {
  const ret = ctx.sig.ret;
  if (!stmt.expression) return ctx.terminate({ op: "ret" });
  if (ret.kind === "void") {
    lowerExpr(ctx, stmt.expression);
    return ctx.terminate({ op: "ret" });
  }
  ctx.terminate({ op: "ret", value: lowerExprAs(ctx, stmt.expression, ret) });
}
