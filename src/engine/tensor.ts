import { DType, castValue, castInPlace } from './dtype';
import { madeElements, reserveElements } from './element-guard';
import { EngineError } from './errors';
import { Shape, sizeOf } from './shape';
import type { NamedRule, Node } from './tape';
import { TapeNode, currentOrigin, historyHorizon, namedRules } from './tape';

let nextId = 1;

/** The current scalar tape's entries made before `horizon` forget their general nodes. */
export function forgetScalarHistoryBefore(horizon: number): void {
  tape.forgetPinnedBefore(horizon);
}

/** The id the next tensor made will have. */
export function nextTensorId(): number {
  return nextId;
}
const SCALAR_SHAPE: Shape = Object.freeze([]) as Shape;

/**
 * An immutable n-dimensional array: C-contiguous Float64Array storage, a shape and a dtype.
 * A tensor made by an op carries the tape `node` that made it; `id`s grow with creation, so
 * creation order is a topological order of the graph. `origin` is an opaque tag the caller
 * set on the tape when the tensor was made (the interpreter stores a source span id there).
 *
 * 0-d tensors keep their value in a number and build their storage only on demand, since an
 * interpreted program makes millions of them.
 */
export class Tensor {
  readonly id: number;
  readonly shape: Shape;
  readonly dtype: DType;
  node: Node | null;
  origin: number;
  /** Scratch space of graph traversals (traversal.ts): this tensor's index in the last one that reached it. */
  traversalSlot = 0;
  /** The storage, or the value of a 0-d tensor whose storage nobody asked for yet. */
  private store: Float64Array | number;

  /** `data` is taken over, not copied; values must already fit the dtype (see `Tensor.of`). */
  constructor(data: Float64Array | number, shape: Shape, dtype: DType = 'float64', node: Node | null = null) {
    this.id = nextId++;
    this.shape = shape.length === 0 ? SCALAR_SHAPE : shape;
    this.dtype = dtype;
    this.node = node;
    this.origin = currentOrigin();
    if (typeof data === 'number') {
      if (shape.length !== 0) throw new EngineError('ValueError', 'a number makes only a 0-d tensor');
    } else {
      if (data.length !== sizeOf(shape))
        throw new EngineError('ValueError', `storage of ${data.length} elements for shape (${shape.join(',')})`);
      madeElements(data.length);
    }
    this.store = data;
  }

  /** Becomes a leaf: the node that made it, and the graph behind it, are dropped (tape.ts's horizon). */
  forgetHistory(): void {
    this.node = null;
  }

  /** Builds a tensor, rounding the values to the dtype (copying nothing). */
  static of(data: Float64Array, shape: Shape, dtype: DType = 'float64'): Tensor {
    return new Tensor(castInPlace(dtype, data), shape, dtype);
  }

