// The worker thread's side: loads the analysis once (the parser's wasm), then analyses one source
// at a time for the server's main thread. Any throw becomes a `failed` message, never a dead worker.
import { isAbsolute, resolve } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { diskModuleFiles } from '../python/disk-module-files';
import { SourceTrees, analyze, loadAnalysis, type AnalyzeOptions, type SourceTreesStats } from '../analysis/index';
import type { Report } from '../analysis/report';

export interface WorkerRequest {
  id: number;
  source: string;
  options: AnalyzeOptions;
  /** Open editors' texts by path: the run's imports read these instead of the disk. */
  unsaved: [string, string][];
}

/** How the text was parsed: from scratch, by editing the document's previous tree, or not at all (same text). */
export type ParseKind = 'full' | 'incremental' | 'unchanged';

export type WorkerResponse =
  | { id: number; ok: true; report: Report; millis: number; parse: ParseKind }
  | { id: number; ok: false; message: string };

/** Documents whose last tree the worker keeps for the next incremental parse. */
const KEPT_TREES = 32;

function parseKind(before: SourceTreesStats, after: SourceTreesStats): ParseKind {
  if (after.incremental > before.incremental) return 'incremental';
  if (after.full > before.full) return 'full';
  return 'unchanged';
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

export function runAnalysisWorker(port: MessagePort): void {
  const loaded = loadAnalysis();
  // Per document (keyed by its path), the tree of the last analysed text.
  const trees = new SourceTrees(KEPT_TREES);
  // Node reports an unhandled rejection only when no one awaits: keep the failure for each request.
  loaded.catch(() => undefined);
  port.on('message', (req: WorkerRequest) => {
    void loaded
      .then(() => {
        const start = performance.now();
        const before = { ...trees.stats };
        const unsaved = new Map(req.unsaved.map(([path, text]) => [resolve(path), text]));
        // a document with a folder (a file, not an untitled editor) imports the modules beside it
        const moduleFiles = isAbsolute(req.options.filename) ? diskModuleFiles((path) => unsaved.get(resolve(path))) : undefined;
        const report = analyze(req.source, { ...req.options, trees, moduleFiles });
        const reply: WorkerResponse = { id: req.id, ok: true, report, millis: performance.now() - start, parse: parseKind(before, trees.stats) };
        port.postMessage(reply);
      })
      .catch((e: unknown) => {
        const reply: WorkerResponse = { id: req.id, ok: false, message: describe(e) };
        port.postMessage(reply);
      });
  });
}
