// The VS Code side: starts the gradlens language server (dist/server.js, its own Node process),
// registers the commands, the status bar and the graph panels (client/graph-panel.ts hosts webview/).
// Only this file and src/client/ import `vscode`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './client/check-workspace';
import { GraphPanels } from './client/graph-panel';
import { createLanguageClient } from './client/language-client';
import { GradlensStatusBar } from './client/status-bar';
import { STATUS_NOTIFICATION, type StatusParams } from './server/protocol';

let client: LanguageClient | undefined;

/** The document a command is about: its argument (a URI string or Uri), else the active Python editor's. */
function targetUri(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  const doc = vscode.window.activeTextEditor?.document;
  return doc !== undefined && doc.languageId === 'python' ? doc.uri.toString() : undefined;
}

function noFile(): undefined {
  void vscode.window.showInformationMessage('gradlens: open a Python file first.');
  return undefined;
}

async function startClient(context: vscode.ExtensionContext, statusBar: GradlensStatusBar, panels: GraphPanels): Promise<void> {
  const c = createLanguageClient(context);
  client = c;
  await c.start();
  c.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
    statusBar.update(params);
    if (params.state === 'done' && panels.isOpen(params.uri)) void panels.refresh(params.uri);
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const statusBar = new GradlensStatusBar();
  const panels = new GraphPanels(context.extensionUri, () => client);
  context.subscriptions.push(statusBar, panels);

  const trace = async (arg?: unknown) => {
    const uri = targetUri(arg);
    return uri === undefined ? noFile() : panels.show(uri);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('gradlens.traceBackprop', trace),
    vscode.commands.registerCommand('gradlens.showGraph', trace),
    vscode.commands.registerCommand('gradlens.backpropFromHere', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor === undefined || editor.document.languageId !== 'python') return noFile();
      const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[A-Za-z_]\w*/);
      if (range === undefined) {
        void vscode.window.showInformationMessage('gradlens: put the cursor on a variable to backpropagate from it.');
        return undefined;
      }
      return panels.show(editor.document.uri.toString(), editor.document.getText(range));
    }),
    vscode.commands.registerCommand('gradlens.showGradientComparison', async (arg?: unknown, line?: unknown) => {
      const uri = targetUri(arg);
      if (uri === undefined) return noFile();
      return panels.showComparison(uri, typeof line === 'number' ? line : undefined);
    }),
    vscode.commands.registerCommand('gradlens.checkWorkspace', async () => (client === undefined ? undefined : checkWorkspace(client))),
    vscode.commands.registerCommand('gradlens.restartServer', async () => {
      await client?.restart();
    }),
  );
  await startClient(context, statusBar, panels);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
