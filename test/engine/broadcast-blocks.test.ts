// sumTo and expandTo (kernels.ts) skip the per-element index map when one shape is the trailing
// axes of the other (a bias broadcast over a batch): the results must be the bits the index map
// gives, which this test computes the long way on random shapes, block-shaped and not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import { expandTo, sumTo } from '../../src/engine/kernels';
import { broadcastIndex } from '../../src/engine/shape';
import { rng } from './gradcheck';

function values(n: number, seed: number): Float64Array {
  const r = rng(seed);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = (r() - 0.5) * 10 ** Math.floor(r() * 16 - 8);
  return d;
}

const size = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

/** A big shape and a small one that broadcasts to it: its trailing axes (often), with leading 1s or other axes set to 1. */
const pairArb = fc
  .record({
    lead: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 2 }),
    tail: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
    ones: fc.integer({ min: 0, max: 2 }),
    squash: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    seed: fc.integer(),
  })
  .map(({ lead, tail, ones, squash, seed }) => {
    const small = [...Array<number>(ones).fill(1), ...tail.map((d, i) => (squash[i] && i === 0 ? 1 : d))];
    const big = [...lead, ...tail];
    return { big, small: small.length > big.length ? small.slice(small.length - big.length) : small, seed };
  });

describe('broadcasting by whole blocks', () => {
  it('sumTo gives the index map\'s sums, bit for bit', () => {
    fc.assert(
      fc.property(pairArb, ({ big, small, seed }) => {
        const g = new Tensor(values(size(big), seed), big);
        const idx = broadcastIndex(small, big);
        const want = new Float64Array(size(small));
        for (let i = 0; i < idx.length; i++) want[idx[i]] += g.data[i];
        const got = sumTo(g, small);
        expect(got.shape).toEqual(small);
        for (let j = 0; j < want.length; j++) if (!Object.is(got.data[j], want[j])) expect.fail(`[${big}] -> [${small}] at ${j}: ${got.data[j]} != ${want[j]}`);
      }),
      { numRuns: 400 },
    );
  });

  it('expandTo gives the index map\'s copies, bit for bit and in the dtype', () => {
    fc.assert(
      fc.property(pairArb, fc.constantFrom('float64', 'float32', 'int64'), ({ big, small, seed }, dtype) => {
        const a = Tensor.of(values(size(small), seed).map((v) => (dtype === 'int64' ? Math.round(v) : v)), small, dtype);
        const idx = broadcastIndex(small, big);
        const got = expandTo(a, big);
        expect(got.shape).toEqual(big);
        expect(got.dtype).toBe(dtype);
        for (let i = 0; i < idx.length; i++) if (!Object.is(got.data[i], a.data[idx[i]])) expect.fail(`[${small}] -> [${big}] at ${i}`);
      }),
      { numRuns: 400 },
    );
  });
});
