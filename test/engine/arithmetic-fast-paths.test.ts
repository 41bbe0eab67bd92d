// add, sub, mul, div run through one loop per operand layout (same shape, a single value on the
// right, on the left, general broadcasting; loops.ts `arithmeticOp`). Each layout must give, bit
// for bit, what the operation gives element by element: the IEEE result of the pair that
// broadcasting puts together, rounded to the result dtype (float32 through Math.fround, int64
// truncated, bool as numpy's), signed zeros, NaN and infinities included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tensor, add, castValue, div, floatResult, mul, promote, sub } from '../../src/engine';
import type { DType } from '../../src/engine';

const OPS = {
  add: { op: add, f: (x: number, y: number) => x + y, dtype: promote },
  sub: { op: sub, f: (x: number, y: number) => x - y, dtype: promote },
  mul: { op: mul, f: (x: number, y: number) => x * y, dtype: promote },
  div: { op: div, f: (x: number, y: number) => x / y, dtype: (a: DType, b: DType) => floatResult(promote(a, b)) },
} as const;

const SPECIAL = [0, -0, 1, -1, 0.1, -2.5, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 3, 7];

/** Values that fit the dtype, specials first. */
function values(n: number, dtype: DType, seed: number): Float64Array {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = i < SPECIAL.length && next() < 0.5 ? SPECIAL[i] : (next() - 0.5) * 10 ** Math.floor(next() * 6 - 2);
    out[i] = dtype === 'bool' ? (v > 0 ? 1 : 0) : dtype === 'int64' ? castValue('int64', Number.isFinite(v) ? Math.round(v) : 5) : castValue(dtype, v);
  }
  return out;
}

function makeTensor(shape: number[], dtype: DType, seed: number): Tensor {
  if (shape.length === 0) return Tensor.scalar(values(1, dtype, seed)[0], dtype);
  return new Tensor(values(shape.reduce((a, b) => a * b, 1), dtype, seed), shape, dtype);
}

/** out[i] = f(a at i, b at i) with numpy broadcasting, element by element from the indices. */
function reference(a: Tensor, b: Tensor, f: (x: number, y: number) => number, dtype: DType): { data: number[]; shape: number[] } {
  const nd = Math.max(a.ndim, b.ndim);
  const pad = (s: readonly number[]): number[] => [...Array<number>(nd - s.length).fill(1), ...s];
  const sa = pad(a.shape);
  const sb = pad(b.shape);
  const shape = sa.map((d, k) => (d === 1 ? sb[k] : d));
  const size = shape.reduce((x, y) => x * y, 1);
  const data: number[] = [];
  for (let flat = 0; flat < size; flat++) {
    let rest = flat;
    let ia = 0;
    let ib = 0;
    let strideA = 1;
    let strideB = 1;
    for (let k = nd - 1; k >= 0; k--) {
      const idx = rest % shape[k];
      rest = Math.floor(rest / shape[k]);
      ia += (sa[k] === 1 ? 0 : idx) * strideA;
      ib += (sb[k] === 1 ? 0 : idx) * strideB;
      strideA *= sa[k];
      strideB *= sb[k];
    }
    const v = castValue(dtype, f(a.data[ia], b.data[ib]));
    data.push(dtype === 'int64' ? v + 0 : v);
  }
  return { data, shape: nd === 0 ? [] : shape };
}

function expectSameBits(actual: Tensor, expected: { data: number[]; shape: number[] }, dtype: DType): void {
  expect(actual.dtype).toBe(dtype);
  expect([...actual.shape]).toEqual(expected.shape);
  const got = actual.ndim === 0 ? [actual.item()] : [...actual.data];
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], expected.data[i])) expect([i, got[i]]).toEqual([i, expected.data[i]]);
}

// operand shape pairs covering every layout: same shape, 0-d or single-element operands on
// either side (the hoisted-value loops), and true broadcasting
const LAYOUTS: [number[], number[]][] = [
  [[40], [40]],
  [[5, 8], [5, 8]],
  [[5000], [5000]], // above the size where outputs come from uninitialised memory
  [[5000], []],
  [[], [5000]],
  [[3, 4], []],
  [[], [3, 4]],
  [[3, 4], [1]],
  [[1, 1], [3, 4]],
  [[3, 4], [4]],
  [[3, 1], [1, 4]],
  [[], []],
  [[1], []],
  [[0], []],
  [[0, 3], [3]],
];
const DTYPES: DType[] = ['float64', 'float32', 'int64', 'bool'];

describe('arithmetic fast paths: bit-identical to the elementwise definition', () => {
  for (const [name, { op, f, dtype }] of Object.entries(OPS)) {
    it(`${name}: every operand layout and dtype pair`, () => {
      let seed = 1;
      for (const [sa, sb] of LAYOUTS)
        for (const da of DTYPES)
          for (const db of DTYPES) {
            if (name === 'sub' && da === 'bool' && db === 'bool') continue; // numpy's TypeError, tested elsewhere
            const a = makeTensor(sa, da, seed++);
            const b = makeTensor(sb, db, seed++);
            const out = dtype(da, db);
            expectSameBits(op(a, b), reference(a, b, f, out), out);
          }
    });
  }

  it('random shapes and values (fast-check): the three loop forms agree with the reference', () => {
    const shapeArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 });
    fc.assert(
      fc.property(shapeArb, fc.boolean(), fc.boolean(), fc.constantFrom(...DTYPES), fc.integer(), (shape, leftScalar, rightScalar, dt, seed) => {
        const a = makeTensor(leftScalar ? [] : shape, dt, seed);
        const b = makeTensor(rightScalar ? [] : shape, 'float64', seed + 7);
        for (const { op, f, dtype } of Object.values(OPS)) {
          const out = dtype(dt, 'float64');
          expectSameBits(op(a, b), reference(a, b, f, out), out);
          expectSameBits(op(b, a), reference(b, a, f, out), out);
        }
      }),
      { numRuns: 150 },
    );
  });
});