  static scalar(v: number, dtype: DType = 'float64'): Tensor {
    if (dtype === 'float64') return newScalar(v);
    return new Tensor(castValue(dtype, v), SCALAR_SHAPE, dtype);
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** The number of elements. */
  get size(): number {
    const s = this.store;
    return typeof s === 'number' ? 1 : s.length;
  }

  /** The storage (C order). Never write into it: tensors are immutable. */
  get data(): Float64Array {
    const s = this.store;
    if (typeof s !== 'number') return s;
    const d = new Float64Array(1);
    d[0] = s;
    this.store = d;
    return d;
  }

  /** The single value of a tensor of size 1. */
  item(): number {
    const s = this.store;
    if (typeof s === 'number') return s;
    if (s.length !== 1) throw new EngineError('ValueError', 'can only convert an array of size 1 to a Python scalar');
    return s[0];
  }

  /** Nested JS arrays of numbers (a number for a 0-d tensor); booleans stay 0/1. */
  toNested(): unknown {
    if (this.ndim === 0) return this.item();
    const d = this.data;
    const shape = this.shape;
    let pos = 0;
    const build = (axis: number): unknown[] => {
      const out: unknown[] = [];
      for (let i = 0; i < shape[axis]; i++) out.push(axis === shape.length - 1 ? d[pos++] : build(axis + 1));
      return out;
    };
    return build(0);
  }
}

// ---- the scalar tape ---------------------------------------------------------------------
//
// A float64 0-d tensor - the interpreter makes one per Python float op, millions per run - is
// an entry of a columnar tape: its value, id, origin, traversal slot, the code of the named
// rule that made it and its inputs sit in typed arrays, and the JavaScript object the program
// holds (a ScalarTensor: a chunk and an index) is only a handle. The tape keeps no handle, so
// an intermediate nobody holds dies young; `node.inputs` and `reachable` make handles for the
// entries they hand out. Two handles of one entry are the same tensor: they share id, value,
// node and traversal slot. Compare tensors by `id`, never by object identity.

// The layout is shared with the graph walks (traversal.ts, backward.ts), which read entries
// without making handles; nothing outside src/engine sees it.
export const CHUNK_BITS = 12;
export const CHUNK = 1 << CHUNK_BITS;
// columns of a chunk's float64 array
export const VALUE = 0;
export const ID = CHUNK;
const ORIGIN = 2 * CHUNK;
// columns of a chunk's int32 array (EPOCH: the traversal that last set SLOT)
export const SLOT = 0;
export const RULE = CHUNK;
export const IN0 = 2 * CHUNK;
export const IN1 = 3 * CHUNK;
export const EPOCH = 4 * CHUNK;
/** `in1` of an entry with one input. */
export const NO_INPUT = -0x80000000;
/** `rule` of an entry whose node was attached some other way (kept in the tape's `generals`). */
export const GENERAL = 255;

/** One scalar tape: the entries of a run, in chunks of CHUNK. */
export class ScalarTape {
  readonly chunks: ScalarChunk[] = [];
  /** Inputs that are not entries of this tape (arrays, tensors of another tape): `in` = -(k + 1). */
  readonly externals: Tensor[] = [];
  /**
   * Nodes attached other than inline (a VJP closure, attributes: a reduction's 0-d result), kept by
   * the handle they were attached to (a WeakMap: no WeakRef, whose targets a synchronous run would
   * keep to its end), so a result nobody holds frees its node and the arrays its graph holds - unless
   * a later entry read the entry: `reference` then pins the handle for the tape's lifetime.
   */
  private readonly generals = new WeakMap<ScalarTensor, Node>();
  /** The handle every walk meets for these entries (read by later entries, or pinned), by tape index. */
  readonly pinned = new Map<number, ScalarTensor>();

  /** The pinned handle of entry `ref`, if it has one. */
  pinnedAt(ref: number): ScalarTensor | undefined {
    return this.pinned.size === 0 ? undefined : this.pinned.get(ref);
  }

  /** Makes h the handle walks meet for its entry (the first one pinned stays). */
  pin(h: ScalarTensor): void {
    const key = h.chunk.base + h.i;
    if (!this.pinned.has(key)) this.pinned.set(key, h);
  }

  /** The general node of h's entry (kept by h itself, or by the entry's pinned handle). */
  generalNode(h: ScalarTensor): Node | null {
    const own = this.generals.get(h);
    if (own !== undefined) return own;
    const p = this.pinnedAt(h.chunk.base + h.i);
    return p === undefined ? null : (this.generals.get(p) ?? null);
  }

  /** Attaches (or, null, detaches) the general node of h's entry, kept by h (and the pinned handle). */
  setGeneralNode(h: ScalarTensor, n: Node | null): void {
    const p = this.pinnedAt(h.chunk.base + h.i);
    for (const k of p === undefined || p === h ? [h] : [h, p]) {
      if (n === null) this.generals.delete(k);
      else this.generals.set(k, n);
    }
  }

  /** The entries made before `horizon` that later entries read become leaves (tape.ts's horizon):
   *  their general nodes - a reduction over arrays, and the arrays' graphs - are dropped. */
  forgetPinnedBefore(horizon: number): void {
    for (const h of this.pinned.values()) if (h.id < horizon) h.forgetHistory();
  }

  /** The tensor at a reference of an `in` column. */
  handle(ref: number): Tensor {
    if (ref < 0) return this.externals[-ref - 1];
    const p = this.pinnedAt(ref);
    if (p !== undefined) return p as unknown as Tensor;
    return new ScalarTensor(this.chunks[ref >>> CHUNK_BITS], ref & (CHUNK - 1)) as unknown as Tensor;
  }

