// np.split / array_split (views, as numpy's), diff, roll, triu / tril, meshgrid, moveaxis,
// column_stack, take and finfo. Each is built from operations the tape already records
// (slicing views, concatenate, where, broadcast, transpose, gather), so gradients flow through
// them with no rule of their own.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyList, PySlice, PyTuple, tuple } from '../../runtime/collections';
import { typeError, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { getItem } from '../../runtime/items';
import { toArray } from '../../runtime/iter';
import { builtinFunction, defineGetter, defineRawMethod, isNone } from '../../runtime/native';
import { None, PyObject, PyValue, builtinType } from '../../runtime/object';
import { repr, str, truthy } from '../../runtime/protocols';
import { toTensor, wrap, wrapArray } from './coerce';
import { dtypeObject, parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { intArg } from './reductions';
import { NpScalar, npScalar } from './scalar';
import { transposeArray } from './shape-ops';

function asArray(v: PyValue): NDArray {
  return v instanceof NDArray ? v : NDArray.of(toTensor(v));
}

const ALL = new PySlice(None, None, None);

/** a[..., lo:hi, ...] on `axis`: a view. */
function sliceAlong(a: NDArray, axis: number, lo: number | null, hi: number | null): PyValue {
  const items: PyValue[] = [];
  for (let i = 0; i < axis; i++) items.push(ALL);
  items.push(new PySlice(lo ?? None, hi ?? None, None));
  return getItem(a, tuple(items));
}

function axisOf(v: PyValue | undefined, ndim: number): number {
  return E.normalizeAxis(intArg(v!), ndim);
}

/** np.split (equal sections required) and np.array_split (sections may differ by one). */
function split(a: NDArray, sections: PyValue, axis: number, strict: boolean): PyList {
  const n = a.tensor.shape[axis];
  let bounds: number[];
  if (sections instanceof PyList || sections instanceof PyTuple || sections instanceof NDArray) {
    bounds = [0, ...toArray(sections).map(intArg), n];
  } else {
    const k = intArg(sections);
    if (k <= 0) throw valueError('number sections must be larger than 0.');
    if (strict && n % k !== 0) throw valueError('array split does not result in an equal division');
    const each = Math.floor(n / k);
    const extra = n % k;
    bounds = [0];
    for (let i = 0; i < k; i++) bounds.push(bounds[i] + each + (i < extra ? 1 : 0));
  }
  const parts: PyValue[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) parts.push(sliceAlong(a, axis, bounds[i], bounds[i + 1]));
  return new PyList(parts);
}

/** n-th discrete difference along axis: a[1:] - a[:-1], n times. */
function diff(a: Tensor, n: number, axis: number): Tensor {
  if (n < 0) throw valueError(`order must be non-negative but got ${n}`);
  if (a.ndim === 0) throw valueError('diff requires input that is at least one dimensional');
  const ax = E.normalizeAxis(axis, a.ndim);
  let t = a;
  for (let k = 0; k < n; k++) {
    const arr = NDArray.of(t);
    const hi = toTensor(sliceAlong(arr, ax, 1, null));
    const lo = toTensor(sliceAlong(arr, ax, null, -1));
    t = t.dtype === 'bool' ? E.notEqual(hi, lo) : E.sub(hi, lo);
  }
  return t;
}

/** Elements shifted by `shift` along axis (wrapping round); axis null: of the flattened array. */
function rollAxis(t: Tensor, shift: number, axis: number): Tensor {
  const n = t.shape[axis];
  if (n === 0) return t;
  const s = ((shift % n) + n) % n;
  if (s === 0) return t;
  const arr = NDArray.of(t);
  return E.concatenate([toTensor(sliceAlong(arr, axis, n - s, null)), toTensor(sliceAlong(arr, axis, null, n - s))], axis);
}

function roll(t: Tensor, shift: PyValue, axis: PyValue): Tensor {
  if (isNone(axis)) return E.reshape(rollAxis(E.reshape(t, [-1]), intArg(shift), 0), t.shape);
  const axes = axis instanceof PyTuple || axis instanceof PyList ? axis.items.map((v) => axisOf(v, t.ndim)) : [axisOf(axis, t.ndim)];
  const shifts = shift instanceof PyTuple || shift instanceof PyList ? shift.items.map(intArg) : axes.map(() => intArg(shift));
  if (shifts.length !== axes.length) throw valueError("'shift' and 'axis' should be scalars or 1D sequences");
  let out = t;
  for (let i = 0; i < axes.length; i++) out = rollAxis(out, shifts[i], axes[i]);
  return out;
}

/** Upper (triu) or lower (tril) triangle of the last two axes; the rest zeros of the array's dtype. */
function triangle(m: Tensor, k: number, upper: boolean): Tensor {
  const t = m.ndim < 2 ? E.broadcastTo(m, [m.ndim === 0 ? 1 : m.shape[0], m.ndim === 0 ? 1 : m.shape[0]]) : m;
  const rows = t.shape[t.ndim - 2];
  const cols = t.shape[t.ndim - 1];
  const keep = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) keep[i * cols + j] = (upper ? j - i >= k : j - i <= k) ? 1 : 0;
  const mask = E.astype(new Tensor(keep, [rows, cols]), 'bool');
  return E.where(E.broadcastTo(mask, t.shape), t, E.astype(new Tensor(0, []), t.dtype));
}

/** np.meshgrid: a tuple of arrays (numpy 2.x; numpy 1 gave a list). */
function meshgrid(xs: Tensor[], indexing: string, sparse: boolean): PyTuple {
  if (indexing !== 'xy' && indexing !== 'ij') throw valueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const flat = xs.map((x) => E.reshape(x, [-1]));
  const shape = flat.map((x) => x.size);
  if (indexing === 'xy' && shape.length > 1) [shape[0], shape[1]] = [shape[1], shape[0]];
  return tuple(
    flat.map((x, i) => {
      const at = indexing === 'xy' && flat.length > 1 && i < 2 ? 1 - i : i;
      const s = shape.map((_, j) => (j === at ? x.size : 1));
      return wrapArray(sparse ? E.reshape(x, s) : E.broadcastTo(E.reshape(x, s), shape));
    }),
  );
}

function moveaxis(a: NDArray, source: PyValue, destination: PyValue): NDArray {
  const nd = a.tensor.ndim;
  const list = (v: PyValue): number[] => (v instanceof PyTuple || v instanceof PyList ? v.items : [v]).map((x) => axisOf(x, nd));
  const src = list(source);
  const dst = list(destination);
  if (src.length !== dst.length) throw valueError('`source` and `destination` arguments must have the same number of elements');
  const order = [...Array(nd).keys()].filter((ax) => !src.includes(ax));
  const pairs = dst.map((d, i) => [d, src[i]] as const).sort((p, q) => p[0] - q[0]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return transposeArray(a, order);
}

function columnStack(arrays: Tensor[]): Tensor {
  return E.concatenate(
    arrays.map((t) => (t.ndim < 2 ? E.reshape(t, [t.ndim === 0 ? 1 : t.shape[0], 1]) : t)),
    1,
  );
}

// ---- finfo ---------------------------------------------------------------------------------

const finfoType = builtinType('finfo');
finfoType.module = 'numpy';

/** np.finfo(float64 / float32): machine limits of a float dtype, as numpy scalars of it. */
class FInfo extends PyObject {
  constructor(readonly dtype: 'float32' | 'float64') {
    super(finfoType);
  }
}

const LIMITS = {
  float64: { bits: 64, eps: 2 ** -52, epsneg: 2 ** -53, max: 1.7976931348623157e308, tiny: 2 ** -1022, precision: 15, resolution: 1e-15 },
  float32: { bits: 32, eps: 2 ** -23, epsneg: 2 ** -24, max: 3.4028234663852886e38, tiny: 2 ** -126, precision: 6, resolution: 1e-6 },
};

function scalarOf(v: number, dtype: 'float32' | 'float64'): PyValue {
  return npScalar(Tensor.scalar(v, dtype));
}

let finfoInstalled = false;

function installFinfo(): void {
  if (finfoInstalled) return;
  finfoInstalled = true;
  const limit = (self: PyValue) => LIMITS[(self as FInfo).dtype];
  const dt = (self: PyValue) => (self as FInfo).dtype;
  for (const name of ['eps', 'epsneg', 'max', 'tiny', 'resolution'] as const)
    defineGetter(finfoType, name, (self) => scalarOf(limit(self)[name], dt(self)));
  defineGetter(finfoType, 'smallest_normal', (self) => scalarOf(limit(self).tiny, dt(self)));
  defineGetter(finfoType, 'min', (self) => scalarOf(-limit(self).max, dt(self)));
  defineGetter(finfoType, 'bits', (self) => limit(self).bits);
  defineGetter(finfoType, 'precision', (self) => limit(self).precision);
  defineGetter(finfoType, 'dtype', (self) => dtypeObject(dt(self)));
  defineRawMethod(finfoType, '__repr__', (self) => {
    const l = limit(self);
    const num = (v: number) => str(scalarOf(v, dt(self)));
    return `finfo(resolution=${num(l.resolution)}, min=${num(-l.max)}, max=${num(l.max)}, dtype=${dt(self)})`;
  });
}

function finfo(v: PyValue): FInfo {
  // numpy 2 takes a dtype or a scalar (not an array: its dtype would be read as object)
  if (v instanceof NDArray) throw valueError("data type <class 'numpy.object_'> not inexact");
  const d = v instanceof NpScalar || v instanceof Tensor ? toTensor(v).dtype : parseDType(v);
  if (d === 'float32' || d === 'float64') return new FInfo(d);
  throw valueError(`data type ${repr(v)} not inexact`);
}

export function splitShiftFunctions(): PyBuiltin[] {
  installFinfo();
  const f = builtinFunction;
  return [
    f('split', 'ary, indices_or_sections, axis=0', (a) => {
      const arr = asArray(a[0]!);
      return split(arr, a[1]!, axisOf(a[2], arr.tensor.ndim), true);
    }),
    f('array_split', 'ary, indices_or_sections, axis=0', (a) => {
      const arr = asArray(a[0]!);
      return split(arr, a[1]!, axisOf(a[2], arr.tensor.ndim), false);
    }),
    f('diff', 'a, n=1, axis=-1', (a) => wrap(diff(toTensor(a[0]!), intArg(a[1]!), intArg(a[2]!)))),
    f('roll', 'a, shift, axis=None', (a) => wrap(roll(toTensor(a[0]!), a[1]!, a[2]!))),
    f('triu', 'm, k=0', (a) => wrap(triangle(toTensor(a[0]!), intArg(a[1]!), true))),
    f('tril', 'm, k=0', (a) => wrap(triangle(toTensor(a[0]!), intArg(a[1]!), false))),
    f('meshgrid', "*xi, copy=True, sparse=False, indexing='xy'", (a) => {
      return meshgrid((a[0] as PyTuple).items.map((v) => toTensor(v)), String(a[3]), truthy(a[2]!));
    }),
    f('moveaxis', 'a, source, destination', (a) => moveaxis(asArray(a[0]!), a[1]!, a[2]!)),
    f('column_stack', 'tup', (a) => wrap(columnStack(toArray(a[0]!).map((v) => toTensor(v))))),
    f('take', "a, indices, axis=None, out=None, mode='raise'", (a) => {
      const arr = isNone(a[2]) ? NDArray.of(E.reshape(toTensor(a[0]!), [-1])) : asArray(a[0]!);
      const axis = isNone(a[2]) ? 0 : axisOf(a[2], arr.tensor.ndim);
      const items: PyValue[] = [];
      for (let i = 0; i < axis; i++) items.push(ALL);
      items.push(a[1]!);
      return getItem(arr, tuple(items));
    }),
    f('finfo', 'dtype', (a) => finfo(a[0]!)),
  ];
}

