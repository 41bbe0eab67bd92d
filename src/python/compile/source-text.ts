// The source text an IR span covers (annotations kept as text under
// `from __future__ import annotations`).
import type { Span } from '../ir';

export function sourceText(lines: readonly string[], span: Span): string {
  if (span.line === span.endLine) return (lines[span.line - 1] ?? '').slice(span.col, span.endCol);
  const parts = [(lines[span.line - 1] ?? '').slice(span.col)];
  for (let l = span.line + 1; l < span.endLine; l++) parts.push(lines[l - 1] ?? '');
  parts.push((lines[span.endLine - 1] ?? '').slice(0, span.endCol));
  return parts.join('\n');
}