  /**
   * How an entry of this tape refers to input x: by index for an op's result of this tape,
   * else as an external, held. A leaf is held too, so that every walk of the graph meets the
   * very object the program made (the one a parameter's owner knows it by).
   */
  reference(x: Tensor): number {
    if (x instanceof ScalarTensor && x.chunk.tape === this) {
      const c = x.chunk;
      const i = x.i;
      let rule = c.n[RULE + i];
      if (rule === GENERAL && x.id < historyHorizon()) {
        x.forgetHistory(); // (made before the history horizon: read as the leaf it now is)
        rule = 0;
      }
      if (rule === GENERAL && this.pinnedAt(c.base + i) === undefined) {
        // read by a later entry: its node must now live as long as the tape, met through x
        const n = this.generalNode(x);
        this.pin(x);
        if (n !== null) this.generals.set(x, n);
      }
      if (rule !== 0) return c.base + i;
      // a leaf of this tape is held once: its unused IN0 keeps the reference
      const held = c.n[IN0 + i];
      if (held < 0) return held;
      const ref = -this.externals.push(x);
      c.n[IN0 + i] = ref;
      return ref;
    }
    return -this.externals.push(x);
  }
}

/** CHUNK entries of a tape: `f` holds VALUE, ID, ORIGIN; `n` holds SLOT, RULE, IN0, IN1, EPOCH. */
export class ScalarChunk {
  readonly f = new Float64Array(3 * CHUNK);
  readonly n = new Int32Array(5 * CHUNK);
  constructor(
    readonly tape: ScalarTape,
    readonly base: number,
  ) {}
}

let tape = new ScalarTape();
let chunk: ScalarChunk = addChunk(tape);
let chunkUsed = 0;
let traversalEpoch = 0;

/** Starts a walk of the graph: scalar tensors' traversal slots set from now on belong to it. */
export function nextTraversalEpoch(): number {
  traversalEpoch = traversalEpoch === 0x7fffffff ? 1 : traversalEpoch + 1;
  return traversalEpoch;
}

function addChunk(t: ScalarTape): ScalarChunk {
  const c = new ScalarChunk(t, t.chunks.length * CHUNK);
  t.chunks.push(c);
  return c;
}

/**
 * Starts a new scalar tape for the scalars made from now on (a run starts one, so that the
 * last run's tape is freed with the last of its tensors). Tensors of an earlier tape stay valid.
 */
export function startScalarTape(): void {
  tape = new ScalarTape();
  chunk = addChunk(tape);
  chunkUsed = 0;
}

/**
 * A float64 0-d tensor: a handle of an entry of a scalar tape (see above). A `Tensor` in every
 * respect (`instanceof Tensor`, the same getters; `node` is made on demand, equal in content
 * each time); the engine's graph walks read the tape directly.
 */
export class ScalarTensor {
  // A handle never changes; only backward's cursors (scalar-backward.ts) are repointed.
  constructor(
    public chunk: ScalarChunk,
    public i: number,
  ) {}

  get id(): number {
    return this.chunk.f[ID + this.i];
  }

  get origin(): number {
    return this.chunk.f[ORIGIN + this.i];
  }

  set origin(tag: number) {
    this.chunk.f[ORIGIN + this.i] = tag;
  }

  get traversalSlot(): number {
    return this.chunk.n[SLOT + this.i];
  }

  set traversalSlot(s: number) {
    this.chunk.n[SLOT + this.i] = s;
    this.chunk.n[EPOCH + this.i] = traversalEpoch;
  }

  get shape(): Shape {
    return SCALAR_SHAPE;
  }

  get dtype(): DType {
    return 'float64';
  }

  get ndim(): number {
    return 0;
  }

  get size(): number {
    return 1;
  }

  /** A fresh one-element copy of the value (the tape's columns are never handed out). */
  get data(): Float64Array {
    return Float64Array.of(this.chunk.f[VALUE + this.i]);
  }

  item(): number {
    return this.chunk.f[VALUE + this.i];
  }

  toNested(): unknown {
    return this.chunk.f[VALUE + this.i];
  }

  get node(): Node | null {
    const code = this.chunk.n[RULE + this.i];
    if (code === 0) return null;
    const t = this.chunk.tape;
    if (code === GENERAL) return t.generalNode(this);
    const rule = namedRules[code] as NamedRule;
    const in1 = this.chunk.n[IN1 + this.i];
    const a = t.handle(this.chunk.n[IN0 + this.i]);
    const inputs = in1 === NO_INPUT ? [a] : [a, t.handle(in1)];
    return new TapeNode(rule.name, inputs, this as unknown as Tensor, rule, undefined);
  }

  set node(n: Node | null) {
    this.chunk.tape.setGeneralNode(this, n);
    this.chunk.n[RULE + this.i] = n === null ? 0 : GENERAL;
  }

  /** Only a general node can be dropped: an inline entry's inputs are the tape's columns. */
  forgetHistory(): void {
    if (this.chunk.n[RULE + this.i] === GENERAL) this.node = null;
  }

