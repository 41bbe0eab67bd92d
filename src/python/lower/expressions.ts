// tree-sitter expression nodes -> IR expressions.
import type {
  Arg, BinaryOperator, CompareOperator, Comprehension, DictItem, Expr, Param, Parameters,
} from '../ir';
import type { SyntaxNode } from './lite-tree';
import { LowerContext, allChildren, field, spanBetween, spanOf, syntaxChildren } from './context';
import { floatValue, intValue } from './literals';
import { emptyScope } from './scope-stub';
import { lowerString } from './strings';
import { lowerTarget } from './targets';

const BINARY_OPERATORS = new Set<string>(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^']);
const COMPARE_OPERATORS = new Set<string>(['<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is', 'is not']);

export function lowerExpr(ctx: LowerContext, node: SyntaxNode): Expr {
  const span = spanOf(node);
  switch (node.type) {
    case 'identifier':
      return { kind: 'Name', span, id: ctx.text(node) };
    case 'integer': {
      const text = ctx.text(node);
      if (/[jJ]$/.test(text)) return { kind: 'Unsupported', span, what: 'complex numbers' };
      return { kind: 'Int', span, value: intValue(text) };
    }
    case 'float': {
      const text = ctx.text(node);
      if (/[jJ]$/.test(text)) return { kind: 'Unsupported', span, what: 'complex numbers' };
      return { kind: 'Float', span, value: floatValue(text) };
    }
    case 'true':
      return { kind: 'Bool', span, value: true };
    case 'false':
      return { kind: 'Bool', span, value: false };
    case 'none':
      return { kind: 'None', span };
    case 'ellipsis':
      return { kind: 'Ellipsis', span };
    case 'string':
    case 'concatenated_string':
      return lowerString(ctx, node);
    case 'parenthesized_expression': {
      const inner = syntaxChildren(node)[0];
      return inner ? lowerExpr(ctx, inner) : syntaxErrorExpr(ctx, node);
    }
    case 'binary_operator':
      return lowerBinary(ctx, node);
    case 'unary_operator': {
      const op = ctx.text(field(node, 'operator')!) as '-' | '+' | '~';
      return { kind: 'UnaryOp', span, op, operand: lowerExpr(ctx, field(node, 'argument')!) };
    }
    case 'not_operator':
      return { kind: 'UnaryOp', span, op: 'not', operand: lowerExpr(ctx, field(node, 'argument')!) };
    case 'boolean_operator':
      return lowerBoolean(ctx, node);
    case 'comparison_operator':
      return lowerComparison(ctx, node);
    case 'call':
      return lowerCall(ctx, node);
    case 'attribute': {
      const attr = field(node, 'attribute')!;
      return {
        kind: 'Attribute', span, value: lowerExpr(ctx, field(node, 'object')!), attr: ctx.text(attr), attrSpan: spanOf(attr),
      };
    }
    case 'subscript':
      return { kind: 'Subscript', span, value: lowerExpr(ctx, field(node, 'value')!), index: lowerSubscriptIndex(ctx, node) };
    case 'slice':
      return lowerSlice(ctx, node);
    case 'list':
      return { kind: 'List', span, elts: syntaxChildren(node).map((c) => lowerElement(ctx, c)) };
    case 'set':
      return { kind: 'Set', span, elts: syntaxChildren(node).map((c) => lowerElement(ctx, c)) };
    case 'tuple':
    case 'expression_list':
    case 'pattern_list':
    case 'tuple_pattern':
      return { kind: 'Tuple', span, elts: syntaxChildren(node).map((c) => lowerElement(ctx, c)) };
    case 'dictionary':
      return { kind: 'Dict', span, items: syntaxChildren(node).map((c) => lowerDictItem(ctx, c)) };
    case 'list_splat':
    case 'list_splat_pattern':
    case 'parenthesized_list_splat':
      return lowerElement(ctx, node);
    case 'conditional_expression': {
      const [body, test, orelse] = syntaxChildren(node);
      if (!orelse) return syntaxErrorExpr(ctx, node);
      return { kind: 'IfExp', span, body: lowerExpr(ctx, body), test: lowerExpr(ctx, test), orelse: lowerExpr(ctx, orelse) };
    }
    case 'lambda': {
      const bodyNode = field(node, 'body');
      if (!bodyNode) return syntaxErrorExpr(ctx, node); // `x +lambda= 1`: a lambda without a body in a broken tree
      const paramsNode = field(node, 'parameters');
      const params = paramsNode ? lowerParameters(ctx, paramsNode) : emptyParameters();
      return { kind: 'Lambda', span, params, body: lowerExpr(ctx, bodyNode), scope: emptyScope('lambda') };
    }
    case 'list_comprehension':
      return { kind: 'ListComp', span, elt: lowerExpr(ctx, field(node, 'body')!), generators: lowerClauses(ctx, node), scope: emptyScope('comprehension') };
    case 'set_comprehension':
      return { kind: 'SetComp', span, elt: lowerExpr(ctx, field(node, 'body')!), generators: lowerClauses(ctx, node), scope: emptyScope('comprehension') };
    case 'generator_expression':
      return { kind: 'GeneratorExp', span, elt: lowerExpr(ctx, field(node, 'body')!), generators: lowerClauses(ctx, node), scope: emptyScope('comprehension') };
    case 'dictionary_comprehension': {
      const pair = field(node, 'body')!;
      return {
        kind: 'DictComp', span, key: lowerExpr(ctx, field(pair, 'key')!), value: lowerExpr(ctx, field(pair, 'value')!),
        generators: lowerClauses(ctx, node), scope: emptyScope('comprehension'),
      };
    }
    case 'named_expression': {
      const name = field(node, 'name')!;
      return {
        kind: 'NamedExpr', span, target: { kind: 'NameTarget', span: spanOf(name), id: ctx.text(name) },
        value: lowerExpr(ctx, field(node, 'value')!),
      };
    }
    case 'yield':
      return lowerYield(ctx, node);
    case 'await':
      return { kind: 'Unsupported', span, what: 'await' };
    case 'as_pattern':
    case 'keyword_argument':
    case 'dictionary_splat':
    case 'pair':
    case 'ERROR':
    default:
      return syntaxErrorExpr(ctx, node);
  }
}

/** A construct tree-sitter accepted but CPython rejects; the tree-error pass or a recorded problem
 *  reports it, the placeholder never runs. */
function syntaxErrorExpr(ctx: LowerContext, node: SyntaxNode): Expr {
  if (!node.hasError && node.type !== 'ERROR') ctx.problem('parse', 'invalid syntax', spanOf(node));
  return { kind: 'Unsupported', span: spanOf(node), what: 'invalid syntax' };
}

/** An element of a list/tuple/set display or a subscript: `*x` becomes Starred. */
function lowerElement(ctx: LowerContext, node: SyntaxNode): Expr {
  if (node.type === 'list_splat' || node.type === 'list_splat_pattern') {
    return { kind: 'Starred', span: spanOf(node), value: lowerExpr(ctx, syntaxChildren(node)[0]) };
  }
  if (node.type === 'parenthesized_list_splat') return lowerElement(ctx, syntaxChildren(node)[0]);
  const e = lowerExpr(ctx, node);
  // tree-sitter reads a lone `{*f(x)}` / `[*f(x)]` as a call of `*f`: it is the star of the call
  if (e.kind === 'Call' && e.func.kind === 'Starred') {
    const star = e.func;
    return { kind: 'Starred', span: e.span, value: { ...e, span: { ...e.span, col: star.value.span.col, line: star.value.span.line }, func: star.value } };
  }
  return e;
}

function lowerDictItem(ctx: LowerContext, node: SyntaxNode): DictItem {
  const span = spanOf(node);
  if (node.type === 'dictionary_splat') return { kind: 'Unpack', span, value: lowerExpr(ctx, syntaxChildren(node)[0]) };
  if (node.type === 'pair') {
    return { kind: 'Pair', span, key: lowerExpr(ctx, field(node, 'key')!), value: lowerExpr(ctx, field(node, 'value')!) };
  }
  ctx.problem('parse', "':' expected after dictionary key", spanOf(node));
  return { kind: 'Unpack', span, value: lowerExpr(ctx, node) };
}

function lowerBinary(ctx: LowerContext, node: SyntaxNode): Expr {
  const opNode = field(node, 'operator')!;
  const op = opNode.type;
  if (!BINARY_OPERATORS.has(op)) return syntaxErrorExpr(ctx, node);
  return {
    kind: 'BinOp', span: spanOf(node), op: op as BinaryOperator,
    left: lowerExpr(ctx, field(node, 'left')!), right: lowerExpr(ctx, field(node, 'right')!), opSpan: spanOf(opNode),
  };
}

function lowerBoolean(ctx: LowerContext, node: SyntaxNode): Expr {
  const op = field(node, 'operator')!.type as 'and' | 'or';
  const values: Expr[] = [];
  // `a and b and c` nests to the left in tree-sitter; CPython keeps one BoolOp with three values.
  let left = field(node, 'left')!;
  const rights: SyntaxNode[] = [field(node, 'right')!];
  while (left.type === 'boolean_operator' && field(left, 'operator')!.type === op) {
    rights.push(field(left, 'right')!);
    left = field(left, 'left')!;
  }
  values.push(lowerExpr(ctx, left));
  for (let i = rights.length - 1; i >= 0; i--) values.push(lowerExpr(ctx, rights[i]));
  return { kind: 'BoolOp', span: spanOf(node), op, values };
}

function lowerComparison(ctx: LowerContext, node: SyntaxNode): Expr {
  const operands: Expr[] = [];
  const ops: CompareOperator[] = [];
  const opSpans = [];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'comment') continue;
    if (node.fieldNameForChild(i) === 'operators') {
      const op = child.type === '<>' ? '<>' : child.type;
      if (!COMPARE_OPERATORS.has(op)) {
        ctx.problem('parse', 'invalid syntax', spanOf(child));
        continue;
      }
      ops.push(op as CompareOperator);
      opSpans.push(spanOf(child));
    } else if (child.isNamed) {
      operands.push(lowerExpr(ctx, child));
    }
  }
  return { kind: 'Compare', span: spanOf(node), left: operands[0], ops, comparators: operands.slice(1), opSpans };
}

