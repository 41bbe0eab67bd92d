// What the evaluator reports while it runs, for the analysis: bindings, calls and returns.
import { Tensor } from '../engine';
import type { Span } from './ir';
import { PyDict, PyList, PySet, PyTuple } from './runtime/collections';
import { PyObject, PyValue, typeOf } from './runtime/object';

export interface TraceRecorder {
  /** A name was bound: assignment targets (plain, augmented, unpacking; `x[i] = v` binds x,
   *  `self.w = v` binds 'self.w'), for targets, parameters, with-as and except-as targets.
   *  `span` is the target's span (the same object every time this site runs); `frame` the id of
   *  the running frame. */
  bind(scope: string, name: string, span: Span, frame: number, value: PyValue): void;
  /** A Python-level function is about to run in frame `frame`; `span` is the call site (or the
   *  function's definition when called from native code). */
  call(frame: number, qualname: string, fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null, span: Span): void;
  /** The function running in `frame` returned `value` (span: the return statement or the def). */
  return(frame: number, value: PyValue, span: Span): void;
}

/** The snapshot stored for a bound value: immutable values as they are, containers shallowly
 *  copied, and objects whose type has a `snapshot` hook (numpy arrays) through that hook. */
export function snapshotValue(v: PyValue): PyValue {
  if (typeof v !== 'object' || v instanceof Tensor) return v;
  const hook = typeOf(v).snapshot;
  if (hook !== null) return hook(v as PyObject);
  if (v instanceof PyList) return new PyList(v.items.slice());
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const e of v.map.values()) d.set(e.k, e.v);
    return d;
  }
  if (v instanceof PySet && !v.frozen) return v.copy(); // keeps CPython's table order
  void PyTuple;
  return v;
}

/** One binding site's record: how many times it ran and the last value bound there. */
export interface Binding {
  scope: string;
  name: string;
  line: number;
  col: number;
  span: Span;
  count: number;
  /** Snapshot of the last value. */
  value: PyValue;
  /** The value object itself (not a snapshot), e.g. to read a class instance's final fields. */
  live: PyValue;
  /** Frame of the last execution. */
  frame: number;
  /** Order of the last execution among all bindings (grows with time). */
  seq: number;
}

/**
 * A binding with the log's private state. `live` is `value` unless they differ (a container's
 * snapshot): most bound values are immutable, and one field stored per event instead of two
 * halves the GC write barriers of the log's hottest path.
 */
class LoggedBinding implements Binding {
  count = 0;
  frame = 0;
  seq = 0;
  /** `value` when it is a list copy nobody outside the log has seen yet (see `handOut`). */
  ownList: PyList | null = null;
  /** The live value, when it is not `value` itself. */
  other: PyValue | null = null;
  /** The list `ownList` copies, its items array and its write count when copied (see `PyList.wrote`). */
  copiedList: PyList | null = null;
  copiedItems: PyValue[] | null = null;
  copiedWrites = 0;

  constructor(
    readonly scope: string,
    readonly name: string,
    readonly line: number,
    readonly col: number,
    readonly span: Span,
    public value: PyValue,
  ) {}

  get live(): PyValue {
    return this.other ?? this.value;
  }
}

/** The default recorder: per (scope, name, line, col) the count and the last value.
 *  Rebinding a list at a site (`x[i] = v` in a loop binds x each time) refills the site's
 *  own snapshot list in place instead of allocating a copy per event, as long as no snapshot
 *  has been handed out (`entries`, `last`) since it was made. */
export class BindingsLog implements TraceRecorder {
  private bySpan = new Map<Span, LoggedBinding>();
  private byKey = new Map<string, LoggedBinding>();
  private seq = 0;

  bind(scope: string, name: string, span: Span, frame: number, value: PyValue): void {
    let b = this.bySpan.get(span);
    if (b === undefined || b.name !== name || b.scope !== scope) b = this.site(scope, name, span, value);
    this.record(b, frame, value);
  }

  /** The reporter of one compiled binding site: its record is found once, at its first run. */
  binderFor(scope: string, name: string, span: Span): SiteBinder {
    let b: LoggedBinding | null = null;
    return (frame, value) => {
      if (b === null) b = this.site(scope, name, span, value);
      this.record(b, frame, value);
    };
  }

  private record(b: LoggedBinding, frame: number, value: PyValue): void {
    b.count++;
    b.frame = frame;
    b.seq = ++this.seq;
    if (typeof value !== 'object' || value instanceof Tensor) {
      // immutable: the value is its own snapshot
      b.value = value;
      if (b.other !== null) b.other = null;
      if (b.ownList !== null) b.ownList = null;
      return;
    }
    if (value instanceof PyList && b.ownList !== null && value.cls === b.ownList.cls) recopy(b, value);
    else {
      const snap = snapshotValue(value);
      b.value = snap;
      b.ownList = snap instanceof PyList && snap !== value ? snap : null;
    }
    if (value instanceof PyList) {
      b.copiedList = value;
      b.copiedItems = value.items;
      b.copiedWrites = value.writes;
    }
    b.other = b.value === value ? null : value;
  }

