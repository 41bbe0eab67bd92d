// np.histogram: counts of the flattened values in bins, as numpy computes them - equal bins over
// `range` (default min..max, widened by 0.5 each way when they are equal) with numpy's edges
// (linspace) and its index arithmetic (scale to a bin, then correct against the edges; the last
// bin closed), or given edges by binary search; `weights` and `density`. Counts are not
// differentiable (they are int64, or sums of weights taken as constants).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { tuple } from '../../runtime/collections';
import { valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { toArray } from '../../runtime/iter';
import { builtinFunction, isNone, toNumber } from '../../runtime/native';
import { PyValue } from '../../runtime/object';
import { truthy } from '../../runtime/protocols';
import { toTensor, wrapArray } from './coerce';
import { linspace } from './creation';
import { NDArray } from './ndarray';

/** The bin of each value in [first, last] for n equal bins with the given edges (numpy's rule). */
function equalBin(x: number, first: number, last: number, n: number, edges: Float64Array): number {
  let i = Math.trunc(((x - first) / (last - first)) * n);
  if (i === n) i -= 1;
  if (x < edges[i]) i -= 1;
  else if (i !== n - 1 && x >= edges[i + 1]) i += 1;
  return i;
}

/** The last index whose edge is <= x (edges ascending), the last bin closed on the right. */
function searchBin(x: number, edges: Float64Array): number {
  const n = edges.length - 1;
  if (x === edges[n]) return n - 1;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

function histogram(aV: PyValue, binsV: PyValue, rangeV: PyValue | undefined, densityV: PyValue | undefined, weightsV: PyValue | undefined): PyValue {
  const a = E.astype(toTensor(aV), 'float64').data;
  const weights = isNone(weightsV) ? null : E.astype(toTensor(weightsV!), 'float64').data;
  if (weights !== null && weights.length !== a.length) throw valueError('weights should have the same shape as a.');
  let edges: Float64Array;
  let equal: { first: number; last: number; n: number } | null = null;
  if (typeof binsV === 'number' || typeof binsV === 'bigint') {
    const n = Number(binsV);
    if (n < 1) throw valueError('`bins` must be positive, when an integer');
    let first: number;
    let last: number;
    if (!isNone(rangeV)) {
      [first, last] = toArray(rangeV!).map((v) => toNumber(v));
      if (first > last) throw valueError('max must be larger than min in range parameter.');
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw valueError(`supplied range of [${first}, ${last}] is not finite`);
    } else if (a.length === 0) {
      [first, last] = [0, 1];
    } else {
      first = Infinity;
      last = -Infinity;
      for (const x of a) {
        if (x < first) first = x;
        if (x > last) last = x;
      }
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw valueError(`autodetected range of [${first}, ${last}] is not finite`);
    }
    if (first === last) {
      first -= 0.5;
      last += 0.5;
    }
    edges = (linspace(Tensor.scalar(first), Tensor.scalar(last), n + 1, true, false, undefined) as NDArray).tensor.data;
    equal = { first, last, n };
  } else {
    edges = E.astype(toTensor(binsV), 'float64').data;
    for (let i = 1; i < edges.length; i++) if (!(edges[i] >= edges[i - 1])) throw valueError('`bins` must increase monotonically, when an array');
  }
  const nBins = edges.length - 1;
  const counts = new Float64Array(nBins);
  const lo = edges[0];
  const hi = edges[nBins];
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    if (!(x >= lo && x <= hi)) continue;
    const i = equal !== null ? equalBin(x, equal.first, equal.last, equal.n, edges) : searchBin(x, edges);
    counts[i] += weights === null ? 1 : weights[k];
  }
  const edgeArray = wrapArray(new Tensor(edges, [edges.length]));
  if (truthy(densityV ?? false)) {
    let total = 0;
    for (const c of counts) total += c;
    const density = counts.map((c, i) => c / (edges[i + 1] - edges[i]) / total);
    return tuple([wrapArray(new Tensor(density, [nBins])), edgeArray]);
  }
  return tuple([wrapArray(new Tensor(counts, [nBins], weights === null ? 'int64' : 'float64')), edgeArray]);
}

export function histogramFunctions(): PyBuiltin[] {
  return [
    builtinFunction('histogram', 'a, bins=10, range=None, density=None, weights=None', (a) => histogram(a[0]!, a[1]!, a[2], a[3], a[4])),
  ];
}
