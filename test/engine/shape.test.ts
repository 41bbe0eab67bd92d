// reshape, transpose, broadcastTo, squeeze, expandDims, concatenate, stack, pad: values,
// shapes, dtypes and error texts against numpy (the table scripts/numpy-shape-cases.py wrote),
// and every VJP against central differences over random shapes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  Tensor,
  broadcastShapes,
  broadcastTo,
  concatenate,
  expandDims,
  pad,
  reshape,
  squeeze,
  stack,
  transpose,
} from '../../src/engine';
import type { DType, EngineErrorKind } from '../../src/engine';
import { broadcastPairArb, expectVjpMatchesFiniteDifferences, randomTensor, shapeArb } from './gradcheck';

interface ShapeCase {
  name: string;
  op: string;
  inputs: { shape: number[]; dtype: DType }[];
  args: Record<string, unknown>;
  result?: { shape: number[]; dtype: DType; values: number[] };
  error?: { type: EngineErrorKind; message: string };
}

const table = JSON.parse(readFileSync(join(__dirname, '../fixtures/numpy-shape-cases.json'), 'utf8')) as {
  cases: ShapeCase[];
};

/** Input k of a case: np.arange(size).reshape(shape).astype(dtype) + 100 k. */
function input(k: number, shape: number[], dtype: DType): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = Float64Array.from({ length: n }, (_, i) => i + 100 * k);
  return shape.length === 0 ? Tensor.scalar(data[0], dtype) : Tensor.of(data, shape, dtype);
}

type Axis = number | number[] | null;

function run(c: ShapeCase): Tensor {
  const xs = c.inputs.map((s, k) => input(k, s.shape, s.dtype));
  const a = c.args;
  switch (c.op) {
    case 'reshape':
      return reshape(xs[0], a.shape as number[]);
    case 'transpose':
      return transpose(xs[0], a.axes as number[] | null);
    case 'broadcast_to':
      return broadcastTo(xs[0], a.shape as number[]);
    case 'squeeze':
      return squeeze(xs[0], a.axis as Axis);
    case 'expand_dims':
      return expandDims(xs[0], a.axis as number | number[]);
    case 'concatenate':
      return concatenate(xs, a.axis as number | null);
    case 'stack':
      return stack(xs, a.axis as number);
    case 'pad':
      return pad(xs[0], a.pad_width as [number, number][], a.value as number);
    default:
      throw new Error(`unknown op ${c.op}`);
  }
}

