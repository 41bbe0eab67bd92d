// One analysis of one Python file: run it (with its directives) under budgets, find the root,
// backpropagate, judge every hand-written gradient, and gather it all into a Report.
import { type Gradients, Tensor, backward, gatherWindow, reshape, windowOf, withoutRecording } from '../engine';
import type { Span } from '../python/ir';
import { lowerSource } from '../python/lower';
import { type RunResult, runSource } from '../python/run';
import type { SourceTrees } from '../python/source-trees';
import type { ModuleFiles } from '../python/runtime/module-files';
import type { PyValue } from '../python/runtime/object';
import { PyObject, typeOf } from '../python/runtime/object';
import { NDArray } from '../python/modules/numpy';
import { checkAutogradFunctions } from './checks/autograd-function';
import { checkForwardBackwardPairs } from './checks/forward-backward';
import { checkObjectGraph } from './checks/object-graph';
import { checkReturnedGradients } from './checks/returned-gradient';
import { RunInvoker } from './checks/run-invoker';
import type { CheckOutcome } from './checks/common';
import { DEFAULT_TOLERANCE, type Tolerance } from './compare';
import { buildGraph } from './graph';
import { findNonFiniteOrigins } from './health';
import { pyToJson } from './json-values';
import { numericTensor } from './numeric';
import { AnalysisRecorder } from './recorder';
import type { BindingReport, DiagnosticReport, Report, RootReport } from './report';
import { type Root, findRoot } from './roots';
import { type StaticIndex, indexFunctions } from './static-info';
import { tensorToJson } from './values';

export interface AnalyzeOptions {
  filename: string;
  /** The variable to backpropagate from (`--root`, "Backprop From Here"). */
  root?: string;
  maxSteps?: number;
  maxSeconds?: number;
  maxElements?: number;
  tolerance?: Partial<Tolerance>;
  /** Keeps the file's syntax tree for the next analysis of a newer text (tree-sitter incremental re-parse). */
  trees?: SourceTrees;
  /** The files `import` may read: the user's own modules beside `filename` (none when absent). */
  moduleFiles?: ModuleFiles;
}

export function analyze(source: string, options: AnalyzeOptions): Report {
  const tol: Tolerance = {
    rtol: options.tolerance?.rtol ?? DEFAULT_TOLERANCE.rtol,
    atol: options.tolerance?.atol ?? DEFAULT_TOLERANCE.atol,
  };
  const rec = new AnalysisRecorder();
  const run = runSource(source, {
    filename: options.filename,
    maxSteps: options.maxSteps,
    maxSeconds: options.maxSeconds,
    maxElements: options.maxElements,
    runDirectives: true,
    recorder: rec,
    trees: options.trees,
    moduleFiles: options.moduleFiles,
  });
  const diagnostics: DiagnosticReport[] = [];
  const runDiag = runDiagnostic(run);
  if (runDiag !== null) diagnostics.push(runDiag);

  // After a budget stop the tape can hold millions of ops from the runaway loop; backpropagating
  // through it would cost more than the budget itself. The values recorded so far are the answer.
  const stopped = run.error?.kind === 'budget';
  const root = stopped ? null : findRoot(rec, options.root);
  // (inside the run's context: a torch autograd.Function's backward on the tape is Python code)
  const rootGrads = (r: Root): Gradients => (rec.context === null ? backward(r.tensor) : new RunInvoker(rec.context, rec).inContext(() => backward(r.tensor)) ?? new Map());
  const grads: Gradients = root === null ? new Map() : rootGrads(root);
  const bindings = bindingReports(rec, grads);

  // Calls made before the history horizon may have lost parts of their graphs: not checked.
  if (run.historyHorizon > 0) for (const [name, call] of rec.lastCall) if (call.firstTensorId < run.historyHorizon) rec.lastCall.delete(name);
  let checks: CheckOutcome[] = [];
  if (rec.context !== null && !stopped) {
    const statics = staticIndex(source, options);
    const invoker = new RunInvoker(rec.context, rec);
    checks = [
      ...checkReturnedGradients(rec, statics, invoker, tol),
      ...checkForwardBackwardPairs(rec, statics, invoker, tol),
      ...checkObjectGraph(rec, statics, invoker, tol),
      ...checkAutogradFunctions(rec, statics, invoker, tol),
    ];
  }
  for (const c of checks) if (c.diagnostic !== null) diagnostics.push(c.diagnostic);
  if (!stopped) diagnostics.push(...nonFiniteDiagnostics(rec, run.spans));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);

  const nameOf = tensorNames(rec);
  return {
    version: 1,
    file: options.filename,
    root: root === null ? null : rootReport(root),
    bindings,
    checks: checks.map((c) => c.report),
    comparisons: checks.flatMap((c, i) => (c.comparison === undefined ? [] : [{ check: i, ...c.comparison }])),
    diagnostics,
    graph: root === null ? [] : buildGraph(root.tensor, grads, { spans: run.spans, nameOf: (t) => nameOf.get(t.id) }),
    stdout: run.stdout,
    exitCode: run.exitCode,
    imports: run.imports,
  };
}

