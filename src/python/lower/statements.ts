// tree-sitter statement nodes -> IR statements.
import type { Alias, BinaryOperator, ClassDef, ExceptHandler, Expr, FunctionDef, Keyword, Span, Stmt, Target, WithItem } from '../ir';
import type { SyntaxNode } from './lite-tree';
import { LowerContext, allChildren, field, pointSpan, spanOf, syntaxChildren } from './context';
import { lowerAnnotation, lowerExpr, lowerParameters } from './expressions';
import { emptyScope } from './scope-stub';
import { lowerTarget, reportInvalidTarget } from './targets';

/** Where a statement sits, for `return`/`break`/`continue` placement checks. */
interface Placement {
  inFunction: boolean;
  inLoop: boolean;
}

const MODULE_LEVEL: Placement = { inFunction: false, inLoop: false };

/** Lowers the statements of a module node or a block node. */
export function lowerBody(ctx: LowerContext, node: SyntaxNode | null, placement: Placement = MODULE_LEVEL): Stmt[] {
  const body: Stmt[] = [];
  if (!node) return body;
  for (const child of syntaxChildren(node)) {
    const stmt = lowerStatement(ctx, child, placement);
    if (stmt) body.push(stmt);
  }
  return body;
}

function lowerStatement(ctx: LowerContext, node: SyntaxNode, placement: Placement): Stmt | null {
  const span = spanOf(node);
  switch (node.type) {
    case 'expression_statement':
      return lowerExpressionStatement(ctx, node);
    case 'if_statement':
      return lowerIf(ctx, node, placement);
    case 'while_statement':
      return {
        kind: 'While', span, test: lowerExpr(ctx, field(node, 'condition')!),
        body: lowerBody(ctx, field(node, 'body'), { ...placement, inLoop: true }),
        orelse: lowerElse(ctx, field(node, 'alternative'), placement),
      };
    case 'for_statement':
      if (startsWithAsync(node)) return unsupported(node, 'async for');
      return {
        kind: 'For', span, target: lowerTarget(ctx, field(node, 'left')!, 'for'), iter: lowerExpr(ctx, field(node, 'right')!),
        body: lowerBody(ctx, field(node, 'body'), { ...placement, inLoop: true }),
        orelse: lowerElse(ctx, field(node, 'alternative'), placement),
      };
    case 'pass_statement':
      return { kind: 'Pass', span };
    case 'break_statement':
      if (!placement.inLoop) ctx.problem('compile', "'break' outside loop", span);
      return { kind: 'Break', span };
    case 'continue_statement':
      if (!placement.inLoop) ctx.problem('compile', "'continue' not properly in loop", span);
      return { kind: 'Continue', span };
    case 'return_statement': {
      if (!placement.inFunction) ctx.problem('compile', "'return' outside function", span);
      const value = syntaxChildren(node)[0];
      return { kind: 'Return', span, value: value ? lowerExpr(ctx, value) : null };
    }
    case 'delete_statement': {
      const operand = syntaxChildren(node)[0];
      const parts = operand.type === 'expression_list' ? syntaxChildren(operand) : [operand];
      return { kind: 'Delete', span, targets: parts.map((p) => lowerTarget(ctx, p, 'del')) };
    }
    case 'global_statement':
      return { kind: 'Global', span, names: syntaxChildren(node).map((n) => ctx.text(n)) };
    case 'nonlocal_statement':
      return { kind: 'Nonlocal', span, names: syntaxChildren(node).map((n) => ctx.text(n)) };
    case 'assert_statement': {
      const [test, msg] = syntaxChildren(node);
      return { kind: 'Assert', span, test: lowerExpr(ctx, test), msg: msg ? lowerExpr(ctx, msg) : null };
    }
    case 'raise_statement': {
      const cause = field(node, 'cause');
      const exc = syntaxChildren(node).find((c) => c.id !== cause?.id);
      if (exc?.type === 'expression_list') ctx.problem('parse', 'invalid syntax', spanOf(syntaxChildren(exc)[1] ?? exc));
      return { kind: 'Raise', span, exc: exc ? lowerExpr(ctx, exc) : null, cause: cause ? lowerExpr(ctx, cause) : null };
    }
    case 'try_statement':
      return lowerTry(ctx, node, placement);
    case 'with_statement':
      return lowerWith(ctx, node, placement);
    case 'import_statement':
      return { kind: 'Import', span, names: node.childrenForFieldName('name').filter(isNode).map((n) => lowerAlias(ctx, n)) };
    case 'import_from_statement':
      return lowerImportFrom(ctx, node);
    case 'future_import_statement':
      return {
        kind: 'ImportFrom', span, module: '__future__', level: 0,
        names: node.childrenForFieldName('name').filter(isNode).map((n) => lowerAlias(ctx, n)),
      };
    case 'function_definition':
      return lowerFunction(ctx, node, [], node);
    case 'class_definition':
      return lowerClass(ctx, node, []);
    case 'decorated_definition': {
      const decorators = syntaxChildren(node)
        .filter((c) => c.type === 'decorator')
        .map((d) => lowerExpr(ctx, syntaxChildren(d)[0]));
      const definition = field(node, 'definition')!;
      return definition.type === 'class_definition'
        ? lowerClass(ctx, definition, decorators)
        : lowerFunction(ctx, definition, decorators, definition);
    }
    case 'print_statement':
    case 'exec_statement': {
      const keyword = node.type === 'print_statement' ? 'print' : 'exec';
      ctx.problem('parse', `Missing parentheses in call to '${keyword}'. Did you mean ${keyword}(...)?`, span);
      return null;
    }
    case 'match_statement':
      return unsupported(node, 'the match statement');
    case 'type_alias_statement':
      ctx.problem('parse', 'invalid syntax', spanOf(field(node, 'left') ?? node));
      return null;
    default:
      // ERROR nodes and anything else tree-sitter could not place: tree-errors.ts reports them
      return null;
  }
}

