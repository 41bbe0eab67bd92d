// The Report: everything a run of the analysis found, as plain data. The CLI, the language server
// and the webview all read it; none computes anything of its own. Its JSON form (toTraceJson) is
// the CLI's `trace --json` contract (../../docs/CLI.md), and must stay compatible.

/** A source range: lines 1-based, columns 0-based in UTF-16 code units (LSP's convention). */
export interface Range {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A value as JSON: a number, a non-finite number as a string, nested lists, or a Python object. */
export type JsonValue =
  | number
  | 'nan'
  | 'inf'
  | '-inf'
  | string
  | boolean
  | null
  | JsonValue[]
  | { type: string; repr: string; fields?: Record<string, JsonValue> };

export interface BindingReport {
  name: string;
  /** 1-based line of the statement (a directive's: its comment line). */
  line: number;
  /** The precise range of the bound name, for hover. */
  range: Range;
  /** `<module>` or the function's `__qualname__`. */
  scope: string;
  count: number;
  /** numpy/torch dtype of a numeric value, else absent. */
  dtype?: string;
  /** Shape of a numeric value ([] for a scalar), else absent. */
  shape?: number[];
  value: JsonValue;
  /** d root / d value (for an object: w.r.t. its `.data`); null when the root does not depend on it. */
  grad: JsonValue | null;
  /** For objects with a `grad` field (micrograd-style): the user's own `.grad`, for comparison. */
  userGrad?: JsonValue;
  /** The op that produced the value, when it came from one (for "q = x + y - add: ..."). */
  op?: string;
}

export interface RootReport {
  name: string;
  line: number;
  value: JsonValue;
  /** Which rule of DIALECT.md chose it. */
  rule: 'backward-call' | 'option' | 'loss-function' | 'loss-name' | 'last-assignment';
}

export type CheckKind = 'returned-gradient' | 'forward-backward-pair' | 'object-graph' | 'autograd-function';
export type CheckStatus = 'pass' | 'mismatch' | 'kink';

export interface CheckReport {
  kind: CheckKind;
  /** The function whose gradient is judged (for a pair: the backward; for an object graph: the method). */
  function: string;
  line: number;
  /** The argument the gradient is taken with respect to (`data` for object graphs). */
  wrt: string;
  status: CheckStatus;
  maxRelError: number;
  worstIndex: number[];
  analytic: number;
  numeric: number;
  autograd: number;
  /** How many elements disagree, out of how many. */
  mismatched?: number;
  total?: number;
  rtol?: number;
  atol?: number;
}

/** For the graph panel's mismatch view: the three gradients of one check, shaped like the input. */
export interface GradientComparisonReport {
  /** Index into `checks`. */
  check: number;
  user: JsonValue;
  exact: JsonValue;
  /** Finite differences where they were sampled; null elsewhere (they are costly). */
  numeric: JsonValue;
}

export type DiagnosticCode =
  | 'gradient-mismatch'
  | 'gradient-kink'
  | 'runtime-error'
  | 'non-finite'
  | 'unsupported'
  | 'budget-exceeded';
export type Severity = 'error' | 'warning' | 'information';

export interface RelatedInformation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface DiagnosticReport {
  code: DiagnosticCode;
  severity: Severity;
  /** 1-based line and column (CLI.md). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  relatedInformation?: RelatedInformation[];
}

/** One node of the computational graph that reaches the root. */
export interface GraphNode {
  id: number;
  /** `op` for an operation's output, `leaf` for an input/constant. */
  kind: 'op' | 'leaf';
  op?: string;
  /** The variable this tensor was bound to, when there is one. */
  name?: string;
  range?: Range;
  shape: number[];
  value: JsonValue;
  grad: JsonValue | null;
  inputs: number[];
  attrs?: Record<string, unknown>;
}

export interface Report {
  version: 1;
  file: string;
  root: RootReport | null;
  bindings: BindingReport[];
  checks: CheckReport[];
  diagnostics: DiagnosticReport[];
  graph: GraphNode[];
  /** One per check whose gradient is small enough to ship whole (not part of `trace --json`). */
  comparisons: GradientComparisonReport[];
  stdout: string;
  /** The run's outcome: 0 ok, 1 exception/unsupported/syntax, 3 budget. */
  exitCode: 0 | 1 | 3;
  /** Files of the user's own modules the run imported: the report depends on their text too. */
  imports: string[];
}

/** The CLI's `trace --json` object (CLI.md); extra fields may be added, existing ones never change. */
export function toTraceJson(r: Report): object {
  return {
    version: r.version,
    file: r.file,
    root: r.root === null ? null : { name: r.root.name, line: r.root.line, value: r.root.value },
    bindings: r.bindings.map((b) => {
      const out: Record<string, unknown> = { name: b.name, line: b.line, scope: b.scope, count: b.count };
      if (b.dtype !== undefined) out.dtype = b.dtype;
      if (b.shape !== undefined) out.shape = b.shape;
      out.value = b.value;
      out.grad = b.grad;
      return out;
    }),
    checks: r.checks,
    diagnostics: r.diagnostics,
  };
}
