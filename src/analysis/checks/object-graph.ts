// Object graphs: micrograd-style classes the user wrote. After r.backward(), every reachable
// leaf's .grad is compared with the true d r.data / d leaf.data; and each operation's local
// backward (`_backward`) is checked on its own, so a wrong one is reported in the method that
// defines it, on the line that assigned the wrong gradient.
import { Tensor, backward, full } from '../../engine';
import type { Span } from '../../python/ir';
import { PyFunction } from '../../python/runtime/functions';
import { PyObject, type PyValue, pyFloat } from '../../python/runtime/object';
import type { Tolerance } from '../compare';
import { numericTensor } from '../numeric';
import type { GraphObject, ObjectGraphSnapshot } from '../object-graph';
import type { AnalysisRecorder } from '../recorder';
import type { StaticIndex } from '../static-info';
import { type CheckOutcome, type GradientUnderTest, partialGradients, runCheck } from './common';
import type { Invoker } from './invoker';

/** How many nodes of each `_backward` kind are checked locally. */
const PER_KIND = 3;
/** The upstream gradient set on a node before calling its `_backward` alone. */
const UPSTREAM = 0.7310585786300049;

export function checkObjectGraph(rec: AnalysisRecorder, statics: StaticIndex, invoker: Invoker, tol: Tolerance): CheckOutcome[] {
  const snap = rec.objectGraph;
  if (snap === null) return [];
  const outcomes: CheckOutcome[] = [];
  const localFailures = checkLocalBackwards(rec, snap, invoker, tol, outcomes);
  outcomes.push(...checkLeaves(snap, tol, localFailures, statics));
  return outcomes;
}

/** The leaves' .grad against d root.data / d leaf.data, as one check over all leaves. */
function checkLeaves(snap: ObjectGraphSnapshot, tol: Tolerance, localFailures: number, statics: StaticIndex): CheckOutcome[] {
  const root = snap.nodes.get(snap.root);
  if (root === undefined) return [];
  const leafObjects = [...snap.nodes.values()].filter((n) => n.children.length === 0 && n.grad !== null && n.grad.size === 1);
  if (leafObjects.length === 0) return [];
  // Leaves that wrap the same number (every `Value(x)` made from one input float) share its tensor:
  // the exact gradient is w.r.t. that tensor, so it is compared with the sum of their .grad.
  const byTensor = new Map<Tensor, GraphObject[]>();
  for (const n of leafObjects) {
    const list = byTensor.get(n.data);
    if (list === undefined) byTensor.set(n.data, [n]);
    else list.push(n);
  }
  const leaves = [...byTensor.entries()];
  // The leaves are the inputs of this backward pass: hold each fixed (a parameter's .data may itself
  // have been computed from other leaves in an earlier training step - not a path .grad follows).
  const grads = partialGradients(root.data, full(root.data.shape, 1), new Set(byTensor.keys()));
  const analytic = new Float64Array(leaves.map(([, ns]) => ns.reduce((acc, n) => acc + n.grad!.item(), 0)));
  const exact = new Float64Array(leaves.map(([t]) => grads.get(t.id)?.item() ?? 0));
  const rootCls = snap.root.cls;
  const backwardDef = statics.get(`${rootCls.qualname}.backward`);
  const span: Span = backwardDef?.def.nameSpan ?? { line: snap.callLine, col: 0, endLine: snap.callLine, endCol: 0 };
  const g: GradientUnderTest = {
    kind: 'object-graph',
    function: `${rootCls.qualname}.backward`,
    gradName: `the leaves' .grad`,
    wrt: 'data',
    analytic: new Tensor(analytic, [analytic.length]),
    exact: new Tensor(exact, [exact.length]),
    input: new Tensor(new Float64Array(leaves.map(([t]) => t.item())), [leaves.length]),
    perturbed: null,
    lossGraph: root.data,
    span,
  };
  const out = runCheck(g, tol);
  // When a local _backward is already reported, the leaves only echo it: keep the report, drop the
  // diagnostic (one diagnostic per root cause).
  if (localFailures > 0 && out.diagnostic !== null && out.diagnostic.code === 'gradient-mismatch') return [{ report: out.report, diagnostic: null }];
  if (out.diagnostic !== null && out.diagnostic.code === 'gradient-mismatch')
    out.diagnostic.message = `after ${rootCls.name}.backward() (line ${snap.callLine}), ${out.diagnostic.message.replace(/^the leaves' \.grad /, "the leaves' .grad ")} Every local _backward checked agrees with the exact gradient, so look at the order of the backward pass or at gradients left from an earlier pass (were they zeroed?).`;
  return [out];
}

interface LocalCase {
  node: GraphObject;
  closure: PyFunction;
  /** `Value.__mul__` for `Value.__mul__.<locals>._backward`. */
  method: string;
}

