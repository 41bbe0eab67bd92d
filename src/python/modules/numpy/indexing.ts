// x[key] and x[key] = v: a Python subscript becomes the engine's index items; basic indices
// (integers, slices, None, ...) make views (a new layout over the root), anything with an array
// in it gathers a copy, as numpy does.
import * as E from '../../../engine';
import { IndexItem, Tensor } from '../../../engine';
import { PyList, PyRange, PySlice, PyTuple } from '../../runtime/collections';
import { indexError, typeError, valueError } from '../../runtime/errors';
import { toIndex } from '../../runtime/native';
import { Ellipsis, None, PyValue } from '../../runtime/object';
import { toTensor, wrap } from './coerce';
import { ASSIGNMENT_READ_ONLY, Layout, NDArray } from './ndarray';
import { NpScalar, npScalar } from './scalar';

const INVALID =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

function sliceBound(v: PyValue): number | null {
  if (v === None) return null;
  if (typeof v === 'number') return v;
  try {
    return toIndex(v instanceof NpScalar && E.isInteger(v.dtype) ? v.value : v);
  } catch {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
}

function item(v: PyValue): IndexItem {
  if (typeof v === 'number') return { kind: 'int', index: v };
  if (v instanceof PySlice) return { kind: 'slice', start: sliceBound(v.start), stop: sliceBound(v.stop), step: sliceBound(v.step) };
  if (v === None) return { kind: 'newaxis' };
  if (v === Ellipsis) return { kind: 'ellipsis' };
  if (typeof v === 'boolean') return { kind: 'array', index: Tensor.scalar(v ? 1 : 0, 'bool') };
  if (v instanceof NpScalar) {
    if (E.isInteger(v.dtype)) return { kind: 'int', index: v.value };
    if (v.dtype === 'bool') return { kind: 'array', index: v.t };
    throw indexError(INVALID);
  }
  if (v instanceof NDArray) return arrayItem(v.tensor);
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
    const t = toTensor(v);
    // an empty list indexes as an empty integer array
    return arrayItem(t.size === 0 && t.dtype === 'float64' ? new Tensor(new Float64Array(0), t.shape, 'int64') : t);
  }
  throw indexError(INVALID);
}

function arrayItem(t: Tensor): IndexItem {
  if (!E.isInteger(t.dtype) && t.dtype !== 'bool')
    throw indexError('arrays used as indices must be of integer (or boolean) type');
  return { kind: 'array', index: t };
}

/** The engine's index items for a Python subscript (a tuple is a multi-axis index). */
export function parseIndex(key: PyValue): IndexItem[] {
  if (key instanceof PyTuple) return key.items.map(item);
  return [item(key)];
}

const isBasic = (it: IndexItem): boolean => it.kind !== 'array';
const isInt = (it: IndexItem): boolean => it.kind === 'int';

/** The layout of a basic index's view of `a`, with numpy's IndexErrors. */
export function basicLayout(a: { readonly layout: Layout }, items: readonly IndexItem[]): Layout {
  const { shape, strides, offset } = a.layout;
  const ndim = shape.length;
  let used = 0;
  let ellipses = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'int' || it.kind === 'slice') used++;
    else if (it.kind === 'ellipsis' && ++ellipses > 1) throw indexError("an index can only have a single ellipsis ('...')");
  }
  if (used > ndim) throw indexError(`too many indices for array: array is ${ndim}-dimensional, but ${used} were indexed`);
  const out: Layout = { shape: [], strides: [], offset };
  let axis = 0;
  const keepAxis = (): void => {
    out.shape.push(shape[axis]);
    out.strides.push(strides[axis]);
    axis++;
  };
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    switch (it.kind) {
      case 'int': {
        const n = shape[axis];
        if (it.index < -n || it.index >= n) throw indexError(`index ${it.index} is out of bounds for axis ${axis} with size ${n}`);
        out.offset += (it.index < 0 ? it.index + n : it.index) * strides[axis];
        axis++;
        break;
      }
      case 'slice': {
        const [lo, step, length] = E.sliceIndices(it.start, it.stop, it.step, shape[axis]);
        out.shape.push(length);
        out.strides.push(step * strides[axis]);
        if (length > 0) out.offset += lo * strides[axis];
        axis++;
        break;
      }
      case 'newaxis':
        out.shape.push(1);
        out.strides.push(0);
        break;
      case 'ellipsis':
        for (let k = ndim - used; k > 0; k--) keepAxis();
        break;
    }
  }
  while (axis < ndim) keepAxis();
  return out;
}

/** x[key]: a numpy scalar, a view, or (advanced indexing) a new array. */
export function getIndexed(a: NDArray, key: PyValue): PyValue {
  const items = parseIndex(key);
  if (!items.every(isBasic)) return wrap(E.gather(a.tensor, items));
  // one integer per axis: the element (the engine's gather raises the same IndexErrors)
  if (items.length === a.ndim && items.every(isInt)) return npScalar(E.gather(a.tensor, items));
  return NDArray.view(a, basicLayout(a, items));
}

/** x[key] = value. */
export function setIndexed(a: NDArray, key: PyValue, value: Tensor): void {
  if (a.readOnly) throw valueError(ASSIGNMENT_READ_ONLY);
  const items = parseIndex(key);
  // numpy's IndexErrors before any value error (the engine's scatter checks an integer per axis first too)
  if (items.every(isBasic) && !(items.length === a.ndim && items.every(isInt))) basicLayout(a, items);
  a.assign(items, value);
}
