// The language server: wires the LSP connection to the document analyses and answers hovers, code
// lenses, inlay hints and code actions from the cached reports, synchronously. Every handler catches
// what it throws: a bad file or a bug in one answer never takes the server down.
import { readFile } from 'node:fs/promises';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  InlayHintRefreshRequest,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisRunner } from './analysis-runner';
import { gradientCodeActions } from './code-actions';
import { codeLenses, rootValueText } from './code-lenses';
import { DocumentAnalyses, type Analysis } from './document-analyses';
import { hoverAt } from './hover';
import { inlayHints } from './inlay-hints';
import {
  CHECK_FILE_REQUEST,
  GRAPH_REQUEST,
  STATS_REQUEST,
  STATUS_NOTIFICATION,
  type CheckFileParams,
  type CheckFileResult,
  type GraphParams,
  type GraphResult,
  type StatsResult,
  type StatusParams,
} from './protocol';
import { DEFAULT_SETTINGS, parseSettings } from './settings';
import { uriToPath } from './uri';

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Runs `f`, logging and returning `fallback` if it throws. */
function guarded<T>(connection: Connection, what: string, fallback: T, f: () => T): T {
  try {
    return f();
  } catch (e) {
    connection.console.error(`gradlens: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return fallback;
  }
}

function settingsSection(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  const o = options as Record<string, unknown>;
  return o.settings ?? o.gradlens ?? o;
}

export function startServer(connection: Connection, workerScript: string): void {
  const documents = new TextDocuments(TextDocument);
  const runner = new AnalysisRunner(workerScript, (m) => connection.console.log(m));
  let codeLensRefresh = false;
  let inlayHintRefresh = false;
  let refreshTimer: NodeJS.Timeout | null = null;

  const refreshViews = (): void => {
    // Coalesced: a burst of finished analyses asks the client once.
    if (refreshTimer !== null) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      if (codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      if (inlayHintRefresh) void connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
    }, 20);
  };

  const status = (uri: string, version: number, state: StatusParams['state'], analysis?: Analysis): void => {
    const report = analysis?.report;
    const params: StatusParams = {
      uri,
      version,
      state,
      checksPassed: report?.checks.filter((c) => c.status === 'pass').length ?? 0,
      checksFailed: report?.checks.filter((c) => c.status === 'mismatch').length ?? 0,
      root: report?.root ? { name: report.root.name, line: report.root.line, value: rootValueText(report) } : null,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  };

  const analyses = new DocumentAnalyses(runner, DEFAULT_SETTINGS, documents, {
    started: (uri, version) => status(uri, version, 'analysing'),
    finished: (uri, analysis) => {
      const version = analysis.version ?? undefined;
      void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
      status(uri, analysis.version ?? 0, analysis.report === undefined ? 'failed' : 'done', analysis);
      refreshViews();
    },
    cleared: (uri) => {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      refreshViews();
    },
  });

  connection.onInitialize((params): InitializeResult => {
    analyses.updateSettings(parseSettings(settingsSection(params.initializationOptions)));
    const workspace = params.capabilities.workspace;
    codeLensRefresh = workspace?.codeLens?.refreshSupport === true;
    inlayHintRefresh = workspace?.inlayHint?.refreshSupport === true;
    runner.warmUp();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'gradlens', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((params) => {
    guarded(connection, 'configuration', undefined, () => {
      const section = (params.settings as Record<string, unknown> | null)?.gradlens;
      if (section !== undefined) analyses.updateSettings(parseSettings(section));
      refreshViews();
    });
  });

  const fileChanged = (uri: string): void => {
    if (uri.startsWith('file:')) analyses.dependencyChanged(uriToPath(uri));
  };
  documents.onDidChangeContent((e) =>
    guarded(connection, 'change', undefined, () => {
      analyses.changed(e.document);
      fileChanged(e.document.uri); // the documents that import it
    }),
  );
  documents.onDidClose((e) =>
    guarded(connection, 'close', undefined, () => {
      analyses.closed(e.document.uri);
      fileChanged(e.document.uri); // importers read the disk's text again
    }),
  );
  connection.onDidChangeWatchedFiles((params) => guarded(connection, 'watched files', undefined, () => params.changes.forEach((c) => fileChanged(c.uri))));

  connection.onHover((params) =>
    guarded(connection, 'hover', null, () => {
      const report = analyses.cached(params.textDocument.uri)?.report;
      const doc = documents.get(params.textDocument.uri);
      if (report === undefined || doc === undefined) return null;
      const hover = hoverAt(report, linesOf(doc.getText()), params.position);
      return hover === undefined ? null : { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range };
    }),
  );

  connection.onCodeLens((params) =>
    guarded(connection, 'code lens', [], () => {
      const report = analyses.cached(params.textDocument.uri)?.report;
      return report === undefined ? [] : codeLenses(report, params.textDocument.uri);
    }),
  );

  connection.languages.inlayHint.on((params) =>
    guarded(connection, 'inlay hints', [], () => {
      if (!analyses.current.inlayHints) return [];
      const report = analyses.cached(params.textDocument.uri)?.report;
      const doc = documents.get(params.textDocument.uri);
      if (report === undefined || doc === undefined) return [];
      return inlayHints(report, linesOf(doc.getText()), params.range.start.line, params.range.end.line);
    }),
  );

  connection.onCodeAction((params) =>
    guarded(connection, 'code actions', [], () => gradientCodeActions(params.textDocument.uri, params.context.diagnostics)),
  );

  connection.onRequest(GRAPH_REQUEST, async (params: GraphParams): Promise<GraphResult> => {
    const settings = analyses.current;
    const empty = (error: string): GraphResult => ({
      uri: params.uri,
      version: null,
      root: null,
      graph: [],
      checks: [],
      bindings: [],
      comparisons: [],
      diagnostics: [],
      maxGraphNodes: settings.maxGraphNodes,
      exitCode: null,
      error,
    });
    try {
      let analysis: Analysis | undefined;
      if (documents.get(params.uri) !== undefined) {
        if (params.root !== undefined) analyses.setRoot(params.uri, params.root);
        analysis = await analyses.ensure(params.uri);
      } else {
        const text = await readFile(uriToPath(params.uri), 'utf8');
        analysis = await analyses.analyseText(params.uri, text);
      }
      if (analysis === undefined) return empty('the document is not open or not included by gradlens.include');
      const r = analysis.report;
      if (r === undefined) return { ...empty(analysis.failure ?? 'no report'), version: analysis.version };
      return {
        uri: params.uri,
        version: analysis.version,
        root: r.root,
        graph: r.graph,
        checks: r.checks,
        bindings: r.bindings,
        comparisons: r.comparisons,
        diagnostics: r.diagnostics,
        maxGraphNodes: settings.maxGraphNodes,
        exitCode: r.exitCode,
      };
    } catch (e) {
      return empty(e instanceof Error ? e.message : String(e));
    }
  });

  connection.onRequest(CHECK_FILE_REQUEST, async (params: CheckFileParams): Promise<CheckFileResult> => {
    const none: CheckFileResult = { uri: params.uri, analysed: false, checksPassed: 0, checksFailed: 0, checksKink: 0, errors: 0, warnings: 0 };
    try {
      if (!analyses.isIncluded(params.uri)) return none;
      let analysis: Analysis | undefined;
      if (documents.get(params.uri) !== undefined) analysis = await analyses.ensure(params.uri);
      else {
        const text = await readFile(uriToPath(params.uri), 'utf8');
        analysis = await analyses.analyseText(params.uri, text);
        void connection.sendDiagnostics({ uri: params.uri, diagnostics: analysis.diagnostics });
      }
      if (analysis === undefined) return none;
      const checks = analysis.report?.checks ?? [];
      return {
        uri: params.uri,
        analysed: true,
        checksPassed: checks.filter((c) => c.status === 'pass').length,
        checksFailed: checks.filter((c) => c.status === 'mismatch').length,
        checksKink: checks.filter((c) => c.status === 'kink').length,
        errors: analysis.diagnostics.filter((d) => d.severity === 1).length,
        warnings: analysis.diagnostics.filter((d) => d.severity === 2).length,
        error: analysis.report === undefined ? analysis.failure : undefined,
      };
    } catch (e) {
      return { ...none, error: e instanceof Error ? e.message : String(e) };
    }
  });

  connection.onRequest(STATS_REQUEST, (): StatsResult => {
    const memory = process.memoryUsage();
    return {
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      runsStarted: runner.stats.started,
      runsCompleted: runner.stats.completed,
      runsCancelled: runner.stats.cancelled,
      workersStarted: runner.stats.workersStarted,
      parsesFull: runner.stats.parses.full,
      parsesIncremental: runner.stats.parses.incremental,
      parsesUnchanged: runner.stats.parses.unchanged,
      openDocuments: documents.all().length,
    };
  });

  connection.onShutdown(() => {
    analyses.dispose();
    runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
