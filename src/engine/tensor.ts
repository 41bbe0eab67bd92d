import { DType, castValue, castInPlace } from './dtype';
import { EngineError } from './errors';
import { Shape, sizeOf } from './shape';
import type { NamedRule, Node } from './tape';
import { TapeNode, currentOrigin } from './tape';

let nextId = 1;
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
    } else if (data.length !== sizeOf(shape))
      throw new EngineError('ValueError', `storage of ${data.length} elements for shape (${shape.join(',')})`);
    this.store = data;
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

/**
 * A float64 0-d tensor as the interpreter's float arithmetic makes millions of them: one small
 * object (the young-generation GC copies every object the tape keeps, so fewer and smaller
 * objects per op is most of the cost of recording one). Its value, id, origin and traversal
 * slot sit in a shared chunk of columns (`columns[i + k * CHUNK]`, no boxed number per value),
 * and the op that made it is inline (`rule`, inputs `a`, `b`): no TapeNode, no inputs array,
 * until someone reads `node`.
 *
 * A `Tensor` in every respect (`instanceof Tensor`, the same getters, `node` made on demand
 * and equal in content each time); the engine's graph walks read `a`/`b`/`rule` directly.
 */
export class ScalarTensor {
  /** The chunk of the columns holding this tensor's entries, at index i of each. */
  private readonly columns: Float64Array;
  private readonly i: number;
  /** The op that made this tensor, recorded inline: a named rule on one or two inputs. */
  rule: NamedRule | null = null;
  a: Tensor | null = null;
  b: Tensor | null = null;
  /** A node attached any other way (a VJP closure, attributes). */
  general: Node | null = null;

  constructor(v: number) {
    if (chunkUsed === CHUNK) {
      chunk = new Float64Array(CHUNK * COLUMNS);
      chunkUsed = 0;
    }
    const i = chunkUsed++;
    chunk[i] = v;
    chunk[i + ID] = nextId++;
    chunk[i + ORIGIN] = currentOrigin();
    this.columns = chunk;
    this.i = i;
  }

  get id(): number {
    return this.columns[this.i + ID];
  }

  get origin(): number {
    return this.columns[this.i + ORIGIN];
  }

  set origin(tag: number) {
    this.columns[this.i + ORIGIN] = tag;
  }

  get traversalSlot(): number {
    return this.columns[this.i + SLOT];
  }

  set traversalSlot(s: number) {
    this.columns[this.i + SLOT] = s;
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

  /** A fresh one-element copy of the value (the columns are shared: never hand them out). */
  get data(): Float64Array {
    return Float64Array.of(this.columns[this.i]);
  }

  item(): number {
    return this.columns[this.i];
  }

  toNested(): unknown {
    return this.columns[this.i];
  }

  get node(): Node | null {
    const rule = this.rule;
    if (rule !== null) {
      const inputs = this.b === null ? [this.a as Tensor] : [this.a as Tensor, this.b];
      return new TapeNode(rule.name, inputs, this as unknown as Tensor, rule, undefined);
    }
    return this.general;
  }

  set node(n: Node | null) {
    this.rule = null;
    this.a = null;
    this.b = null;
    this.general = n;
  }

  /** Records the op that made this tensor (see `recordRule2`). */
  recordInline(rule: NamedRule, a: Tensor, b: Tensor | null): void {
    this.rule = rule;
    this.a = a;
    this.b = b;
    this.general = null;
  }
}
Object.setPrototypeOf(ScalarTensor.prototype, Tensor.prototype);

// The columns of a chunk: value, id, origin, traversal slot, CHUNK entries each.
const CHUNK = 2048;
const COLUMNS = 4;
const ID = CHUNK;
const ORIGIN = 2 * CHUNK;
const SLOT = 3 * CHUNK;
let chunk = new Float64Array(CHUNK * COLUMNS);
let chunkUsed = 0;

/** A float64 0-d tensor holding v (a ScalarTensor, typed as the Tensor it is). */
export function newScalar(v: number): Tensor {
  return new ScalarTensor(v) as unknown as Tensor;
}

/** A tensor from nested arrays of numbers (or booleans), like np.array. */
export function tensor(nested: unknown, dtype: DType = 'float64'): Tensor {
  const shape: number[] = [];
  let probe: unknown = nested;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
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
  return Tensor.of(new Float64Array(sizeOf(shape)).fill(value), shape, dtype);
}

export function zeros(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 0, dtype);
}

export function ones(shape: Shape, dtype: DType = 'float64'): Tensor {
  return full(shape, 1, dtype);
}
