// The ndarray object. Engine tensors are immutable, so an array is a mutable cell around one:
// a *root* array owns its current tensor and replaces it on every write; a *view* (basic
// slicing, x[0], x.T, reshape of a contiguous array, ravel) is a strided window onto its root
// (shape, strides and offset in elements, as numpy's own views). Reading a view gathers along its
// window from the root's current tensor (one recorded op, so gradients flow back to the root),
// cached until the root changes; writing through a view scatters along the window into the root,
// so every other view sees the change.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { valueError } from '../../runtime/errors';
import { PyObject, PyType, objectType } from '../../runtime/object';

export const ndarrayType = new PyType('ndarray', [objectType], { module: 'numpy', tpName: 'numpy.ndarray' });

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

/** numpy's error for an assignment into a read-only array (other writers name themselves). */
export const ASSIGNMENT_READ_ONLY = 'assignment destination is read-only';

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
  /** Views: their layout. Roots: made on first use (most op results never need strides). */
  private ownLayout: Layout | null;
  private cache: Tensor | null = null;
  private cacheVersion = -1;
  /** numpy's WRITEABLE flag cleared: diagonal() views, and every view made of one. */
  readonly readOnly: boolean;

  private constructor(own: Tensor | null, root: NDArray | null, layout: Layout | null, readOnly: boolean) {
    super(ndarrayType);
    this.own = own;
    this.root = root;
    this.ownLayout = layout;
    this.readOnly = readOnly;
  }

  /** A new array owning `t` (numpy: a fresh array, never a view). */
  static of(t: Tensor): NDArray {
    return new NDArray(t, null, null, false);
  }

  /** Shape, strides and offset over the root's storage (C order, offset 0, for a root). */
  get layout(): Layout {
    let l = this.ownLayout;
    if (l === null) {
      const shape = [...this.own!.shape];
      l = this.ownLayout = { shape, strides: cStrides(shape), offset: 0 };
    }
    return l;
  }

  /** A view of `base` (or of base's root) with the given layout over the root's storage; read-only
   *  when base is, or when asked (numpy's diagonal()). */
  static view(base: NDArray, layout: Layout, readOnly = false): NDArray {
    return new NDArray(null, base.root ?? base, layout, readOnly || base.readOnly);
  }

  get shape(): readonly number[] {
    return this.ownLayout?.shape ?? this.own!.shape;
  }
  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    return sizeOf(this.shape);
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
    this.cache = coversRoot(this.layout, rt.size) ? E.reshape(rt, this.layout.shape) : E.gatherWindow(rt, this.layout);
    this.cacheVersion = root.version;
    return this.cache;
  }

  /** Replaces the contents with `t` (this array's shape; cast to its dtype). A read-only array
   *  refuses with numpy's ValueError `readOnlyError` (null: the writer ignores the flag, as
   *  numpy's np.add.at does). */
  write(t: Tensor, readOnlyError: string | null = ASSIGNMENT_READ_ONLY): void {
    if (this.readOnly && readOnlyError !== null) throw valueError(readOnlyError);
    if (t.dtype !== this.dtype) t = E.astype(t, this.dtype);
    const root = this.root;
    if (root === null) {
      const shape = this.shape;
      this.own = sameShape(t.shape, shape) ? t : E.reshape(t, shape);
      this.version++;
      return;
    }
    const rt = root.own!;
    root.own = coversRoot(this.layout, rt.size) ? E.reshape(t, rt.shape) : E.scatterWindow(rt, this.layout, t);
    root.version++;
    this.cache = t;
    this.cacheVersion = root.version;
  }

  /** x[items] = v, with numpy's broadcasting, casting and errors (the engine's scatter). */
  assign(items: readonly E.IndexItem[], v: Tensor): void {
    this.write(E.scatter(this.tensor, items, v));
  }
}

/** Whether a layout is a root storage of `rootSize` elements in the same order (a reshape of it). */
export function coversRoot(l: Layout, rootSize: number): boolean {
  return l.offset === 0 && sizeOf(l.shape) === rootSize && isCContiguous(l);
}
