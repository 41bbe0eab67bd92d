// The np.* functions that are not ufuncs or constructors: reductions as functions, joining and
// shape functions (views for arrays, as the methods), where/clip/dot/outer/pad, comparisons of
// whole arrays (allclose, isclose, array_equal), and a few index helpers.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyList, PyTuple, tuple } from '../../runtime/collections';
import { Unsupported, typeError, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { toArray } from '../../runtime/iter';
import { builtinFunction, isNone, toNumber } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { REDUCTION_SPECS, clipBound, nonzero, reduceArgs, reductionParameters } from './array-methods';
import { argsort, sortValues } from './sorting';
import { unique } from './unique';
import { toTensor, wrap, wrapArray } from './coerce';
import { NDArray } from './ndarray';
import { NpScalar } from './scalar';
import { ReductionName, axisArg, intArg, keepdimsArg, reduce } from './reductions';
import { cumulativeCall } from './cumulative';
import { einsum } from './einsum';
import { diagonalView, trace } from './diagonal';
import { roundTensor } from './scalar-methods';
import { expandDimsArray, flipArray, flipSide, ravelArray, reshapeArray, squeezeArray, swapaxesArray, transposeArray } from './shape-ops';
import { operand, unify } from './ufunc';

/** The array itself (to make views of it) or a fresh array of an array-like. */
function asArray(v: PyValue): NDArray {
  return v instanceof NDArray ? v : NDArray.of(toTensor(v));
}

function tensors(seq: PyValue): Tensor[] {
  return toArray(seq).map((v) => toTensor(v));
}

function reductionFunction(name: ReductionName, alias: string = name): PyBuiltin {
  const spec = `a, ${REDUCTION_SPECS[name]}`;
  const at = reductionParameters(spec);
  return builtinFunction(alias, spec, (a) => reduce(name, a[0] instanceof NDArray ? a[0] : toTensor(a[0]!), reduceArgs(a, at)));
}

function atLeast(t: Tensor, nd: number): Tensor {
  if (t.ndim >= nd) return t;
  if (nd === 1) return E.reshape(t, [1]);
  return E.reshape(t, t.ndim === 0 ? [1, 1] : [1, ...t.shape]);
}

/** |a - b| <= atol + rtol |b| elementwise, inf equal to itself, NaN equal only with equal_nan. */
function isclose(a: Tensor, b: Tensor, rtol: number, atol: number, equalNan: boolean): Tensor {
  const shape = E.broadcastShapes(a.shape, b.shape);
  const x = E.broadcastTo(E.astype(a, 'float64'), shape).data;
  const y = E.broadcastTo(E.astype(b, 'float64'), shape).data;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (Number.isNaN(p) || Number.isNaN(q)) out[i] = equalNan && Number.isNaN(p) && Number.isNaN(q) ? 1 : 0;
    else if (!Number.isFinite(p) || !Number.isFinite(q)) out[i] = p === q ? 1 : 0;
    else out[i] = Math.abs(p - q) <= atol + rtol * Math.abs(q) ? 1 : 0;
  }
  return shape.length === 0 ? new Tensor(out[0], [], 'bool') : new Tensor(out, shape, 'bool');
}