function lowerCall(ctx: LowerContext, node: SyntaxNode): Expr {
  const func = lowerExpr(ctx, field(node, 'function')!);
  const argsNode = field(node, 'arguments')!;
  if (argsNode.type === 'generator_expression') {
    // `f(x for x in a, b)`: tree-sitter takes `a, b` as the iterable; CPython wants parentheses
    const clauses = syntaxChildren(argsNode).filter((c) => c.type === 'for_in_clause');
    if (clauses.some((c) => c.childrenForFieldName('right').filter((r) => r?.isNamed).length > 1)) {
      ctx.problem('parse', 'Generator expression must be parenthesized', spanOf(field(argsNode, 'body')!));
    }
    const generator = lowerExpr(ctx, argsNode);
    return { kind: 'Call', span: spanOf(node), func, args: [{ kind: 'Positional', span: generator.span, value: generator }] };
  }
  const args: Arg[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  const keywords = new Set<string>();
  const parts = syntaxChildren(argsNode);
  // CPython reports argument-order errors at the call's closing parenthesis
  const end = spanOf(argsNode);
  const closing = { line: end.endLine, col: Math.max(end.endCol - 1, 0), endLine: end.endLine, endCol: end.endCol };
  for (const part of parts) {
    const span = spanOf(part);
    if (part.type === 'keyword_argument') {
      const nameNode = field(part, 'name')!;
      const name = ctx.text(nameNode);
      if (nameNode.type !== 'identifier') ctx.problem('parse', 'expression cannot contain assignment, perhaps you meant "=="?', span);
      if (keywords.has(name)) ctx.problem('compile', `keyword argument repeated: ${name}`, span);
      keywords.add(name);
      sawKeyword = true;
      args.push({ kind: 'Keyword', span, name, value: lowerExpr(ctx, field(part, 'value')!) });
    } else if (part.type === 'dictionary_splat') {
      sawDoubleStar = true;
      args.push({ kind: 'DoubleStar', span, value: lowerExpr(ctx, syntaxChildren(part)[0]) });
    } else if (part.type === 'list_splat') {
      if (sawDoubleStar) ctx.problem('parse', 'iterable argument unpacking follows keyword argument unpacking', closing);
      args.push({ kind: 'Star', span, value: lowerExpr(ctx, syntaxChildren(part)[0]) });
    } else {
      if (sawDoubleStar) ctx.problem('parse', 'positional argument follows keyword argument unpacking', closing);
      else if (sawKeyword) ctx.problem('parse', 'positional argument follows keyword argument', closing);
      if (part.type === 'generator_expression' && parts.length > 1 && ctx.source[part.startIndex] !== '(') {
        ctx.problem('parse', 'Generator expression must be parenthesized', span);
      }
      args.push({ kind: 'Positional', span, value: lowerExpr(ctx, part) });
    }
  }
  return { kind: 'Call', span: spanOf(node), func, args };
}

function lowerSubscriptIndex(ctx: LowerContext, node: SyntaxNode): Expr {
  const items: SyntaxNode[] = [];
  let trailingComma = false;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    if (node.fieldNameForChild(i) === 'subscript') items.push(children[i]!);
    else if (children[i]!.type === ',') trailingComma = true;
  }
  if (items.length === 1 && !trailingComma) return lowerElement(ctx, items[0]);
  const elts = items.map((item) => lowerElement(ctx, item));
  return { kind: 'Tuple', span: spanBetween(elts[0].span, elts[elts.length - 1].span), elts };
}

