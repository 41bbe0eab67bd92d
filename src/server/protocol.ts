// The custom requests and notifications between the extension and the server. Plain types and
// method names only, so both sides (and other editors) can import them.
import type { BindingReport, CheckReport, DiagnosticReport, GradientComparisonReport, GraphNode, RootReport } from '../analysis/report';

/**
 * `gradlens/graph`: the graph behind a document's root. `root` undefined keeps the document's
 * current root, a name makes it the root from now on (Backprop From Here), null returns to the
 * automatic choice. The server analyses the current text first if it has to.
 */
export const GRAPH_REQUEST = 'gradlens/graph';
export interface GraphParams {
  uri: string;
  root?: string | null;
}
export interface GraphResult {
  uri: string;
  /** The document version analysed (null for a file that is not open). */
  version: number | null;
  root: RootReport | null;
  graph: GraphNode[];
  checks: CheckReport[];
  /** Every variable binding of the run (the panel labels nodes and finds variables with them). */
  bindings: BindingReport[];
  /** The user's, exact and numeric gradients of the checks small enough to ship (`check` indexes `checks`). */
  comparisons: GradientComparisonReport[];
  diagnostics: DiagnosticReport[];
  /** The server's node limit for the panel (the client reads `gradlens.graph.maxNodes` itself). */
  maxGraphNodes: number;
  /** The run's outcome (0 ok, 1 raised/unsupported/syntax, 3 budget), or null when no report could be made. */
  exitCode: 0 | 1 | 3 | null;
  /** Why there is no report, when there is none. */
  error?: string;
}

/** `gradlens/checkFile`: analyse one file (open or on disk), publish its diagnostics, summarise. */
export const CHECK_FILE_REQUEST = 'gradlens/checkFile';
export interface CheckFileParams {
  uri: string;
}
export interface CheckFileResult {
  uri: string;
  /** False when the file is outside `gradlens.include` or could not be read. */
  analysed: boolean;
  checksPassed: number;
  checksFailed: number;
  checksKink: number;
  errors: number;
  warnings: number;
  error?: string;
}

/** `gradlens/status` (server -> client): the summary of a document's latest report, for the status bar. */
export const STATUS_NOTIFICATION = 'gradlens/status';
export interface StatusParams {
  uri: string;
  version: number;
  state: 'analysing' | 'done' | 'failed';
  checksPassed: number;
  checksFailed: number;
  root: { name: string; line: number; value: string } | null;
}

/** `gradlens/stats`: the server's own numbers, for benchmarks and tests. */
export const STATS_REQUEST = 'gradlens/stats';
export interface StatsResult {
  /** Resident set size of the server process (its worker thread included), in bytes. */
  rssBytes: number;
  heapUsedBytes: number;
  runsStarted: number;
  runsCompleted: number;
  runsCancelled: number;
  workersStarted: number;
  /** Parses of finished analyses: from scratch, incremental (the document's previous tree edited), unchanged text. */
  parsesFull: number;
  parsesIncremental: number;
  parsesUnchanged: number;
  openDocuments: number;
}
