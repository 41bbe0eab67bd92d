import { DType, castValue, castInPlace } from './dtype';
import { EngineError } from './errors';
import { Shape, sizeOf } from './shape';
import type { Node } from './tape';
import { currentOrigin } from './tape';

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
