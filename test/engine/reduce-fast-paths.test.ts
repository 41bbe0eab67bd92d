// The reductions' block fast paths (one contiguous block of reduced axes: full reductions, the
// last axes, the first axes) against the general paths through the index map: same bits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broadcastIndex } from '../../src/engine/shape';
import { blockExtrema, blockRoute, groupExtrema, groupRoute } from '../../src/engine/ops/extrema-kernels';
import { reduceSum } from '../../src/engine/ops/pairwise';
import { ReductionPlan, groupMembers, planReduction, spreadToInput } from '../../src/engine/ops/reduction-plan';
import { rng } from './gradcheck';

/** The same plan without its block, so every consumer takes the general path. */
function generalPlan(shape: number[], plan: ReductionPlan): ReductionPlan {
  return {
    axes: plan.axes,
    outShape: plan.outShape,
    keptShape: plan.keptShape,
    groupSize: plan.groupSize,
    innerRun: plan.innerRun,
    outIndex: broadcastIndex(plan.keptShape, shape),
    block: null,
  };
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>): void => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(a[i] !== a[i] && b[i] !== b[i])) expect.fail(`element ${i}: ${a[i]} vs ${b[i]}`);
};

/** Values with ties, signed zeros and NaNs, spanning magnitudes (so summation order shows). */
function values(n: number, seed: number, float32: boolean): Float64Array {
  const r = rng(seed);
  const pool = [0, -0, 1, -1, 2, NaN, Infinity, -Infinity];
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = r();
    const v = k < 0.1 ? pool[Math.floor(r() * pool.length)] : k < 0.3 ? Math.floor(r() * 4) : (r() - 0.5) * 10 ** Math.floor(r() * 16 - 8);
    d[i] = float32 ? Math.fround(v) : v;
  }
  return d;
}

const caseArb = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(1, 1, 0, 130, 300)), { minLength: 0, maxLength: 4 })
  .filter((shape) => shape.reduce((a, b) => a * b, 1) <= 20000)
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      axes: fc.subarray(Array.from({ length: shape.length }, (_, i) => i)),
      seed: fc.integer(),
      float32: fc.boolean(),
      nanFree: fc.boolean(),
    }),
  );

describe('reduction block fast paths give the bits of the general paths', () => {
  it('finds the block for full, last-axis and first-axis reductions, and none for split axes', () => {
    expect(planReduction([4, 5], null).block).toEqual({ outer: 1, reduced: 20, inner: 1 });
    expect(planReduction([4, 5], 1).block).toEqual({ outer: 4, reduced: 5, inner: 1 });
    expect(planReduction([4, 5], 0).block).toEqual({ outer: 1, reduced: 4, inner: 5 });
    expect(planReduction([3, 1, 4, 5], [1, 2]).block).toEqual({ outer: 3, reduced: 4, inner: 5 });
    expect(planReduction([3, 4, 5], [0, 2]).block).toBeNull();
    expect(planReduction([3, 1, 5], [0, 2]).block).toEqual({ outer: 1, reduced: 15, inner: 1 });
    expect(planReduction([1, 4, 5], [0, 2]).block).toEqual({ outer: 4, reduced: 5, inner: 1 });
  });

  it('sums (float64 and float32), index maps, members and spreads', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, axes, seed, float32 }) => {
        const plan = planReduction(shape, axes);
        fc.pre(plan.block !== null);
        const general = generalPlan(shape, plan);
        const n = shape.reduce((a, b) => a * b, 1);
        const d = values(n, seed, float32);
        sameBits(reduceSum(d, plan, float32), reduceSum(d, general, float32));
        sameBits(plan.outIndex, general.outIndex);
        sameBits(groupMembers(plan), groupMembers(general));
        const perGroup = values(plan.outShape.reduce((a, b) => a * b, 1), seed + 1, false);
        sameBits(spreadToInput(perGroup, plan, shape).data, spreadToInput(perGroup, general, shape).data);
      }),
      { numRuns: 400 },
    );
  });

  it('max and min and their gradient routing (ties split, NaN wins)', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('maximum', 'minimum') as fc.Arbitrary<'maximum' | 'minimum'>, ({ shape, axes, seed, nanFree, float32 }, which) => {
        const plan = planReduction(shape, axes);
        fc.pre(plan.block !== null && plan.groupSize > 0);
        const general = generalPlan(shape, plan);
        const n = shape.reduce((a, b) => a * b, 1);
        const d = values(n, seed, float32).map((v) => (nanFree && v !== v ? 3 : v));
        const lanes = float32 ? 16 : 8;
        const fast = blockExtrema(which, d, plan.block!, lanes);
        sameBits(fast, groupExtrema(which, d, general, lanes));
        const g = values(fast.length, seed + 2, false);
        sameBits(blockRoute(d, plan.block!, fast, g), groupRoute(d, general, fast, g));
      }),
      { numRuns: 400 },
    );
  });
});
