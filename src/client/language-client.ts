// Starts the gradlens language server (dist/server.js, its own Node process) over IPC.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The `gradlens` settings as the server reads them (nested: `budget`, `tolerance`). */
export function currentSettings(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('gradlens'))) as unknown;
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    outputChannelName: 'gradlens',
    initializationOptions: { settings: currentSettings() },
    // Python files changed on disk (a git checkout, another editor): the analyses that imported them re-run.
    synchronize: { configurationSection: 'gradlens', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.py') },
  };
  return new LanguageClient('gradlens', 'gradlens', serverOptions, clientOptions);
}