function staticIndex(source: string, options: AnalyzeOptions): StaticIndex {
  try {
    return indexFunctions(lowerSource(source, options.trees ? { trees: options.trees, key: options.filename } : undefined));
  } catch {
    return new Map();
  }
}

function rootReport(r: Root): RootReport {
  return { name: r.name, line: r.line, value: tensorToJson(r.tensor), rule: r.rule };
}

function toDiagnosticRange(span: Span): { line: number; column: number; endLine: number; endColumn: number } {
  const endLine = Math.max(span.endLine, span.line);
  const endCol = endLine === span.line ? Math.max(span.endCol, span.col + 1) : span.endCol;
  return { line: span.line, column: span.col + 1, endLine, endColumn: endCol + 1 };
}

function runDiagnostic(run: RunResult): DiagnosticReport | null {
  const e = run.error;
  if (e === undefined) return null;
  const where = toDiagnosticRange(e.span);
  switch (e.kind) {
    case 'budget':
      return { code: 'budget-exceeded', severity: 'warning', ...where, message: `${e.message} (the values up to here are shown; gradients and checks are skipped after a budget stop)` };
    case 'unsupported':
      return { code: 'unsupported', severity: 'warning', ...where, message: e.message };
    case 'syntax':
    case 'exception':
      return { code: 'runtime-error', severity: 'error', ...where, message: `${e.pyType}: ${e.message}` };
  }
}

/** def, class and import statements bind names too, but they are not values to show. */
const NOT_VALUES = new Set(['function', 'type', 'module', 'builtin_function_or_method']);

function bindingReports(rec: AnalysisRecorder, grads: Gradients): BindingReport[] {
  return rec.entries().filter((b) => !NOT_VALUES.has(typeOf(b.live).name)).map((b) => {
    const value = b.value;
    const live = b.live;
    // a class instance shows its fields as they are at the end of the run
    const shown: PyValue = live instanceof PyObject && typeOf(live).isUserClass ? live : value;
    const t = numericTensor(value) ?? (shown === live ? numericTensor(live) : null);
    const out: BindingReport = {
      name: b.name,
      line: b.line,
      range: { line: b.span.line, col: b.span.col, endLine: b.span.endLine, endCol: b.span.endCol },
      scope: b.scope,
      count: b.count,
      value: pyToJson(shown),
      grad: null,
    };
    if (t !== null) {
      if (!(shown instanceof PyObject && typeOf(shown).isUserClass)) {
        out.dtype = t.dtype;
        out.shape = [...t.shape];
      }
      // a numpy view is an alias of its root's storage (torch views keep autograd's meaning)
      const g = live instanceof NDArray && live.isView ? gradientOf(grads, t) : grads.get(t);
      out.grad = g === undefined ? null : tensorToJson(g);
      if (t.node !== null) out.op = t.node.op;
    }
    if (shown instanceof PyObject && shown.dict !== null && typeOf(shown).isUserClass) {
      const ug = numericTensor(shown.dict.get('grad'));
      if (ug !== null) out.userGrad = tensorToJson(ug);
    }
    return out;
  });
}

/**
 * The gradient of a bound numpy view. A view (`x = np.arange(6.0).reshape(2, 3)`, `x = data[:, :2]`)
 * reads its root's storage, and so do views of it (`x[0]`): the loss can reach the storage without
 * passing through x's tensor. x is an alias of those elements, so its gradient is the storage's,
 * read the way x was read (the same reshape, or the same strided window).
 */
function gradientOf(grads: Gradients, t: Tensor): Tensor | undefined {
  const g = grads.get(t);
  if (g !== undefined) return g;
  const node = t.node;
  if (node === null || node.inputs.length !== 1) return undefined;
  const window = node.op === 'gather' ? windowOf(node) : undefined;
  if (node.op !== 'reshape' && window === undefined) return undefined;
  const source = gradientOf(grads, node.inputs[0]);
  if (source === undefined) return undefined;
  return withoutRecording(() => (window === undefined ? reshape(source, t.shape) : gatherWindow(source, window)));
}

/** Tensor id -> the name it was first bound to, where it was made (a later parameter name is not it). */
function tensorNames(rec: AnalysisRecorder): Map<number, string> {
  const out = new Map<number, string>();
  const entries = [...rec.entries()].sort((a, b) => b.seq - a.seq);
  for (const b of entries) {
    const t = numericTensor(b.value);
    if (t !== null) out.set(t.id, b.name);
  }
  return out;
}

function nonFiniteDiagnostics(rec: AnalysisRecorder, spans: readonly Span[]): DiagnosticReport[] {
  const starts: Tensor[] = [];
  for (const b of rec.entries()) {
    const t = numericTensor(b.value);
    if (t !== null) starts.push(t);
  }
  return findNonFiniteOrigins(starts)
    .filter((o) => o.tensor.origin !== 0 && spans[o.tensor.origin] !== undefined)
    .map((o) => ({
      code: 'non-finite' as const,
      severity: 'warning' as const,
      ...toDiagnosticRange(spans[o.tensor.origin]),
      message: `${o.kind === 'nan' ? 'NaN' : 'Inf'} produced here by ${o.op} from finite inputs`,
    }));
}
