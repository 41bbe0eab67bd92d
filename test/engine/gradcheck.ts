// Shared by the engine's property tests: compare an op's VJP with central finite differences.
import fc from 'fast-check';
import { Tensor, backward, numericGradient } from '../../src/engine';
import { expect } from 'vitest';

/** A deterministic PRNG (mulberry32) so failures reproduce from fast-check's seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float64 tensor of the given shape with values uniform in [lo, hi). */
export function randomTensor(shape: readonly number[], seed: number, lo = -2, hi = 2): Tensor {
  const r = rng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = lo + (hi - lo) * r();
  return shape.length === 0 ? Tensor.scalar(d[0]) : new Tensor(d, shape, 'float64');
}

/** Shapes of rank 0..maxRank with sides 1..maxSide. */
export const shapeArb = (maxRank = 3, maxSide = 4): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: maxSide }), { minLength: 0, maxLength: maxRank });

/** A pair of shapes that broadcast together: b is a suffix of a with some sides set to 1, or vice versa. */
export const broadcastPairArb = (maxRank = 3, maxSide = 4): fc.Arbitrary<[number[], number[]]> =>
  fc
    .tuple(shapeArb(maxRank, maxSide), fc.array(fc.boolean(), { minLength: maxRank, maxLength: maxRank }), fc.nat(maxRank), fc.boolean())
    .map(([shape, ones, drop, swap]) => {
      const other = shape.slice(Math.min(drop, shape.length)).map((d, i) => (ones[i] ? 1 : d));
      return swap ? [other, shape] : [shape, other];
    });

/**
 * Checks every input's VJP against central differences of sum(fn(...inputs) * upstream),
 * for a random upstream gradient. Inputs listed in `skip` are not differentiated.
 */
export function expectVjpMatchesFiniteDifferences(
  fn: (...xs: Tensor[]) => Tensor,
  inputs: Tensor[],
  options: { seed?: number; rtol?: number; atol?: number; skip?: number[] } = {},
): void {
  const rtol = options.rtol ?? 1e-6;
  const atol = options.atol ?? 1e-8;
  const out = fn(...inputs);
  const upstream = randomTensor(out.shape, options.seed ?? 7);
  const grads = backward(out, upstream);
  inputs.forEach((x, k) => {
    if (options.skip?.includes(k)) return;
    const f = (xk: Tensor): number => {
      const args = inputs.map((t, j) => (j === k ? xk : t));
      const y = fn(...args).data;
      const u = upstream.data;
      let s = 0;
      for (let i = 0; i < y.length; i++) s += y[i] * u[i];
      return s;
    };
    const numeric = numericGradient(f, x);
    const analytic = grads.get(x)?.data ?? new Float64Array(x.size);
    expect(analytic.length).toBe(numeric.length);
    for (let i = 0; i < numeric.length; i++) {
      const tol = atol + rtol * Math.max(Math.abs(numeric[i]), 1);
      if (Math.abs(analytic[i] - numeric[i]) > tol)
        expect.fail(`input ${k} element ${i}: analytic ${analytic[i]} vs numeric ${numeric[i]} (shape ${JSON.stringify(x.shape)})`);
    }
  });
}