function isNode(node: SyntaxNode | null): node is SyntaxNode {
  return node !== null;
}

function unsupported(node: SyntaxNode, what: string): Stmt {
  return { kind: 'Unsupported', span: spanOf(node), what };
}

function startsWithAsync(node: SyntaxNode): boolean {
  return node.firstChild?.type === 'async';
}

function lowerExpressionStatement(ctx: LowerContext, node: SyntaxNode): Stmt {
  const span = spanOf(node);
  const children = syntaxChildren(node);
  if (children.length === 1 && children[0].type === 'assignment') return lowerAssignment(ctx, children[0]);
  if (children.length === 1 && children[0].type === 'augmented_assignment') return lowerAugmented(ctx, children[0]);
  if (children.length === 1) return { kind: 'ExprStmt', span, value: lowerExpr(ctx, children[0]) };
  // `a, b` as a statement: a tuple display
  const elts = children.map((c) => lowerExpr(ctx, c));
  return { kind: 'ExprStmt', span, value: { kind: 'Tuple', span, elts } };
}

function lowerAssignment(ctx: LowerContext, node: SyntaxNode): Stmt {
  const span = spanOf(node);
  const annotationNode = field(node, 'type');
  if (annotationNode) {
    const left = field(node, 'left')!;
    const right = field(node, 'right');
    if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
      ctx.problem('parse', `only single target (not ${left.type === 'list_pattern' ? 'list' : 'tuple'}) can be annotated`, spanOf(left));
    }
    return {
      kind: 'AnnAssign', span, target: lowerTarget(ctx, left, 'annotated'),
      annotation: lowerAnnotation(ctx, annotationNode)!, value: right ? lowerValue(ctx, right) : null,
      simple: left.type === 'identifier',
    };
  }
  // `a = b = value` nests to the right in tree-sitter
  const targets: Target[] = [];
  let current = node;
  for (;;) {
    targets.push(lowerTarget(ctx, field(current, 'left')!, 'assign'));
    const right = field(current, 'right')!;
    if (right.type === 'assignment' && !field(right, 'type')) {
      current = right;
      continue;
    }
    if (right.type === 'assignment' || right.type === 'augmented_assignment') {
      ctx.problem('parse', 'invalid syntax', spanOf(right));
      return { kind: 'Assign', span, targets, value: { kind: 'None', span } };
    }
    return { kind: 'Assign', span, targets, value: lowerValue(ctx, right) };
  }
}

function lowerValue(ctx: LowerContext, node: SyntaxNode): Expr {
  return lowerExpr(ctx, node);
}

function lowerAugmented(ctx: LowerContext, node: SyntaxNode): Stmt {
  const opNode = field(node, 'operator')!;
  const left = field(node, 'left')!;
  let target: Target;
  if (left.type === 'identifier' || left.type === 'attribute' || left.type === 'subscript') {
    target = lowerTarget(ctx, left, 'augmented');
  } else if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
    target = lowerTarget(ctx, left, 'augmented');
  } else {
    const expr = lowerExpr(ctx, left);
    reportInvalidTarget(ctx, expr, 'augmented');
    target = { kind: 'NameTarget', span: expr.span, id: '<invalid>' };
  }
  const right = field(node, 'right')!;
  if (right.type === 'assignment' || right.type === 'augmented_assignment') ctx.problem('parse', 'invalid syntax', spanOf(right));
  return {
    kind: 'AugAssign', span: spanOf(node), target, op: opNode.type.slice(0, -1) as BinaryOperator,
    value: lowerValue(ctx, right), opSpan: spanOf(opNode),
  };
}

