// A minimal LSP client for the integration tests: starts the real dist/server.js over stdio and
// speaks the protocol with vscode-languageserver-protocol's connection.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  InlayHintRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type Hover,
  type InlayHint,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER_JS = resolve(process.env.GRADLENS_SERVER_JS ?? 'dist/server.js');

export function fileUri(path: string): string {
  return pathToFileURL(resolve(path)).toString();
}

interface Waiter {
  uri: string;
  test: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspSession {
  /** Every publishDiagnostics the server sent, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every gradlens/status notification. */
  readonly statuses: { uri: string; version: number; state: string }[] = [];
  readonly logs: string[] = [];
  private waiters: Waiter[] = [];
  private statusWaiters: { test: (p: { uri: string; version: number; state: string }) => boolean; resolve: () => void }[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(settings: Record<string, unknown> = {}): Promise<LspSession> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    child.stderr!.on('data', (d: Buffer) => session.logs.push(d.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      session.published.push(p);
      for (const w of [...session.waiters])
        if (w.uri === p.uri && w.test(p)) {
          session.waiters.splice(session.waiters.indexOf(w), 1);
          w.resolve(p);
        }
    });
    connection.onNotification('gradlens/status', (p: { uri: string; version: number; state: string }) => {
      session.statuses.push(p);
      for (const w of [...session.statusWaiters])
        if (w.test(p)) {
          session.statusWaiters.splice(session.statusWaiters.indexOf(w), 1);
          w.resolve();
        }
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      session.logs.push(p.message);
    });
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } } },
      initializationOptions: { settings },
      workspaceFolders: null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'python', version, text } });
  }

  /** Replaces the whole text (a content change without a range). */
  async change(uri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** An incremental content change: replaces the text between two positions, as an editor's keystroke does. */
  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The next diagnostics published for `uri` that pass `test` (or the last one already received). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  async diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    const done = this.published.find((p) => p.uri === uri && p.version === version);
    return (done ?? (await this.diagnostics(uri, (p) => p.version === version))).diagnostics;
  }

  /** Resolves once the server has said `state` for this version of the document. */
  status(uri: string, version: number, state: 'analysing' | 'done' | 'failed'): Promise<void> {
    const test = (p: { uri: string; version: number; state: string }): boolean => p.uri === uri && p.version === version && p.state === state;
    if (this.statuses.some(test)) return Promise.resolve();
    return new Promise((resolve) => this.statusWaiters.push({ test, resolve }));
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async hoverText(uri: string, line: number, character: number): Promise<string | undefined> {
    const h = await this.hover(uri, line, character);
    if (h === null) return undefined;
    const c = h.contents;
    return typeof c === 'object' && c !== null && 'value' in c && !Array.isArray(c) ? c.value : JSON.stringify(c);
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    return (await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
  }

  async inlayHints(uri: string, lines = 10_000): Promise<InlayHint[]> {
    return (
      (await this.connection.sendRequest(InlayHintRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
      })) ?? []
    );
  }

  async codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const r = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
    return (r ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // the server is gone already
      }
    }
    this.connection.dispose();
    if (this.alive) this.process.kill();
  }
}
