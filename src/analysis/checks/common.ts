// Shared by the gradient checks: judging one user gradient against the exact one (every element)
// and central finite differences (a sample), the report and diagnostic they produce, and the
// search for the first wrong intermediate `d<name>`.
import { Tensor, type Gradients, add, reachable, withoutRecording } from '../../engine';
import type { Span } from '../../python/ir';
import type { PyValue } from '../../python/runtime/object';
import { PyFunction } from '../../python/runtime/functions';
import type { FunctionInfo } from '../static-info';
import { type GradientVerdict, type Tolerance, compareElements, judge, sampleElements } from '../compare';
import { numericTensor } from '../numeric';
import type { FrameBinding } from '../recorder';
import type { CheckKind, CheckReport, DiagnosticReport, JsonValue, RelatedInformation } from '../report';
import { numberToJson, tensorToJson } from '../values';

function reshapeLike(t: Tensor, like: Tensor): Tensor {
  return new Tensor(t.ndim === 0 ? t.item() : t.data, like.shape, 'float64');
}

export const FD_STEP = 1e-6;

/** Evaluates the loss with element `flat` of the input replaced by `value`; null if it failed. */
export type PerturbedLoss = (flat: number, value: number) => number | null;

export interface GradientUnderTest {
  kind: CheckKind;
  /** The function whose gradient is judged (qualname). */
  function: string;
  /** Name of the user's gradient variable (`dW`), for messages. */
  gradName: string;
  /** Name of what it is the gradient with respect to (`W`). */
  wrt: string;
  analytic: Tensor;
  exact: Tensor;
  /** The input's values (for finite differences). */
  input: Tensor;
  perturbed: PerturbedLoss | null;
  /** The graph of the loss, for kink detection. */
  lossGraph: Tensor | null;
  /** Where the wrong gradient was assigned (the diagnostic's place). */
  span: Span;
  /** The first wrong intermediate, if the search found one. */
  culprit?: { name: string; span: Span; detail: string };
}

export interface CheckOutcome {
  report: CheckReport;
  diagnostic: DiagnosticReport | null;
  /** The user's, the exact and the sampled numeric gradient, for the mismatch view. */
  comparison?: { user: JsonValue; exact: JsonValue; numeric: JsonValue };
  /** What the diagnostic is made from (kept so a culprit found later only rewrites the message). */
  verdict?: GradientVerdict;
}

/**
 * Names the first wrong intermediate in a mismatch's diagnostic. Only the message changes: the
 * measurements (and their finite-difference re-evaluations) are not repeated.
 */
export function withCulprit(outcome: CheckOutcome, g: GradientUnderTest, culprit: GradientUnderTest['culprit'], tol: Tolerance): CheckOutcome {
  if (culprit === undefined || outcome.verdict === undefined) return outcome;
  return { ...outcome, diagnostic: diagnosticFor({ ...g, culprit }, outcome.verdict, tol) };
}

/** Gradients larger than this are not shipped whole to the panel. */
const MAX_COMPARISON = 65_536;

function shapedNumeric(shape: readonly number[], size: number, at: ReadonlyMap<number, number>): JsonValue {
  const flat: JsonValue[] = [];
  for (let i = 0; i < size; i++) flat.push(at.has(i) ? numberToJson(at.get(i)!) : null);
  if (shape.length === 0) return flat[0];
  let pos = 0;
  const build = (axis: number): JsonValue[] => {
    const out: JsonValue[] = [];
    for (let i = 0; i < shape[axis]; i++) out.push(axis === shape.length - 1 ? flat[pos++] : build(axis + 1));
    return out;
  };
  return build(0);
}

/** Any node on the graph near a kink at distance eps. */
function graphNearKink(root: Tensor | null, eps: number): boolean {
  if (root === null) return false;
  for (const t of reachable(root)) if (t.node?.nearKink?.(eps)) return true;
  return false;
}