function lowerIf(ctx: LowerContext, node: SyntaxNode, placement: Placement): Stmt {
  const alternatives = node.childrenForFieldName('alternative').filter(isNode);
  // elif chains become nested Ifs in `orelse`, built from the last clause backwards
  let orelse: Stmt[] = [];
  for (let i = alternatives.length - 1; i >= 0; i--) {
    const clause = alternatives[i];
    if (clause.type === 'else_clause') {
      orelse = lowerBody(ctx, field(clause, 'body'), placement);
    } else {
      const clauseSpan = { ...spanOf(clause), endLine: orelse.length ? lastSpan(orelse).endLine : spanOf(clause).endLine,
        endCol: orelse.length ? lastSpan(orelse).endCol : spanOf(clause).endCol };
      orelse = [{
        kind: 'If', span: clauseSpan, test: lowerExpr(ctx, field(clause, 'condition')!),
        body: lowerBody(ctx, field(clause, 'consequence'), placement), orelse,
      }];
    }
  }
  return {
    kind: 'If', span: spanOf(node), test: lowerExpr(ctx, field(node, 'condition')!),
    body: lowerBody(ctx, field(node, 'consequence'), placement), orelse,
  };
}

function lastSpan(stmts: Stmt[]) {
  return stmts[stmts.length - 1].span;
}

function lowerElse(ctx: LowerContext, clause: SyntaxNode | null, placement: Placement): Stmt[] {
  return clause ? lowerBody(ctx, field(clause, 'body'), placement) : [];
}

function lowerTry(ctx: LowerContext, node: SyntaxNode, placement: Placement): Stmt {
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  for (const clause of syntaxChildren(node)) {
    if (clause.type === 'except_clause') {
      if (allChildren(clause).some((c) => c.type === '*')) return unsupported(node, 'except* (exception groups)');
      handlers.push(lowerHandler(ctx, clause, placement));
    } else if (clause.type === 'else_clause') {
      orelse = lowerBody(ctx, field(clause, 'body'), placement);
    } else if (clause.type === 'finally_clause') {
      finalbody = lowerBody(ctx, syntaxChildren(clause).find((c) => c.type === 'block') ?? null, placement);
    }
  }
  const hasFinally = syntaxChildren(node).some((c) => c.type === 'finally_clause');
  if (handlers.length === 0 && !hasFinally) {
    ctx.problem('parse', "expected 'except' or 'finally' block", nextStatementSpan(ctx.source, node.endIndex, spanOf(node)));
  }
  return { kind: 'Try', span: spanOf(node), body: lowerBody(ctx, field(node, 'body'), placement), handlers, orelse, finalbody };
}

/** Where the statement after `index` starts (skipping blank and comment lines); `fallback`'s end at EOF. */
function nextStatementSpan(source: string, index: number, fallback: Span): Span {
  let line = fallback.endLine;
  let col = fallback.endCol;
  let inComment = false;
  for (let i = index; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') { line++; col = 0; inComment = false; continue; }
    if (!inComment && ch === '#') inComment = true;
    if (!inComment && ch !== ' ' && ch !== '\t' && ch !== '\r') return pointSpan(line, col, 0);
    col++;
  }
  return pointSpan(fallback.endLine, fallback.endCol, 0);
}

function lowerHandler(ctx: LowerContext, clause: SyntaxNode, placement: Placement): ExceptHandler {
  const values = clause.childrenForFieldName('value').filter(isNode).filter((v) => v.isNamed);
  let typeNode: SyntaxNode | null = values[0] ?? null;
  let aliasNode: SyntaxNode | null = field(clause, 'alias');
  if (typeNode?.type === 'as_pattern') {
    aliasNode = field(typeNode, 'alias');
    typeNode = syntaxChildren(typeNode)[0];
  }
  if (values.length > 1) ctx.problem('parse', 'multiple exception types must be parenthesized', spanOf(values[0]));
  if (aliasNode?.type === 'as_pattern_target') aliasNode = syntaxChildren(aliasNode)[0] ?? null;
  if (aliasNode && aliasNode.type !== 'identifier') ctx.problem('parse', 'invalid syntax', spanOf(aliasNode));
  return {
    span: spanOf(clause),
    type: typeNode ? lowerExpr(ctx, typeNode) : null,
    name: aliasNode ? ctx.text(aliasNode) : null,
    nameSpan: aliasNode ? spanOf(aliasNode) : null,
    body: lowerBody(ctx, syntaxChildren(clause).find((c) => c.type === 'block') ?? null, placement),
  };
}

