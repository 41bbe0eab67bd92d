// The graph panel (webview/, bundled to dist/webview.js) in VS Code: one panel per document, titled
// "Backprop: <file>", fed the server's `gradlens/graph` answer whenever the document is analysed
// again, and answering the panel's requests (reveal a range, copy, save an SVG).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { makeNonce, panelHtml } from '../../webview/html';
import type { PanelToHost, Range } from '../../webview/protocol';
import { GRAPH_REQUEST, type GraphParams, type GraphResult } from '../server/protocol';
import {
  comparisonTarget,
  editorRange,
  fileNameOf,
  identifierAt,
  maxNodesSetting,
  panelTitle,
  parsePanelMessage,
  svgFileName,
} from './panel-messages';
import { PanelSession } from './panel-session';

export const PANEL_VIEW_TYPE = 'gradlens.backprop';

/** `gradlens.graph.maxNodes`, checked. */
export function maxNodesFromSettings(): number {
  return maxNodesSetting(vscode.workspace.getConfiguration('gradlens').get<unknown>('graph.maxNodes'));
}

/** What "Show Gradient Comparison" did: the check it opened, or the message it showed instead. */
export interface ComparisonOutcome {
  uri: string;
  check: number | null;
  message?: string;
}

/** One document's panel: the webview, its session (what it was told) and its requests to the host. */
class DocumentPanel implements vscode.Disposable {
  readonly session: PanelSession;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly uri: string,
    readonly panel: vscode.WebviewPanel,
    distUri: vscode.Uri,
    onDisposed: () => void,
  ) {
    this.session = new PanelSession({
      post: (message) => void panel.webview.postMessage(message),
      maxNodes: maxNodesFromSettings,
    });
    const scriptUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(distUri, 'webview.js')).toString();
    panel.webview.html = panelHtml({ scriptUri, cspSource: panel.webview.cspSource, nonce: makeNonce(), title: panelTitle(uri) });
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parsePanelMessage(raw);
        if (message !== undefined) void this.onMessage(message).catch((e: unknown) => this.failed(message.type, e));
      }),
      panel.onDidDispose(() => {
        for (const s of this.subscriptions) s.dispose();
        onDisposed();
      }),
    );
  }

  private failed(what: string, e: unknown): void {
    void vscode.window.showErrorMessage(`gradlens: the graph panel's ${what} failed: ${e instanceof Error ? e.message : String(e)}`);
  }

  private async onMessage(message: PanelToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.session.onReady();
        return;
      case 'rendered':
        this.session.onRendered();
        return;
      case 'reveal':
        await this.reveal(message.range);
        return;
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage('gradlens: mermaid source copied', 3000);
        return;
      case 'saveSvg':
        await this.saveSvg(message.svg);
        return;
    }
  }

  private async reveal(range: Range): Promise<void> {
    const r = editorRange(range);
    const selection = new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter);
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri);
    const column = open?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(this.uri), { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async saveSvg(svg: string): Promise<void> {
    const doc = vscode.Uri.parse(this.uri);
    const name = svgFileName(this.uri);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = doc.scheme === 'file' ? doc.with({ path: path.posix.join(path.posix.dirname(doc.path), name) }) : folder && vscode.Uri.joinPath(folder, name);
    const target = await vscode.window.showSaveDialog({ defaultUri, filters: { SVG: ['svg'] }, title: 'Save the graph as SVG' });
    if (target === undefined) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    vscode.window.setStatusBarMessage(`gradlens: saved ${path.posix.basename(target.path)}`, 3000);
  }

  dispose(): void {
    this.panel.dispose();
  }
}

/** The panels of all documents, opened by the commands and kept current by the server's analyses. */
export class GraphPanels implements vscode.Disposable {
  private readonly panels = new Map<string, DocumentPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gradlens.graph.maxNodes')) for (const p of this.panels.values()) p.session.settingsChanged();
      }),
    ];
  }

  /**
   * Trace Backprop / Show Computational Graph / Backprop From Here: asks the server for the graph
   * (a `root` name makes it the document's root), then opens the panel beside the editor or
   * reveals it. Returns the server's answer.
   */
  async show(uri: string, root?: string | null): Promise<GraphResult | undefined> {
    const seq = this.panels.get(uri)?.session.nextRequest();
    const result = await this.request(root === undefined ? { uri } : { uri, root });
    if (result === undefined) return undefined;
    if (result.error !== undefined) void vscode.window.showWarningMessage(`gradlens: no graph for ${fileNameOf(uri)}: ${result.error}`);
    const panel = this.panels.get(uri);
    if (panel === undefined) this.open(uri).session.setResult(result);
    else {
      panel.panel.reveal(undefined, true);
      panel.session.setResult(result, seq);
    }
    return result;
  }

  /** The document was analysed again: its open panel shows the new graph. */
  async refresh(uri: string): Promise<void> {
    const panel = this.panels.get(uri);
    if (panel === undefined) return;
    const seq = panel.session.nextRequest();
    // a failed refresh (the server restarting) leaves the panel on its last graph
    const result = await this.request({ uri }).catch(() => undefined);
    if (result !== undefined && this.panels.get(uri) === panel) panel.session.setResult(result, seq);
  }

  /** Show Gradient Comparison (code action, lens, palette): the panel with the check's comparison open. */
  async showComparison(uri: string, line: number | undefined): Promise<ComparisonOutcome | undefined> {
    const result = await this.show(uri);
    if (result === undefined) return undefined;
    const target = comparisonTarget(result.checks, line, fileNameOf(uri));
    if ('none' in target) {
      void vscode.window.showInformationMessage(target.none);
      return { uri, check: null, message: target.none };
    }
    this.panels.get(uri)?.session.showComparison(target.check);
    return { uri, check: target.check };
  }

  isOpen(uri: string): boolean {
    return this.panels.has(uri);
  }

  private async request(params: GraphParams): Promise<GraphResult | undefined> {
    const client = this.client();
    if (client === undefined) return undefined;
    return client.sendRequest<GraphResult>(GRAPH_REQUEST, params);
  }

  private open(uri: string): DocumentPanel {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const webviewPanel = vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      panelTitle(uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [dist] },
    );
    const panel = new DocumentPanel(uri, webviewPanel, dist, () => {
      if (this.panels.get(uri) === panel) this.panels.delete(uri);
    });
    this.panels.set(uri, panel);
    return panel;
  }

  /** The cursor moved in a document with a panel: the panel highlights the variable under it. */
  private onSelection(editor: vscode.TextEditor): void {
    const panel = this.panels.get(editor.document.uri.toString());
    if (panel === undefined) return;
    const at = editor.selection.active;
    panel.session.highlight(identifierAt(editor.document.lineAt(at.line).text, at.character));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const p of [...this.panels.values()]) p.dispose();
    this.panels.clear();
  }
}
