// Inlay hints: after each assignment line, its value and gradient in short form (`= 3.0  ∂ -4.0`).
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { BindingReport, Report } from '../analysis/report';
import { shortValue } from './value-format';

const MAX_LABEL = 80;

function hintText(b: BindingReport): string {
  const value = shortValue(b.value, b.dtype, b.shape);
  const grad = b.grad === null ? '' : `  ∂ ${shortValue(b.grad, 'float64', b.shape)}`;
  return `= ${value}${grad}`;
}

/** One hint per source line in [startLine, endLine] (0-based), at the end of the line. */
export function inlayHints(report: Report, lines: readonly string[], startLine: number, endLine: number): InlayHint[] {
  const byLine = new Map<number, BindingReport[]>();
  for (const b of report.bindings) {
    const line = b.range.endLine - 1;
    if (line < startLine || line > endLine) continue;
    const list = byLine.get(line) ?? [];
    list.push(b);
    byLine.set(line, list);
  }
  const hints: InlayHint[] = [];
  for (const [line, bs] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const text = lines[line];
    if (text === undefined) continue;
    bs.sort((a, b) => a.range.col - b.range.col);
    let label = bs.length === 1 ? hintText(bs[0]) : bs.map((b) => `${b.name} ${hintText(b)}`).join(' · ');
    if (label.length > MAX_LABEL) label = `${label.slice(0, MAX_LABEL - 1)}…`;
    hints.push({ position: { line, character: text.length }, label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return hints;
}
