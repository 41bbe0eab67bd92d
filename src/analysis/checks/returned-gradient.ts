// Returned gradients: a function returning (loss, grad) or (loss, grads) where grad has the
// shape of an argument (dW for W, dx for x, grad for a single array argument), or grads is a dict
// keyed like a params dict (grads['W1'] for params['W1'], self.params included).
import { Tensor, backward, zeros } from '../../engine';
import type { Span } from '../../python/ir';
import { PyDict, PyTuple } from '../../python/runtime/collections';
import { PyObject, type PyValue } from '../../python/runtime/object';
import type { Tolerance } from '../compare';
import { numericTensor } from '../numeric';
import type { AnalysisRecorder, CallRecord } from '../recorder';
import type { StaticIndex } from '../static-info';
import { type CheckOutcome, type GradientUnderTest, firstWrongIntermediate, positionalNames, runCheck, withCulprit } from './common';
import type { Invoker } from './invoker';

interface Candidate {
  gradName: string;
  wrt: string;
  analytic: Tensor;
  input: Tensor;
  /** Re-evaluates the loss with the input replaced by the given tensor. */
  replace: (t: Tensor) => number | null;
  span: Span;
}

function scalarLoss(v: PyValue | undefined): Tensor | null {
  const t = v === undefined ? null : numericTensor(v);
  return t !== null && t.size === 1 && (t.dtype === 'float64' || t.dtype === 'float32') ? t : null;
}

function dictEntries(d: PyDict): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  for (const e of d.map.values()) if (typeof e.k === 'string') out.push([e.k, e.v]);
  return out;
}

export function checkReturnedGradients(rec: AnalysisRecorder, statics: StaticIndex, invoker: Invoker, tol: Tolerance): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];
  for (const call of rec.lastCall.values()) {
    const ret = call.returned;
    if (!(ret instanceof PyTuple) || ret.items.length < 2) continue;
    const loss = scalarLoss(ret.items[0]);
    if (loss === null) continue;
    if (/_forward$/.test(call.qualname)) continue; // (out, cache): the pair check's business
    const info = statics.get(call.qualname);
    // a function this file does not define (imported): its gradients go by the names the call binds
    const boundName = (item: PyValue): string | undefined =>
      info === undefined ? rec.entries().find((b) => b.live === item && b.span.line === call.span.line)?.name : undefined;
    const candidates = candidatesOf(call, ret, info, invoker, boundName);
    if (candidates.length === 0) continue;
    const grads = backward(loss);
    const frame = rec.frameBindings.get(call.qualname);
    const ownBindings = frame !== undefined && frame.frame === call.frame ? frame.bindings : [];
    for (const c of candidates) {
      const exact = grads.get(c.input) ?? zeros(c.input.shape);
      if (exact.size !== c.analytic.size) continue;
      const g: GradientUnderTest = {
        kind: 'returned-gradient',
        function: call.qualname,
        gradName: c.gradName,
        wrt: c.wrt,
        analytic: c.analytic,
        exact,
        input: c.input,
        perturbed: (flat, value) => {
          const d = Float64Array.from(c.input.data);
          d[flat] = value;
          return c.replace(new Tensor(c.input.ndim === 0 ? d[0] : d, c.input.shape, 'float64'));
        },
        lossGraph: loss,
        span: lastAssignment(rec, call, c.gradName, c.span),
      };
      const out = runCheck(g, tol);
      outcomes.push(out.report.status === 'mismatch' ? withCulprit(out, g, firstWrongIntermediate(ownBindings, ownBindings, grads, tol, new Set([c.gradName])), tol) : out);
    }
  }
  return outcomes;
}

/** The line that last assigned `name` in the call's own scope; else the given fallback. */
function lastAssignment(rec: AnalysisRecorder, call: CallRecord, name: string, fallback: Span): Span {
  const frame = rec.frameBindings.get(call.qualname);
  if (frame !== undefined && frame.frame === call.frame) {
    for (let i = frame.bindings.length - 1; i >= 0; i--) if (frame.bindings[i].name === name) return frame.bindings[i].span;
  }
  const b = rec.last(name, call.qualname);
  return b?.span ?? fallback;
}

