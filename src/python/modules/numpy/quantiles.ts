// np.median, np.percentile and np.quantile (method 'linear'), as numpy 2 computes them: the
// sorted values along the axis (a gather, so the result stays on the tape), the virtual index
// (n - 1) q, and the interpolation a + (b - a) t, or b - (b - a)(1 - t) from t = 0.5 on. A NaN
// in a slice makes its result NaN. median is the mean of the middle one or two values.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { Unsupported, valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, isNone } from '../../runtime/native';
import { PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { toTensor, wrap } from './coerce';
import { intArg } from './reductions';
import { sortValues } from './sorting';

/** The values of t along `axis` at index i (that axis removed). */
function at(t: Tensor, axis: number, i: number): Tensor {
  const items: E.IndexItem[] = [];
  for (let k = 0; k < axis; k++) items.push({ kind: 'slice', start: null, stop: null, step: null });
  items.push({ kind: 'int', index: i });
  return E.gather(t, items);
}

/** NaN where the slice along `axis` holds a NaN (sorted last), the value elsewhere. */
function nanWhereNan(sorted: Tensor, axis: number, value: Tensor): Tensor {
  const last = at(sorted, axis, sorted.shape[axis] - 1);
  const hasNan = E.notEqual(last, last);
  if (!hasNan.data.some((v) => v !== 0)) return value;
  return E.where(hasNan, E.astype(last, value.dtype), value);
}

interface Along {
  sorted: Tensor;
  axis: number;
  /** The result's shape with keepdims. */
  kept: number[];
}

function sortedAlong(a: PyValue, axis: PyValue | undefined): Along {
  const t0 = toTensor(a);
  const t = E.isFloat(t0.dtype) ? t0 : E.astype(t0, 'float64');
  if (isNone(axis)) {
    const flat = E.reshape(t, [t.size]);
    return { sorted: sortValues(flat, 0), axis: 0, kept: t.shape.map(() => 1) };
  }
  const ax = E.normalizeAxis(intArg(axis!), t.ndim);
  return { sorted: sortValues(t, ax), axis: ax, kept: t.shape.map((d, i) => (i === ax ? 1 : d)) };
}

function quantileOf({ sorted, axis }: Along, q: number): Tensor {
  const n = sorted.shape[axis];
  if (n === 0) throw valueError('cannot do a non-empty take from an empty axes.');
  const v = (n - 1) * q;
  const prev = v >= n - 1 ? n - 1 : Math.floor(v);
  const next = v >= n - 1 ? n - 1 : prev + 1;
  const t = v >= n - 1 ? v - Math.floor(v) : v - prev;
  const a = at(sorted, axis, prev);
  const b = at(sorted, axis, next);
  const diff = E.sub(b, a);
  const tt = new Tensor(t, [], sorted.dtype);
  const value = t >= 0.5 ? E.sub(b, E.mul(diff, new Tensor(1 - t, [], sorted.dtype))) : E.add(a, E.mul(diff, tt));
  return nanWhereNan(sorted, axis, value);
}

function quantiles(a: PyValue, qs: PyValue, axis: PyValue | undefined, keepdims: boolean, scale: number, what: string): PyValue {
  const q = E.astype(toTensor(qs), 'float64');
  const values = Array.from(q.data, (x) => x / scale);
  if (values.some((x) => !(x >= 0 && x <= 1))) throw valueError(`${what} must be in the range [0, ${scale === 100 ? 100 : 1}]`);
  const along = sortedAlong(a, axis);
  const one = (x: number): Tensor => {
    const r = quantileOf(along, x);
    return keepdims ? E.reshape(r, along.kept) : r;
  };
  if (q.ndim === 0) return wrap(one(values[0]));
  return wrap(E.reshape(E.stack(values.map(one), 0), [...q.shape, ...(keepdims ? along.kept : one(values[0]).shape)]));
}

function median(a: PyValue, axis: PyValue | undefined, keepdims: boolean): PyValue {
  const along = sortedAlong(a, axis);
  const { sorted, axis: ax } = along;
  const n = sorted.shape[ax];
  if (n === 0) throw valueError('cannot do a non-empty take from an empty axes.');
  const mid = Math.floor(n / 2);
  const m = n % 2 === 1 ? at(sorted, ax, mid) : E.div(E.add(at(sorted, ax, mid - 1), at(sorted, ax, mid)), new Tensor(2, [], sorted.dtype));
  const r = nanWhereNan(sorted, ax, m);
  return wrap(keepdims ? E.reshape(r, along.kept) : r);
}

export function quantileFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  return [
    f('median', 'a, axis=None, out=None, overwrite_input=False, keepdims=False', (a) => median(a[0]!, a[1], truthy(a[4]!))),
    f('percentile', "a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False", (a) => {
      if (a[5] !== 'linear') throw new Unsupported(`numpy.percentile with method='${String(a[5])}'`);
      return quantiles(a[0]!, a[1]!, a[2], truthy(a[6]!), 100, 'Percentiles');
    }),
    f('quantile', "a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False", (a) => {
      if (a[5] !== 'linear') throw new Unsupported(`numpy.quantile with method='${String(a[5])}'`);
      return quantiles(a[0]!, a[1]!, a[2], truthy(a[6]!), 1, 'Quantiles');
    }),
  ];
}