function lowerSlice(ctx: LowerContext, node: SyntaxNode): Expr {
  const parts: (Expr | null)[] = [null, null, null];
  let position = 0;
  for (const child of allChildren(node)) {
    if (child.type === ':') position++;
    else if (child.isNamed && position < 3) parts[position] = lowerExpr(ctx, child);
  }
  return { kind: 'Slice', span: spanOf(node), lower: parts[0], upper: parts[1], step: parts[2] };
}

function lowerClauses(ctx: LowerContext, node: SyntaxNode): Comprehension[] {
  const generators: Comprehension[] = [];
  for (const clause of syntaxChildren(node)) {
    if (clause.type === 'for_in_clause') {
      if (allChildren(clause).some((c) => c.type === 'async')) {
        ctx.problem('parse', 'asynchronous comprehension outside of an asynchronous function', spanOf(clause));
      }
      const rights = clause.childrenForFieldName('right').filter((c): c is SyntaxNode => c !== null && c.isNamed);
      if (rights.length !== 1) ctx.problem('parse', 'invalid syntax', spanOf(rights[1] ?? clause));
      generators.push({
        span: spanOf(clause),
        target: lowerTarget(ctx, field(clause, 'left')!, 'comprehension'),
        iter: lowerExpr(ctx, rights[0]),
        ifs: [],
      });
    } else if (clause.type === 'if_clause' && generators.length > 0) {
      generators[generators.length - 1].ifs.push(lowerExpr(ctx, syntaxChildren(clause)[0]));
    }
  }
  return generators;
}

