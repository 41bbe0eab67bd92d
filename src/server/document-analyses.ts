// Keeps the analysis of each open document current: debounces edits, skips unchanged text (a hash
// of text + settings + root), cancels stale runs, caches the last Report per document and publishes
// its diagnostics. Hovers, lenses and inlay hints read the cache synchronously.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver';
import type { AnalyzeOptions } from '../analysis/index';
import type { Report } from '../analysis/report';
import type { AnalysisRunner, Outcome } from './analysis-runner';
import { serverDiagnostic, toLspDiagnostic } from './diagnostics';
import { matchesGlob } from './glob';
import type { Settings } from './settings';
import { uriToPath } from './uri';

/** A finished analysis of one text of a document. */
export interface Analysis {
  key: string;
  version: number | null;
  /** Undefined when no report could be made (stopped past the budget, or the worker failed). */
  report: Report | undefined;
  diagnostics: Diagnostic[];
  failure?: string;
  millis?: number;
  /** The user's modules the run imported, each with a digest of the text it read (null: gone):
   *  the analysis is current only while they still read the same. */
  dependencies?: ReadonlyMap<string, string | null>;
}

/** What the cache needs to know of a document. */
export interface DocumentText {
  uri: string;
  version: number;
  getText(): string;
}

export interface AnalysisEvents {
  /** A run starts for this version. */
  started(uri: string, version: number): void;
  /** A run finished and is current for the document: publish it. */
  finished(uri: string, analysis: Analysis): void;
  /** The document is not analysed (closed, or outside the include glob): clear what was shown. */
  cleared(uri: string): void;
}

type RunResult = Analysis | 'cancelled' | 'closed';

interface Run {
  key: string;
  version: number;
  promise: Promise<RunResult>;
}

interface DocState {
  timer: NodeJS.Timeout | null;
  inflight: Run | null;
  current: Analysis | null;
  /** Root chosen by Backprop From Here; undefined = automatic. */
  root: string | undefined;
}

/**
 * How long past `maxSeconds` a run may take before its worker is stopped: after a budget stop the
 * analysis still backpropagates over (and reports) everything recorded, which on a long tape can take
 * longer than the run itself, and a fresh worker loads the parser first.
 */
function watchdogMs(maxSeconds: number): number {
  return 2 * maxSeconds * 1000 + 10_000;
}

export class DocumentAnalyses {
  private states = new Map<string, DocState>();

  constructor(
    private readonly runner: AnalysisRunner,
    private settings: Settings,
    private readonly documents: { get(uri: string): DocumentText | undefined; all(): DocumentText[] },
    private readonly events: AnalysisEvents,
    /** The text of a file on disk, or null (the server reads the disk; tests pass their own). */
    private readonly readFile: (path: string) => string | null = readDiskFile,
  ) {}

  get current(): Settings {
    return this.settings;
  }

  /** The last finished analysis of a document (what hovers answer from). */
  cached(uri: string): Analysis | undefined {
    return this.states.get(uri)?.current ?? undefined;
  }

  isIncluded(uri: string): boolean {
    const path = uriToPath(uri);
    return matchesGlob(this.settings.include, path) && !matchesGlob(this.settings.exclude, path);
  }

  /**
   * The file at `path` changed (an open document's text, or a file on disk): re-analyse the open
   * documents whose last analysis imported it (`import layers` of the edited layers.py).
   */
  dependencyChanged(path: string): void {
    for (const [uri, state] of this.states) {
      if (state.current?.dependencies?.has(path) !== true) continue;
      const doc = this.documents.get(uri);
      if (doc === undefined || uriToPath(uri) === path) continue;
      if (state.inflight !== null) {
        // a run in flight may have read the old text: it is stopped and run again
        state.inflight = null;
        this.runner.cancel(uri);
      }
      this.changed(doc);
    }
  }

