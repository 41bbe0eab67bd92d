// Array creation: array/asarray/copy, zeros/ones/empty/full and their *_like forms, eye and
// identity, arange (numpy's length rule and fill: start + i * ((start + step) - start)) and
// linspace (numpy's formula, through engine ops so the endpoints keep their gradients).
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyTuple, tuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, toIndex } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { shapeArg } from './array-methods';
import { checkPythonInt, toTensor, wrapArray } from './coerce';
import { parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { NpScalar, npScalar } from './scalar';

function filled(shape: number[], value: number, dtype: DType): NDArray {
  return NDArray.of(E.full(shape, value, dtype));
}

function fullOf(shape: number[], fill: PyValue, dtype: DType | null): NDArray {
  // a Python int must fit an integer dtype; a float is cast (np.full(2, 1.5, np.uint8) is [1, 1])
  if (dtype !== null && E.isInteger(dtype) && (typeof fill === 'number' || typeof fill === 'bigint')) checkPythonInt(fill, dtype);
  let t = toTensor(fill);
  if (dtype !== null && dtype !== t.dtype) t = E.astype(t, dtype);
  return NDArray.of(E.broadcastTo(t, shape));
}

function likeShape(a: PyValue): { shape: number[]; dtype: DType } {
  const t = toTensor(a);
  return { shape: [...t.shape], dtype: t.dtype };
}

function isFloatArg(v: PyValue): boolean {
  return v instanceof Tensor || (v instanceof NpScalar && E.isFloat(v.dtype));
}

function numberArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Tensor) return v.item();
  if (v instanceof NpScalar) return v.value;
  throw typeError(`unsupported operand type for arange: '${typeof v}'`);
}

/** np.arange(stop) / (start, stop) / (start, stop, step). */
export function arange(args: PyValue[], dtypeArg: PyValue | undefined): NDArray {
  if (args.length === 0 || args.length > 3) throw typeError(`arange() requires stop to be specified.`);
  const [startV, stopV, stepV] = args.length === 1 ? [0, args[0], 1] : args.length === 2 ? [args[0], args[1], 1] : args;
  const dtype = parseDType(dtypeArg);
  const start = numberArg(startV);
  const stop = numberArg(stopV);
  const step = numberArg(stepV);
  if (step === 0) throw pyErr('ZeroDivisionError', 'division by zero');
  const floats = isFloatArg(startV) || isFloatArg(stopV) || isFloatArg(stepV);
  const n = Math.max(0, Math.ceil((stop - start) / step));
  E.reserveElements(n);
  if (!floats && (dtype === null || E.isInteger(dtype))) {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = start + i * step;
    if (dtype === null || dtype === 'int64') return NDArray.of(new Tensor(d, [n], 'int64'));
    // numpy sets the first two values as Python ints, then wraps the rest
    for (const v of d.subarray(0, 2)) checkPythonInt(v, dtype);
    return NDArray.of(Tensor.of(d, [n], dtype));
  }
  const calc: DType = dtype !== null && E.isFloat(dtype) ? dtype : 'float64';
  const s = E.astype(startV instanceof Tensor ? startV : Tensor.scalar(start), calc);
  const delta = E.sub(E.add(s, Tensor.scalar(step, calc)), s);
  const index = Tensor.of(Float64Array.from({ length: n }, (_, i) => i), [n], calc);
  const values = E.add(s, E.mul(index, delta));
  return NDArray.of(dtype !== null && dtype !== calc ? E.astype(values, dtype) : values);
}

export function linspace(startV: PyValue, stopV: PyValue, num: number, endpoint: boolean, retstep: boolean, dtypeArg: PyValue | undefined): PyValue {
  if (num < 0) throw pyErr('ValueError', `Number of samples, ${num}, must be non-negative.`);
  const start = E.astype(toTensor(startV), 'float64');
  const stop = E.astype(toTensor(stopV), 'float64');
  if (start.ndim > 0 || stop.ndim > 0) throw new Unsupported('numpy.linspace with array endpoints');
  const div = endpoint ? num - 1 : num;
  const delta = E.sub(stop, start);
  E.reserveElements(num);
  let y = new Tensor(Float64Array.from({ length: num }, (_, i) => i), [num]);
  let step: Tensor;
  if (div > 0) {
    step = E.div(delta, Tensor.scalar(div));
    y = step.item() === 0 ? E.mul(E.div(y, Tensor.scalar(div)), delta) : E.mul(y, step);
  } else {
    step = Tensor.scalar(NaN);
    y = E.mul(y, delta);
  }
  y = E.add(y, start);
  if (endpoint && num > 1) y = E.scatter(y, [{ kind: 'int', index: num - 1 }], stop);
  const dtype = parseDType(dtypeArg);
  if (dtype !== null && dtype !== 'float64') y = E.astype(E.isInteger(dtype) ? E.floor(y) : y, dtype);
  const out = NDArray.of(y);
  return retstep ? tuple([out, npScalar(step)]) : out;
}

