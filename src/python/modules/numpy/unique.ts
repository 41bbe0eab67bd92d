// np.unique, as numpy 2.4's sorting path computes it: sort (stable, NaN last), keep the first
// of every run of equal values (all NaNs one run with equal_nan), and read the optional outputs
// off the permutation: index (first occurrences), inverse (input shape when axis is None, 1-d
// otherwise) and counts. With axis=, the slices along that axis are compared as rows, element by
// element (NaN never equal), as numpy's structured view does. The unique values are gathered from
// the input, so they keep their gradient. Which of -0.0 and 0.0 stands for a run of zeros is the
// first in the input; numpy's unstable SIMD sort (used unless return_index) may pick the other.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { tuple } from '../../runtime/collections';
import { Unsupported } from '../../runtime/errors';
import { PyValue } from '../../runtime/object';
import { wrap } from './coerce';
import { NDArray } from './ndarray';

export interface UniqueOptions {
  index: boolean;
  inverse: boolean;
  counts: boolean;
  axis: number | null;
  equalNan: boolean;
  sorted: boolean;
}

function compareNumbers(a: number, b: number): number {
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows (n x m, C order) of the array with `axis` moved first. */
interface Rows {
  data: Float64Array;
  n: number;
  m: number;
}

function compareRows({ data, m }: Rows, p: number, q: number): number {
  for (let k = 0; k < m; k++) {
    const c = compareNumbers(data[p * m + k], data[q * m + k]);
    if (c !== 0) return c;
  }
  return 0;
}

function sameRow({ data, m }: Rows, p: number, q: number, nanEqual: boolean): boolean {
  for (let k = 0; k < m; k++) {
    const x = data[p * m + k];
    const y = data[q * m + k];
    if (x !== y && !(nanEqual && x !== x && y !== y)) return false;
  }
  return true;
}

/** Sorted order and, for each sorted position, whether it starts a new unique value. */
function runs(rows: Rows, nanEqual: boolean): { perm: number[]; starts: boolean[] } {
  const perm = Array.from({ length: rows.n }, (_, i) => i);
  perm.sort((p, q) => compareRows(rows, p, q));
  const starts = perm.map((p, k) => k === 0 || !sameRow(rows, perm[k - 1], p, nanEqual));
  return { perm, starts };
}

const int64 = (values: number[], shape: readonly number[] = [values.length]): Tensor =>
  new Tensor(Float64Array.from(values), shape, 'int64');

export function unique(t: Tensor, o: UniqueOptions): PyValue {
  const optional = o.index || o.inverse || o.counts;
  if (!o.sorted && !optional) throw new Unsupported("numpy.unique with sorted=False (numpy's hash-table order)");
  const alongAxis = o.axis !== null && t.ndim > 1;
  if (o.axis !== null && !alongAxis) E.normalizeAxis(o.axis, t.ndim);
  const axis = alongAxis ? E.normalizeAxis(o.axis!, t.ndim) : 0;
  // the array with the compared axis first, as n rows of m elements
  const moved = alongAxis ? E.transpose(t, [axis, ...t.shape.map((_, i) => i).filter((i) => i !== axis)]) : E.reshape(t, [t.size]);
  const n = moved.shape[0];
  const m = n === 0 ? 0 : moved.size / n;
  const { perm, starts } = runs({ data: moved.data, n, m }, !alongAxis && o.equalNan);
  const firsts = perm.filter((_, k) => starts[k]);
  const picked = E.gather(moved, [{ kind: 'array', index: int64(firsts) }]);
  const values = alongAxis ? E.transpose(picked, inverseMove(axis, t.ndim)) : picked;
  const out: PyValue[] = [NDArray.of(values)];
  if (o.index) out.push(NDArray.of(int64(firsts)));
  if (o.inverse) {
    const inverse = new Array<number>(n);
    let label = -1;
    perm.forEach((p, k) => (inverse[p] = starts[k] ? ++label : label));
    out.push(wrapInverse(int64(inverse, alongAxis ? [n] : t.shape)));
  }
  if (o.counts) {
    const counts: number[] = [];
    starts.forEach((s) => (s ? counts.push(1) : counts[counts.length - 1]++));
    out.push(NDArray.of(int64(counts)));
  }
  return out.length === 1 ? out[0] : tuple(out);
}

/** The permutation that moves axis 0 back to `axis`. */
function inverseMove(axis: number, ndim: number): number[] {
  const order = [axis, ...Array.from({ length: ndim }, (_, i) => i).filter((i) => i !== axis)];
  return order.map((_, i) => order.indexOf(i));
}

/** The inverse of a 0-d input is a 0-d array (not a scalar). */
function wrapInverse(t: Tensor): PyValue {
  return t.ndim === 0 ? NDArray.of(t) : wrap(t);
}
