// solve, inv and det: the LU results against their definitions (A X = B, A A⁻¹ = I, det of
// triangular and permuted matrices), numpy's errors, and each VJP against finite differences
// over random well-conditioned matrices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, Tensor, det, inv, matmul, solve } from '../../src/engine';
import { expectVjpMatchesFiniteDifferences, randomTensor } from './gradcheck';

/** A random n x n matrix made well-conditioned by adding n to its diagonal. */
function wellConditioned(n: number, seed: number): Tensor {
  const a = randomTensor([n, n], seed);
  const d = a.data.slice();
  for (let i = 0; i < n; i++) d[i * n + i] += n;
  return new Tensor(d, [n, n]);
}

describe('solve / inv / det', () => {
  it('solve gives A x = b; inv gives A A⁻¹ = I', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.nat(1000), (n, k, seed) => {
        const a = wellConditioned(n, seed);
        const b = randomTensor([n, k], seed + 1);
        const x = solve(a, b);
        const ax = matmul(a, x).data;
        ax.forEach((v, i) => expect(v).toBeCloseTo(b.data[i], 10));
        const eye = matmul(a, inv(a)).data;
        eye.forEach((v, i) => expect(v).toBeCloseTo(Math.floor(i / n) === i % n ? 1 : 0, 10));
      }),
      { numRuns: 40 },
    );
  });

  it('det is the product of a triangular matrix diagonal, with a permutation sign', () => {
    const upper = new Tensor(Float64Array.of(2, 5, 1, 0, 3, 7, 0, 0, -4), [3, 3]);
    expect(det(upper).item()).toBeCloseTo(-24, 12);
    const swapped = new Tensor(Float64Array.of(0, 1, 1, 0), [2, 2]);
    expect(det(swapped).item()).toBe(-1);
    expect(det(new Tensor(Float64Array.of(1, 2, 2, 4), [2, 2])).item()).toBe(0);
    expect(det(new Tensor(new Float64Array(0), [0, 0])).item()).toBe(1);
  });

  it("raises numpy's errors", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof EngineError ? `${e.kind}: ${e.message}` : String(e);
      }
      return 'no error';
    };
    expect(err(() => inv(new Tensor(Float64Array.of(1, 1, 1, 1), [2, 2])))).toBe('LinAlgError: Singular matrix');
    expect(err(() => inv(new Tensor(new Float64Array(6), [2, 3])))).toBe('LinAlgError: Last 2 dimensions of the array must be square');
    expect(err(() => det(new Tensor(Float64Array.of(1, 2), [2])))).toBe('LinAlgError: 1-dimensional array given. Array must be at least two-dimensional');
    expect(err(() => solve(new Tensor(Float64Array.of(1, 0, 0, 1), [2, 2]), new Tensor(Float64Array.of(1, 2, 3), [3])))).toBe(
      'ValueError: solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)',
    );
  });

  it('VJPs match finite differences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.nat(1000), (n, k, vector, seed) => {
        const a = wellConditioned(n, seed);
        const b = vector ? randomTensor([n], seed + 2) : randomTensor([n, k], seed + 2);
        expectVjpMatchesFiniteDifferences(solve, [a, b], { seed, rtol: 1e-5 });
        expectVjpMatchesFiniteDifferences(inv, [a], { seed, rtol: 1e-5 });
        expectVjpMatchesFiniteDifferences(det, [a], { seed, rtol: 1e-5 });
      }),
      { numRuns: 30 },
    );
  });

  it("det's VJP at a singular matrix is the cofactor matrix", () => {
    const a = new Tensor(Float64Array.of(1, 2, 3, 2, 4, 6, 1, 0, 1), [3, 3]);
    expectVjpMatchesFiniteDifferences(det, [a], { rtol: 1e-5 });
  });
});
