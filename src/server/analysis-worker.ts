// The worker thread's side: loads the analysis once (the parser's wasm), then analyses one source
// at a time for the server's main thread. Any throw becomes a `failed` message, never a dead worker.
import type { MessagePort } from 'node:worker_threads';
import { analyze, loadAnalysis, type AnalyzeOptions } from '../analysis/index';
import type { Report } from '../analysis/report';

export interface WorkerRequest {
  id: number;
  source: string;
  options: AnalyzeOptions;
}

export type WorkerResponse = { id: number; ok: true; report: Report; millis: number } | { id: number; ok: false; message: string };

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

export function runAnalysisWorker(port: MessagePort): void {
  const loaded = loadAnalysis();
  // Node reports an unhandled rejection only when no one awaits: keep the failure for each request.
  loaded.catch(() => undefined);
  port.on('message', (req: WorkerRequest) => {
    void loaded
      .then(() => {
        const start = performance.now();
        const report = analyze(req.source, req.options);
        const reply: WorkerResponse = { id: req.id, ok: true, report, millis: performance.now() - start };
        port.postMessage(reply);
      })
      .catch((e: unknown) => {
        const reply: WorkerResponse = { id: req.id, ok: false, message: describe(e) };
        port.postMessage(reply);
      });
  });
}