function lowerYield(ctx: LowerContext, node: SyntaxNode): Expr {
  const span = spanOf(node);
  const isFrom = allChildren(node).some((c) => c.type === 'from');
  const value = syntaxChildren(node)[0];
  if (isFrom) return { kind: 'YieldFrom', span, value: lowerExpr(ctx, value) };
  return { kind: 'Yield', span, value: value ? lowerExpr(ctx, value) : null };
}

export function emptyParameters(): Parameters {
  return { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
}

/** `parameters` / `lambda_parameters` -> Parameters, with CPython's checks on their order. */
export function lowerParameters(ctx: LowerContext, node: SyntaxNode): Parameters {
  const params = emptyParameters();
  let section: 'positional' | 'keyword' = 'positional';
  let sawDefault = false;
  let bareStar: SyntaxNode | null = null;
  for (const child of syntaxChildren(node)) {
    const span = spanOf(child);
    if (params.kwarg) {
      ctx.problem('parse', 'arguments cannot follow var-keyword argument', span);
      break;
    }
    switch (child.type) {
      case 'positional_separator':
        if (section === 'keyword') ctx.problem('parse', '/ must be ahead of *', span);
        else if (params.args.length === 0) ctx.problem('parse', 'at least one argument must precede /', span);
        else if (params.posonly.length > 0) ctx.problem('parse', '/ may appear only once', span);
        else params.posonly = params.args.splice(0);
        break;
      case 'keyword_separator':
        if (section === 'keyword') ctx.problem('parse', '* argument may appear only once', span);
        section = 'keyword';
        bareStar = child;
        break;
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
        addSplat(ctx, params, child, null);
        if (child.type === 'list_splat_pattern') {
          if (section === 'keyword') ctx.problem('parse', '* argument may appear only once', span);
          section = 'keyword';
        }
        break;
      case 'typed_parameter': {
        const inner = syntaxChildren(child)[0];
        const annotation = lowerAnnotation(ctx, field(child, 'type'));
        if (inner.type === 'identifier') {
          if (section === 'positional' && sawDefault) ctx.problem('parse', 'non-default argument follows default argument', spanOf(inner));
          (section === 'positional' ? params.args : params.kwonly).push({ span, name: ctx.text(inner), default: null, annotation });
        } else {
          if (inner.type === 'list_splat_pattern') {
            if (section === 'keyword') ctx.problem('parse', '* argument may appear only once', span);
            section = 'keyword';
          }
          addSplat(ctx, params, inner, annotation);
        }
        break;
      }
      case 'identifier':
        if (section === 'positional' && sawDefault) ctx.problem('parse', 'non-default argument follows default argument', span);
        (section === 'positional' ? params.args : params.kwonly).push({ span, name: ctx.text(child), default: null, annotation: null });
        break;
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = field(child, 'name')!;
        if (name.type !== 'identifier') {
          ctx.problem('parse', 'invalid syntax', spanOf(name));
          break;
        }
        const param: Param = {
          span, name: ctx.text(name), default: lowerExpr(ctx, field(child, 'value')!), annotation: lowerAnnotation(ctx, field(child, 'type')),
        };
        if (section === 'positional') {
          sawDefault = true;
          params.args.push(param);
        } else params.kwonly.push(param);
        break;
      }
      default:
        // tuple parameters (`def f((a, b)):`) are Python 2
        ctx.problem('parse', 'invalid syntax', span);
    }
  }
  if (bareStar && params.kwonly.length === 0) ctx.problem('parse', 'named arguments must follow bare *', spanOf(bareStar));
  return params;
}