function eye(n: number, m: number | null, k: number, dtype: DType): NDArray {
  const cols = m ?? n;
  E.reserveElements(n * cols);
  const d = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) d[i * cols + j] = 1;
  }
  return NDArray.of(Tensor.of(d, [n, cols], dtype));
}

export function creationFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  const dt = (v: PyValue | undefined, dflt: DType): DType => parseDType(v) ?? dflt;
  return [
    f('array', 'object, dtype=None, *, copy=True, order=None, subok=False, ndmin=0', (a) => {
      let t = toTensor(a[0]!, parseDType(a[1]));
      const ndmin = toIndex(a[5]!);
      if (t.ndim < ndmin) t = E.reshape(t, [...new Array<number>(ndmin - t.ndim).fill(1), ...t.shape]);
      return wrapArray(t);
    }),
    f('asarray', 'a, dtype=None, order=None', (a) => {
      const d = parseDType(a[1]);
      if (a[0] instanceof NDArray && (d === null || d === a[0].dtype)) return a[0];
      return wrapArray(toTensor(a[0]!, d));
    }),
    f('copy', 'a, order=None', (a) => wrapArray(toTensor(a[0]!))),
    f('zeros', 'shape, dtype=None, order=None', (a) => filled(shapeArg(a[0]!), 0, dt(a[1], 'float64'))),
    f('ones', 'shape, dtype=None, order=None', (a) => filled(shapeArg(a[0]!), 1, dt(a[1], 'float64'))),
    f('empty', 'shape, dtype=None, order=None', (a) => filled(shapeArg(a[0]!), 0, dt(a[1], 'float64'))),
    f('full', 'shape, fill_value, dtype=None, order=None', (a) => fullOf(shapeArg(a[0]!), a[1]!, parseDType(a[2]))),
    f('zeros_like', 'a, dtype=None, order=None, subok=None, shape=None', (a) => {
      const l = likeShape(a[0]!);
      return filled(l.shape, 0, dt(a[1], l.dtype));
    }),
    f('ones_like', 'a, dtype=None, order=None, subok=None, shape=None', (a) => {
      const l = likeShape(a[0]!);
      return filled(l.shape, 1, dt(a[1], l.dtype));
    }),
    f('empty_like', 'a, dtype=None, order=None, subok=None, shape=None', (a) => {
      const l = likeShape(a[0]!);
      return filled(l.shape, 0, dt(a[1], l.dtype));
    }),
    f('full_like', 'a, fill_value, dtype=None, order=None, subok=None, shape=None', (a) => {
      const l = likeShape(a[0]!);
      return fullOf(l.shape, a[1]!, dt(a[2], l.dtype));
    }),
    f('eye', 'N, M=None, k=0, dtype=None, order=None', (a) =>
      eye(toIndex(a[0]!), a[1] === None ? null : toIndex(a[1]!), toIndex(a[2]!), dt(a[3], 'float64')),
    ),
    f('identity', 'n, dtype=None', (a) => eye(toIndex(a[0]!), null, 0, dt(a[1], 'float64'))),
    f('arange', '*args, start=None, stop=None, step=None, dtype=None', (a) => {
      const args = (a[0] as PyTuple).items.slice();
      if (a[1] !== None) args.unshift(a[1]!);
      if (a[2] !== None) args.push(a[2]!);
      if (a[3] !== None) args.push(a[3]!);
      return arange(args, a[4]);
    }),
    f('linspace', 'start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0', (a) =>
      linspace(a[0]!, a[1]!, toIndex(a[2]!), truthy(a[3]!), truthy(a[4]!), a[5]),
    ),
    // numpy: base ** linspace(start, stop, num, endpoint), then cast to dtype
    f('logspace', 'start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0', (a) => {
      if (toIndex(a[6]!) !== 0) throw new Unsupported('numpy.logspace with axis=');
      const exponents = (linspace(a[0]!, a[1]!, toIndex(a[2]!), truthy(a[3]!), false, undefined) as NDArray).tensor;
      const base = toTensor(a[4]!);
      if (base.ndim > 0) throw new Unsupported('numpy.logspace with an array base');
      const powers = E.pow(E.astype(base, 'float64'), exponents);
      const dtype = parseDType(a[5]);
      return NDArray.of(dtype === null || dtype === 'float64' ? powers : E.astype(powers, dtype));
    }),
  ];
}