export function runCheck(g: GradientUnderTest, tol: Tolerance): CheckOutcome {
  const a = g.analytic.data;
  const e = g.exact.data;
  const cmp = compareElements(a, e, tol);
  const sample = sampleElements(e.length, cmp, a, e);
  const numericAt = new Map<number, number>();
  const kinkAt = new Set<number>();
  const base = g.input.data;
  if (g.perturbed !== null) {
    const fx = g.perturbed(0, base[0]);
    for (const i of sample) {
      const h = FD_STEP * Math.max(1, Math.abs(base[i]));
      const fp = g.perturbed(i, base[i] + h);
      const fm = g.perturbed(i, base[i] - h);
      if (fp === null || fm === null) continue;
      const n = (fp - fm) / (2 * h);
      numericAt.set(i, n);
      // A kink (relu at 0, a max tie): the one-sided differences disagree, and the graph has a
      // non-differentiable point that close. There no single gradient is "the" right one.
      if (fx !== null) {
        const right = (fp - fx) / h;
        const left = (fx - fm) / h;
        if (Math.abs(right - left) > 1e-3 * (Math.abs(right) + Math.abs(left)) + 1e-6 && graphNearKink(g.lossGraph, 10 * h)) kinkAt.add(i);
      }
    }
  }
  const verdict = judge(a, e, g.analytic.shape, numericAt, kinkAt, tol);
  const report: CheckReport = {
    kind: g.kind,
    function: g.function,
    line: g.span.line,
    wrt: g.wrt,
    status: verdict.status,
    maxRelError: verdict.maxRelError,
    worstIndex: verdict.worstIndex,
    analytic: verdict.analytic,
    numeric: verdict.numeric,
    autograd: verdict.exact,
    mismatched: verdict.mismatched,
    total: verdict.total,
    rtol: tol.rtol,
    atol: tol.atol,
  };
  const comparison =
    e.length <= MAX_COMPARISON
      ? { user: tensorToJson(g.analytic), exact: tensorToJson(g.exact.shape.length === g.analytic.shape.length ? g.exact : reshapeLike(g.exact, g.analytic)), numeric: shapedNumeric(g.analytic.shape, e.length, numericAt) }
      : undefined;
  return { report, diagnostic: diagnosticFor(g, verdict, tol), comparison, verdict };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const s = x.toPrecision(6);
  return String(Number(s));
}

function indexText(idx: number[]): string {
  return idx.length === 0 ? 'the value' : `index [${idx.join(', ')}]`;
}

function diagnosticFor(g: GradientUnderTest, v: GradientVerdict, tol: Tolerance): DiagnosticReport | null {
  if (v.status === 'pass') return null;
  const where = { line: g.span.line, column: g.span.col + 1, endLine: g.span.endLine, endColumn: g.span.endCol + 1 };
  if (v.status === 'kink') {
    return {
      code: 'gradient-kink',
      severity: 'information',
      ...where,
      message: `${g.gradName} differs from the gradient w.r.t. ${g.wrt} only at a non-differentiable point (${indexText(v.worstIndex)}: yours ${fmt(v.analytic)}, exact ${fmt(v.exact)}); finite differences are unreliable there, so this is not counted as a mismatch.`,
    };
  }
  const related: RelatedInformation[] = [];
  let culprit = '';
  if (g.culprit !== undefined) {
    culprit = ` The first wrong intermediate is ${g.culprit.name} (line ${g.culprit.span.line}): ${g.culprit.detail}.`;
    related.push({
      line: g.culprit.span.line,
      column: g.culprit.span.col + 1,
      endLine: g.culprit.span.endLine,
      endColumn: g.culprit.span.endCol + 1,
      message: `first wrong intermediate: ${g.culprit.name} (${g.culprit.detail})`,
    });
  }
  const pct = ((100 * v.mismatched) / v.total).toFixed(1);
  return {
    code: 'gradient-mismatch',
    severity: 'error',
    ...where,
    message:
      `${g.gradName} disagrees with the gradient of the loss w.r.t. ${g.wrt}: ${v.mismatched} of ${v.total} elements differ (${pct}%). ` +
      `Worst at ${indexText(v.worstIndex)}: yours ${fmt(v.analytic)}, finite differences ${fmt(v.numeric)}, exact ${fmt(v.exact)} ` +
      `(relative error ${v.maxRelError.toExponential(2)}; tolerance |a - e| <= ${tol.atol.toExponential()} + ${tol.rtol.toExponential()}·|e|).${culprit}`,
    relatedInformation: related.length > 0 ? related : undefined,
  };
}

/** The forward variable a backward intermediate is named after: dW -> W, grad_h -> h, h_grad -> h. */
export function forwardNameOf(name: string): string | null {
  const last = name.slice(name.lastIndexOf('.') + 1);
  let m = /^grad_(.+)$/.exec(last) ?? /^(.+)_grad$/.exec(last);
  if (m !== null) return m[1];
  m = /^d_?([A-Za-z].*)$/.exec(last);
  return m !== null ? m[1] : null;
}

/**
 * Whether `a` equals `e` up to a constant factor (a correct gradient not yet divided by N, say):
 * then it is not a wrong intermediate.
 */
export function equalUpToFactor(a: ArrayLike<number>, e: ArrayLike<number>, tol: Tolerance): boolean {
  let ae = 0;
  let ee = 0;
  for (let i = 0; i < e.length; i++) {
    ae += a[i] * e[i];
    ee += e[i] * e[i];
  }
  if (ee === 0) {
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > tol.atol) return false;
    return true;
  }
  const c = ae / ee;
  if (c === 0) return false;
  for (let i = 0; i < e.length; i++) if (Math.abs(a[i] - c * e[i]) > tol.atol + tol.rtol * Math.abs(c * e[i]) * 10) return false;
  return true;
}

