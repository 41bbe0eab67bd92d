// The first place where tree-sitter could not parse, turned into CPython's message and location.
// tree-sitter wraps what it could not place in ERROR nodes (or inserts MISSING tokens); CPython
// reports the first token its parser cannot accept, sometimes with a specific message. The
// patterns below cover the common shapes; anything else is "invalid syntax" at the best guess.
import type { Span } from '../ir';
import type { SyntaxNode } from './lite-tree';
import { LowerContext, pointSpan, spanOf } from './context';
import { lowerExpr } from './expressions';
import { reportInvalidTarget } from './targets';

export interface TreeError {
  message: string;
  span: Span;
  /** True when the message is the generic "invalid syntax" guess (a specific message elsewhere on
   *  the same line is then preferred). */
  generic: boolean;
}

const EXPRESSION_TYPES = new Set([
  'identifier', 'integer', 'float', 'string', 'concatenated_string', 'true', 'false', 'none', 'call', 'attribute',
  'subscript', 'binary_operator', 'unary_operator', 'comparison_operator', 'boolean_operator', 'not_operator',
  'parenthesized_expression', 'list', 'tuple', 'dictionary', 'set', 'list_comprehension', 'dictionary_comprehension',
  'set_comprehension', 'generator_expression', 'conditional_expression', 'lambda', 'ellipsis', 'await',
]);

const ASSIGNABLE = new Set(['Name', 'Attribute', 'Subscript', 'Tuple', 'List', 'Starred']);

/** Finds the first ERROR or MISSING node in document order. */
export function firstErrorNode(node: SyntaxNode): SyntaxNode | null {
  if (node.isMissing || node.type === 'ERROR') return node;
  if (!node.hasError) return null;
  for (const child of node.children) {
    const found = child ? firstErrorNode(child) : null;
    if (found) return found;
  }
  return null;
}

export function describeTreeError(ctx: LowerContext, root: SyntaxNode): TreeError | null {
  const node = firstErrorNode(root);
  if (!node) return null;
  if (node.isMissing) {
    const at = spanOf(node);
    if (node.type === ':') return { message: "expected ':'", span: pointSpan(at.line, at.col, 0), generic: false };
    return { message: 'invalid syntax', span: pointSpan(at.line, at.col, 0), generic: true };
  }
  return describeErrorNode(ctx, node);
}

function describeErrorNode(ctx: LowerContext, node: SyntaxNode): TreeError {
  const children = node.children.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
  const parent = node.parent;
  const first = children[0];
  const last = children[children.length - 1];
  const span = spanOf(node);

  // `f() = 1`, `1 = x`, `True = 1`: an expression then `=` that tree-sitter could not make an assignment of
  if (children.length === 2 && EXPRESSION_TYPES.has(first.type) && last.type === '=') {
    const probe = new LowerContext(ctx.source);
    const target = lowerExpr(probe, first);
    if (!ASSIGNABLE.has(target.kind)) {
      reportInvalidTarget(probe, target, 'assign');
      const problem = probe.problems[0];
      if (problem) return { message: problem.message, span: problem.span, generic: false };
    }
  }
  // `for 1 in x:`
  if (first?.type === 'for' && children[1] && EXPRESSION_TYPES.has(children[1].type) && children[2]?.type === 'in') {
    const probe = new LowerContext(ctx.source);
    const target = lowerExpr(probe, children[1]);
    if (!ASSIGNABLE.has(target.kind)) {
      reportInvalidTarget(probe, target, 'for');
      const problem = probe.problems[0];
      if (problem) return { message: problem.message, span: problem.span, generic: false };
    }
  }
  // `if x = 1:` -> the ERROR holds `= 1` after the condition
  if (first?.type === '=' && parent && /^(if_statement|elif_clause|while_statement)$/.test(parent.type)) {
    const condition = node.previousNamedSibling;
    const at = condition ? spanOf(condition) : span;
    return { message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span: at, generic: false };
  }
  // `{1: 2, 3}`
  if (parent?.type === 'dictionary' && children.length === 1 && EXPRESSION_TYPES.has(first.type)) {
    return { message: "':' expected after dictionary key", span: pointSpan(span.line, span.col, 0), generic: false };
  }
  // `f(a b)`, `[a b]`: two expressions side by side inside brackets
  if (parent && /^(argument_list|list|tuple|set|parenthesized_expression)$/.test(parent.type) &&
    children.length === 1 && EXPRESSION_TYPES.has(first.type)) {
    const before = node.previousNamedSibling;
    const at = before ?? node;
    return { message: 'invalid syntax. Perhaps you forgot a comma?', span: spanOf(at), generic: false };
  }
  // `x = 1 if y` without else
  const ifIndex = children.findIndex((c) => c.type === 'if');
  if (ifIndex > 0 && EXPRESSION_TYPES.has(children[ifIndex - 1].type) && !children.some((c) => c.type === 'else') &&
    children[ifIndex + 1] && EXPRESSION_TYPES.has(children[ifIndex + 1].type)) {
    return { message: "expected 'else' after 'if' expression", span: spanOf(children[ifIndex - 1]), generic: false };
  }
  // an f-string whose replacement field is never closed
  if (children.some((c) => c.type === 'string_start' && /^[a-zA-Z]*[fF][a-zA-Z]*['"]/.test(ctx.text(c))) &&
    children.some((c) => c.type === '{')) {
    return { message: "f-string: expecting '}'", span: pointSpan(span.endLine, span.endCol, 0), generic: false };
  }
  // a nested ERROR after complete statements: the inner one is where parsing stopped
  const innerError = children.find((c) => c.type === 'ERROR');
  if (innerError && children.indexOf(innerError) > 0 && innerError.children.length > 0) {
    return describeErrorNode(ctx, innerError);
  }
  // complete expressions followed by something unexpected: the next token is the culprit
  if (children.length > 0 && children.every((c) => c.isNamed && EXPRESSION_TYPES.has(c.type) && !c.hasError)) {
    return { message: 'invalid syntax', span: nextTokenSpan(ctx.source, node.endIndex, span), generic: true };
  }
  // a dangling operator at the end of a line (`x = 1 +`)
  if (last && !last.isNamed && /^[-+*/%@&|^<>=!~.,]+$|^(and|or|not|in|is)$/.test(last.type) &&
    restOfLineIsBlank(ctx.source, node.endIndex)) {
    return { message: 'invalid syntax', span: pointSpan(span.endLine, span.endCol, 0), generic: true };
  }
  return { message: 'invalid syntax', span: pointSpan(span.line, span.col, 0), generic: true };
}

function restOfLineIsBlank(source: string, index: number): boolean {
  for (let i = index; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r' || ch === '#') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\\') return false;
  }
  return true;
}

/** The position of the first non-blank character at or after `index` on the same line; the end
 *  of the node when the line ends first. */
function nextTokenSpan(source: string, index: number, fallback: Span): Span {
  let col = fallback.endCol;
  for (let i = index; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r') break;
    if (ch !== ' ' && ch !== '\t') return pointSpan(fallback.endLine, col, 0);
    col++;
  }
  return pointSpan(fallback.endLine, fallback.endCol, 0);
}
