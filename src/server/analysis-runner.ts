// Runs analyses in one worker thread, one at a time, under a watchdog. A job is keyed (by document):
// submitting a newer job with the same key cancels the older one - dropped from the queue, or, when
// it is already running, by terminating the worker and starting a fresh one (which loads the
// analysis again). A job still running past its deadline is stopped the same way.
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analysis/index';
import type { Report } from '../analysis/report';
import type { ParseKind, WorkerRequest, WorkerResponse } from './analysis-worker';

export type Outcome =
  | { kind: 'report'; report: Report; millis: number }
  | { kind: 'cancelled' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failed'; message: string };

interface Job {
  id: number;
  key: string;
  source: string;
  options: AnalyzeOptions;
  deadlineMs: number;
  unsaved: [string, string][];
  resolve: (o: Outcome) => void;
}

export interface RunnerStats {
  started: number;
  completed: number;
  cancelled: number;
  workersStarted: number;
  /** How the finished analyses parsed their text (a new worker starts without trees). */
  parses: Record<ParseKind, number>;
}

export class AnalysisRunner {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private running: Job | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private nextId = 1;
  private disposed = false;
  readonly stats: RunnerStats = { started: 0, completed: 0, cancelled: 0, workersStarted: 0, parses: { full: 0, incremental: 0, unchanged: 0 } };

  /** `workerScript` is a file that runs `runAnalysisWorker` when loaded in a worker thread. */
  constructor(
    private readonly workerScript: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Starts the worker ahead of the first job, so the parser is loaded by then. */
  warmUp(): void {
    if (!this.disposed) this.ensureWorker();
  }

  /** `unsaved`: open editors' texts by path, which the run's imports read instead of the disk. */
  submit(key: string, source: string, options: AnalyzeOptions, deadlineMs: number, unsaved: [string, string][] = []): Promise<Outcome> {
    if (this.disposed) return Promise.resolve({ kind: 'cancelled' });
    this.cancel(key);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, key, source, options, deadlineMs, unsaved, resolve });
      this.pump();
    });
  }

  /** Cancels the queued and the running job of `key`, if any. */
  cancel(key: string): void {
    const dropped = this.queue.filter((j) => j.key === key);
    if (dropped.length > 0) {
      this.queue = this.queue.filter((j) => j.key !== key);
      for (const j of dropped) this.finish(j, { kind: 'cancelled' });
    }
    if (this.running?.key === key) {
      const job = this.running;
      this.stopWorker();
      this.finish(job, { kind: 'cancelled' });
      this.pump();
    }
  }

  dispose(): void {
    this.disposed = true;
    const pending = [...this.queue, ...(this.running ? [this.running] : [])];
    this.queue = [];
    this.stopWorker();
    for (const j of pending) this.finish(j, { kind: 'cancelled' });
  }

  private finish(job: Job, outcome: Outcome): void {
    if (this.running === job) {
      this.running = null;
      if (this.watchdog !== null) clearTimeout(this.watchdog);
      this.watchdog = null;
    }
    if (outcome.kind === 'cancelled') this.stats.cancelled++;
    else this.stats.completed++;
    job.resolve(outcome);
  }

  private pump(): void {
    if (this.disposed || this.running !== null) return;
    const job = this.queue.shift();
    if (job === undefined) return;
    const worker = this.ensureWorker();
    this.running = job;
    this.stats.started++;
    this.watchdog = setTimeout(() => {
      if (this.running !== job) return;
      this.log(`analysis of ${job.key} ran past ${job.deadlineMs} ms: stopping its worker`);
      this.stopWorker();
      this.finish(job, { kind: 'timeout', seconds: job.deadlineMs / 1000 });
      this.pump();
    }, job.deadlineMs);
    const request: WorkerRequest = { id: job.id, source: job.source, options: job.options, unsaved: job.unsaved };
    worker.postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(this.workerScript, {
      workerData: { role: 'gradlens-analysis' },
      // The analysis keeps its own element budget; this only stops a runaway heap from taking the server.
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
      stdout: true,
      stderr: true,
    });
    this.stats.workersStarted++;
    worker.stdout.on('data', (d: Buffer) => this.log(`[worker] ${d.toString().trimEnd()}`));
    worker.stderr.on('data', (d: Buffer) => this.log(`[worker] ${d.toString().trimEnd()}`));
    worker.on('message', (msg: WorkerResponse) => {
      const job = this.running;
      if (this.worker !== worker || job === null || msg.id !== job.id) return;
      if (msg.ok) this.stats.parses[msg.parse]++;
      this.finish(job, msg.ok ? { kind: 'report', report: msg.report, millis: msg.millis } : { kind: 'failed', message: msg.message });
      this.pump();
    });
    const lost = (why: string): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.log(`analysis worker stopped: ${why}`);
      const job = this.running;
      if (job !== null) this.finish(job, { kind: 'failed', message: `the analysis worker stopped: ${why}` });
      this.pump();
    };
    worker.on('error', (e) => lost(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) void worker.terminate();
  }
}
