// torch.autograd.Function subclasses: the user's `backward` against the gradient of their own
// `forward`. For a few of the calls the program made (per class), forward is run again in float64
// on the call's inputs twice: once as torch runs it (grad mode off, a fresh ctx) to call backward
// with a fixed upstream gradient per output (a Function may return a tuple), once on the tape for the
// engine's exact gradient of sum_k <upstream_k, output_k>;
// finite differences through forward confirm a sample. A gradcheck call is judged by what it
// computed itself (see GradcheckRecord), so the editor's verdict is the call's return value.
import { Tensor, add, astype, backward, mul, relativeError, sum, withoutRecording, zeros } from '../../engine';
import type { Span } from '../../python/ir';
import { FunctionCtx, type FunctionCall, type GradcheckRecord, TorchTensor, functionCalls, gradcheckRecords, leaf, withGradMode } from '../../python/modules/torch';
import { PyTuple, tuple } from '../../python/runtime/collections';
import { None, type PyType, type PyValue } from '../../python/runtime/object';
import { getAttr } from '../../python/runtime/protocols';
import type { Tolerance } from '../compare';
import { numericTensor } from '../numeric';
import type { AnalysisRecorder } from '../recorder';
import type { CheckOutcome } from './common';
import { type GradientUnderTest, runCheck } from './common';
import type { FunctionInfo, StaticIndex } from '../static-info';
import type { Invoker } from './invoker';
import type { DiagnosticReport } from '../report';

/** An Invoker that can also run engine code inside the program's context (RunInvoker). */
export type ContextInvoker = Invoker & { inContext<T>(fn: () => T): T | null };

/** How many of the program's calls of one Function class are checked. */
const CALLS_PER_CLASS = 3;

/** The upstream gradient handed to backward for output `k`: fixed, non-uniform, no zeros, both signs, different per output. */
function upstream(shape: readonly number[], k = 0): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const d = new Float64Array(size);
  for (let i = 0; i < size; i++) d[i] = (i % 2 === 0 ? 1 : -1) * (0.5 + (((i + 0.37 * k) * 0.6180339887498949 + 0.25) % 1));
  return new Tensor(shape.length === 0 ? d[0] : d, shape, 'float64');
}

/** The outputs of one forward call: each tensor output, and whether backward gets a gradient for it that counts. */
interface ForwardOutputs {
  items: PyValue[];
  /** Per output: a float tensor not marked non-differentiable. */
  differentiable: boolean[];
}

function forwardOutputs(out: PyValue, ctx: FunctionCtx): ForwardOutputs | null {
  const items = out instanceof PyTuple ? out.items : [out];
  if (!items.some((o) => o instanceof TorchTensor)) return null;
  const differentiable = items.map((o) => o instanceof TorchTensor && !ctx.nonDifferentiable.has(o) && (o.dtype === 'float32' || o.dtype === 'float64'));
  return { items, differentiable };
}

/** sum_k <seed_k, output_k> over the differentiable outputs (recorded: the engine's gradient of it is the exact VJP). */
function weightedSum(outs: ForwardOutputs, seeds: readonly (Tensor | null)[]): Tensor {
  let total: Tensor | null = null;
  outs.items.forEach((o, k) => {
    const s = seeds[k];
    if (s === null || !outs.differentiable[k] || !(o instanceof TorchTensor)) return;
    const term = sum(mul(float64Recorded(o.t), s));
    total = total === null ? term : add(total, term);
  });
  return total ?? new Tensor(0, [], 'float64');
}

function float64Recorded(t: Tensor): Tensor {
  return t.dtype === 'float64' ? t : astype(t, 'float64');
}

function float64(t: Tensor): Tensor {
  return t.ndim === 0 ? new Tensor(t.item(), [], 'float64') : new Tensor(Float64Array.from(t.data), t.shape, 'float64');
}

/** Up to `count` calls spread over the list: the first, the last, and between. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const out: T[] = [];
  for (let k = 0; k < count; k++) out.push(items[Math.round((k * (items.length - 1)) / (count - 1))]);
  return out;
}

function qualnameOf(cls: PyType): string {
  return cls.qualname;
}

export function checkAutogradFunctions(rec: AnalysisRecorder, statics: StaticIndex, invoker: ContextInvoker, tol: Tolerance): CheckOutcome[] {
  // functionCalls and gradcheckRecords belong to the last run that imported torch: this one only if it did
  if (rec.context === null || !rec.context.modules.has('torch')) return [];
  const calls = functionCalls.slice();
  const records = gradcheckRecords.slice();
  const byClass = new Map<PyType, FunctionCall[]>();
  for (const c of calls) {
    if (c.inGradcheck) continue;
    const list = byClass.get(c.cls) ?? [];
    list.push(c);
    byClass.set(c.cls, list);
  }
  const outcomes: CheckOutcome[] = [];
  for (const [cls, list] of byClass) {
    let firstPassing: CheckOutcome[] | null = null;
    let failed = false;
    for (const call of spread(list, CALLS_PER_CLASS)) {
      const outs = checkCall(call, rec, statics.get(`${qualnameOf(cls)}.backward`), statics.get(`${qualnameOf(cls)}.forward`), invoker, tol);
      if (outs.length === 0) continue;
      const bad = outs.filter((o) => o.report.status === 'mismatch');
      if (bad.length > 0) {
        outcomes.push(...bad);
        failed = true;
        break;
      }
      firstPassing ??= outs;
    }
    if (!failed && firstPassing !== null) outcomes.push(...firstPassing);
  }
  for (const g of records) {
    g.worst.exact ??= invoker.inContext(g.exactOf);
    outcomes.push(gradcheckOutcome(g, rec, statics));
  }
  return outcomes;
}

/** The call's tensor arguments rebuilt as fresh float64 leaves (input `replace` with the given values). */
function freshArgs(call: FunctionCall, replace?: { index: number; value: Tensor }): PyValue[] {
  return call.args.map((a, i) => {
    const t = call.inputs[i];
    if (t === null) return a;
    return leaf(replace !== undefined && replace.index === i ? replace.value : float64(t), call.needs[i]);
  });
}

