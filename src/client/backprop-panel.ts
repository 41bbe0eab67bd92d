// The panel that Trace Backprop / Show Computational Graph open, titled "Backprop: <file>". Until the
// graph panel (mermaid, step-through) lands, it lists the root, its value and the graph's nodes
// from the server's `gradlens/graph` answer, and follows edits (refreshed on each finished run).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { JsonValue } from '../analysis/report';
import { GRAPH_REQUEST, type GraphParams, type GraphResult } from '../server/protocol';
import { escapeHtml, page } from './html';

function valueText(v: JsonValue | null): string {
  if (v === null) return '-';
  if (typeof v === 'number') return String(Number(v.toPrecision(6)));
  if (Array.isArray(v)) {
    const shape: number[] = [];
    for (let x: JsonValue = v; Array.isArray(x); x = x[0] ?? null) shape.push(x.length);
    return `array ${shape.join('×')}`;
  }
  if (typeof v === 'object') return v.repr;
  return String(v);
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export function renderGraphHtml(result: GraphResult, cspSource: string): string {
  const title = `Backprop: ${fileName(result.uri)}`;
  const parts: string[] = [`<h2>${escapeHtml(title)}</h2>`];
  if (result.error !== undefined) parts.push(`<p class="bad">${escapeHtml(result.error)}</p>`);
  if (result.root === null) parts.push('<p>No root: nothing to backpropagate from in this file.</p>');
  else
    parts.push(
      `<p>Root <b>${escapeHtml(result.root.name)}</b> (line ${result.root.line}, chosen by rule <i>${escapeHtml(result.root.rule)}</i>) = <span class="value">${escapeHtml(valueText(result.root.value))}</span></p>`,
    );
  const shown = result.graph.slice(-result.maxGraphNodes).reverse();
  if (shown.length > 0) {
    parts.push('<table><tr><th>node</th><th>op</th><th>name</th><th>line</th><th>shape</th><th>value</th><th>gradient</th><th>inputs</th></tr>');
    for (const n of shown)
      parts.push(
        `<tr><td>#${n.id}</td><td>${escapeHtml(n.op ?? n.kind)}</td><td>${escapeHtml(n.name ?? '')}</td><td>${n.range?.line ?? ''}</td><td>${n.shape.length === 0 ? 'scalar' : `(${n.shape.join(', ')})`}</td><td class="value">${escapeHtml(valueText(n.value))}</td><td class="grad">${escapeHtml(valueText(n.grad))}</td><td>${n.inputs.map((i) => `#${i}`).join(' ')}</td></tr>`,
      );
    parts.push('</table>');
    if (result.graph.length > shown.length) parts.push(`<p class="note">${result.graph.length - shown.length} more nodes (farthest from the root) not shown; gradlens.maxGraphNodes is ${result.maxGraphNodes}.</p>`);
  }
  const failed = result.checks.filter((c) => c.status === 'mismatch').length;
  if (result.checks.length > 0) parts.push(`<p>Gradient checks: ${result.checks.length - failed} passed, <span class="${failed > 0 ? 'bad' : ''}">${failed} failed</span>.</p>`);
  return page(title, cspSource, parts.join('\n'));
}

/** One panel per document, revealed again when asked twice, refreshed when its document is re-analysed. */
export class BackpropPanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  async show(uri: string, root?: string | null): Promise<GraphResult | undefined> {
    const client = this.client();
    if (client === undefined) return undefined;
    const params: GraphParams = root === undefined ? { uri } : { uri, root };
    const result = await client.sendRequest<GraphResult>(GRAPH_REQUEST, params);
    let panel = this.panels.get(uri);
    if (panel === undefined) {
      panel = vscode.window.createWebviewPanel('gradlens.backprop', `Backprop: ${fileName(uri)}`, vscode.ViewColumn.Beside, { enableScripts: false });
      this.panels.set(uri, panel);
      panel.onDidDispose(() => this.panels.delete(uri));
    } else panel.reveal(vscode.ViewColumn.Beside, true);
    panel.webview.html = renderGraphHtml(result, panel.webview.cspSource);
    return result;
  }

  /** The document was re-analysed: an open panel shows the new graph. */
  async refresh(uri: string): Promise<void> {
    const panel = this.panels.get(uri);
    const client = this.client();
    if (panel === undefined || client === undefined) return;
    const result = await client.sendRequest<GraphResult>(GRAPH_REQUEST, { uri });
    panel.webview.html = renderGraphHtml(result, panel.webview.cspSource);
  }

  isOpen(uri: string): boolean {
    return this.panels.has(uri);
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
    this.panels.clear();
  }
}
