// "Show gradient comparison": the user's, the exact and the finite-difference gradients of the
// checks of a document side by side (the mismatch view of the graph panel will replace this page).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CheckReport } from '../analysis/report';
import { GRAPH_REQUEST, type GraphResult } from '../server/protocol';
import { escapeHtml, page } from './html';

const num = (x: number): string => (Number.isFinite(x) ? x.toPrecision(6) : String(x));

export function renderComparisonHtml(uri: string, checks: readonly CheckReport[], line: number | undefined, cspSource: string): string {
  const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const title = `Gradient comparison: ${file}`;
  const rows = checks.map((c) => {
    const mark = c.status === 'pass' ? '✓' : c.status === 'kink' ? '~' : '✗';
    const here = line !== undefined && c.line === line ? ' (this line)' : '';
    return `<tr class="${c.status === 'mismatch' ? 'bad' : ''}"><td>${mark} ${escapeHtml(c.status)}${here}</td><td>${escapeHtml(c.kind)}</td><td>${escapeHtml(c.function)}</td><td>${escapeHtml(c.wrt)}</td><td>${c.line}</td><td>[${c.worstIndex.join(', ')}]</td><td>${num(c.analytic)}</td><td>${num(c.autograd)}</td><td>${num(c.numeric)}</td><td>${num(c.maxRelError)}</td><td>${c.mismatched ?? '-'} / ${c.total ?? '-'}</td></tr>`;
  });
  const body =
    checks.length === 0
      ? '<p>No gradient checks ran in this file.</p>'
      : `<table><tr><th>verdict</th><th>kind</th><th>function</th><th>w.r.t.</th><th>line</th><th>worst index</th><th>yours (analytic)</th><th>exact</th><th>finite differences</th><th>max rel err</th><th>mismatched</th></tr>${rows.join('')}</table>`;
  return page(title, cspSource, `<h2>${escapeHtml(title)}</h2>${body}`);
}

export async function showGradientComparison(client: LanguageClient, uri: string, line: number | undefined): Promise<void> {
  const result = await client.sendRequest<GraphResult>(GRAPH_REQUEST, { uri });
  const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const panel = vscode.window.createWebviewPanel('gradlens.comparison', `Gradient comparison: ${file}`, vscode.ViewColumn.Beside, { enableScripts: false });
  const sorted = [...result.checks].sort((a, b) => Number(b.status === 'mismatch') - Number(a.status === 'mismatch'));
  panel.webview.html = renderComparisonHtml(uri, sorted, line, panel.webview.cspSource);
}
