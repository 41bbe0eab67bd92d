// String literals and f-strings (with implicit concatenation of adjacent literals).
import type { Expr, FStringField, FStringPart } from '../ir';
import type { SyntaxNode } from './lite-tree';
import { LowerContext, allChildren, field, spanOf } from './context';
import { lowerExpr } from './expressions';
import { UnsupportedEscape, decodeEscapes, normaliseNewlines, stringPrefix } from './literals';

interface LiteralFlags {
  raw: boolean;
  formatted: boolean;
}

/** `string` or `concatenated_string` -> Str, FString, or Unsupported (bytes). */
export function lowerString(ctx: LowerContext, node: SyntaxNode): Expr {
  const span = spanOf(node);
  const pieces = node.type === 'concatenated_string' ? allChildren(node).filter((c) => c.type === 'string') : [node];
  const parts: FStringPart[] = [];
  let anyFormatted = false;
  let bytesCount = 0;
  try {
    for (const piece of pieces) {
      const start = piece.firstChild;
      if (!start || start.type !== 'string_start') continue;
      const prefix = stringPrefix(ctx.text(start));
      if (prefix.bytes) bytesCount++;
      anyFormatted ||= prefix.formatted;
      lowerStringPiece(ctx, piece, prefix, parts);
    }
  } catch (error) {
    if (error instanceof UnsupportedEscape) return { kind: 'Unsupported', span, what: error.message };
    throw error;
  }
  if (bytesCount > 0 && bytesCount < pieces.length) {
    ctx.problem('parse', 'cannot mix bytes and nonbytes literals', span);
  }
  if (bytesCount > 0) return { kind: 'Unsupported', span, what: 'bytes literals' };
  if (!anyFormatted) {
    return { kind: 'Str', span, value: parts.map((p) => (p.kind === 'Literal' ? p.value : '')).join('') };
  }
  return { kind: 'FString', span, parts: mergeLiterals(parts) };
}

function lowerStringPiece(ctx: LowerContext, node: SyntaxNode, flags: LiteralFlags, parts: FStringPart[]): void {
  const children = allChildren(node);
  let position = children[0].endIndex;
  for (const child of children) {
    if (child.type === 'interpolation') {
      pushLiteral(parts, ctx.source.slice(position, child.startIndex), flags);
      parts.push(lowerField(ctx, child, flags));
      position = child.endIndex;
    } else if (child.type === 'string_end') {
      pushLiteral(parts, ctx.source.slice(position, child.startIndex), flags);
      position = child.endIndex;
    }
  }
}

function pushLiteral(parts: FStringPart[], raw: string, flags: LiteralFlags): void {
  let text = normaliseNewlines(raw);
  if (flags.formatted) text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  if (!flags.raw) text = decodeEscapes(text);
  if (text) parts.push({ kind: 'Literal', value: text });
}

/** `{expr=!conv:spec}` (an `interpolation` or a nested `format_expression`). */
function lowerField(ctx: LowerContext, node: SyntaxNode, flags: LiteralFlags): FStringField {
  const expression = field(node, 'expression');
  const value: Expr = expression
    ? lowerExpr(ctx, expression)
    : { kind: 'Unsupported', span: spanOf(node), what: 'invalid syntax' };
  if (!expression) ctx.problem('parse', "f-string: valid expression required before '}'", spanOf(node));
  const conversionNode = field(node, 'type_conversion');
  const specNode = field(node, 'format_specifier');
  const result: FStringField = { kind: 'Field', span: spanOf(node), value, conversion: null, spec: null };
  if (conversionNode) {
    const letter = ctx.text(conversionNode).slice(1);
    if (letter === 'r' || letter === 's' || letter === 'a') result.conversion = letter;
    else ctx.problem('parse', "f-string: invalid conversion character: expected 's', 'r', or 'a'", spanOf(conversionNode));
  }
  const children = allChildren(node);
  const equals = children.find((c) => c.type === '=');
  if (equals) {
    // CPython prints the text from after `{` through `=` and any spaces after it.
    const next = children[children.indexOf(equals) + 1];
    result.debugText = ctx.source.slice(children[0].endIndex, next ? next.startIndex : equals.endIndex);
  }
  if (specNode) {
    const spec: FStringPart[] = [];
    const specChildren = allChildren(specNode);
    let position = specChildren[0]?.type === ':' ? specChildren[0].endIndex : specNode.startIndex;
    for (const child of specChildren) {
      if (child.type !== 'format_expression') continue;
      pushLiteral(spec, ctx.source.slice(position, child.startIndex), { raw: flags.raw, formatted: false });
      spec.push(lowerField(ctx, child, flags));
      position = child.endIndex;
    }
    pushLiteral(spec, ctx.source.slice(position, specNode.endIndex), { raw: flags.raw, formatted: false });
    result.spec = mergeLiterals(spec);
  }
  return result;
}

function mergeLiterals(parts: FStringPart[]): FStringPart[] {
  const out: FStringPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === 'Literal' && last?.kind === 'Literal') out[out.length - 1] = { kind: 'Literal', value: last.value + part.value };
    else out.push(part);
  }
  return out;
}
