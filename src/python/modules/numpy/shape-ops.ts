// reshape, transpose, squeeze, expand_dims, ravel, flatten, flip on arrays: the ones numpy answers
// with a view (a new layout over the same root) do so here too; reshape falls back to a copy
// when the strides cannot express the new shape (numpy's _attempt_nocopy_reshape rule).
import * as E from '../../../engine';
import { PySlice, tuple } from '../../runtime/collections';
import { pyErr, valueError } from '../../runtime/errors';
import { Ellipsis, None, PyValue } from '../../runtime/object';
import { getIndexed } from './indexing';
import { Layout, NDArray, cStrides, isCContiguous } from './ndarray';

function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

/** Strides giving `newShape` over the same elements as `l`, or null when only a copy can. */
function noCopyStrides(l: Layout, newShape: readonly number[]): number[] | null {
  if (isCContiguous(l)) return cStrides(newShape);
  const oldDims: number[] = [];
  const oldStrides: number[] = [];
  l.shape.forEach((d, i) => {
    if (d !== 1) {
      oldDims.push(d);
      oldStrides.push(l.strides[i]);
    }
  });
  const out = new Array<number>(newShape.length).fill(0);
  let oi = 0;
  let ni = 0;
  while (ni < newShape.length && oi < oldDims.length) {
    let np = newShape[ni];
    let op = oldDims[oi];
    let nj = ni + 1;
    let oj = oi + 1;
    while (np !== op) {
      if (np < op) np *= newShape[nj++];
      else op *= oldDims[oj++];
    }
    // the old axes of this group must be contiguous with each other (C order)
    for (let k = oi; k < oj - 1; k++) if (oldStrides[k] !== oldDims[k + 1] * oldStrides[k + 1]) return null;
    out[nj - 1] = oldStrides[oj - 1];
    for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k] * newShape[k];
    ni = nj;
    oi = oj;
  }
  return out;
}

export function reshapeArray(a: NDArray, requested: readonly number[]): NDArray {
  const shape = E.resolveReshape(a.size, requested);
  if (a.size === 0) return NDArray.of(E.reshape(a.tensor, shape));
  const strides = noCopyStrides(a.layout, shape);
  if (strides === null) return NDArray.of(E.reshape(a.tensor, shape));
  return NDArray.view(a, { shape, strides, offset: a.layout.offset });
}

/** The permutation an `axes` argument means, with numpy's errors. */
export function permutation(axes: readonly number[] | null, ndim: number): number[] {
  if (axes === null) return Array.from({ length: ndim }, (_, i) => ndim - 1 - i);
  if (axes.length !== ndim) throw valueError("axes don't match array");
  const perm = axes.map((ax) => E.normalizeAxis(ax, ndim));
  if (new Set(perm).size !== ndim) throw valueError('repeated axis in transpose');
  return perm;
}

export function transposeArray(a: NDArray, axes: readonly number[] | null): NDArray {
  const perm = permutation(axes, a.ndim);
  const l = a.layout;
  return NDArray.view(a, { shape: perm.map((p) => l.shape[p]), strides: perm.map((p) => l.strides[p]), offset: l.offset });
}

export function swapaxesArray(a: NDArray, a1: number, a2: number): NDArray {
  const i = E.normalizeAxis(a1, a.ndim);
  const j = E.normalizeAxis(a2, a.ndim);
  const perm = Array.from({ length: a.ndim }, (_, k) => k);
  perm[i] = j;
  perm[j] = i;
  return transposeArray(a, perm);
}

export function squeezeArray(a: NDArray, axis: number | readonly number[] | null): NDArray {
  const l = a.layout;
  let drop: Set<number>;
  if (axis === null) drop = new Set(l.shape.flatMap((d, i) => (d === 1 ? [i] : [])));
  else {
    drop = new Set(E.normalizeAxes(axis, a.ndim));
    for (const ax of drop)
      if (l.shape[ax] !== 1) throw pyErr('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
  }
  const keep = l.shape.flatMap((_, i) => (drop.has(i) ? [] : [i]));
  return NDArray.view(a, { shape: keep.map((i) => l.shape[i]), strides: keep.map((i) => l.strides[i]), offset: l.offset });
}

export function expandDimsArray(a: NDArray, axis: number | readonly number[]): NDArray {
  const list = typeof axis === 'number' ? [axis] : axis;
  const nd = a.ndim + list.length;
  const at = new Set(E.normalizeAxes(list, nd));
  const l = a.layout;
  const shape: number[] = [];
  const strides: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) {
    if (at.has(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(l.shape[k]);
      strides.push(l.strides[k]);
      k++;
    }
  }
  return NDArray.view(a, { shape, strides, offset: l.offset });
}

/** ravel: a view when the array is contiguous, else a copy. */
export function ravelArray(a: NDArray): NDArray {
  if (isCContiguous(a.layout)) return NDArray.view(a, { shape: [a.size], strides: [1], offset: a.layout.offset });
  return NDArray.of(E.reshape(a.tensor, [sizeOf(a.shape)]));
}

export function flattenArray(a: NDArray): NDArray {
  return NDArray.of(E.reshape(a.tensor, [a.size]));
}

/** np.flip: a view with the given axes (all when null) reversed; a 0-d array gives its scalar. */
export function flipArray(a: NDArray, axes: number | readonly number[] | null): PyValue {
  const list = axes === null ? a.shape.map((_, i) => i) : typeof axes === 'number' ? [axes] : axes;
  const reversed = new Set(list.map((ax) => E.normalizeAxis(ax, a.ndim)));
  if (reversed.size !== list.length) throw valueError('repeated axis');
  return getIndexed(a, tuple(a.shape.map((_, i) => (reversed.has(i) ? REVERSED : ALL))));
}

/** np.fliplr (a[:, ::-1]) and np.flipud (a[::-1, ...]). */
export function flipSide(a: NDArray, which: 'lr' | 'ud'): PyValue {
  if (which === 'lr' && a.ndim < 2) throw valueError('Input must be >= 2-d.');
  if (which === 'ud' && a.ndim < 1) throw valueError('Input must be >= 1-d.');
  return getIndexed(a, which === 'lr' ? tuple([ALL, REVERSED]) : tuple([REVERSED, Ellipsis]));
}

const ALL = new PySlice(None, None, None);
const REVERSED = new PySlice(None, None, -1);
