// The status bar item: for the active Python file, the checks passed / failed and the root's value;
// clicking it runs Trace Backprop.
import * as vscode from 'vscode';
import type { StatusParams } from '../server/protocol';

export class GradlensStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gradlens.status', vscode.StatusBarAlignment.Left, 50);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.item.name = 'gradlens';
    this.item.command = 'gradlens.traceBackprop';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.render());
    this.render();
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  /** The latest status of a document, if the server sent one. */
  statusOf(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined || doc.languageId !== 'python') {
      this.item.hide();
      return;
    }
    const s = this.byUri.get(doc.uri.toString());
    if (s === undefined || s.state === 'analysing') {
      this.item.text = '$(sync~spin) gradlens';
      this.item.tooltip = 'gradlens is analysing this file';
    } else if (s.state === 'failed') {
      this.item.text = '$(warning) gradlens';
      this.item.tooltip = 'gradlens could not finish the analysis of this file (see Problems)';
    } else {
      const root = s.root === null ? 'no root' : `${s.root.name} = ${s.root.value}`;
      this.item.text = `$(pass) ${s.checksPassed}  $(error) ${s.checksFailed}  ∇ ${root}`;
      this.item.tooltip = `gradient checks: ${s.checksPassed} passed, ${s.checksFailed} failed. Click to trace backprop${s.root ? ` from ${s.root.name} (line ${s.root.line})` : ''}.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
