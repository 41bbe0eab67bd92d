import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Axis,
  Tensor,
  argmax,
  argmin,
  backward,
  logSoftmax,
  max,
  mean,
  min,
  prod,
  softmax,
  std,
  sum,
  tensor,
  variance,
} from '../../src/engine';
import { expectVjpMatchesFiniteDifferences, randomTensor, shapeArb } from './gradcheck';

/** A shape with an axis argument for it: null, an int (either sign) or a tuple of distinct axes. */
const shapeAxisArb = (minRank = 0): fc.Arbitrary<{ shape: number[]; axis: Axis; keepdims: boolean }> =>
  shapeArb(3, 4)
    .filter((s) => s.length >= minRank)
    .chain((shape) => {
      const nd = shape.length;
      const axisArb: fc.Arbitrary<Axis> =
        nd === 0
          ? fc.constant(null)
          : fc.oneof(
              fc.constant(null),
              fc.integer({ min: -nd, max: nd - 1 }),
              fc.subarray(Array.from({ length: nd }, (_, i) => i)).chain((axes) =>
                fc.tuple(...axes.map((a) => fc.constantFrom(a, a - nd))),
              ),
            );
      return fc.record({ shape: fc.constant(shape), axis: axisArb, keepdims: fc.boolean() });
    });

/** How many elements an axis argument reduces together. */
function groupSize(shape: number[], axis: Axis): number {
  if (axis === null) return shape.reduce((a, b) => a * b, 1);
  const list = typeof axis === 'number' ? [axis] : axis;
  return list.reduce((n, a) => n * shape[a < 0 ? a + shape.length : a], 1);
}

describe('reductions: VJPs against central differences', () => {
  const smooth = [
    ['sum', sum],
    ['mean', mean],
    ['prod', prod],
  ] as const;
  for (const [name, op] of smooth) {
    it(`${name} over random shapes, axes and keepdims`, () => {
      fc.assert(
        fc.property(shapeAxisArb(), fc.integer(), ({ shape, axis, keepdims }, seed) => {
          expectVjpMatchesFiniteDifferences((x) => op(x, axis, keepdims), [randomTensor(shape, seed)], { seed });
        }),
        { numRuns: 80 },
      );
    });
  }

  for (const [name, op] of [['variance', variance], ['std', std]] as const) {
    it(`${name} with ddof 0 and 1`, () => {
      fc.assert(
        fc.property(shapeAxisArb(), fc.integer(), fc.constantFrom(0, 1), ({ shape, axis, keepdims }, seed, ddof) => {
          // std has a kink where all elements are equal: groups of at least 2 distinct values
          fc.pre(groupSize(shape, axis) > ddof + (name === 'std' ? 1 : 0));
          expectVjpMatchesFiniteDifferences((x) => op(x, axis, keepdims, ddof), [randomTensor(shape, seed)], { seed, rtol: 1e-5 });
        }),
        { numRuns: 80 },
      );
    });
  }

  it('max and min route the gradient to the winner (distinct values)', () => {
    fc.assert(
      fc.property(shapeAxisArb(), fc.integer(), fc.boolean(), ({ shape, axis, keepdims }, seed, isMax) => {
        const x = randomTensor(shape, seed);
        const op = isMax ? max : min;
        // central differences are valid away from ties: the step must not change the winner
        fc.pre(!op(x, axis, keepdims).node!.nearKink!(1e-4));
        expectVjpMatchesFiniteDifferences((t) => op(t, axis, keepdims), [x], { seed });
      }),
      { numRuns: 80 },
    );
  });

  for (const [name, op] of [['softmax', softmax], ['logSoftmax', logSoftmax]] as const) {
    it(`${name} along any axis`, () => {
      fc.assert(
        fc.property(shapeArb(3, 4).filter((s) => s.length > 0), fc.integer(), fc.nat(), (shape, seed, k) => {
          const axis = (k % (2 * shape.length)) - shape.length;
          expectVjpMatchesFiniteDifferences((x) => op(x, axis), [randomTensor(shape, seed, -3, 3)], { seed });
        }),
        { numRuns: 80 },
      );
    });
  }
});