function padWidths(v: PyValue, ndim: number): [number, number][] {
  const asPair = (p: PyValue): [number, number] => {
    if (p instanceof PyTuple || p instanceof PyList) {
      if (p.items.length === 1) return [intArg(p.items[0]), intArg(p.items[0])];
      if (p.items.length === 2) return [intArg(p.items[0]), intArg(p.items[1])];
      throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: (${p.items.length},)  and requested shape (${ndim},2)`);
    }
    const n = intArg(p);
    return [n, n];
  };
  if (v instanceof PyTuple || v instanceof PyList) {
    const items = v.items;
    if (items.length > 0 && items.every((x) => x instanceof PyTuple || x instanceof PyList)) return items.map(asPair);
    return [asPair(v)];
  }
  return [asPair(v)];
}


const intIndex = (values: number[]): E.IndexItem => ({ kind: 'array', index: new Tensor(Float64Array.from(values), [values.length], 'int64') });
const fullSlice: E.IndexItem = { kind: 'slice', start: null, stop: null, step: null };

/** Gathers `positions` along one axis (an advanced index in that axis alone keeps its place). */
function alongAxis(t: Tensor, axis: number, positions: number[]): Tensor {
  return E.gather(t, [...new Array<E.IndexItem>(axis).fill(fullSlice), intIndex(positions)]);
}

/** np.inner: sums over the last axes of both, out[i..., j...] = sum_k a[i..., k] b[j..., k]. */
function inner(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) return E.mul(a, b);
  const k = a.shape[a.ndim - 1];
  if (b.shape[b.ndim - 1] !== k) {
    const bt = [b.shape[b.ndim - 1], ...b.shape.slice(0, -1)]; // (numpy words it as dot(a, b moved))
    throw valueError(`shapes ${E.shapeText(a.shape)} and ${E.shapeText(bt)} not aligned: ${k} (dim ${a.ndim - 1}) != ${bt[0]} (dim 0)`);
  }
  const rows = E.reshape(a, [-1, k]);
  const cols = E.transpose(E.reshape(b, [-1, k]));
  return E.reshape(E.matmul(rows, cols), [...a.shape.slice(0, -1), ...b.shape.slice(0, -1)]);
}

function repeat(t: Tensor, repeats: number, axis: number | null): Tensor {
  if (repeats < 0) throw valueError('negative dimensions are not allowed');
  const x = axis === null ? E.reshape(t, [t.size]) : t;
  const ax = axis === null ? 0 : E.normalizeAxis(axis, x.ndim);
  E.reserveElements(x.size * repeats);
  const positions: number[] = [];
  for (let i = 0; i < x.shape[ax]; i++) for (let r = 0; r < repeats; r++) positions.push(i);
  return alongAxis(x, ax, positions);
}

function tile(t: Tensor, reps: number[]): Tensor {
  const nd = Math.max(t.ndim, reps.length);
  let x = E.reshape(t, [...new Array<number>(nd - t.ndim).fill(1), ...t.shape]);
  const r = [...new Array<number>(nd - reps.length).fill(1), ...reps];
  E.reserveElements(r.reduce((p, c) => p * c, t.size));
  r.forEach((count, ax) => {
    if (count === 1) return;
    const n = x.shape[ax];
    const positions: number[] = [];
    for (let c = 0; c < count; c++) for (let i = 0; i < n; i++) positions.push(i);
    x = alongAxis(x, ax, positions);
  });
  return x;
}

/** np.diag of a 1-d array: the square matrix with it on diagonal k (a 2-d one gives diagonalView). */
function diag(t: Tensor, k: number): Tensor {
  if (t.ndim !== 1) throw valueError('Input must be 1- or 2-d.');
  const n = t.size + Math.abs(k);
  const rows = Array.from({ length: t.size }, (_, i) => (k >= 0 ? i : i - k));
  const cols = Array.from({ length: t.size }, (_, i) => (k >= 0 ? i + k : i));
  return E.scatter(E.zeros([n, n], t.dtype), [intIndex(rows), intIndex(cols)], t);
}

export function otherFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  const reductions = (Object.keys(REDUCTION_SPECS) as ReductionName[]).map((n) => reductionFunction(n));
  return [
    ...reductions,
    reductionFunction('max', 'amax'),
    reductionFunction('min', 'amin'),
    f('cumsum', 'a, axis=None, dtype=None, out=None', (a) => wrap(cumulativeCall('cumsum', toTensor(a[0]!), a[1], a[2], a[3]))),
    f('cumprod', 'a, axis=None, dtype=None, out=None', (a) => wrap(cumulativeCall('cumprod', toTensor(a[0]!), a[1], a[2], a[3]))),
    f('count_nonzero', 'a, axis=None, *, keepdims=False', (a) => {
      const t = E.sum(E.astype(toTensor(a[0]!), 'bool'), axisArg(a[1]), keepdimsArg(a[2]));
      return wrap(t); // numpy 2.4: np.int64 even for the whole array
    }),
    f('round', 'a, decimals=0, out=None', (a) => wrap(roundTensor(toTensor(a[0]!), intArg(a[1]!)))),
    f('around', 'a, decimals=0, out=None', (a) => wrap(roundTensor(toTensor(a[0]!), intArg(a[1]!)))),
    f('dot', 'a, b, out=None', (a) => {
      const [x, y] = unify(operand(a[0]!) ?? { t: toTensor(a[0]!), weak: null }, operand(a[1]!) ?? { t: toTensor(a[1]!), weak: null });
      return wrap(E.dot(x, y));
    }),
    f('outer', 'a, b, out=None', (a) => wrap(E.outer(toTensor(a[0]!), toTensor(a[1]!)))),
    f('inner', 'a, b, /', (a) => wrap(inner(toTensor(a[0]!), toTensor(a[1]!)))),
    f('nan_to_num', 'x, copy=True, nan=0.0, posinf=None, neginf=None', (a) => {
      const x = toTensor(a[0]!);
      if (!E.isFloat(x.dtype)) return wrap(x);
      const fill = (v: PyValue | undefined, otherwise: number): Tensor => E.astype(Tensor.scalar(isNone(v) ? otherwise : toNumber(v!)), x.dtype);
      const big = x.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
      // (kept where finite - the gradient passes there - and replaced where not)
      let y = E.where(E.isnan(x), fill(a[2], 0), x);
      y = E.where(E.isinf(x), E.where(E.greater(x, Tensor.scalar(0)), fill(a[3], big), fill(a[4], -big)), y);
      return wrap(y);
    }),
    f('einsum', "*operands, out=None, dtype=None, order='K', casting='safe', optimize=False", (a) => {
      const [subscripts, ...arrays] = (a[0] as PyTuple).items;
      if (typeof subscripts !== 'string') throw new Unsupported('numpy.einsum with subscripts given as lists');
      if (!isNone(a[1]) || !isNone(a[2])) throw new Unsupported('numpy.einsum with out= or dtype=');
      // (optimize only picks an order of contraction; order and casting matter only with out=/dtype=)
      return wrap(einsum(subscripts, arrays.map((x) => toTensor(x))));
    }),
    f('where', 'condition, x=None, y=None', (a) => {
      const c = toTensor(a[0]!);
      if (a[1] === None && a[2] === None) return nonzero(c, ' If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.');
      if (a[1] === None || a[2] === None) throw valueError('either both or neither of x and y should be given');
      const [x, y] = unify(operand(a[1]!)!, operand(a[2]!)!, 'wrap');
      return wrap(E.where(c.dtype === 'bool' ? c : E.astype(c, 'bool'), x, y));
    }),
    f('clip', 'a, a_min=None, a_max=None, out=None', (a) => {
      const t = toTensor(a[0]!);
      return wrap(E.clip(t, isNone(a[1]) ? null : clipBound(t, a[1]!), isNone(a[2]) ? null : clipBound(t, a[2]!)));
    }),
    f('nonzero', 'a', (a) => nonzero(toTensor(a[0]!))),
    f('argsort', 'a, axis=-1, kind=None, order=None', (a) => wrapArray(argsort(toTensor(a[0]!), isNone(a[1]) ? null : intArg(a[1]!)))),
    f('sort', 'a, axis=-1, kind=None, order=None', (a) => wrapArray(sortValues(toTensor(a[0]!), isNone(a[1]) ? null : intArg(a[1]!)))),
    f('unique', 'ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True, sorted=True', (a) =>
      unique(toTensor(a[0]!), {
        index: truthy(a[1]!),
        inverse: truthy(a[2]!),
        counts: truthy(a[3]!),
        axis: isNone(a[4]) ? null : intArg(a[4]!),
        equalNan: truthy(a[5]!),
        sorted: truthy(a[6]!),
      }),
    ),
    f('bincount', 'x, weights=None, minlength=0', (a) => {
      const t = toTensor(a[0]!);
      const castsSafely = t.dtype === 'bool' || (E.isInteger(t.dtype) && t.dtype !== 'uint64');
      if (!castsSafely && !(t.size === 0)) throw typeError(`Cannot cast array data from dtype('${t.dtype}') to dtype('int64') according to the rule 'safe'`);
      if (!isNone(a[1])) throw new Unsupported('numpy.bincount with weights=');
      const d = t.data;
      let n = intArg(a[2]!);
      for (const v of d) {
        if (v < 0) throw valueError("'list' argument must have no negative elements");
        n = Math.max(n, v + 1);
      }
      const out = new Float64Array(n);
      for (const v of d) out[v]++;
      return wrapArray(new Tensor(out, [n], 'int64'));
    }),
    f('concatenate', 'arrays, axis=0, out=None, *, dtype=None', (a) => wrap(E.concatenate(tensors(a[0]!), isNone(a[1]) ? null : intArg(a[1]!)))),
    f('stack', 'arrays, axis=0, out=None, *, dtype=None', (a) => wrap(E.stack(tensors(a[0]!), intArg(a[1]!)))),
    f('hstack', 'tup, *, dtype=None', (a) => {
      const ts = tensors(a[0]!).map((t) => atLeast(t, 1));
      return wrap(E.concatenate(ts, ts[0]?.ndim === 1 ? 0 : 1));
    }),
    f('vstack', 'tup, *, dtype=None', (a) => wrap(E.concatenate(tensors(a[0]!).map((t) => atLeast(t, 2)), 0))),
    f('reshape', 'a, shape=None, order=None, *, newshape=None, copy=None', (a) => {
      const s = a[1] === None ? a[3]! : a[1]!;
      return reshapeArray(asArray(a[0]!), s instanceof PyTuple || s instanceof PyList ? s.items.map(intArg) : [intArg(s)]);
    }),
    f('transpose', 'a, axes=None', (a) => transposeArray(asArray(a[0]!), isNone(a[1]) ? null : toArray(a[1]!).map(intArg))),
    f('swapaxes', 'a, axis1, axis2', (a) => swapaxesArray(asArray(a[0]!), intArg(a[1]!), intArg(a[2]!))),
    f('squeeze', 'a, axis=None', (a) => squeezeArray(asArray(a[0]!), axisArg(a[1]))),
    f('expand_dims', 'a, axis', (a) => {
      const ax = axisArg(a[1]);
      return expandDimsArray(asArray(a[0]!), ax === null ? [] : ax);
    }),
    f('ravel', 'a, order=None', (a) => ravelArray(asArray(a[0]!))),
    f('flip', 'm, axis=None', (a) => flipArray(asArray(a[0]!), isNone(a[1]) ? null : typeof a[1] === 'number' || a[1] instanceof NpScalar ? intArg(a[1]!) : toArray(a[1]!).map(intArg))),
    f('fliplr', 'm', (a) => flipSide(asArray(a[0]!), 'lr')),
    f('flipud', 'm', (a) => flipSide(asArray(a[0]!), 'ud')),
    f('shape', 'a', (a) => tuple(toTensor(a[0]!).shape.map((d) => d as PyValue))),
    f('ndim', 'a', (a) => toTensor(a[0]!).ndim),
    f('size', 'a, axis=None', (a) => {
      const t = toTensor(a[0]!);
      return isNone(a[1]) ? t.size : t.shape[E.normalizeAxis(intArg(a[1]!), t.ndim)];
    }),
    f('pad', 'array, pad_width, mode=None, **kwargs', (a) => {
      const mode = a[2] === None ? 'constant' : a[2];
      if (mode !== 'constant') throw new Unsupported(`numpy.pad with mode='${String(mode)}'`);
      const kw = a[3] as unknown as { get(k: PyValue): PyValue | undefined; size: number };
      const cv = kw.get('constant_values');
      if (kw.size > (cv === undefined ? 0 : 1)) throw new Unsupported('numpy.pad keyword arguments other than mode and constant_values');
      const t = toTensor(a[0]!);
      return wrapArray(E.pad(t, padWidths(a[1]!, t.ndim), cv === undefined ? 0 : toNumber(cv)));
    }),
    f('repeat', 'a, repeats, axis=None', (a) => wrap(repeat(toTensor(a[0]!), intArg(a[1]!), isNone(a[2]) ? null : intArg(a[2]!)))),
    f('tile', 'A, reps', (a) => {
      const r = a[1]!;
      return wrap(tile(toTensor(a[0]!), r instanceof PyTuple || r instanceof PyList ? r.items.map(intArg) : [intArg(r)]));
    }),
    f('diag', 'v, k=0', (a) => {
      const v = asArray(a[0]!);
      return v.ndim === 2 ? diagonalView(v, intArg(a[1]!), 0, 1) : wrap(diag(v.tensor, intArg(a[1]!)));
    }),
    f('diagonal', 'a, offset=0, axis1=0, axis2=1', (a) => diagonalView(asArray(a[0]!), intArg(a[1]!), intArg(a[2]!), intArg(a[3]!))),
    f('trace', 'a, offset=0, axis1=0, axis2=1, dtype=None, out=None', (a) => trace(asArray(a[0]!), intArg(a[1]!), intArg(a[2]!), intArg(a[3]!), a[4], a[5])),
    f('atleast_1d', 'a', (a) => wrapArray(atLeast(toTensor(a[0]!), 1))),
    f('atleast_2d', 'a', (a) => wrapArray(atLeast(toTensor(a[0]!), 2))),
    f('flatnonzero', 'a', (a) => nonzero(E.reshape(toTensor(a[0]!), [-1])).items[0]),
    f('isscalar', 'element', (a) => {
      const v = a[0]!;
      return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'string' || v instanceof Tensor || v instanceof NpScalar;
    }),
    f('allclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (a) => {
      const t = isclose(toTensor(a[0]!), toTensor(a[1]!), toNumber(a[2]!), toNumber(a[3]!), truthy(a[4]!));
      return t.data.every((x) => x !== 0);
    }),
    f('isclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (a) =>
      wrap(isclose(toTensor(a[0]!), toTensor(a[1]!), toNumber(a[2]!), toNumber(a[3]!), truthy(a[4]!))),
    ),
    f('array_equal', 'a1, a2, equal_nan=False', (a) => {
      const x = toTensor(a[0]!);
      const y = toTensor(a[1]!);
      if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
      const p = x.data;
      const q = y.data;
      const nanOk = truthy(a[2]!);
      for (let i = 0; i < p.length; i++) if (p[i] !== q[i] && !(nanOk && Number.isNaN(p[i]) && Number.isNaN(q[i]))) return false;
      return true;
    }),
  ];
}