function lowerWith(ctx: LowerContext, node: SyntaxNode, placement: Placement): Stmt {
  if (startsWithAsync(node)) return unsupported(node, 'async with');
  const clause = syntaxChildren(node).find((c) => c.type === 'with_clause');
  const items: WithItem[] = [];
  for (const item of clause ? syntaxChildren(clause) : []) {
    if (item.type !== 'with_item') continue;
    const value = field(item, 'value')!;
    if (value.type === 'as_pattern') {
      const alias = field(value, 'alias');
      items.push({
        span: spanOf(item), contextExpr: lowerExpr(ctx, syntaxChildren(value)[0]),
        optionalVars: alias ? lowerTarget(ctx, alias, 'with') : null,
      });
    } else {
      items.push({ span: spanOf(item), contextExpr: lowerExpr(ctx, value), optionalVars: null });
    }
  }
  return { kind: 'With', span: spanOf(node), items, body: lowerBody(ctx, field(node, 'body'), placement) };
}

function lowerAlias(ctx: LowerContext, node: SyntaxNode): Alias {
  if (node.type === 'aliased_import') {
    return { span: spanOf(node), name: dottedName(ctx, field(node, 'name')!), asname: ctx.text(field(node, 'alias')!) };
  }
  return { span: spanOf(node), name: dottedName(ctx, node), asname: null };
}

function dottedName(ctx: LowerContext, node: SyntaxNode): string {
  return syntaxChildren(node).map((part) => ctx.text(part)).join('.');
}

function lowerImportFrom(ctx: LowerContext, node: SyntaxNode): Stmt {
  const moduleNode = field(node, 'module_name')!;
  let module: string | null;
  let level = 0;
  if (moduleNode.type === 'relative_import') {
    const prefix = syntaxChildren(moduleNode).find((c) => c.type === 'import_prefix');
    level = prefix ? ctx.text(prefix).replace(/\s/g, '').length : 0;
    const dotted = syntaxChildren(moduleNode).find((c) => c.type === 'dotted_name');
    module = dotted ? dottedName(ctx, dotted) : null;
  } else {
    module = dottedName(ctx, moduleNode);
  }
  const wildcard = syntaxChildren(node).find((c) => c.type === 'wildcard_import');
  const names = wildcard
    ? [{ span: spanOf(wildcard), name: '*', asname: null }]
    : node.childrenForFieldName('name').filter(isNode).map((n) => lowerAlias(ctx, n));
  return { kind: 'ImportFrom', span: spanOf(node), module, names, level };
}

function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  return first?.kind === 'ExprStmt' && first.value.kind === 'Str' ? first.value.value : null;
}

function lowerFunction(ctx: LowerContext, node: SyntaxNode, decorators: Expr[], defNode: SyntaxNode): Stmt {
  if (startsWithAsync(defNode)) return unsupported(defNode, 'async def');
  const typeParameters = field(node, 'type_parameters');
  if (typeParameters) ctx.problem('parse', 'invalid syntax', spanOf(typeParameters));
  const nameNode = field(node, 'name')!;
  const body = lowerBody(ctx, field(node, 'body'), { inFunction: true, inLoop: false });
  const fn: FunctionDef = {
    kind: 'FunctionDef', span: spanOf(node), name: ctx.text(nameNode), nameSpan: spanOf(nameNode),
    params: lowerParameters(ctx, field(node, 'parameters')!), body, decorators,
    returns: lowerAnnotation(ctx, field(node, 'return_type')), docstring: docstringOf(body), scope: emptyScope('function'),
  };
  return fn;
}

function lowerClass(ctx: LowerContext, node: SyntaxNode, decorators: Expr[]): Stmt {
  const nameNode = field(node, 'name')!;
  const typeParameters = field(node, 'type_parameters');
  if (typeParameters) ctx.problem('parse', 'invalid syntax', spanOf(typeParameters));
  const bases: Expr[] = [];
  const keywords: Keyword[] = [];
  const superclasses = field(node, 'superclasses');
  for (const part of superclasses ? syntaxChildren(superclasses) : []) {
    if (part.type === 'keyword_argument') {
      keywords.push({ span: spanOf(part), name: ctx.text(field(part, 'name')!), value: lowerExpr(ctx, field(part, 'value')!) });
      continue;
    }
    if (part.type === 'dictionary_splat') {
      keywords.push({ span: spanOf(part), name: null, value: lowerExpr(ctx, syntaxChildren(part)[0]) });
      continue;
    }
    bases.push(part.type === 'list_splat'
      ? { kind: 'Starred', span: spanOf(part), value: lowerExpr(ctx, syntaxChildren(part)[0]) }
      : lowerExpr(ctx, part));
  }
  const body = lowerBody(ctx, field(node, 'body'), { inFunction: false, inLoop: false });
  const cls: ClassDef = {
    kind: 'ClassDef', span: spanOf(node), name: ctx.text(nameNode), nameSpan: spanOf(nameNode), bases, keywords,
    body, decorators, docstring: docstringOf(body), scope: emptyScope('class'),
  };
  return cls;
}

