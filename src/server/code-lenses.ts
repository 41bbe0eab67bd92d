// Code lenses: above the root `∇ Trace backprop (loss = 2.302)`, above each checked function its
// verdict. Clicking runs the commands the extension hosts the graph panel with.
import type { CodeLens } from 'vscode-languageserver';
import type { CheckReport, Report } from '../analysis/report';
import { formatG, shortValue } from './value-format';

export const COMMAND_TRACE = 'gradlens.traceBackprop';
export const COMMAND_COMPARE = 'gradlens.showGradientComparison';

function at(line1: number): CodeLens['range'] {
  const line = Math.max(0, line1 - 1);
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/** The name of the user's gradient a check judged: `dW`, or `Value.__mul__ .grad` for object graphs. */
function judgedName(c: CheckReport): string {
  return c.kind === 'object-graph' ? `${c.function} .grad` : `d${c.wrt}`;
}

export function checkLensTitle(c: CheckReport): string {
  const where = c.worstIndex.length > 0 ? ` at [${c.worstIndex.join(', ')}]` : '';
  if (c.status === 'pass') return `✓ gradients match (max rel err ${formatG(c.maxRelError, 2)})`;
  if (c.status === 'kink') return `~ ${judgedName(c)} at a kink${where}: finite differences unreliable`;
  return `✗ ${judgedName(c)} differs${where}`;
}

/** The root's value in short form, with the dtype of its binding (so a float prints as `-12.0`). */
export function rootValueText(report: Report): string {
  const root = report.root;
  if (root === null) return '';
  const b = report.bindings.find((x) => x.name === root.name && x.line === root.line);
  return shortValue(root.value, b?.dtype, b?.shape, 4);
}

export function codeLenses(report: Report, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  if (report.root !== null) {
    const value = rootValueText(report);
    lenses.push({
      range: at(report.root.line),
      command: { title: `∇ Trace backprop (${report.root.name} = ${value})`, command: COMMAND_TRACE, arguments: [uri] },
    });
  }
  for (const c of report.checks)
    lenses.push({
      range: at(c.line),
      command: { title: checkLensTitle(c), command: COMMAND_COMPARE, arguments: [uri, c.line] },
    });
  return lenses;
}