function candidatesOf(call: CallRecord, ret: PyTuple, info: ReturnType<StaticIndex['get']>, invoker: Invoker, boundName: (item: PyValue) => string | undefined): Candidate[] {
  const out: Candidate[] = [];
  const paramName = positionalNames(info, call.fn);
  const retInfo = info?.returns.find((r) => r.names.length === ret.items.length) ?? info?.returns[info.returns.length - 1];
  const returnSpan = retInfo?.span ?? call.span;
  const lossOf = (v: PyValue | null): number | null => {
    if (!(v instanceof PyTuple)) return null;
    const t = scalarLoss(v.items[0]);
    return t === null ? null : t.item();
  };

  // Array arguments, by position, with their call-time tensors.
  const arrayArgs: { index: number; name: string; tensor: Tensor }[] = [];
  call.argSnapshots.forEach((s, i) => {
    const t = numericTensor(s);
    if (t !== null && t.ndim > 0) arrayArgs.push({ index: i, name: paramName(i), tensor: t });
  });

  for (let k = 1; k < ret.items.length; k++) {
    const item = ret.items[k];
    const gradName = retInfo?.names[k] ?? boundName(item) ?? (k === 1 ? 'grad' : `grad${k}`);
    if (item instanceof PyDict) {
      out.push(...dictCandidates(call, item, gradName, info, invoker, lossOf));
      continue;
    }
    const g = numericTensor(item);
    if (g === null || g.ndim === 0) continue;
    // dW -> W by name; `grad` for the single array argument; else the only argument of that shape
    const base = gradName.replace(/^d_?|^grad_|_grad$/g, '');
    const sameShape = arrayArgs.filter((a) => a.tensor.size === g.size && a.tensor.ndim === g.ndim && a.tensor.shape.every((d, i) => d === g.shape[i]));
    const match = sameShape.find((a) => a.name === base) ?? (sameShape.length === 1 ? sameShape[0] : undefined);
    if (match === undefined) continue;
    const live = call.args[match.index];
    out.push({
      gradName,
      wrt: match.name,
      analytic: g,
      input: match.tensor,
      span: returnSpan,
      replace: (t) => {
        const arr = invoker.makeArray(t, live);
        if (arr === null) return null;
        const args = call.args.slice();
        args[match.index] = arr;
        return lossOf(invoker.call(call.fn, args, call.kwargs));
      },
    });
  }
  return out;
}

function dictCandidates(
  call: CallRecord,
  grads: PyDict,
  gradName: string,
  info: ReturnType<StaticIndex['get']>,
  invoker: Invoker,
  lossOf: (v: PyValue | null) => number | null,
): Candidate[] {
  // the params dict: a dict argument, or self.params
  let params: PyDict | null = null;
  for (const a of call.args) if (a instanceof PyDict) params = params ?? a;
  if (params === null && call.args[0] instanceof PyObject) {
    const p = call.args[0].dict?.get('params');
    if (p instanceof PyDict) params = p;
  }
  if (params === null) return [];
  const snapshot = call.dictSnapshots.get(params);
  if (snapshot === undefined) return [];
  const out: Candidate[] = [];
  for (const [key, gv] of dictEntries(grads)) {
    const g = numericTensor(gv);
    const input = snapshot.get(key);
    if (g === null || input === null || input === undefined || input.size !== g.size) continue;
    const store = info?.keyedStores.filter((s) => s.key === key && (s.container === gradName || s.container.endsWith(gradName))).pop();
    const live = params.get(key);
    const paramsDict = params;
    out.push({
      gradName: `${gradName}['${key}']`,
      wrt: `params['${key}']`,
      analytic: g,
      input,
      span: store?.span ?? info?.returns[info.returns.length - 1]?.span ?? call.span,
      replace: (t) => {
        const arr = live === undefined ? null : invoker.makeArray(t, live);
        if (arr === null || live === undefined) return null;
        paramsDict.set(key, arr);
        try {
          return lossOf(invoker.call(call.fn, call.args, call.kwargs));
        } finally {
          paramsDict.set(key, live);
        }
      },
    });
  }
  return out;
}