function localCases(snap: ObjectGraphSnapshot): Map<string, LocalCase[]> {
  const byKind = new Map<string, LocalCase[]>();
  for (const node of snap.nodes.values()) {
    if (node.children.length === 0) continue;
    // a library's node class (the micrograd package) is not the user's code to judge locally
    if (node.obj.cls.module !== '__main__') continue;
    const fn = node.obj.dict!.get('_backward');
    if (!(fn instanceof PyFunction)) continue;
    const q = fn.qualname;
    const i = q.indexOf('.<locals>.');
    if (i < 0) continue;
    const list = byKind.get(q) ?? [];
    if (list.length < PER_KIND) list.push({ node, closure: fn, method: q.slice(0, i) });
    byKind.set(q, list);
  }
  return byKind;
}

/** The closure's free variable that holds `obj` (self, other, ...). */
function closureNameOf(fn: PyFunction, obj: PyObject): string | null {
  const free = fn.code.scope.free;
  for (let i = 0; i < fn.closure.length && i < free.length; i++) if (fn.closure[i].v === obj) return free[i];
  return null;
}

function checkLocalBackwards(rec: AnalysisRecorder, snap: ObjectGraphSnapshot, invoker: Invoker, tol: Tolerance, outcomes: CheckOutcome[]): number {
  let failures = 0;
  for (const [qualname, cases] of localCases(snap)) {
    let reported = false;
    for (const c of cases) {
      const result = checkOneLocal(rec, snap, c, qualname, invoker, tol);
      if (result === null) continue;
      const bad = result.filter((o) => o.report.status === 'mismatch');
      if (bad.length > 0) {
        failures++;
        outcomes.push(...bad.slice(0, 1));
        reported = true;
        break;
      }
    }
    // one passing report per kind of _backward, when none of its nodes failed
    if (!reported) {
      const first = cases.length > 0 ? checkOneLocal(rec, snap, cases[0], qualname, invoker, tol) : null;
      if (first !== null && first.length > 0) outcomes.push(first[0]);
    }
  }
  return failures;
}

/**
 * Runs one node's `_backward` alone: its upstream .grad set to a known value, its children's
 * .grad to 0 and their .data to what they were when backward ran; compares what lands in the
 * children's .grad with the exact local gradient. Everything is restored afterwards.
 */
function checkOneLocal(rec: AnalysisRecorder, snap: ObjectGraphSnapshot, c: LocalCase, qualname: string, invoker: Invoker, tol: Tolerance): CheckOutcome[] | null {
  const { node, closure } = c;
  const kids = [...new Set(node.children)];
  const saved = new Map<PyObject, { grad: PyValue | undefined; data: PyValue | undefined }>();
  for (const o of [node.obj, ...kids]) saved.set(o, { grad: o.dict!.get('grad'), data: o.dict!.get('data') });
  const results: { kid: PyObject; got: number | null }[] = [];
  try {
    for (const k of kids) {
      k.dict!.set('grad', pyFloat(0));
      k.dict!.set('data', snap.nodes.get(k)!.data);
    }
    node.obj.dict!.set('data', node.data);
    node.obj.dict!.set('grad', pyFloat(UPSTREAM));
    if (invoker.call(closure, [], null) === null) return null;
    for (const k of kids) {
      const t = numericTensor(k.dict!.get('grad'));
      results.push({ kid: k, got: t === null || t.size !== 1 ? null : t.item() });
    }
  } finally {
    for (const [o, s] of saved) {
      if (s.grad !== undefined) o.dict!.set('grad', s.grad);
      if (s.data !== undefined) o.dict!.set('data', s.data);
    }
  }
  const stops = new Set(kids.map((k) => snap.nodes.get(k)!.data));
  const exactGrads = partialGradients(node.data, full(node.data.shape, UPSTREAM), stops);
  const outs: CheckOutcome[] = [];
  for (const { kid, got } of results) {
    if (got === null) continue;
    const exact = exactGrads.get(snap.nodes.get(kid)!.data.id)?.item() ?? 0;
    const varName = closureNameOf(closure, kid) ?? 'child';
    const site = lastGradStore(rec, qualname, varName);
    const g: GradientUnderTest = {
      kind: 'object-graph',
      function: c.method,
      gradName: `${varName}.grad`,
      wrt: `${varName}.data`,
      analytic: Tensor.scalar(got),
      exact: Tensor.scalar(exact),
      input: snap.nodes.get(kid)!.data,
      perturbed: null,
      lossGraph: node.data,
      span: site ?? closure.code.span,
    };
    const o = runCheck(g, tol);
    if (o.diagnostic !== null && o.diagnostic.code === 'gradient-mismatch')
      o.diagnostic.message = `${c.method}: its _backward gives ${varName}.grad = ${fmt(got)} for an upstream gradient of ${fmt(UPSTREAM)}, but the local derivative says ${fmt(exact)} (${c.method.split('.').pop()} at ${varName}.data = ${fmt(snap.nodes.get(kid)!.data.item())}).`;
    outs.push(o);
  }
  return outs;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

/** The statement in the closure that stores `<var>.grad` (the binding site `<var>.grad`). */
function lastGradStore(rec: AnalysisRecorder, closureQualname: string, varName: string): Span | null {
  return rec.last(`${varName}.grad`, closureQualname)?.span ?? null;
}
