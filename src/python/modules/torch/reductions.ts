// Reductions with torch's dim/keepdim conventions: sum, mean, prod, var/std (unbiased by default),
// max/min (all elements, or (values, indices) along a dim), argmax/argmin.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { defineGetter, defineRawMethod, toIndex } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, objectType } from '../../runtime/object';
import { repr } from '../../runtime/protocols';
import { SeqIterator, tupleIteratorType } from '../../runtime/iter';
import { indexError } from '../../runtime/errors';
import { dimIndex, runtimeError, scalarName } from './shape-ops';
import { graded, result, TorchTensor } from './tensor';

/** A dim argument: null (all), an int, or a tuple/list of ints. */
export function dimsArg(v: PyValue | undefined, ndim: number): number[] | null {
  if (v === undefined || v === None) return null;
  if (v instanceof PyTuple || (v instanceof PyObject && 'items' in v)) {
    const items = (v as unknown as { items: PyValue[] }).items;
    return items.map((d) => dimIndex(toIndex(d), ndim));
  }
  return [dimIndex(toIndex(v), ndim)];
}

function axis(dims: number[] | null, ndim: number): E.Axis {
  if (dims === null) return null;
  return ndim === 0 ? null : dims;
}

export function sum(x: TorchTensor, dims: number[] | null, keepdim: boolean, dtype: DType | null): TorchTensor {
  const d: DType = dtype ?? (x.dtype === 'bool' ? 'int64' : x.dtype);
  const t = graded(() => E.sum(x.dtype === d ? x.t : E.astype(x.t, d), axis(dims, x.t.ndim), keepdim));
  return result(t, dims === null ? 'SumBackward0' : 'SumBackward1', [x]);
}

export function mean(x: TorchTensor, dims: number[] | null, keepdim: boolean): TorchTensor {
  if (x.dtype === 'int64' || x.dtype === 'bool')
    throw runtimeError(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarName(x.dtype)}`,
    );
  const t = graded(() => E.mean(x.t, axis(dims, x.t.ndim), keepdim));
  return result(t, dims === null ? 'MeanBackward0' : 'MeanBackward1', [x]);
}

export function prod(x: TorchTensor, dim: number | null, keepdim: boolean): TorchTensor {
  const d: DType = x.dtype === 'bool' ? 'int64' : x.dtype;
  const t = graded(() => E.prod(x.dtype === d ? x.t : E.astype(x.t, d), dim === null ? null : [dim], keepdim));
  return result(t, dim === null ? 'ProdBackward0' : 'ProdBackward1', [x]);
}

export function varStd(x: TorchTensor, which: 'var' | 'std', dims: number[] | null, correction: number, keepdim: boolean): TorchTensor {
  const fn = which === 'var' ? E.variance : E.std;
  const t = graded(() => fn(x.t, axis(dims, x.t.ndim), keepdim, correction));
  return result(t, which === 'var' ? 'VarBackward0' : 'StdBackward0', [x]);
}

/** torch.return_types.max / min: a (values, indices) named tuple. */
export const returnTypesType = new PyType('return_types', [objectType], { module: 'torch' });
export class ValuesIndices extends PyObject {
  constructor(
    readonly kind: string,
    readonly values: TorchTensor,
    readonly indices: TorchTensor,
  ) {
    super(returnTypesType);
  }
}

let installed = false;
export function installReturnTypes(): void {
  if (installed) return;
  installed = true;
  const self = (v: PyValue): ValuesIndices => v as ValuesIndices;
  defineGetter(returnTypesType, 'values', (v) => self(v).values);
  defineGetter(returnTypesType, 'indices', (v) => self(v).indices);
  defineRawMethod(returnTypesType, '__getitem__', (v, [i]) => {
    const k = toIndex(i);
    if (k === 0 || k === -2) return self(v).values;
    if (k === 1 || k === -1) return self(v).indices;
    throw indexError('tuple index out of range');
  });
  defineRawMethod(returnTypesType, '__len__', () => 2);
  defineRawMethod(returnTypesType, '__iter__', (v) => new SeqIterator([self(v).values, self(v).indices], tupleIteratorType));
  defineRawMethod(returnTypesType, '__repr__', (v) => {
    const r = self(v);
    return `torch.return_types.${r.kind}(\nvalues=${repr(r.values)},\nindices=${repr(r.indices)})`;
  });
}

export function extremum(x: TorchTensor, which: 'max' | 'min', dim: PyValue | undefined, keepdim: boolean): PyValue {
  const nd = x.t.ndim;
  if (dim === undefined || dim === None) {
    if (x.t.size === 0)
      throw runtimeError(`${which}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
    const t = graded(() => (which === 'max' ? E.max(x.t) : E.min(x.t)));
    return result(t, which === 'max' ? 'MaxBackward1' : 'MinBackward1', [x]);
  }
  const d = dimIndex(toIndex(dim), nd);
  const ax = nd === 0 ? null : d;
  const values = graded(() => (which === 'max' ? E.max(x.t, ax, keepdim) : E.min(x.t, ax, keepdim)));
  const idx = which === 'max' ? E.argmax(x.t, ax, keepdim) : E.argmin(x.t, ax, keepdim);
  const v = result(values, which === 'max' ? 'MaxBackward0' : 'MinBackward0', [x]);
  return new ValuesIndices(which, v, new TorchTensor(cutInt(idx)));
}

function cutInt(t: Tensor): Tensor {
  return t.ndim === 0 ? new Tensor(t.item(), [], 'int64') : new Tensor(t.data, t.shape, 'int64');
}

export function argExtremum(x: TorchTensor, which: 'argmax' | 'argmin', dim: PyValue | undefined, keepdim: boolean): TorchTensor {
  const fn = which === 'argmax' ? E.argmax : E.argmin;
  if (dim === undefined || dim === None) return new TorchTensor(cutInt(fn(x.t, null, false)));
  const d = dimIndex(toIndex(dim), x.t.ndim);
  return new TorchTensor(cutInt(fn(x.t, x.t.ndim === 0 ? null : d, keepdim)));
}

export { tuple };
