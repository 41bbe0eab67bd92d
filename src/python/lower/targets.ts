// Assignment, for, with, comprehension and del targets, with CPython's messages for invalid ones.
import type { Expr, Target } from '../ir';
import type { SyntaxNode } from './lite-tree';
import { LowerContext, field, spanOf, syntaxChildren } from './context';
import { lowerExpr } from './expressions';

/** Where a target appears; decides CPython's wording when it is not assignable. */
export type TargetContext = 'assign' | 'annotated' | 'augmented' | 'for' | 'comprehension' | 'with' | 'del';

export function lowerTarget(ctx: LowerContext, node: SyntaxNode, where: TargetContext, nested = false): Target {
  const span = spanOf(node);
  switch (node.type) {
    case 'identifier':
      return { kind: 'NameTarget', span, id: ctx.text(node) };
    case 'attribute': {
      const attr = field(node, 'attribute')!;
      return { kind: 'AttributeTarget', span, value: lowerExpr(ctx, field(node, 'object')!), attr: ctx.text(attr), attrSpan: spanOf(attr) };
    }
    case 'subscript': {
      const subscript = lowerExpr(ctx, node);
      if (subscript.kind !== 'Subscript') return invalidTarget(ctx, subscript, where);
      return { kind: 'SubscriptTarget', span, value: subscript.value, index: subscript.index };
    }
    case 'as_pattern_target':
    case 'parenthesized_expression': {
      const inner = syntaxChildren(node)[0];
      return inner ? lowerTarget(ctx, inner, where, nested) : invalidTarget(ctx, lowerExpr(ctx, node), where);
    }
    case 'tuple_pattern':
    case 'tuple': {
      const elements = syntaxChildren(node);
      // `(a) = 1` parses as a one-element tuple_pattern without a comma
      const hasComma = node.children.some((c) => c?.type === ',');
      if (elements.length === 1 && !hasComma) return lowerTarget(ctx, elements[0], where, nested);
      return sequenceTarget(ctx, node, elements, 'paren', where);
    }
    case 'pattern_list':
    case 'expression_list':
      return sequenceTarget(ctx, node, syntaxChildren(node), 'none', where);
    case 'list_pattern':
    case 'list':
      return sequenceTarget(ctx, node, syntaxChildren(node), 'square', where);
    case 'list_splat_pattern':
    case 'list_splat': {
      if (!nested) {
        ctx.problem('compile', where === 'del' ? 'cannot delete starred' : 'starred assignment target must be in a list or tuple', span);
      }
      return { kind: 'StarredTarget', span, value: lowerTarget(ctx, syntaxChildren(node)[0], where, true) };
    }
    default:
      return invalidTarget(ctx, lowerExpr(ctx, node), where);
  }
}

function sequenceTarget(
  ctx: LowerContext, node: SyntaxNode, elements: SyntaxNode[], brackets: 'none' | 'paren' | 'square', where: TargetContext,
): Target {
  const span = spanOf(node);
  if (where === 'augmented') {
    ctx.problem('parse', `'${brackets === 'square' ? 'list' : 'tuple'}' is an illegal expression for augmented assignment`, span);
  }
  const elts = elements.map((e) => lowerTarget(ctx, e, where, true));
  if (where !== 'del' && elts.filter((e) => e.kind === 'StarredTarget').length > 1) {
    ctx.problem('compile', 'multiple starred expressions in assignment', span);
  }
  return { kind: 'SequenceTarget', span, elts, brackets };
}

/** Records CPython's error for a non-assignable expression and returns a placeholder target. */
function invalidTarget(ctx: LowerContext, expr: Expr, where: TargetContext): Target {
  reportInvalidTarget(ctx, expr, where);
  return { kind: 'NameTarget', span: expr.span, id: '<invalid>' };
}

export function reportInvalidTarget(ctx: LowerContext, expr: Expr, where: TargetContext): void {
  if (expr.kind === 'Unsupported' && expr.what === 'invalid syntax') return; // already reported
  const what = describeExpr(expr);
  const constant = what === 'True' || what === 'False' || what === 'None' || what === '__debug__';
  let message: string;
  if (where === 'del') message = `cannot delete ${what}`;
  else if (where === 'augmented') message = `'${what}' is an illegal expression for augmented assignment`;
  else if (where === 'annotated') message = `illegal target for annotation`;
  else if (where === 'assign' && !constant) message = `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`;
  else message = `cannot assign to ${what}`;
  ctx.problem('parse', message, expr.span);
}

/** CPython's name for an expression kind in error messages (_PyPegen_get_expr_name). */
export function describeExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'Call': return 'function call';
    case 'Int': case 'Float': case 'Str': return 'literal';
    case 'Bool': return expr.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'ellipsis';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'FString': return 'f-string expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Tuple': return 'tuple';
    case 'List': return 'list';
    case 'Starred': return 'starred';
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Slice': return 'slice';
    case 'Name': return expr.id === '__debug__' ? '__debug__' : 'name';
    case 'Unsupported': return expr.what === 'await' ? 'await expression' : 'expression';
  }
}
