// Reductions (sum, mean, max, ..., any, all) shared by the ndarray methods and the np.*
// functions: argument parsing (axis=None|int|tuple, keepdims, ddof, dtype) onto the engine ops.
import * as E from '../../../engine';
import { Axis, Tensor } from '../../../engine';
import { PyTuple } from '../../runtime/collections';
import { Unsupported, typeError } from '../../runtime/errors';
import { toIndex } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { wrap } from './coerce';
import { Layout, NDArray, isCContiguous } from './ndarray';
import { NpScalar } from './scalar';
import { parseDType } from './dtypes';
import { maskedReduce } from './masked-reductions';

/** axis=None | int | tuple of ints. */
export function axisArg(v: PyValue | undefined): Axis {
  if (v === undefined || v === None) return null;
  if (v instanceof PyTuple) return v.items.map((x) => intArg(x));
  return intArg(v);
}

/** An integer argument; numpy integer scalars count. */
export function intArg(v: PyValue): number {
  if (v instanceof NpScalar && (E.isInteger(v.dtype) || v.dtype === 'bool')) return v.value;
  return toIndex(v);
}

export interface ReduceArgs {
  axis: Axis;
  keepdims: boolean;
  ddof: number;
  dtype: PyValue | undefined;
  out: PyValue | undefined;
  /** where= and initial= (undefined when not given). */
  where?: PyValue;
  initial?: PyValue;
}

function noOut(out: PyValue | undefined, name: string): void {
  if (out !== undefined && out !== None) throw new Unsupported(`numpy.${name} with out=`);
}

function withDType(t: Tensor, dtype: PyValue | undefined): Tensor {
  const d = parseDType(dtype);
  return d === null || d === t.dtype ? t : E.astype(t, d);
}

/** A sum or product in an explicit dtype=: numpy accumulates in it, so the (exact) result wraps to it. */
function inDType(r: Tensor, dtype: PyValue | undefined): Tensor {
  const d = parseDType(dtype);
  return d === null || d === r.dtype ? r : E.astype(r, d);
}

export type ReductionName = 'sum' | 'mean' | 'prod' | 'max' | 'min' | 'var' | 'std' | 'any' | 'all' | 'argmax' | 'argmin';

/** Runs a reduction; the result as numpy gives it (numpy scalar when 0-d). */
export function reduce(name: ReductionName, x: Tensor | NDArray, a: ReduceArgs): PyValue {
  noOut(a.out, name);
  if (a.where !== undefined || a.initial !== undefined) return wrap(maskedReduce(name, x instanceof NDArray ? x.tensor : x, a));
  // a root array is C-contiguous: only a view can lie in memory in another order
  const perm = x instanceof NDArray && x.isView && ORDER_SENSITIVE.has(name) ? memoryOrder(x.layout) : null;
  if (perm === null) return wrap(reduceTensor(name, x instanceof NDArray ? x.tensor : x, a));
  return wrap(inMemoryOrder(name, (x as NDArray).tensor, perm, a));
}

function reduceTensor(name: ReductionName, t: Tensor, a: ReduceArgs): Tensor {
  switch (name) {
    case 'sum':
      return inDType(E.sum(withDType(t, a.dtype), a.axis, a.keepdims), a.dtype);
    case 'mean':
      return E.mean(withDType(t, a.dtype), a.axis, a.keepdims);
    case 'prod':
      return inDType(E.prod(withDType(t, a.dtype), a.axis, a.keepdims), a.dtype);
    case 'max':
      return E.max(t, a.axis, a.keepdims);
    case 'min':
      return E.min(t, a.axis, a.keepdims);
    case 'var':
      return E.variance(withDType(t, a.dtype), a.axis, a.keepdims, a.ddof);
    case 'std':
      return E.std(withDType(t, a.dtype), a.axis, a.keepdims, a.ddof);
    case 'any':
      return E.greater(E.sum(E.astype(t, 'bool'), a.axis, a.keepdims), Tensor.scalar(0, 'int64'));
    case 'all':
      return E.equal(E.sum(E.logicalNot(t), a.axis, a.keepdims), Tensor.scalar(0, 'int64'));
    case 'argmax':
    case 'argmin': {
      if (Array.isArray(a.axis)) throw typeError("'tuple' object cannot be interpreted as an integer");
      const axis = a.axis as number | null;
      return name === 'argmax' ? E.argmax(t, axis, a.keepdims) : E.argmin(t, axis, a.keepdims);
    }
  }
}

// numpy reduces a strided view in the order its elements lie in memory (its iterator sorts the
// axes by stride), which decides the summation order and so the last bits of sums. A view whose
// axes are permuted (x.T) is reduced here in its root's order, then put back in the view's order.
const ORDER_SENSITIVE = new Set<ReductionName>(['sum', 'mean', 'prod', 'var', 'std']);

/** The axis order that walks a layout in memory order, or null when it already does. */
function memoryOrder(l: Layout): number[] | null {
  if (isCContiguous(l)) return null;
  const axes = l.shape.map((_, i) => i).filter((i) => l.shape[i] !== 1);
  const sorted = [...axes].sort((p, q) => Math.abs(l.strides[q]) - Math.abs(l.strides[p]) || p - q);
  if (sorted.every((ax, k) => ax === axes[k])) return null;
  // size-1 axes keep their places; the others take the sorted order
  const perm = l.shape.map((_, i) => i);
  axes.forEach((slot, k) => (perm[slot] = sorted[k]));
  return perm;
}

function inMemoryOrder(name: ReductionName, t: Tensor, perm: number[], a: ReduceArgs): Tensor {
  const nd = perm.length;
  const reduced = new Set(a.axis === null ? perm : (typeof a.axis === 'number' ? [a.axis] : a.axis).map((ax) => E.normalizeAxis(ax, nd)));
  const mapped = a.axis === null ? null : [...reduced].map((ax) => perm.indexOf(ax));
  const r = reduceTensor(name, E.transpose(t, perm), { ...a, axis: mapped });
  // the result's axes follow perm (keepdims) or perm without the reduced axes
  const order = a.keepdims ? perm : perm.filter((ax) => !reduced.has(ax));
  const sortedOrder = [...order].sort((p, q) => p - q);
  const back = sortedOrder.map((ax) => order.indexOf(ax));
  return back.every((v, i) => v === i) ? r : E.transpose(r, back);
}

export function keepdimsArg(v: PyValue | undefined): boolean {
  return v !== undefined && truthy(v);
}
