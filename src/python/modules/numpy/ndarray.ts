// The ndarray object. Engine tensors are immutable, so an array is a mutable cell around one:
// a *root* array owns its current tensor and replaces it on every write; a *view* (basic
// slicing, x[0], x.T, reshape of a contiguous array, ravel) is a strided window onto its root
// (shape, strides and offset in elements, as numpy's own views). Reading a view gathers from the
// root's current tensor (recorded, so gradients flow back to the root), cached until the root
// changes; writing through a view scatters into the root, so every other view sees the change.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyObject, PyType, objectType } from '../../runtime/object';

export const ndarrayType = new PyType('ndarray', [objectType], { module: 'numpy' });

export interface Layout {
  shape: number[];
  /** In elements of the root's C-order storage; may be 0 (new axes) or negative (reversed). */
  strides: number[];
  offset: number;
}

export function cStrides(shape: readonly number[]): number[] {
  return E.stridesOf(shape);
}

function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Whether a layout walks its elements in storage order without gaps (numpy's C_CONTIGUOUS). */
export function isCContiguous(l: Layout): boolean {
  let expected = 1;
  for (let i = l.shape.length - 1; i >= 0; i--) {
    if (l.shape[i] === 0) return true;
    if (l.shape[i] === 1) continue;
    if (l.strides[i] !== expected) return false;
    expected *= l.shape[i];
  }
  return true;
}

export class NDArray extends PyObject {
  /** Root arrays: the current contents. Views: null. */
  private own: Tensor | null;
  /** Root arrays: bumped on every write, so views know their cache is stale. */
  version = 0;
  readonly root: NDArray | null;
  readonly layout: Layout;
  private cache: Tensor | null = null;
  private cacheVersion = -1;
  private flat: Tensor | null = null;

  private constructor(own: Tensor | null, root: NDArray | null, layout: Layout) {
    super(ndarrayType);
    this.own = own;
    this.root = root;
    this.layout = layout;
  }

  /** A new array owning `t` (numpy: a fresh array, never a view). */
  static of(t: Tensor): NDArray {
    const shape = [...t.shape];
    return new NDArray(t, null, { shape, strides: cStrides(shape), offset: 0 });
  }

  /** A view of `base` (or of base's root) with the given layout over the root's storage. */
  static view(base: NDArray, layout: Layout): NDArray {
    return new NDArray(null, base.root ?? base, layout);
  }

  get shape(): number[] {
    return this.layout.shape;
  }
  get ndim(): number {
    return this.layout.shape.length;
  }
  get size(): number {
    return sizeOf(this.layout.shape);
  }
  get dtype(): DType {
    return (this.root ?? this).own!.dtype;
  }
  get isView(): boolean {
    return this.root !== null;
  }
  /** The array that owns the storage (itself for a root). */
  get owner(): NDArray {
    return this.root ?? this;
  }

  /** The current contents as an engine tensor. */
  get tensor(): Tensor {
    const root = this.root;
    if (root === null) return this.own!;
    if (this.cache !== null && this.cacheVersion === root.version) return this.cache;
    const rt = root.own!;
    this.cache = this.coversRoot()
      ? E.reshape(rt, this.layout.shape)
      : E.reshape(E.gather(E.reshape(rt, [rt.size]), [{ kind: 'array', index: this.flatIndex() }]), this.layout.shape);
    this.cacheVersion = root.version;
    return this.cache;
  }

  /** Replaces the contents with `t` (this array's shape; cast to its dtype). */
  write(t: Tensor): void {
    if (t.dtype !== this.dtype) t = E.astype(t, this.dtype);
    const root = this.root;
    if (root === null) {
      this.own = sameShape(t.shape, this.layout.shape) ? t : E.reshape(t, this.layout.shape);
      this.version++;
      return;
    }
    const rt = root.own!;
    if (this.coversRoot()) root.own = E.reshape(t, rt.shape);
    else {
      const flatRoot = E.reshape(rt, [rt.size]);
      const written = E.scatter(flatRoot, [{ kind: 'array', index: this.flatIndex() }], E.reshape(t, [t.size]));
      root.own = E.reshape(written, rt.shape);
    }
    root.version++;
    this.cache = t;
    this.cacheVersion = root.version;
  }

  /** x[items] = v, with numpy's broadcasting, casting and errors (the engine's scatter). */
  assign(items: readonly E.IndexItem[], v: Tensor): void {
    this.write(E.scatter(this.tensor, items, v));
  }

  /** Whether this view is its root's storage in the same order (a reshape of it). */
  private coversRoot(): boolean {
    const l = this.layout;
    return l.offset === 0 && sizeOf(l.shape) === this.root!.own!.size && isCContiguous(l);
  }

  /** For each element of the view (C order), its flat position in the root, as an int64 tensor. */
  private flatIndex(): Tensor {
    if (this.flat !== null) return this.flat;
    const { shape, strides, offset } = this.layout;
    const n = sizeOf(shape);
    const out = new Float64Array(n);
    const counter = new Array<number>(shape.length).fill(0);
    let pos = offset;
    for (let k = 0; k < n; k++) {
      out[k] = pos;
      for (let ax = shape.length - 1; ax >= 0; ax--) {
        counter[ax]++;
        pos += strides[ax];
        if (counter[ax] < shape[ax]) break;
        pos -= strides[ax] * counter[ax];
        counter[ax] = 0;
      }
    }
    this.flat = new Tensor(out, [n], 'int64');
    return this.flat;
  }
}
