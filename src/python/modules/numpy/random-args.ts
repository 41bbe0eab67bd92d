// What np.random's functions and the Generator and RandomState methods share: reading their
// arguments (size, scalar parameters, choice's population and p) and wrapping their draws
// (Python floats and ints for size=None, else new leaf arrays).
import * as E from '../../../engine';
import { Tensor, reserveElements } from '../../../engine';
import { RandomError } from '../../random';
import { PyList, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr } from '../../runtime/errors';
import { toNumber } from '../../runtime/native';
import { None, PyValue, boolType, intType, pyFloat } from '../../runtime/object';
import { toTensor } from './coerce';
import { parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { intArg } from './reductions';
import { NpScalar, npScalar } from './scalar';

/** Runs a draw, turning the RNG's errors into Python exceptions with numpy's texts. */
export function draw<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RandomError) throw pyErr(e.kind, e.message);
    throw e;
  }
}

/** size=None | int | tuple: null for a single scalar draw. */
export function sizeArg(v: PyValue | undefined): number[] | null {
  if (v === undefined || v === None) return null;
  const shape = v instanceof PyTuple || v instanceof PyList ? v.items.map(intArg) : [intArg(v)];
  if (shape.some((d) => d < 0)) throw pyErr('ValueError', 'negative dimensions are not allowed');
  return shape;
}

/** How many values to draw (asking the memory budget for them first). */
export function count(shape: number[] | null): number {
  const n = shape === null ? 1 : shape.reduce((p, d) => p * d, 1);
  reserveElements(n);
  return n;
}

/** Floats drawn: a Python float for size None, else an array. */
export function floats(values: Float64Array, shape: number[] | null): PyValue {
  return shape === null ? pyFloat(values[0]) : NDArray.of(new Tensor(values, shape));
}

export function ints(values: Float64Array, shape: number[] | null): PyValue {
  return shape === null ? values[0] : NDArray.of(new Tensor(values, shape, 'int64'));
}

/** One draw of randint or integers: numpy gives a Python int or bool only for dtype=int or bool. */
export function oneInteger(value: number, dtypeArg: PyValue | undefined, dtype: E.IntDType | 'bool'): PyValue {
  if (dtypeArg === intType) return value;
  if (dtypeArg === boolType) return value !== 0;
  return npScalar(Tensor.scalar(value, dtype));
}

/** randint's and integers' dtype= argument: an integer dtype or bool (default int64). */
export function integerDType(v: PyValue | undefined, what: string): E.IntDType | 'bool' {
  const d = parseDType(v) ?? 'int64';
  if (!E.isInteger(d) && d !== 'bool') throw new Unsupported(`${what} with dtype=${d}`);
  return d;
}

export function scalarParam(v: PyValue, name: string): number {
  if (v instanceof NDArray && v.size !== 1) throw new Unsupported(`numpy.random.${name} with array parameters`);
  if (v instanceof PyList || v instanceof PyTuple) throw new Unsupported(`numpy.random.${name} with array parameters`);
  return toNumber(v instanceof NDArray ? v.tensor.item() : v instanceof NpScalar ? v.value : v);
}

/** choice's population: an int n (range(n)) or the elements of a 1-d array-like. */
export function population(a: PyValue): { n: number; items: Tensor | null } {
  if (typeof a === 'number' || (a instanceof NpScalar && E.isInteger(a.dtype))) return { n: intArg(a), items: null };
  const t = toTensor(a);
  if (t.ndim !== 1) throw pyErr('ValueError', 'a must be 1-dimensional');
  return { n: t.size, items: t };
}

export function probabilities(p: PyValue | undefined): number[] | null {
  if (p === undefined || p === None) return null;
  return Array.from(E.astype(toTensor(p), 'float64').data);
}