function newCtx(call: FunctionCall): FunctionCtx {
  const c = new FunctionCtx();
  c.needsInputGrad = tuple(call.needs);
  return c;
}

function checkCall(call: FunctionCall, rec: AnalysisRecorder, bInfo: FunctionInfo | undefined, fInfo: FunctionInfo | undefined, invoker: ContextInvoker, tol: Tolerance): CheckOutcome[] {
  let forward: PyValue;
  let backwardFn: PyValue;
  try {
    forward = getAttr(call.cls, 'forward');
    backwardFn = getAttr(call.cls, 'backward');
  } catch {
    return [];
  }
  const runForward = (args: PyValue[], grad: boolean): ForwardOutputs | null => {
    const ctx = newCtx(call);
    const out = withGradMode(grad, () => invoker.call(forward, [ctx, ...args], call.kwargs));
    return out === null ? null : forwardOutputs(out, ctx);
  };

  // backward as torch calls it: after a grad-mode-off forward, on that forward's ctx, one gradient per
  // output (zeros, or None without materialized grads, for outputs that are not differentiable)
  const ctxB = newCtx(call);
  const rawB = withGradMode(false, () => invoker.call(forward, [ctxB, ...freshArgs(call)], call.kwargs));
  const outB = rawB === null ? null : forwardOutputs(rawB, ctxB);
  if (outB === null) return [];
  const seeds = outB.items.map((o, k) => (o instanceof TorchTensor && outB.differentiable[k] ? upstream(o.shape, k) : null));
  const gradOuts = outB.items.map((o, k) => {
    const s = seeds[k];
    if (s !== null) return leaf(s);
    return o instanceof TorchTensor && ctxB.materializeGrads ? leaf(zeros(o.shape)) : None;
  });
  const returned = withGradMode(false, () => invoker.call(backwardFn, [ctxB, ...gradOuts], null));
  if (returned === null) return [];
  const grads = returned instanceof PyTuple ? returned.items : [returned];
  if (grads.length !== call.args.length) return [];
  const shapes = outB.items.map((o) => (o instanceof TorchTensor ? o.shape.join(',') : null));
  const sameOutputs = (o: ForwardOutputs): boolean => o.items.length === shapes.length && o.items.every((x, k) => (x instanceof TorchTensor ? x.shape.join(',') : null) === shapes[k]);

  // the engine's gradient of forward itself: of sum_k <seed_k, output_k>
  const argsE = freshArgs(call);
  const outE = runForward(argsE, true);
  if (outE === null || !sameOutputs(outE)) return [];
  const lossE = invoker.inContext(() => weightedSum(outE, seeds));
  if (lossE === null) return [];
  const exactGrads = invoker.inContext(() => backward(lossE));
  if (exactGrads === null) return [];

  const retInfo = bInfo?.returns.find((r) => r.names.length === grads.length) ?? bInfo?.returns[bInfo.returns.length - 1];
  const forwardParams = fInfo === undefined ? [] : [...fInfo.def.params.posonly, ...fInfo.def.params.args].slice(1).map((p) => p.name);
  const bwdQualname = `${qualnameOf(call.cls)}.backward`;
  const frame = rec.frameBindings.get(bwdQualname);
  const outcomes: CheckOutcome[] = [];
  call.inputs.forEach((input, i) => {
    if (input === null || !call.needs[i]) return;
    const leafE = argsE[i] as TorchTensor;
    const exact = exactGrads.get(leafE.t);
    // the output is off the tape from this input (forward went through numpy or .detach(), or does
    // not use it): the engine has no exact gradient to judge by
    if (exact === undefined) return;
    const gi = grads[i];
    const mine = gi === None ? zeros(input.shape) : numericTensor(gi);
    if (mine === null || mine.size !== input.size) return;
    const analytic = new Tensor(input.ndim === 0 ? mine.item() : Float64Array.from(mine.data), input.shape, 'float64');
    const base = float64(input);
    const name = retInfo?.names[i] ?? null;
    const wrt = forwardParams[i] ?? `input ${i}`;
    const g: GradientUnderTest = {
      kind: 'autograd-function',
      function: bwdQualname,
      gradName: name ?? `the gradient for ${wrt}`,
      wrt,
      analytic,
      exact,
      input: base,
      perturbed: (flat, value) => {
        const d = Float64Array.from(base.data);
        d[flat] = value;
        const out = runForward(freshArgs(call, { index: i, value: new Tensor(base.ndim === 0 ? d[0] : d, base.shape, 'float64') }), false);
        if (out === null || !sameOutputs(out)) return null;
        return withoutRecording(() => weightedSum(out, seeds).item());
      },
      lossGraph: lossE,
      span: (name !== null ? lastBinding(frame?.bindings ?? [], name) ?? rec.last(name, bwdQualname)?.span : undefined) ?? retInfo?.span ?? bInfo?.def.nameSpan ?? ZERO_SPAN,
    };
    const out = runCheck(g, tol);
    if (out.diagnostic !== null) out.diagnostic.message = rephrase(out.diagnostic, call.cls, g.gradName, wrt);
    outcomes.push(out);
  });
  return outcomes;
}

