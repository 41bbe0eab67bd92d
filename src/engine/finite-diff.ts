import { Tensor } from './tensor';

/**
 * Central finite differences of a scalar function of one tensor: for each flat index in
 * `indices` (all by default), (f(x + h e_i) - f(x - h e_i)) / 2h, evaluated in float64.
 */
export function numericGradient(
  f: (x: Tensor) => number,
  x: Tensor,
  options: { h?: number; indices?: readonly number[] } = {},
): Float64Array {
  const h = options.h ?? 1e-6;
  const indices = options.indices ?? Array.from({ length: x.size }, (_, i) => i);
  const base = Float64Array.from(x.data);
  const out = new Float64Array(indices.length);
  indices.forEach((i, k) => {
    const plus = Float64Array.from(base);
    plus[i] += h;
    const minus = Float64Array.from(base);
    minus[i] -= h;
    const fp = f(new Tensor(x.ndim === 0 ? plus[0] : plus, x.shape, 'float64'));
    const fm = f(new Tensor(x.ndim === 0 ? minus[0] : minus, x.shape, 'float64'));
    out[k] = (fp - fm) / (2 * h);
  });
  return out;
}

/** The relative error of CS231n's gradient checks: |a - n| / max(|a|, |n|), 0 when both are 0. */
export function relativeError(analytic: number, numeric: number): number {
  const denom = Math.max(Math.abs(analytic), Math.abs(numeric));
  if (denom === 0) return 0;
  if (!Number.isFinite(denom)) return analytic === numeric ? 0 : Infinity;
  return Math.abs(analytic - numeric) / denom;
}

/** torch.testing.assert_close's element test: |a - e| <= atol + rtol |e|. */
export function isClose(actual: number, expected: number, rtol = 1e-5, atol = 1e-7): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}
