// The weighted-choice machinery numpy's RandomState.choice and Generator.choice share:
// validation of p, cumulative sums, searchsorted(side='right') and the no-replacement loop.
import { RandomError } from './errors';

/** The texts of p's validation errors, which differ between RandomState and Generator. */
export interface ProbabilityMessages {
  size: string;
  nan: string;
  negative: string;
  sum: string;
}

export const LEGACY_P_MESSAGES: ProbabilityMessages = {
  size: "'a' and 'p' must have same size",
  nan: 'probabilities contain NaN',
  negative: 'probabilities are not non-negative',
  sum: 'probabilities do not sum to 1',
};

export const GENERATOR_P_MESSAGES: ProbabilityMessages = {
  size: 'a and p must have same size',
  nan: 'Probabilities contain NaN',
  negative: 'Probabilities are not non-negative',
  sum: 'Probabilities do not sum to 1. See Notes section of docstring for more information.',
};

const FLOAT64_SQRT_EPS = Math.sqrt(2 ** -52);

/** numpy's checks of p (float64) for a population of `popSize`. */
export function validateProbabilities(p: readonly number[], popSize: number, messages: ProbabilityMessages): void {
  if (p.length !== popSize) throw new RandomError('ValueError', messages.size);
  const total = kahanSum(p);
  if (Number.isNaN(total)) throw new RandomError('ValueError', messages.nan);
  if (p.some((x) => x < 0)) throw new RandomError('ValueError', messages.negative);
  if (Math.abs(total - 1) > FLOAT64_SQRT_EPS) throw new RandomError('ValueError', messages.sum);
}

/** numpy's kahan_sum over doubles. */
export function kahanSum(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = values[0];
  let c = 0;
  for (let i = 1; i < values.length; i++) {
    const y = values[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** cdf = p.cumsum(); cdf /= cdf[-1] (cumsum is sequential). */
export function normalisedCdf(p: readonly number[]): Float64Array {
  const cdf = new Float64Array(p.length);
  let total = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = total = i === 0 ? p[0] : total + p[i];
  const last = cdf[p.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** np.searchsorted(sorted, x, side='right'): the first index whose value is > x (NaN sorts last). */
export function searchsortedRight(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lessOrEqualNanLast(sorted[mid], x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lessOrEqualNanLast(a: number, b: number): boolean {
  if (Number.isNaN(b)) return true;
  if (Number.isNaN(a)) return false;
  return a <= b;
}

/**
 * numpy's weighted sampling without replacement: draw uniforms for the missing picks, zero the
 * found entries of p, search the renormalised cdf, keep first occurrences; repeat until `size`.
 */
export function weightedWithoutReplacement(
  p: readonly number[],
  size: number,
  uniforms: (count: number) => Float64Array,
): Float64Array {
  if (p.filter((x) => x > 0).length < size) throw new RandomError('ValueError', 'Fewer non-zero entries in p than size');
  const weights = p.slice();
  const found = new Float64Array(size);
  let nUniq = 0;
  while (nUniq < size) {
    const x = uniforms(size - nUniq);
    for (let i = 0; i < nUniq; i++) weights[found[i]] = 0;
    const cdf = normalisedCdf(weights);
    const seen = new Set<number>();
    for (const u of x) {
      const index = searchsortedRight(cdf, u);
      if (!seen.has(index)) {
        seen.add(index);
        found[nUniq + seen.size - 1] = index;
      }
    }
    nUniq += seen.size;
  }
  return found;
}
