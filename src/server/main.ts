// The gradlens language server's entry point (dist/server.js): its own Node process, speaking LSP
// over the transport the client chose (ipc from VS Code, --stdio for other editors and tests).
// The same bundle is the analysis worker: loaded in a worker thread, it runs the analyses instead.
import { isMainThread, parentPort } from 'node:worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { runAnalysisWorker } from './analysis-worker';
import { startServer } from './server';

if (isMainThread) {
  const connection = createConnection(ProposedFeatures.all);
  // Whatever escapes a handler is logged; the server keeps answering.
  process.on('uncaughtException', (e) => connection.console.error(`gradlens: uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`gradlens: unhandled rejection: ${String(e)}`));
  startServer(connection, __filename);
} else if (parentPort !== null) {
  runAnalysisWorker(parentPort);
}
