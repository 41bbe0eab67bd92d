import type { Expr, Module, Span, Stmt } from '../../src/python/ir';
import { lowerSource } from '../../src/python/lower';

/** `line:col-endLine:endCol`, compact for assertions. */
export function at(span: Span): string {
  return `${span.line}:${span.col}-${span.endLine}:${span.endCol}`;
}

export function lowerProgram(source: string): Module {
  return lowerSource(source);
}

/** The single statement of a one-statement program. */
export function onlyStmt(source: string): Stmt {
  const module = lowerSource(source);
  if (module.body.length !== 1) throw new Error(`expected one statement, got ${module.body.length}`);
  return module.body[0];
}

/** The expression of a one-expression-statement program. */
export function onlyExpr(source: string): Expr {
  const stmt = onlyStmt(source);
  if (stmt.kind !== 'ExprStmt') throw new Error(`expected an expression statement, got ${stmt.kind}`);
  return stmt.value;
}

/** Narrows a node to a kind or fails the test with a readable message. */
export function as<K extends string, T extends { kind: string }>(node: T, kind: K): Extract<T, { kind: K }> {
  if (node.kind !== kind) throw new Error(`expected ${kind}, got ${node.kind}`);
  return node as Extract<T, { kind: K }>;
}

/** Removes spans and scopes, to compare shapes with plain objects. */
export function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => {
    if (key === 'span' || key === 'opSpan' || key === 'opSpans' || key === 'attrSpan' || key === 'nameSpan' || key === 'scope' || key === 'resolution') return undefined;
    if (typeof v === 'bigint') return `${v}n`;
    return v;
  }));
}
