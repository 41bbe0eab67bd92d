// The hover: a binding's value, the gradient of the root with respect to it, the local rule of the
// op that produced it, how often it ran, and the checks on its line - as markdown.
import type { BindingReport, CheckReport, JsonValue, Report } from '../analysis/report';
import { bindingAt, type Found, type Position } from './binding-lookup';
import { opRule } from './op-rules';
import { flatNumbers, formatG, formatScalar, previewArray, shapeText, statsOf, statsText } from './value-format';

export interface HoverResult {
  markdown: string;
  range: Found['range'];
}

function fence(text: string): string {
  return '```text\n' + text + '\n```';
}

function code(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}

function isTensor(b: { shape?: number[] }): b is { shape: number[] } {
  return b.shape !== undefined && b.shape.length > 0;
}

function tensorBlock(value: JsonValue, shape: number[], dtype: string | undefined): string {
  const lines = [`${code(`shape ${shapeText(shape)}`)}${dtype !== undefined ? ` · ${code(dtype)}` : ''}`, fence(previewArray(value))];
  const stats = statsOf(flatNumbers(value));
  if (stats !== undefined) lines.push(statsText(stats));
  return lines.join('\n\n');
}

function gradName(report: Report, name: string): string {
  return `∂${report.root?.name ?? 'root'}/∂${name}`;
}

function rootText(report: Report): string {
  return report.root === null ? '' : ` (root ${code(report.root.name)}, line ${report.root.line})`;
}

function objectBlock(b: BindingReport, report: Report): string | undefined {
  const v = b.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const data = v.fields?.data;
  if (data === undefined) return `${code(b.name)} = ${code(v.repr)}`;
  const num = (x: JsonValue | null | undefined): string => (x === undefined ? '-' : x === null ? 'none' : Array.isArray(x) ? code(`[${flatNumbers(x).length} values]`) : formatScalar(x, 'float64'));
  const userGrad = b.userGrad ?? v.fields?.grad;
  const rows = [
    `${code(b.name)}: ${code(v.type)}`,
    '',
    `| data | your .grad | true ${gradName(report, b.name)} |`,
    '|---:|---:|---:|',
    `| ${num(data)} | ${num(userGrad)} | ${num(b.grad)} |`,
  ];
  const differs = userGrad !== undefined && b.grad !== null && flatNumbers(userGrad).some((u, i) => !closeEnough(u, flatNumbers(b.grad)[i]));
  if (differs) rows.push('', `⚠ your ${code('.grad')} differs from the true gradient${rootText(report)}`);
  return rows.join('\n');
}

function closeEnough(a: number, e: number | undefined): boolean {
  if (e === undefined) return false;
  if (Number.isNaN(a) || Number.isNaN(e)) return Number.isNaN(a) && Number.isNaN(e);
  return Math.abs(a - e) <= 1e-7 + 1e-5 * Math.abs(e);
}

function valueBlock(b: BindingReport): string {
  if (isTensor(b)) return `${code(b.name)}\n\n${tensorBlock(b.value, b.shape, b.dtype)}`;
  if (Array.isArray(b.value)) return `${code(b.name)} = list of ${b.value.length}`;
  return `${code(`${b.name} = ${formatScalar(b.value, b.dtype)}`)}${b.dtype !== undefined ? ` · ${code(b.dtype)}` : ''}`;
}

function gradBlock(b: BindingReport, report: Report): string {
  const label = gradName(report, b.name);
  if (report.root === null) return `${label}: no root to backpropagate from`;
  if (b.grad === null) return `${label}: none - ${code(report.root.name)} (line ${report.root.line}) does not depend on ${code(b.name)}`;
  if (isTensor(b) && Array.isArray(b.grad)) return `${code(label)}${rootText(report)}\n\n${tensorBlock(b.grad, b.shape, undefined)}`;
  return `${code(`${label} = ${formatScalar(b.grad, 'float64')}`)}${rootText(report)}`;
}

/** `✓ returned-gradient check of svm_loss w.r.t. W: ...` with its numbers. */
export function checkText(c: CheckReport): string {
  const what = `${c.kind} check of ${code(c.function)} w.r.t. ${code(c.wrt)}`;
  const tol = c.rtol !== undefined || c.atol !== undefined ? ` (rtol ${c.rtol ?? '-'}, atol ${c.atol ?? '-'})` : '';
  if (c.status === 'pass') return `✓ ${what}: gradients match (max rel err ${formatG(c.maxRelError, 2)})`;
  const where = c.worstIndex.length > 0 ? ` at [${c.worstIndex.join(', ')}]` : '';
  const numbers = `analytic ${formatG(c.analytic)} · numeric ${formatG(c.numeric)} · exact ${formatG(c.autograd)}`;
  if (c.status === 'kink') return `~ ${what}: a kink${where} - finite differences are unreliable there; ${numbers}`;
  const count = c.mismatched !== undefined && c.total !== undefined ? `; ${c.mismatched} of ${c.total} elements differ` : '';
  return `✗ ${what}: mismatch${where}: ${numbers}; rel err ${formatG(c.maxRelError, 2)}${count}${tol}`;
}

function sourceLine(lines: readonly string[], line1: number): string {
  const t = (lines[line1 - 1] ?? '').trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

/** The whole hover text for a binding. */
export function renderBindingHover(b: BindingReport, report: Report, lines: readonly string[]): string {
  const sections: string[] = [];
  const obj = objectBlock(b, report);
  if (obj !== undefined) sections.push(obj);
  else {
    sections.push(valueBlock(b));
    sections.push(gradBlock(b, report));
  }
  if (b.op !== undefined) {
    const rule = opRule(b.op);
    sections.push(`${code(sourceLine(lines, b.line))} - ${rule ?? `${b.op}`}`);
  }
  const where = b.scope === '<module>' ? `line ${b.line}` : `line ${b.line} in ${code(b.scope)}`;
  sections.push(b.count > 1 ? `${where} · executed ${b.count} times (the last execution is shown)` : where);
  return sections.join('\n\n---\n\n');
}

/** The hover at `pos`, or undefined where there is nothing to say. */
export function hoverAt(report: Report, lines: readonly string[], pos: Position): HoverResult | undefined {
  const found = bindingAt(report, lines, pos);
  const line1 = pos.line + 1;
  const checks = report.checks.filter((c) => c.line === line1);
  if (found === undefined && checks.length === 0) return undefined;
  const parts: string[] = [];
  if (found !== undefined) parts.push(renderBindingHover(found.binding, report, lines));
  if (checks.length > 0) parts.push(checks.map(checkText).join('\n\n'));
  const text = lines[pos.line] ?? '';
  const range = found?.range ?? { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: text.length } };
  return { markdown: parts.join('\n\n---\n\n'), range };
}
