// What the analysis records while the program runs, beyond the bindings log: the calls it may
// check (their arguments as they were at call time and what they returned), the receiver of the
// last `.backward()` call, and, for the functions whose intermediates can localise a bug, the
// values bound in their last frame.
import { type Tensor, nextTensorId } from '../engine';
import type { Span } from '../python/ir';
import { PyDict, PyTuple } from '../python/runtime/collections';
import { type RunContext, ctx } from '../python/runtime/context';
import { PyFunction } from '../python/runtime/functions';
import { type KwArgs, PyObject, type PyValue } from '../python/runtime/object';
import { type Binding, BindingsLog, type SiteBinder, type TraceRecorder, snapshotValue } from '../python/trace';
import { numericTensor } from './numeric';
import { type ObjectGraphSnapshot, isGradObject, recordUserGrads, snapshotObjectGraph } from './object-graph';

/** The tensors held by dict arguments (and `self.params`) when the call began. */
function snapshotDicts(args: readonly PyValue[]): Map<PyDict, Map<string, Tensor>> {
  const out = new Map<PyDict, Map<string, Tensor>>();
  const take = (d: PyDict): void => {
    if (out.has(d) || d.map.size > 1000) return;
    const m = new Map<string, Tensor>();
    for (const e of d.map.values()) {
      if (typeof e.k !== 'string') continue;
      const t = numericTensor(e.v);
      if (t !== null) m.set(e.k, t);
    }
    if (m.size > 0) out.set(d, m);
  };
  for (const a of args) {
    if (a instanceof PyDict) take(a);
    else if (a instanceof PyObject && a.dict !== null) {
      const p = a.dict.get('params');
      if (p instanceof PyDict) take(p);
    }
  }
  return out;
}

export interface CallRecord {
  frame: number;
  qualname: string;
  fn: PyValue;
  /** The arguments as passed (live objects) and as they were at call time (snapshots). */
  args: readonly PyValue[];
  argSnapshots: PyValue[];
  kwargs: ReadonlyMap<string, PyValue> | null;
  /** For dict arguments and `self.params`: their numeric entries' tensors at call time. */
  dictSnapshots: Map<PyDict, Map<string, Tensor>>;
  span: Span;
  returned?: PyValue;
  seq: number;
  /** The id of the first tensor made in the call: its graph may have been cut if the run's history
   *  horizon (RunResult.historyHorizon) lies above it. */
  firstTensorId: number;
}

export interface FrameBinding {
  name: string;
  span: Span;
  value: PyValue;
  seq: number;
}

/** Function names whose calls the checks need, whatever they return. */
const INTERESTING = /(_forward|_backward|loss|^backward)$|loss/i;

function shortName(qualname: string): string {
  const i = qualname.lastIndexOf('.');
  return i < 0 ? qualname : qualname.slice(i + 1);
}

export class AnalysisRecorder implements TraceRecorder {
  readonly log = new BindingsLog();
  /** Live calls by frame (removed on return). */
  private open = new Map<number, CallRecord>();
  /** The last completed call per qualname, for the kinds the checks use. */
  readonly lastCall = new Map<string, CallRecord>();
  /** Completed calls that returned a tuple, keyed by each returned element (forward -> cache). */
  readonly producerOf = new WeakMap<object, CallRecord>();
  /** All completed `*_backward(dout, cache)` calls, last one per qualname (kept in lastCall too). */
  /** The receiver of the last executed `.backward()` method call. */
  backwardReceiver: { value: PyValue; seq: number } | null = null;
  /** Bindings made in the last frame of each interesting function (qualname -> its bindings). */
  readonly frameBindings = new Map<string, { frame: number; bindings: FrameBinding[] }>();
  private callSeq = 0;
  /** The object graph of the last completed `.backward()` on a user node object. */
  objectGraph: ObjectGraphSnapshot | null = null;
  private pendingGraph: ObjectGraphSnapshot | null = null;

  /** While muted (re-invoking functions for finite differences) nothing is recorded. */
  muted = false;
  /** The run's context, captured at the first event, to call the program's functions afterwards. */
  context: RunContext | null = null;

  entries(): Binding[] {
    return this.log.entries();
  }

  last(name: string, scope?: string): Binding | undefined {
    return this.log.last(name, scope);
  }

  bind(scope: string, name: string, span: Span, frame: number, value: PyValue): void {
    if (this.muted) return;
    this.context ??= ctx();
    this.log.bind(scope, name, span, frame, value);
    this.noteFrameBinding(scope, name, span, frame, value);
  }

  /** A compiled binding site's reporter: the log's record of the site is resolved once. */
  binderFor(scope: string, name: string, span: Span): SiteBinder {
    const logged = this.log.binderFor(scope, name, span);
    return (frame, value) => {
      if (this.muted) return;
      this.context ??= ctx();
      logged(frame, value);
      this.noteFrameBinding(scope, name, span, frame, value);
    };
  }

  private noteFrameBinding(scope: string, name: string, span: Span, frame: number, value: PyValue): void {
    const fb = this.frameBindings.get(scope);
    if (fb !== undefined && fb.frame === frame) fb.bindings.push({ name, span, value: snapshotValue(value), seq: this.callSeq++ });
  }

  call(frame: number, qualname: string, fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null, span: Span): void {
    if (this.muted) return;
    this.context ??= ctx();
    const name = shortName(qualname);
    if (name === 'backward' && args.length > 0) {
      this.backwardReceiver = { value: args[0], seq: ++this.callSeq };
      if (isGradObject(args[0])) this.pendingGraph = snapshotObjectGraph(args[0], frame, span.line);
    }
    const interesting = INTERESTING.test(name) || name === '_backward';
    // Every call is a candidate for the returned-gradient check, decided on return; keep it light.
    const rec: CallRecord = {
      frame,
      qualname,
      fn,
      args,
      argSnapshots: args.map(snapshotValue),
      kwargs: kwargs as KwArgs | null,
      dictSnapshots: snapshotDicts(args),
      span,
      seq: ++this.callSeq,
      firstTensorId: nextTensorId(),
    };
    this.open.set(frame, rec);
    if (interesting && fn instanceof PyFunction) this.frameBindings.set(qualname, { frame, bindings: [] });
  }

  return(frame: number, value: PyValue): void {
    if (this.muted) return;
    if (this.pendingGraph !== null && this.pendingGraph.frame === frame) {
      recordUserGrads(this.pendingGraph);
      this.objectGraph = this.pendingGraph;
      this.pendingGraph = null;
    }
    const rec = this.open.get(frame);
    if (rec === undefined) return;
    this.open.delete(frame);
    rec.returned = value;
    const name = shortName(rec.qualname);
    const tuple = value instanceof PyTuple ? value : null;
    if (INTERESTING.test(name) || (tuple !== null && tuple.items.length >= 2)) this.lastCall.set(rec.qualname, rec);
    if (tuple !== null && /_forward$/.test(name))
      for (const item of tuple.items) if (typeof item === 'object') this.producerOf.set(item, rec);
  }
}