  /** Makes this object the one every walk of the graph meets for this tensor (see `pinTensor`). */
  pin(): void {
    this.chunk.tape.pin(this);
  }

  /** Records the op that made this tensor (see `recordRule2`; b null for a one-input op). */
  recordInline(rule: NamedRule, a: Tensor, b: Tensor | null): void {
    const c = this.chunk;
    if (c.n[RULE + this.i] === GENERAL) c.tape.setGeneralNode(this, null);
    writeInline(c, this.i, rule.code, a, b);
  }
}
Object.setPrototypeOf(ScalarTensor.prototype, Tensor.prototype);

/**
 * The current scalar tape's size: its entries (each one 0-d tensor element) and the bytes of
 * array buffers its columns take (for memory budgets that count elements, not bytes).
 */
export function scalarTapeSize(): { entries: number; bytes: number } {
  const chunks = tape.chunks.length;
  return { entries: (chunks - 1) * CHUNK + chunkUsed, bytes: chunks * (chunk.f.byteLength + chunk.n.byteLength) };
}

/** A handle to repoint (backward's cursors: see scalar-backward.ts). */
export function newCursor(): ScalarTensor {
  return new ScalarTensor(chunk, 0);
}

/**
 * Makes t the object every walk of the graph (node.inputs, reachable, backward's keys) meets
 * for it, for code that keys maps by tensor objects. A scalar tensor made by an inline op is
 * otherwise met through fresh handles; any other tensor is always itself.
 */
export function pinTensor(t: Tensor): void {
  if (t instanceof ScalarTensor) t.pin();
}

/**
 * A float64 0-d tensor holding v that the rule of code `code` made from a and b (b null for a
 * one-input rule), recorded: `newScalar` and `recordInline` in one step (scalar ops' fast path).
 */
export function newScalarOp(v: number, code: number, a: Tensor, b: Tensor | null): Tensor {
  const i = newEntry(v); // (may start a new chunk: read `chunk` after it)
  writeInline(chunk, i, code, a, b);
  return new ScalarTensor(chunk, i) as unknown as Tensor;
}

/** Entry i of chunk c was made by the rule of code `code` from a and b (b null: one input). */
function writeInline(c: ScalarChunk, i: number, code: number, a: Tensor, b: Tensor | null): void {
  c.n[RULE + i] = code;
  c.n[IN0 + i] = c.tape.reference(a);
  c.n[IN1 + i] = b === null ? NO_INPUT : c.tape.reference(b);
}

/** A float64 0-d tensor holding v: a new entry of the current scalar tape, typed as the Tensor it is. */
export function newScalar(v: number): Tensor {
  const i = newEntry(v); // (may start a new chunk: read `chunk` after it)
  return new ScalarTensor(chunk, i) as unknown as Tensor;
}

/** A new entry of the current tape holding v (value, id and origin written): its index in `chunk`. */
function newEntry(v: number): number {
  if (chunkUsed === CHUNK) {
    chunk = addChunk(tape);
    chunkUsed = 0;
  }
  const i = chunkUsed++;
  const f = chunk.f;
  f[VALUE + i] = v;
  f[ID + i] = nextId++;
  f[ORIGIN + i] = currentOrigin();
  return i;
}

/** A tensor from nested arrays of numbers (or booleans), like np.array. */
export function tensor(nested: unknown, dtype: DType = 'float64'): Tensor {
  const shape: number[] = [];
  let probe: unknown = nested;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  reserveElements(sizeOf(shape));
  const data = new Float64Array(sizeOf(shape));
  let pos = 0;
  const walk = (v: unknown, axis: number): void => {
    if (axis === shape.length) {
      if (Array.isArray(v)) throw new EngineError('ValueError', 'setting an array element with a sequence.');
      data[pos++] = typeof v === 'boolean' ? (v ? 1 : 0) : (v as number);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[axis])
      throw new EngineError(
        'ValueError',
        'setting an array element with a sequence. The requested array has an inhomogeneous shape.',
      );
    for (const x of v) walk(x, axis + 1);
  };
  walk(nested, 0);
  if (shape.length === 0) return Tensor.scalar(data[0], dtype);
  return Tensor.of(data, shape, dtype);
}

export function full(shape: Shape, value: number, dtype: DType = 'float64'): Tensor {
  if (shape.length === 0) return Tensor.scalar(value, dtype);
  reserveElements(sizeOf(shape));
  return Tensor.of(new Float64Array(sizeOf(shape)).fill(value), shape, dtype);
}

export function zeros(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 0, dtype);
}

export function ones(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 1, dtype);
}