describe('shape ops equal numpy', () => {
  for (const c of table.cases) {
    it(`${c.op}: ${c.name}`, () => {
      if (c.error) {
        let thrown: unknown;
        try {
          run(c);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(EngineError);
        expect((thrown as EngineError).kind).toBe(c.error.type);
        expect((thrown as EngineError).message).toBe(c.error.message);
        return;
      }
      const out = run(c);
      expect(out.shape).toEqual(c.result!.shape);
      expect(out.dtype).toBe(c.result!.dtype);
      expect(Array.from(out.data)).toEqual(c.result!.values);
    });
  }
});

/** A random permutation of 0..n-1 from a list of random keys. */
const permutationArb = (maxRank = 4): fc.Arbitrary<[number[], number[]]> =>
  shapeArb(maxRank, 3).chain((shape) =>
    fc
      .array(fc.double({ noNaN: true }), { minLength: shape.length, maxLength: shape.length })
      .map((keys) => [shape, keys.map((_, i) => i).sort((i, j) => keys[i] - keys[j] || i - j)] as [number[], number[]]),
  );

describe('shape op VJPs match finite differences', () => {
  it('reshape (to the reversed shape, and flat)', () => {
    fc.assert(
      fc.property(shapeArb(4, 3), fc.integer(), (shape, seed) => {
        const x = randomTensor(shape, seed);
        expectVjpMatchesFiniteDifferences((t) => reshape(t, [...shape].reverse()), [x], { seed });
        expectVjpMatchesFiniteDifferences((t) => reshape(t, [-1]), [x], { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('transpose (random permutation and default)', () => {
    fc.assert(
      fc.property(permutationArb(), fc.integer(), ([shape, perm], seed) => {
        const x = randomTensor(shape, seed);
        const y = transpose(x, perm);
        expect(y.shape).toEqual(perm.map((p) => shape[p]));
        expectVjpMatchesFiniteDifferences((t) => transpose(t, perm), [x], { seed });
        expectVjpMatchesFiniteDifferences((t) => transpose(t), [x], { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('transpose moves element (i, j, k) to the permuted position', () => {
    const x = input(0, [2, 3, 4], 'float64');
    const y = transpose(x, [1, 2, 0]);
    // y[j, k, i] = x[i, j, k] = 12 i + 4 j + k
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) expect(y.data[j * 8 + k * 2 + i]).toBe(12 * i + 4 * j + k);
  });

  it('broadcastTo sums the copies back', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), ([sa, sb], seed) => {
        const target = broadcastShapes(sa, sb);
        expectVjpMatchesFiniteDifferences((t) => broadcastTo(t, target), [randomTensor(sa, seed)], { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('squeeze and expandDims', () => {
    fc.assert(
      fc.property(shapeArb(3, 3), fc.nat(3), fc.integer(), (shape, at, seed) => {
        const pos = Math.min(at, shape.length);
        const withOne = [...shape.slice(0, pos), 1, ...shape.slice(pos)];
        expectVjpMatchesFiniteDifferences((t) => squeeze(t, pos), [randomTensor(withOne, seed)], { seed });
        expectVjpMatchesFiniteDifferences((t) => squeeze(t), [randomTensor(withOne, seed)], { seed });
        expectVjpMatchesFiniteDifferences((t) => expandDims(t, [pos, -1]), [randomTensor(shape, seed)], { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('concatenate cuts the gradient back into the pieces', () => {
    fc.assert(
      fc.property(
        shapeArb(3, 3).filter((s) => s.length > 0),
        fc.nat(),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
        fc.integer(),
        (shape, axisSeed, sides, seed) => {
          const axis = axisSeed % shape.length;
          const pieces = sides.map((side, k) => {
            const s = [...shape];
            s[axis] = side;
            return randomTensor(s, seed + k);
          });
          expectVjpMatchesFiniteDifferences((...ts) => concatenate(ts, axis), pieces, { seed });
          expectVjpMatchesFiniteDifferences((...ts) => concatenate(ts, axis - shape.length), pieces, { seed });
          expectVjpMatchesFiniteDifferences((...ts) => concatenate(ts, null), pieces, { seed });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stack cuts the gradient back along the new axis', () => {
    fc.assert(
      fc.property(shapeArb(3, 3), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.integer(), (shape, axisSeed, count, seed) => {
        const axis = axisSeed % (shape.length + 1);
        const pieces = Array.from({ length: count }, (_, k) => randomTensor(shape, seed + k));
        expectVjpMatchesFiniteDifferences((...ts) => stack(ts, axis), pieces, { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('pad passes the gradient of the interior only', () => {
    fc.assert(
      fc.property(
        shapeArb(3, 3),
        fc.array(fc.tuple(fc.nat(2), fc.nat(2)), { minLength: 3, maxLength: 3 }),
        fc.integer(),
        (shape, widths, seed) => {
          const perAxis = widths.slice(0, Math.max(shape.length, 1)); // one pair per axis (one for a 0-d x)
          const x = randomTensor(shape, seed);
          expectVjpMatchesFiniteDifferences((t) => pad(t, perAxis, 0.5), [x], { seed });
          expectVjpMatchesFiniteDifferences((t) => pad(t, [widths[0]]), [x], { seed });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('shape ops record their nodes', () => {
  it('op names and attributes for display', () => {
    const x = input(0, [2, 3], 'float64');
    expect(reshape(x, [3, -1]).node).toMatchObject({ op: 'reshape', attrs: { shape: [3, 2] } });
    expect(transpose(x).node).toMatchObject({ op: 'transpose', attrs: { axes: [1, 0] } });
    expect(concatenate([x, x], -1).node).toMatchObject({ op: 'concatenate', attrs: { axis: 1 } });
    expect(pad(x, [[1, 0]]).node).toMatchObject({ op: 'pad', attrs: { padWidth: [[1, 0], [1, 0]] } });
  });

  it('pad checks that widths are integers', () => {
    expect(() => pad(input(0, [2], 'float64'), [[0.5, 1]])).toThrowError(
      new EngineError('TypeError', '`pad_width` must be of integral type.'),
    );
  });
});
