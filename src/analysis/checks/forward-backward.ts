// Forward/backward pairs: name_forward(...) -> (out, cache) and name_backward(dout, cache) ->
// (dx, dw, ...), paired through the cache object they share at run time. dx is compared with
// the gradient of sum(out * dout) with respect to the forward's array inputs, in order.
import { Tensor, backward, mul, sum, withoutRecording, zeros } from '../../engine';
import type { Span } from '../../python/ir';
import { PyTuple } from '../../python/runtime/collections';
import type { Tolerance } from '../compare';
import { numericTensor } from '../numeric';
import type { AnalysisRecorder, CallRecord } from '../recorder';
import type { StaticIndex } from '../static-info';
import { type CheckOutcome, type GradientUnderTest, firstWrongIntermediate, positionalNames, runCheck, withCulprit } from './common';
import type { Invoker } from './invoker';

/** sum(out * dout) as a number, without recording. */
function weightedSum(out: Tensor, dout: Tensor): number {
  return withoutRecording(() => sum(mul(out, dout)).item());
}

export function checkForwardBackwardPairs(rec: AnalysisRecorder, statics: StaticIndex, invoker: Invoker, tol: Tolerance): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];
  for (const bwd of rec.lastCall.values()) {
    if (!/_backward$/.test(bwd.qualname) || bwd.returned === undefined) continue;
    const fwd = producerOf(rec, bwd);
    if (fwd === null || !(fwd.returned instanceof PyTuple)) continue;
    const out = numericTensor(fwd.returned.items[0]);
    const upstream = bwd.argSnapshots.length > 0 ? numericTensor(bwd.argSnapshots[0]) : null;
    if (out === null || upstream === null || out.size !== upstream.size) continue;
    // dout as a constant: in a backprop chain it was computed from the forward's inputs too
    // (dscores from scores), and the check is of the forward alone, with dout held fixed
    const dout = new Tensor(Float64Array.from(upstream.data), upstream.shape, 'float64');
    const loss = sum(mul(out, dout));
    const grads = backward(loss);
    const fwdInfo = statics.get(fwd.qualname);
    const bwdInfo = statics.get(bwd.qualname);
    const paramName = positionalNames(fwdInfo, fwd.fn);
    const inputs: { index: number; name: string; tensor: Tensor }[] = [];
    fwd.argSnapshots.forEach((s, i) => {
      const t = numericTensor(s);
      if (t !== null && t.ndim > 0 && (t.dtype === 'float64' || t.dtype === 'float32')) inputs.push({ index: i, name: paramName(i), tensor: t });
    });
    const returned = bwd.returned instanceof PyTuple ? bwd.returned.items : [bwd.returned];
    const retInfo = bwdInfo?.returns.find((r) => r.names.length === returned.length) ?? bwdInfo?.returns[bwdInfo.returns.length - 1];
    const bwdFrame = rec.frameBindings.get(bwd.qualname);
    const fwdFrame = rec.frameBindings.get(fwd.qualname);
    const bwdBindings = bwdFrame !== undefined && bwdFrame.frame === bwd.frame ? bwdFrame.bindings : [];
    const fwdBindings = fwdFrame !== undefined && fwdFrame.frame === fwd.frame ? fwdFrame.bindings : [];
    const returnedNames = new Set((retInfo?.names ?? []).filter((n): n is string => n !== null));
    let culpritSearched = false;
    let culprit: GradientUnderTest['culprit'];

    returned.forEach((item, k) => {
      const input = inputs[k];
      const analytic = numericTensor(item);
      if (input === undefined || analytic === null || analytic.size !== input.tensor.size) return;
      const gradName = retInfo?.names[k] ?? `d${input.name}`;
      const exact = grads.get(input.tensor) ?? zeros(input.tensor.shape);
      const live = fwd.args[input.index];
      const g: GradientUnderTest = {
        kind: 'forward-backward-pair',
        function: bwd.qualname,
        gradName,
        wrt: input.name,
        analytic,
        exact,
        input: input.tensor,
        perturbed: (flat, value) => {
          const d = Float64Array.from(input.tensor.data);
          d[flat] = value;
          const arr = invoker.makeArray(new Tensor(d, input.tensor.shape, 'float64'), live);
          if (arr === null) return null;
          const args = fwd.args.slice();
          args[input.index] = arr;
          const r = invoker.call(fwd.fn, args, fwd.kwargs);
          const o = r instanceof PyTuple ? numericTensor(r.items[0]) : null;
          return o === null || o.size !== dout.size ? null : weightedSum(o, dout);
        },
        lossGraph: loss,
        span: lastAssignmentIn(bwdBindings, gradName) ?? retInfo?.span ?? bwd.span,
      };
      let outcome = runCheck(g, tol);
      if (outcome.report.status === 'mismatch') {
        if (!culpritSearched) {
          culprit = firstWrongIntermediate(bwdBindings, fwdBindings, grads, tol, returnedNames);
          culpritSearched = true;
        }
        if (culprit !== undefined && culprit.name !== gradName) outcome = withCulprit(outcome, g, culprit, tol);
      }
      outcomes.push(outcome);
    });
  }
  return outcomes;
}

function lastAssignmentIn(bindings: readonly { name: string; span: Span }[], name: string): Span | undefined {
  for (let i = bindings.length - 1; i >= 0; i--) if (bindings[i].name === name) return bindings[i].span;
  return undefined;
}

/** The forward call whose returned tuple holds an object passed to this backward call. */
function producerOf(rec: AnalysisRecorder, bwd: CallRecord): CallRecord | null {
  const stem = bwd.qualname.replace(/_backward$/, '');
  for (const a of bwd.args) {
    if (typeof a !== 'object') continue;
    const p = rec.producerOf.get(a as object);
    if (p !== undefined && p.qualname.replace(/_forward$/, '') === stem) return p;
  }
  for (const a of bwd.args) {
    if (typeof a !== 'object') continue;
    const p = rec.producerOf.get(a as object);
    if (p !== undefined) return p;
  }
  return null;
}

