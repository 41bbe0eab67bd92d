// Flat and multi-dimensional indices: np.unravel_index (max_pool_backward's
// `np.unravel_index(np.argmax(window), window.shape)`), np.ravel_multi_index, np.ix_ and
// np.argwhere. Indices carry no gradient: each result is a fresh int64 array (a numpy scalar for a
// scalar index), except np.ix_, which reshapes the arrays it is given as numpy does (views).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyList, PyTuple, tuple } from '../../runtime/collections';
import { PyExc, TypeError, typeError, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { toArray } from '../../runtime/iter';
import { builtinFunction, isNone } from '../../runtime/native';
import { PyValue, typeName } from '../../runtime/object';
import { nonzero } from './array-methods';
import { toTensor, wrap } from './coerce';
import { NDArray } from './ndarray';
import { intArg } from './reductions';
import { reshapeArray } from './shape-ops';

/** A shape argument: one integer or a sequence of them. */
function dimsArg(v: PyValue): number[] {
  if (v instanceof PyTuple || v instanceof PyList || v instanceof NDArray) return toArray(v).map(intArg);
  return [intArg(v)];
}

/** The order= of unravel_index / ravel_multi_index: C or F, with numpy's errors. */
function orderArg(v: PyValue | undefined): 'C' | 'F' {
  if (v === undefined || isNone(v)) return 'C';
  if (typeof v !== 'string') throw typeError(`order must be str, not ${typeName(v)}`);
  const o = v.length === 1 ? v.toUpperCase() : v;
  if (o === 'C' || o === 'F') return o;
  if (o === 'A' || o === 'K') throw valueError("only 'C' or 'F' order is permitted");
  throw valueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${v}')`);
}

/** Integer index data (bools count as 0/1); floats are numpy's TypeError. */
function integerIndices(v: PyValue): Tensor {
  const t = toTensor(v);
  if (t.dtype === 'int64' || t.dtype === 'bool') return t;
  if (t.size === 0 && !(v instanceof NDArray) && (v instanceof PyList || v instanceof PyTuple))
    throw typeError(
      "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
    );
  throw typeError('only int indices permitted');
}

/** Place values of each axis (C: last axis fastest; F: first). */
function placeValues(dims: readonly number[], order: 'C' | 'F'): number[] {
  const strides = new Array<number>(dims.length);
  let acc = 1;
  for (let k = 0; k < dims.length; k++) {
    const ax = order === 'C' ? dims.length - 1 - k : k;
    strides[ax] = acc;
    acc *= dims[ax];
  }
  return strides;
}

function indexResult(values: Float64Array, shape: readonly number[]): PyValue {
  return wrap(shape.length === 0 ? Tensor.scalar(values[0], 'int64') : new Tensor(values, shape, 'int64'));
}

function unravelIndex(indices: PyValue, shape: PyValue, order: 'C' | 'F'): PyTuple {
  const t = integerIndices(indices);
  const dims = dimsArg(shape);
  const size = dims.reduce((p, d) => p * d, 1);
  const flat = t.data;
  for (const i of flat) if (i < 0 || i >= size) throw valueError(`index ${i} is out of bounds for array with size ${size}`);
  const strides = placeValues(dims, order);
  return tuple(
    dims.map((d, ax) => {
      const out = new Float64Array(flat.length);
      for (let k = 0; k < flat.length; k++) out[k] = Math.floor(flat[k] / strides[ax]) % d;
      return indexResult(out, t.shape);
    }),
  );
}

/** The items of ravel_multi_index's first argument (numpy's dispatcher iterates it first). */
function iterableArgument(v: PyValue): PyValue[] {
  try {
    return toArray(v);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(TypeError)) throw typeError('dispatcher for __array_function__ did not return an iterable');
    throw e;
  }
}

type ClipMode = 'raise' | 'wrap' | 'clip';

function clipModes(v: PyValue, n: number): ClipMode[] {
  const one = (m: PyValue): ClipMode => {
    if (m === 'raise' || m === 'wrap' || m === 'clip') return m;
    throw valueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got ${typeof m === 'string' ? `'${m}'` : String(m)})`);
  };
  if (v instanceof PyTuple || v instanceof PyList) {
    if (v.items.length !== n) throw valueError(`list of clipmodes has wrong length (${v.items.length} instead of ${n})`);
    return v.items.map(one);
  }
  return new Array<ClipMode>(n).fill(one(v));
}

function ravelMultiIndex(multiIndex: PyValue, shape: PyValue, mode: PyValue, order: 'C' | 'F'): PyValue {
  const dims = dimsArg(shape);
  const coords = iterableArgument(multiIndex).map(integerIndices);
  if (coords.length !== dims.length) throw valueError(`parameter multi_index must be a sequence of length ${dims.length}`);
  if (dims.some((d) => d === 0)) throw valueError('cannot unravel if shape has zero entries (is empty).');
  const modes = clipModes(mode, dims.length);
  const outShape = coords.reduce<readonly number[]>((s, c) => E.broadcastShapes(s, c.shape), []);
  const strides = placeValues(dims, order);
  const size = outShape.reduce((p, d) => p * d, 1);
  const out = new Float64Array(size);
  coords.forEach((c, ax) => {
    const d = dims[ax];
    const values = E.broadcastTo(c, outShape).data;
    for (let k = 0; k < size; k++) {
      let i = values[k];
      if (modes[ax] === 'wrap') i = ((i % d) + d) % d;
      else if (modes[ax] === 'clip') i = Math.min(Math.max(i, 0), d - 1);
      else if (i < 0 || i >= d) throw valueError('invalid entry in coordinates array');
      out[k] += i * strides[ax];
    }
  });
  return indexResult(out, outShape);
}

/** np.ix_: each sequence as an open-mesh axis (booleans as the positions of their True). */
function ix(args: readonly PyValue[]): PyTuple {
  const nd = args.length;
  return tuple(
    args.map((v, k) => {
      let a = v instanceof NDArray ? v : NDArray.of(toTensor(v));
      if (!(v instanceof NDArray) && a.size === 0) a = NDArray.of(E.astype(a.tensor, 'int64'));
      if (a.ndim !== 1) throw valueError('Cross index must be 1 dimensional');
      if (a.dtype === 'bool') a = nonzero(a.tensor).items[0] as NDArray;
      const shape = new Array<number>(nd).fill(1);
      shape[k] = a.size;
      return reshapeArray(a, shape);
    }),
  );
}

/** np.argwhere: the indices of the non-zero elements, one row each (a 0-d array as 1-d, no columns). */
function argwhere(t: Tensor): Tensor {
  if (t.ndim === 0) return new Tensor(new Float64Array(0), [t.data[0] !== 0 ? 1 : 0, 0], 'int64');
  const cols = nonzero(t).items.map((c) => (c as NDArray).tensor);
  return E.stack(cols, 1);
}

export function indexTrickFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  return [
    f('unravel_index', "indices, shape, order='C'", (a) => unravelIndex(a[0]!, a[1]!, orderArg(a[2]))),
    f('ravel_multi_index', "multi_index, dims, mode='raise', order='C'", (a) => ravelMultiIndex(a[0]!, a[1]!, a[2]!, orderArg(a[3]))),
    f('ix_', '*args', (a) => ix((a[0] as PyTuple).items)),
    f('argwhere', 'a', (a) => NDArray.of(argwhere(toTensor(a[0]!)))),
  ];
}