  private site(scope: string, name: string, span: Span, value: PyValue): LoggedBinding {
    const key = `${scope}\u0000${name}\u0000${span.line}\u0000${span.col}`;
    let b = this.byKey.get(key);
    if (b === undefined) {
      b = new LoggedBinding(scope, name, span.line, span.col, span, value);
      this.byKey.set(key, b);
    }
    if (!this.bySpan.has(span)) this.bySpan.set(span, b);
    return b;
  }

  call(_frame: number, _qualname: string, _fn: PyValue, _args: readonly PyValue[], _kwargs: ReadonlyMap<string, PyValue> | null, _span: Span): void {}
  return(_frame: number, _value: PyValue, _span: Span): void {}

  /** Every binding site that executed, in order of first execution. */
  entries(): Binding[] {
    this.handOut();
    return [...this.byKey.values()];
  }

  /** The binding of `name` executed last (optionally within `scope`). */
  last(name: string, scope?: string): Binding | undefined {
    this.handOut();
    let best: LoggedBinding | undefined;
    for (const b of this.byKey.values())
      if (b.name === name && (scope === undefined || b.scope === scope) && (best === undefined || b.seq > best.seq)) best = b;
    return best;
  }

  /** Snapshots seen outside the log stay as they are: later bindings copy afresh. */
  private handOut(): void {
    for (const b of this.byKey.values()) b.ownList = null;
  }
}

/**
 * Makes the site's own snapshot list a copy of `list` again: one element when the list had
 * exactly one element replaced since the last copy (a loop's `x[i] = v`: O(1) instead of O(len)),
 * else a refill.
 */
function recopy(b: LoggedBinding, list: PyList): void {
  const snap = (b.ownList as PyList).items;
  const k = list.lastWrite;
  if (b.copiedList === list && b.copiedItems === list.items && list.writes === b.copiedWrites + 1 && k >= 0 && snap.length === list.items.length) {
    snap[k] = list.items[k];
    return;
  }
  refill(b.ownList as PyList, list.items);
}

/** Makes `snap` a shallow copy of `items` again, reusing its array. Writes only the elements
 *  that changed (a loop rebinding `x[i] = v` changes one): reads are cheap, while each store of a
 *  young value into the old snapshot array costs a GC write barrier. */
function refill(snap: PyList, items: readonly PyValue[]): void {
  const out = snap.items;
  const n = items.length;
  if (n > out.length) {
    // (setting a length far past an array's capacity makes V8 turn it into a hash table: slow, and
    // past 2**24 elements a fatal out-of-memory)
    snap.items = items.slice();
    return;
  }
  if (out.length !== n) out.length = n;
  for (let i = 0; i < n; i++) {
    const v = items[i];
    if (out[i] !== v) out[i] = v;
  }
}

/** Reports one binding of a compiled site: `bind(scope, name, span, frame, value)` with the
 *  site's scope, name and span fixed. */
export type SiteBinder = (frame: number, value: PyValue) => void;

/** The reporter for a binding site, made when the site is compiled: the bindings log resolves
 *  its per-site record once instead of looking it up on every event. */
export function siteBinder(rec: TraceRecorder, scope: string, name: string, span: Span): SiteBinder {
  if (hasSiteBinders(rec)) return rec.binderFor(scope, name, span);
  if (rec instanceof TeeRecorder) {
    const parts = rec.parts().map((r) => siteBinder(r, scope, name, span));
    if (parts.length === 2) {
      const [a, b] = parts;
      return (frame, value) => {
        a(frame, value);
        b(frame, value);
      };
    }
    return (frame, value) => {
      for (const p of parts) p(frame, value);
    };
  }
  return (frame, value) => rec.bind(scope, name, span, frame, value);
}

/** A recorder that resolves a compiled binding site once (the bindings log, the analysis's recorder). */
export interface SiteBinders {
  binderFor(scope: string, name: string, span: Span): SiteBinder;
}

function hasSiteBinders(rec: TraceRecorder): rec is TraceRecorder & SiteBinders {
  return typeof (rec as Partial<SiteBinders>).binderFor === 'function';
}

/** A recorder that keeps a bindings log of its own: a run given one records bindings into that log
 *  alone instead of keeping a second, default one. */
export interface LoggingRecorder extends TraceRecorder {
  readonly log: BindingsLog;
}

export function hasOwnLog(rec: TraceRecorder): rec is LoggingRecorder {
  return (rec as Partial<LoggingRecorder>).log instanceof BindingsLog;
}

/** Forwards every event to several recorders (e.g. the bindings log and the analysis's own). */
export class TeeRecorder implements TraceRecorder {
  constructor(private readonly recorders: TraceRecorder[]) {}
  parts(): readonly TraceRecorder[] {
    return this.recorders;
  }
  bind(scope: string, name: string, span: Span, frame: number, value: PyValue): void {
    for (const r of this.recorders) r.bind(scope, name, span, frame, value);
  }
  call(frame: number, qualname: string, fn: PyValue, args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue> | null, span: Span): void {
    for (const r of this.recorders) r.call(frame, qualname, fn, args, kwargs, span);
  }
  return(frame: number, value: PyValue, span: Span): void {
    for (const r of this.recorders) r.return(frame, value, span);
  }
}