function addSplat(ctx: LowerContext, params: Parameters, node: SyntaxNode, annotation: Expr | null): void {
  const name = syntaxChildren(node)[0];
  if (!name || name.type !== 'identifier') {
    ctx.problem('parse', 'invalid syntax', spanOf(node));
    return;
  }
  const param: Param = { span: spanOf(node), name: ctx.text(name), default: null, annotation };
  if (node.type === 'list_splat_pattern') params.vararg = param;
  else params.kwarg = param;
}

export function lowerAnnotation(ctx: LowerContext, node: SyntaxNode | null): Expr | null {
  if (!node) return null;
  const inner = node.type === 'type' ? syntaxChildren(node)[0] : node;
  if (!inner) return null;
  if (inner.type === 'generic_type') {
    // `list[int]`, `Dict[str, X]`: tree-sitter's type grammar; CPython evaluates a subscript
    const [base, parameters] = syntaxChildren(inner);
    const types = parameters ? syntaxChildren(parameters).map((t) => lowerAnnotation(ctx, t)!) : [];
    const index: Expr = types.length === 1 ? types[0]
      : { kind: 'Tuple', span: parameters ? spanOf(parameters) : spanOf(inner), elts: types };
    return { kind: 'Subscript', span: spanOf(inner), value: lowerExpr(ctx, base), index };
  }
  if (inner.type === 'union_type' || inner.type === 'constrained_type' || inner.type === 'member_type' ||
    inner.type === 'splat_type') {
    return { kind: 'Unsupported', span: spanOf(inner), what: 'this form of type annotation' };
  }
  return lowerExpr(ctx, inner);
}