describe('reductions: values, dtypes, edge cases', () => {
  it('prod: gradient is the product of the others, also with zeros in the group', () => {
    const x = tensor([[2, 0, 3], [0, 0, 5], [1, 2, 4]]);
    const y = prod(x, 1);
    expect([...y.data]).toEqual([0, 0, 8]);
    const g = backward(y).get(x)!;
    // row 0: one zero -> only the zero gets a gradient (2*3); row 1: two zeros -> all 0
    expect([...g.data]).toEqual([0, 6, 0, 0, 0, 0, 8, 4, 2]);
    expectVjpMatchesFiniteDifferences((t) => prod(t, 0), [tensor([[0, 1.5], [2, 0], [0.5, -1]])]);
  });

  it('max splits the gradient evenly among tied winners (like torch.amax)', () => {
    const x = tensor([[1, 3, 3], [2, 2, 2]]);
    const y = max(x, 1);
    const g = backward(y, tensor([6, 9])).get(x)!;
    expect([...g.data]).toEqual([0, 3, 3, 3, 3, 3]);
    expect(y.node!.nearKink!(0)).toBe(true);
    expect(max(tensor([1, 2, 4]), 0).node!.nearKink!(1.5)).toBe(false);
    expect(max(tensor([1, 3, 4]), 0).node!.nearKink!(1.5)).toBe(true);
    expect(min(tensor([1, 1.2, 4]), 0).node!.nearKink!(0.5)).toBe(true);
  });

  it('max propagates NaN; argmax picks the first NaN or the first tied winner', () => {
    const x = tensor([1, NaN, 5, NaN]);
    expect(max(x).item()).toBeNaN();
    expect(min(x).item()).toBeNaN();
    expect(argmax(x).item()).toBe(1);
    const t = tensor([[3, 1, 3], [0, 7, 7]]);
    expect([...argmax(t, 1).data]).toEqual([0, 1]);
    expect([...argmin(t, 0).data]).toEqual([1, 0, 0]);
    expect(argmax(t).item()).toBe(4);
    expect(argmax(t).dtype).toBe('int64');
    expect(argmax(t, -1, true).shape).toEqual([2, 1]);
    expect(argmax(t, null, true).shape).toEqual([1, 1]);
    expect(argmax(t, 1).node).toBeNull();
  });

  it('dtypes follow numpy', () => {
    const b = tensor([true, false, true], 'bool');
    const i = tensor([1, 2, 4], 'int64');
    const f = tensor([0.1, 0.2, 0.7], 'float32');
    expect([sum(b).dtype, sum(i).dtype, sum(f).dtype]).toEqual(['int64', 'int64', 'float32']);
    expect([prod(b).dtype, max(b).dtype, max(i).dtype]).toEqual(['int64', 'bool', 'int64']);
    expect([mean(i).dtype, mean(b).dtype, mean(f).dtype]).toEqual(['float64', 'float64', 'float32']);
    expect([variance(i).dtype, std(f).dtype, softmax(i).dtype, softmax(f).dtype]).toEqual(['float64', 'float32', 'float64', 'float32']);
    expect(mean(i).item()).toBe(7 / 3);
    expect(sum(f).item()).toBe(Math.fround(Math.fround(Math.fround(0.1) + Math.fround(0.2)) + Math.fround(0.7)));
  });

  it('empty reductions: sum 0, prod 1, mean NaN, max raises', () => {
    const e = new Tensor(new Float64Array(0), [0, 3]);
    expect([...sum(e, 0).data]).toEqual([0, 0, 0]);
    expect([...prod(e, 0).data]).toEqual([1, 1, 1]);
    expect(mean(e, 0).data.every(Number.isNaN)).toBe(true);
    expect(max(e, 1).shape).toEqual([0]);
    expect(() => max(e, 0)).toThrow('zero-size array to reduction operation maximum which has no identity');
  });

  it('ddof at or past n gives NaN or inf, as numpy does', () => {
    expect(variance(tensor([1, 2, 3]), null, false, 3).item()).toBe(Infinity);
    expect(variance(tensor([1, 1, 1]), null, false, 4).item()).toBeNaN();
    expect(variance(tensor([1, 2, 4]), null, false, 1).item()).toBe(2.333333333333333); // numpy: not 7/3
  });

  it('keepdims keeps reduced axes as size 1; a 0-d input accepts axis 0 and -1', () => {
    const x = randomTensor([2, 3, 4], 1);
    expect(sum(x, [0, 2], true).shape).toEqual([1, 3, 1]);
    expect(mean(x, -1).shape).toEqual([2, 3]);
    expect(std(x, null, true).shape).toEqual([1, 1, 1]);
    const s = Tensor.scalar(2.5);
    expect(sum(s, 0).item()).toBe(2.5);
    expect(max(s, -1).item()).toBe(2.5);
    expect(() => mean(s, 0)).toThrow('axis 0 is out of bounds for array of dimension 0');
  });

  it('softmax is stable for large inputs and sums to 1', () => {
    const x = tensor([[1000, 1001, 1002], [-1000, -1000, -1000]]);
    const y = softmax(x);
    expect(y.data.every(Number.isFinite)).toBe(true);
    expect(sum(y, 1).data.every((v) => Math.abs(v - 1) < 1e-15)).toBe(true);
    const l = logSoftmax(x);
    expect(l.data[2]).toBeCloseTo(-Math.log1p(Math.exp(-1) + Math.exp(-2)), 14);
    expect(l.data[3]).toBeCloseTo(-Math.log(3), 14);
  });
});