const ZERO_SPAN: Span = { line: 1, col: 0, endLine: 1, endCol: 0 };

function lastBinding(bindings: readonly { name: string; span: Span }[], name: string): Span | undefined {
  for (let i = bindings.length - 1; i >= 0; i--) if (bindings[i].name === name) return bindings[i].span;
  return undefined;
}

function rephrase(d: DiagnosticReport, cls: PyType, gradName: string, wrt: string): string {
  const who = `${gradName} (returned by ${cls.name}.backward)`;
  if (d.code === 'gradient-kink') return d.message.replace(`${gradName} differs from`, `${who} differs from`);
  return (
    d.message.replace(`${gradName} disagrees with the gradient of the loss w.r.t. ${wrt}`, `${who} is not the gradient of ${cls.name}.forward w.r.t. ${wrt}`) +
    ' (Checked in float64 on the inputs of a call the program made, with a fixed non-uniform grad_output.)'
  );
}

function fmt(x: number | null): string {
  if (x === null) return 'unavailable';
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(6)));
}

/** The verdict of one gradcheck call: the call's own, placed on the Function's backward when there is one. */
function gradcheckOutcome(g: GradcheckRecord, rec: AnalysisRecorder, statics: StaticIndex): CheckOutcome {
  const w = g.worst;
  const cls = g.classes.length > 0 ? g.classes[0] : null;
  const callLine = g.span?.line ?? 1;
  let span: Span = g.span ?? ZERO_SPAN;
  let fn = 'torch.autograd.gradcheck';
  if (cls !== null) {
    fn = `${qualnameOf(cls)}.backward`;
    const bInfo = statics.get(fn);
    const retInfo = bInfo?.returns[bInfo.returns.length - 1];
    const name = g.classes.length === 1 ? retInfo?.names[w.input] ?? null : null;
    const frame = rec.frameBindings.get(fn);
    span = (name !== null ? lastBinding(frame?.bindings ?? [], name) : undefined) ?? retInfo?.span ?? bInfo?.def.nameSpan ?? span;
  }
  const exact = w.exact ?? w.numerical;
  const report: CheckOutcome['report'] = {
    kind: 'autograd-function',
    function: fn,
    line: span.line,
    wrt: `input ${w.input}`,
    status: g.passed ? 'pass' : 'mismatch',
    maxRelError: relativeError(w.analytical, w.numerical),
    worstIndex: [w.inputElement, w.outputElement],
    analytic: w.analytical,
    numeric: w.numerical,
    autograd: exact,
    mismatched: g.mismatched,
    total: g.total,
    rtol: g.rtol,
    atol: g.atol,
  };
  if (g.passed) return { report, diagnostic: null };
  const who = cls === null ? 'the function' : `${cls.name}.backward`;
  const diagnostic: DiagnosticReport = {
    code: 'gradient-mismatch',
    severity: 'error',
    line: span.line,
    column: span.col + 1,
    endLine: span.endLine,
    endColumn: span.endCol + 1,
    message:
      `torch.autograd.gradcheck (line ${callLine}) fails: ${who} disagrees with finite differences on ${g.mismatched} of ${g.total} entries of the Jacobian of output ${w.output} w.r.t. input ${w.input}. ` +
      `Worst: d output[${w.outputElement}] / d input[${w.inputElement}] is ${fmt(w.analytical)} from backward, numerical ${fmt(w.numerical)} (eps ${g.eps}), exact ${fmt(w.exact)}; ` +
      `tolerance |analytical - numerical| <= ${g.atol} + ${g.rtol}·|numerical| = ${fmt(g.atol + g.rtol * Math.abs(w.numerical))}.`,
    relatedInformation:
      g.span !== null && cls !== null
        ? [{ line: g.span.line, column: g.span.col + 1, endLine: g.span.endLine, endColumn: g.span.endCol + 1, message: 'the gradcheck call' }]
        : undefined,
  };
  return { report, diagnostic };
}