/**
 * The first wrong intermediate of a backward pass: among the bindings named d<name> (grad_<name>,
 * <name>_grad) whose final value has the shape of the forward variable <name>, in order of first
 * binding, the first whose final value is not the exact gradient of <name> up to a constant factor.
 */
export function firstWrongIntermediate(
  backwardBindings: readonly FrameBinding[],
  forwardBindings: readonly FrameBinding[],
  grads: Gradients,
  tol: Tolerance,
  exclude: ReadonlySet<string>,
): { name: string; span: Span; detail: string } | undefined {
  const forward = new Map<string, Tensor>();
  for (const b of forwardBindings) {
    const t = numericTensor(b.value);
    if (t !== null) forward.set(b.name, t);
  }
  const firstSeq = new Map<string, number>();
  const finalOf = new Map<string, FrameBinding>();
  for (const b of backwardBindings) {
    if (!firstSeq.has(b.name)) firstSeq.set(b.name, b.seq);
    finalOf.set(b.name, b);
  }
  const names = [...firstSeq.keys()].sort((x, y) => firstSeq.get(x)! - firstSeq.get(y)!);
  // Names that follow the d<name> convention and can be judged, in order of first binding.
  let culprit: { name: string; span: Span; detail: string } | undefined;
  let anyRight = false;
  for (const name of names) {
    if (exclude.has(name)) continue;
    const base = forwardNameOf(name);
    if (base === null) continue;
    const fwd = forward.get(base);
    const mine = numericTensor(finalOf.get(name)!.value as PyValue);
    if (fwd === undefined || mine === null || mine.size !== fwd.size || mine.ndim !== fwd.ndim) continue;
    const exact = grads.get(fwd);
    if (exact === undefined) continue;
    if (equalUpToFactor(mine.data, exact.data, tol)) anyRight = true;
    else if (culprit === undefined) {
      const cmp = compareElements(mine.data, exact.data, tol);
      culprit = {
        name,
        span: finalOf.get(name)!.span,
        detail: `it is not the gradient w.r.t. ${base} even up to a constant factor (${cmp.mismatched.length} of ${exact.size} elements differ)`,
      };
    }
  }
  // Only code that demonstrably names gradients d<name> after their variables gets a culprit: one
  // intermediate at least must be right. (In an SVM, `dmargins` often holds d loss / d scores:
  // naming it as wrong would be a false culprit, which is worse than none.)
  if (anyRight) return culprit;
  return undefined;
}

/**
 * d root / d stop for each tensor in `stops`, through the graph between them only: the other
 * stops are held constant (partial derivatives, as a node's local backward computes them).
 * Keyed by tensor id (a scalar tensor may be reached through several objects).
 */
export function partialGradients(root: Tensor, seed: Tensor, stops: ReadonlySet<Tensor>): Map<number, Tensor> {
  const stopIds = new Set<number>();
  for (const t of stops) stopIds.add(t.id);
  const stopsAt = (t: Tensor): boolean => t.id !== root.id && stopIds.has(t.id);
  const seen = new Set<number>([root.id]);
  const order: Tensor[] = [];
  const stack: Tensor[] = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    order.push(t);
    if (t.node === null || stopsAt(t)) continue;
    for (const x of t.node.inputs) if (!seen.has(x.id)) {
      seen.add(x.id);
      stack.push(x);
    }
  }
  order.sort((a, b) => b.id - a.id);
  const grads = new Map<number, Tensor>([[root.id, seed]]);
  withoutRecording(() => {
    for (const t of order) {
      const g = grads.get(t.id);
      if (g === undefined || t.node === null || stopsAt(t)) continue;
      const down = t.node.vjp(g);
      t.node.inputs.forEach((x, i) => {
        const d = down[i];
        if (d === null || d === undefined) return;
        const prev = grads.get(x.id);
        grads.set(x.id, prev === undefined ? d : add(prev, d));
      });
    }
  });
  return grads;
}

/**
 * The names of a called function's positional parameters: from the file's own definition when the
 * function is defined there (`info`), else from the function object (a function of the user's
 * modules, e.g. `from cs231n.layers import affine_forward`); `arg<i>` when neither knows.
 */
export function positionalNames(info: FunctionInfo | undefined, fn: PyValue): (i: number) => string {
  const names =
    info !== undefined ? [...info.def.params.posonly, ...info.def.params.args].map((p) => p.name) : fn instanceof PyFunction ? fn.code.posNames : [];
  return (i) => names[i] ?? `arg${i}`;
}
