import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, Tensor, add, backward, div, mul, neg, sub, tensor } from '../../src/engine';
import { broadcastPairArb, expectVjpMatchesFiniteDifferences, randomTensor } from './gradcheck';

describe('add, sub, mul, div, neg', () => {
  for (const [name, op] of [['add', add], ['sub', sub], ['mul', mul]] as const) {
    it(`${name}: VJP matches finite differences over broadcast shapes`, () => {
      fc.assert(
        fc.property(broadcastPairArb(), fc.integer(), ([sa, sb], seed) => {
          expectVjpMatchesFiniteDifferences(op, [randomTensor(sa, seed), randomTensor(sb, seed + 1)], { seed });
        }),
        { numRuns: 60 },
      );
    });
  }
  it('div: VJP matches finite differences (denominator away from 0)', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), ([sa, sb], seed) => {
        expectVjpMatchesFiniteDifferences(div, [randomTensor(sa, seed), randomTensor(sb, seed + 1, 0.5, 2)], { seed });
      }),
      { numRuns: 60 },
    );
  });
  it('neg: VJP is -upstream', () => {
    expectVjpMatchesFiniteDifferences(neg, [randomTensor([3, 2], 1)]);
  });
  it('broadcast errors use numpy wording', () => {
    expect(() => add(randomTensor([3, 4], 1), randomTensor([5], 2))).toThrowError(
      new EngineError('ValueError', 'operands could not be broadcast together with shapes (3,4) (5,) '),
    );
  });
  it('int + int stays int64, int / int is float64, float32 rounds', () => {
    const i = tensor([1, 2], 'int64');
    expect(add(i, i).dtype).toBe('int64');
    expect(div(i, i).dtype).toBe('float64');
    const f = tensor([0.1], 'float32');
    expect(add(f, f).data[0]).toBe(Math.fround(Math.fround(0.1) + Math.fround(0.1)));
  });
  it('lecture circuit f = (x + y) z', () => {
    const [x, y, z] = [Tensor.scalar(-2), Tensor.scalar(5), Tensor.scalar(-4)];
    const q = add(x, y);
    const f = mul(q, z);
    expect(q.item()).toBe(3);
    expect(f.item()).toBe(-12);
    const g = backward(f);
    expect([g.get(x)!.item(), g.get(y)!.item(), g.get(z)!.item(), g.get(q)!.item()]).toEqual([-4, -4, 3, -4]);
  });
});