  /** The document's text changed (or it was opened): re-analyse after the debounce. */
  changed(doc: DocumentText): void {
    const state = this.stateOf(doc.uri);
    const first = state.current === null && state.inflight === null && state.timer === null;
    if (state.timer !== null) clearTimeout(state.timer);
    // The running analysis is of an older text now: its result would be stale, so stop it.
    if (state.inflight !== null && state.inflight.key !== this.keyOf(doc.getText(), state.root)) {
      state.inflight = null;
      this.runner.cancel(doc.uri);
    }
    const delay = first ? 0 : this.settings.debounceMs;
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.ensure(doc.uri, false);
    }, delay);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state === undefined) return;
    if (state.timer !== null) clearTimeout(state.timer);
    this.states.delete(uri);
    this.runner.cancel(uri);
    this.events.cleared(uri);
  }

  /** New settings: everything open is analysed again (the key includes the settings). */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    for (const uri of this.states.keys()) {
      const doc = this.documents.get(uri);
      if (doc !== undefined) this.changed(doc);
    }
  }

  /** Sets (name), or resets (null), the root of a document for its next analyses. */
  setRoot(uri: string, root: string | null): void {
    this.stateOf(uri).root = root ?? undefined;
  }

  rootOf(uri: string): string | undefined {
    return this.states.get(uri)?.root;
  }

  /**
   * The analysis of the document's current text, running it now if it is not cached or running.
   * Undefined for a document that is not open or not included. With `follow`, a run that a newer
   * edit cancelled is followed by the analysis of the newer text; without, it gives undefined.
   */
  async ensure(uri: string, follow = true): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    if (doc === undefined) return undefined;
    if (!this.isIncluded(uri)) {
      this.events.cleared(uri);
      return undefined;
    }
    const state = this.stateOf(uri);
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    const text = doc.getText();
    const key = this.keyOf(text, state.root);
    if (state.current !== null && state.current.key === key && this.dependenciesUnchanged(state.current)) {
      if (state.current.version !== doc.version) {
        // Same text under a new version (an undo, a save): republish, do not re-run.
        state.current = { ...state.current, version: doc.version };
        this.events.finished(uri, state.current);
      }
      return state.current;
    }
    const run = state.inflight !== null && state.inflight.key === key ? state.inflight : this.start(uri, state, key, text, doc.version);
    const result = await run.promise;
    if (result === 'closed') return undefined;
    if (result === 'cancelled') return follow && this.states.get(uri) === state ? this.ensure(uri, true) : undefined;
    return result;
  }

  private start(uri: string, state: DocState, key: string, text: string, version: number): Run {
    this.events.started(uri, version);
    const run: Run = { key, version, promise: Promise.resolve<RunResult>('cancelled') };
    run.promise = this.runner.submit(uri, text, this.optionsFor(uri, state.root), this.deadlineMs(), this.unsavedTexts(uri)).then((outcome): RunResult => {
      if (this.states.get(uri) !== state) return 'closed';
      // Superseded (a newer edit came): even a finished report is of an old text now.
      if (state.inflight !== run) return 'cancelled';
      state.inflight = null;
      if (outcome.kind === 'cancelled') return 'cancelled';
      const analysis = this.withDependencies(toAnalysis(key, version, uri, outcome));
      state.current = analysis;
      this.events.finished(uri, analysis);
      return analysis;
    });
    state.inflight = run;
    return run;
  }

  /** Analyses a text that is not an open document (Check Gradients in Workspace). */
  async analyseText(uri: string, text: string): Promise<Analysis> {
    const key = this.keyOf(text, undefined);
    const outcome = await this.runner.submit(`file:${uri}`, text, this.optionsFor(uri, undefined), this.deadlineMs(), this.unsavedTexts(uri));
    return toAnalysis(key, null, uri, outcome);
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.timer !== null) clearTimeout(s.timer);
    this.states.clear();
  }

  private stateOf(uri: string): DocState {
    let s = this.states.get(uri);
    if (s === undefined) {
      s = { timer: null, inflight: null, current: null, root: undefined };
      this.states.set(uri, s);
    }
    return s;
  }

  /** The open documents' texts other than `uri`'s, by path: what an import reads instead of the disk. */
  private unsavedTexts(uri: string): [string, string][] {
    return this.documents
      .all()
      .filter((d) => d.uri !== uri && d.uri.startsWith('file:'))
      .map((d) => [uriToPath(d.uri), d.getText()]);
  }

  /** The text an import of `path` reads now: the open document's, else the disk's. */
  private dependencyDigest(path: string): string | null {
    const open = this.documents.all().find((d) => d.uri.startsWith('file:') && uriToPath(d.uri) === path);
    const text = open !== undefined ? open.getText() : this.readFile(path);
    return text === null ? null : createHash('sha1').update(text).digest('hex');
  }

  private withDependencies(analysis: Analysis): Analysis {
    const imports = analysis.report?.imports ?? [];
    if (imports.length === 0) return analysis;
    return { ...analysis, dependencies: new Map(imports.map((path) => [path, this.dependencyDigest(path)])) };
  }

  private dependenciesUnchanged(analysis: Analysis): boolean {
    if (analysis.dependencies === undefined) return true;
    for (const [path, digest] of analysis.dependencies) if (this.dependencyDigest(path) !== digest) return false;
    return true;
  }

  private keyOf(text: string, root: string | undefined): string {
    return createHash('sha1')
      .update(text)
      .update('\0')
      .update(JSON.stringify([this.settings.maxSteps, this.settings.maxSeconds, this.settings.maxElements, this.settings.rtol, this.settings.atol, root ?? null]))
      .digest('hex');
  }

  private optionsFor(uri: string, root: string | undefined): AnalyzeOptions {
    const s = this.settings;
    const options: AnalyzeOptions = {
      filename: uriToPath(uri),
      maxSteps: s.maxSteps,
      maxSeconds: s.maxSeconds,
      maxElements: s.maxElements,
      tolerance: { rtol: s.rtol, atol: s.atol },
    };
    if (root !== undefined) options.root = root;
    return options;
  }

  private deadlineMs(): number {
    return watchdogMs(this.settings.maxSeconds);
  }
}

function toAnalysis(key: string, version: number | null, uri: string, outcome: Exclude<Outcome, { kind: 'cancelled' }> | Outcome): Analysis {
  switch (outcome.kind) {
    case 'report':
      return { key, version, report: outcome.report, diagnostics: outcome.report.diagnostics.map((d) => toLspDiagnostic(d, uri)), millis: outcome.millis };
    case 'timeout': {
      const message = `gradlens stopped the analysis after ${outcome.seconds} s: the program did not reach its budget checks in time, so nothing could be recorded`;
      return { key, version, report: undefined, diagnostics: [serverDiagnostic('budget-exceeded', message)], failure: message };
    }
    case 'failed': {
      const message = `gradlens could not analyse this file (an internal error, please report it): ${outcome.message.split('\n')[0]}`;
      return { key, version, report: undefined, diagnostics: [serverDiagnostic('internal-error', message)], failure: outcome.message };
    }
    case 'cancelled':
      return { key, version, report: undefined, diagnostics: [], failure: 'cancelled' };
  }
}

function readDiskFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
