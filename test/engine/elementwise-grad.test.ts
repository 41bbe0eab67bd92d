// Gradients of the elementwise ops: VJPs against central differences over random broadcast
// shapes (property tests), and the edge cases (kinks, ties, zeros, NaN) against torch 1.13's
// gradients, which scripts/fixtures/torch_elementwise_edges.py wrote to elementwise-torch-edges.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { Tensor, backward } from '../../src/engine';
import { broadcastPairArb, expectVjpMatchesFiniteDifferences, randomTensor, rng, shapeArb } from './gradcheck';

/** Moves every element at least `gap` away from the points in `kinks` (keeping its side). */
function awayFrom(t: Tensor, gap: number, kinks: (x: number) => number): Tensor {
  const d = Float64Array.from(t.data, (x) => {
    const k = kinks(x);
    return Math.abs(x - k) >= gap ? x : k + (x >= k ? gap : -gap);
  });
  return t.ndim === 0 ? Tensor.scalar(d[0]) : new Tensor(d, t.shape);
}
const zero = (): number => 0;

describe('unary ops: VJP matches central differences (float64, random shapes)', () => {
  const cases: [string, (a: Tensor) => Tensor, (shape: number[], seed: number) => Tensor][] = [
    ['exp', E.exp, (s, k) => randomTensor(s, k)],
    ['log', E.log, (s, k) => randomTensor(s, k, 0.5, 2)],
    ['log1p', E.log1p, (s, k) => randomTensor(s, k, -0.5, 2)],
    ['expm1', E.expm1, (s, k) => randomTensor(s, k)],
    ['sqrt', E.sqrt, (s, k) => randomTensor(s, k, 0.5, 2)],
    ['square', E.square, (s, k) => randomTensor(s, k)],
    ['sin', E.sin, (s, k) => randomTensor(s, k, -4, 4)],
    ['cos', E.cos, (s, k) => randomTensor(s, k, -4, 4)],
    ['tanh', E.tanh, (s, k) => randomTensor(s, k, -3, 3)],
    ['sigmoid', E.sigmoid, (s, k) => randomTensor(s, k, -6, 6)],
    ['relu', E.relu, (s, k) => awayFrom(randomTensor(s, k), 1e-3, zero)],
    ['abs', E.abs, (s, k) => awayFrom(randomTensor(s, k), 1e-3, zero)],
    ['sign', E.sign, (s, k) => awayFrom(randomTensor(s, k), 1e-3, zero)],
    ['floor', E.floor, (s, k) => awayFrom(randomTensor(s, k, -3, 3), 1e-3, Math.round)],
    ['ceil', E.ceil, (s, k) => awayFrom(randomTensor(s, k, -3, 3), 1e-3, Math.round)],
    ['astype float64', (a) => E.astype(a, 'float64'), (s, k) => randomTensor(s, k)],
  ];
  for (const [name, op, input] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(shapeArb(), fc.integer(), (shape, seed) => {
          expectVjpMatchesFiniteDifferences(op, [input(shape, seed)], { seed });
        }),
        { numRuns: 40 },
      );
    });
  }
});

/** The smallest |a - b| over the pairs broadcasting puts together. */
function minGap(a: Tensor, b: Tensor): number {
  const d = E.withoutRecording(() => E.abs(E.sub(a, b))).data;
  return Math.min(...d);
}

describe('binary and ternary ops: VJP matches central differences over broadcast shapes', () => {
  it('pow, tensor ** tensor (base in (0.5, 2))', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), ([sa, sb], seed) => {
        expectVjpMatchesFiniteDifferences(E.pow, [randomTensor(sa, seed, 0.5, 2), randomTensor(sb, seed + 1)], { seed });
      }),
      { numRuns: 60 },
    );
  });
  it('pow, negative bases to a float exponent with an integer value (2, 3, -1, 0.5 takes the sqrt path)', () => {
    for (const [e, lo, hi] of [[2, -2, 2], [3, -2, 2], [-1, 0.5, 2], [0.5, 0.5, 2], [-2, -2, -0.5]]) {
      fc.assert(
        fc.property(shapeArb(), fc.integer(), (shape, seed) => {
          expectVjpMatchesFiniteDifferences(E.pow, [randomTensor(shape, seed, lo, hi), Tensor.scalar(e)], { seed, skip: e === 2 || e === 3 ? [1] : [] });
        }),
        { numRuns: 20 },
      );
    }
  });
  it('pow, a number to a tensor power', () => {
    fc.assert(
      fc.property(shapeArb(), fc.integer(), (shape, seed) => {
        expectVjpMatchesFiniteDifferences(E.pow, [Tensor.scalar(1.7), randomTensor(shape, seed)], { seed });
      }),
      { numRuns: 30 },
    );
  });
  for (const [name, op] of [['maximum', E.maximum], ['minimum', E.minimum]] as const) {
    it(`${name} (no ties)`, () => {
      fc.assert(
        fc.property(broadcastPairArb(), fc.integer(), ([sa, sb], seed) => {
          const a = randomTensor(sa, seed);
          const b = randomTensor(sb, seed + 1);
          fc.pre(minGap(a, b) > 1e-4);
          expectVjpMatchesFiniteDifferences(op, [a, b], { seed });
        }),
        { numRuns: 60 },
      );
    });
  }
  it('clip with tensor bounds, both, lo only and hi only (away from the bounds)', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), fc.constantFrom('both', 'lo', 'hi'), ([sa, sb], seed, which) => {
        const a = randomTensor(sa, seed);
        const lo = randomTensor(sb, seed + 1, -1.5, -0.2);
        const hi = randomTensor(sb, seed + 2, 0.2, 1.5);
        fc.pre(minGap(a, lo) > 1e-4 && minGap(a, hi) > 1e-4);
        if (which === 'both') expectVjpMatchesFiniteDifferences((x, l, h) => E.clip(x, l, h), [a, lo, hi], { seed });
        else if (which === 'lo') expectVjpMatchesFiniteDifferences((x, l) => E.clip(x, l, null), [a, lo], { seed });
        else expectVjpMatchesFiniteDifferences((x, h) => E.clip(x, null, h), [a, hi], { seed });
      }),
      { numRuns: 60 },
    );
  });
  it('where (cond broadcast too, no gradient to cond)', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), fc.boolean(), ([sa, sb], seed, condLikeB) => {
        const cond = E.greater(randomTensor(condLikeB ? sb : sa, seed + 2), Tensor.scalar(0));
        const a = randomTensor(sa, seed);
        const b = randomTensor(sb, seed + 1);
        expectVjpMatchesFiniteDifferences((c, x, y) => E.where(c, x, y), [cond, a, b], { seed, skip: [0] });
      }),
      { numRuns: 60 },
    );
  });
  it('mod: d/da = 1, d/db = -floor(a/b); floorDivide: flat (away from the jumps)', () => {
    fc.assert(
      fc.property(broadcastPairArb(), fc.integer(), fc.boolean(), ([sa, sb], seed, negative) => {
        const a = randomTensor(sa, seed, -5, 5);
        const b = randomTensor(sb, seed + 1, negative ? -2 : 0.5, negative ? -0.5 : 2);
        const q = E.withoutRecording(() => E.div(a, b)).data;
        fc.pre(q.every((v) => Math.abs(v - Math.round(v)) > 1e-4));
        expectVjpMatchesFiniteDifferences(E.mod, [a, b], { seed });
        expectVjpMatchesFiniteDifferences(E.floorDivide, [a, b], { seed });
      }),
      { numRuns: 60 },
    );
  });
});

// ---- edge cases against torch ----

type Enc = number | 'nan' | 'inf' | '-inf';
interface EdgeCase {
  name: string;
  op: string;
  inputs: Enc[][];
  output: Enc[];
  grads: (Enc[] | null)[];
}
const edges = JSON.parse(readFileSync(join(__dirname, 'elementwise-torch-edges.json'), 'utf8')) as { cases: EdgeCase[] };
const dec = (v: Enc): number => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

function applyEdge(op: string, xs: Tensor[]): Tensor {
  switch (op) {
    case 'pow': return E.pow(xs[0], xs[1]);
    case 'maximum': return E.maximum(xs[0], xs[1]);
    case 'minimum': return E.minimum(xs[0], xs[1]);
    case 'clip': return E.clip(xs[0], xs[1], xs[2]);
    case 'clipLo': return E.clip(xs[0], xs[1], null);
    case 'clipHi': return E.clip(xs[0], null, xs[1]);
    case 'mod': return E.mod(xs[0], xs[1]);
    case 'floorDivide': return E.floorDivide(xs[0], xs[1]);
    case 'where': return E.where(xs[0], xs[1], xs[2]);
    case 'relu': return E.relu(xs[0]);
    case 'abs': return E.abs(xs[0]);
    case 'sign': return E.sign(xs[0]);
    case 'sqrt': return E.sqrt(xs[0]);
    case 'log': return E.log(xs[0]);
    case 'floor': return E.floor(xs[0]);
    case 'ceil': return E.ceil(xs[0]);
    case 'sigmoid': return E.sigmoid(xs[0]);
    case 'tanh': return E.tanh(xs[0]);
  }
  throw new Error(`no engine op for ${op}`);
}

const close = (a: number, e: number): boolean => E.isClose(a, e, 1e-12, 1e-300) || Object.is(a, e) || (a === 0 && e === 0);

describe('gradients at kinks, ties, zeros and NaN match torch 1.13', () => {
  for (const c of edges.cases) {
    it(c.name, () => {
      const xs = c.inputs.map((x, i) => E.tensor(x.map(dec), c.op === 'where' && i === 0 ? 'bool' : 'float64'));
      const out = applyEdge(c.op, xs);
      expect(Array.from(out.data).every((v, i) => close(v, dec(c.output[i])))).toBe(true);
      const grads = backward(out);
      c.grads.forEach((want, i) => {
        if (want === null) return;
        const got = Array.from(grads.get(xs[i])?.data ?? new Float64Array(xs[i].size));
        const bad = want.flatMap((w, k) => (close(got[k], dec(w)) ? [] : [`input ${i}[${k}]: got ${got[k]}, torch ${dec(w)}`]));
        expect(bad).toEqual([]);
      });
    });
  }
  it('pow: no NaN reaches the base through an integer-valued exponent, for any base', () => {
    const a = E.tensor([-3, -1, -0.5, 0, 0.5, 2]);
    for (const e of [0, 1, 2, 3, -1, -2]) {
      const out = E.pow(a, E.tensor(e, 'int64'));
      const g = backward(out).get(a)!.data;
      const finiteOrPole = Array.from(g).every((v, i) => !Number.isNaN(v) && (Number.isFinite(v) || (a.data[i] === 0 && e < 1)));
      expect(finiteOrPole).toBe(true);
    }
  });
  it('pow: an int exponent gets no gradient (it is a constant), a float one does', () => {
    const a = E.tensor([-2, 3]);
    const ei = E.tensor(2, 'int64');
    const ef = E.tensor(2);
    expect(backward(E.pow(a, ei)).has(ei)).toBe(false);
    const gf = backward(E.pow(a, ef)).get(ef)!.item();
    expect(Number.isNaN(gf)).toBe(true); // 3^2 log 3 + (-2)^2 log(-2): torch's NaN too
  });
});

describe('casting', () => {
  it('a float target passes the gradient through (rounded values, identity VJP); int and bool targets pass none', () => {
    const x = randomTensor([2, 3], 4);
    const f32 = E.astype(x, 'float32');
    expect(Array.from(f32.data)).toEqual(Array.from(x.data, Math.fround));
    const up = randomTensor([2, 3], 5);
    expect(Array.from(backward(f32, up).get(x)!.data)).toEqual(Array.from(up.data));
    for (const d of ['int64', 'bool'] as const) {
      const g = backward(E.astype(x, d), up);
      expect(g.has(x)).toBe(false);
    }
  });
});

describe('comparisons and logical ops record nothing', () => {
  it('their outputs are leaves', () => {
    const a = randomTensor([3], 1);
    const b = randomTensor([3], 2);
    for (const op of [E.equal, E.notEqual, E.less, E.lessEqual, E.greater, E.greaterEqual, E.logicalAnd, E.logicalOr, E.logicalXor]) {
      const out = op(a, b);
      expect(out.dtype).toBe('bool');
      expect(out.node).toBeNull();
    }
    for (const op of [E.logicalNot, E.isnan, E.isinf, E.isfinite]) expect(op(a).node).toBeNull();
  });
});

describe('nearKink: true near a non-differentiable point, false away from it', () => {
  const near = (t: Tensor, eps = 1e-6): boolean => t.node!.nearKink!(eps);
  it('relu, abs, sign at 0', () => {
    for (const op of [E.relu, E.abs, E.sign]) {
      expect(near(op(E.tensor([1, 5e-7, -2])))).toBe(true);
      expect(near(op(E.tensor([1, 3e-6, -2])))).toBe(false);
      expect(near(op(E.tensor([1, 3e-6, -2])), 1e-5)).toBe(true);
    }
  });
  it('floor and ceil at the integers', () => {
    for (const op of [E.floor, E.ceil]) {
      expect(near(op(E.tensor([0.5, 2 - 1e-7])))).toBe(true);
      expect(near(op(E.tensor([0.5, -3 + 1e-7])))).toBe(true);
      expect(near(op(E.tensor([0.5, 2.25, -1.1])))).toBe(false);
    }
  });
  it('maximum and minimum where the inputs (broadcast together) nearly tie', () => {
    for (const op of [E.maximum, E.minimum]) {
      expect(near(op(E.tensor([[1, 2]]), E.tensor([[0], [2 + 1e-7]])))).toBe(true);
      expect(near(op(E.tensor([[1, 2]]), E.tensor([[0], [2.5]])))).toBe(false);
    }
  });
  it('clip near either bound', () => {
    expect(near(E.clip(E.tensor([0.5, 1 - 1e-7]), Tensor.scalar(0), Tensor.scalar(1)))).toBe(true);
    expect(near(E.clip(E.tensor([0.5, 1e-7]), Tensor.scalar(0), Tensor.scalar(1)))).toBe(true);
    expect(near(E.clip(E.tensor([0.5, 2]), Tensor.scalar(0), Tensor.scalar(1)))).toBe(false);
    expect(near(E.clip(E.tensor([0.5, 1e-7]), Tensor.scalar(0), null))).toBe(true);
    expect(near(E.clip(E.tensor([0.5, 1e-7]), null, Tensor.scalar(1)))).toBe(false);
  });
  it('floorDivide and mod where a is near a multiple of b', () => {
    for (const op of [E.floorDivide, E.mod]) {
      expect(near(op(E.tensor([6 + 1e-7, 1.3]), Tensor.scalar(3)))).toBe(true);
      expect(near(op(E.tensor([-6 - 1e-7, 1.3]), Tensor.scalar(-3)))).toBe(true);
      expect(near(op(E.tensor([4.5, 1.3]), Tensor.scalar(3)))).toBe(false);
    }
  });
  it('smooth ops declare no kink', () => {
    for (const op of [E.exp, E.tanh, E.sigmoid, E.square]) expect(op(E.tensor([0, 1])).node!.nearKink).toBeUndefined();
  });
});

describe('attrs for display', () => {
  it('pow records a scalar exponent, clip its scalar bounds, astype its dtype', () => {
    expect(E.pow(E.tensor([1, 2]), Tensor.scalar(3)).node!.attrs).toEqual({ exponent: 3 });
    expect(E.pow(E.tensor([1, 2]), E.tensor([3, 4])).node!.attrs).toBeUndefined();
    expect(E.clip(E.tensor([1, 2]), Tensor.scalar(0), null).node!.attrs).toEqual({ lo: 0, hi: null });
    expect(E.clip(E.tensor([1, 2]), Tensor.scalar(0), Tensor.scalar(1.5)).node!.attrs).toEqual({ lo: 0, hi: 1.5 });
    expect(E.astype(E.tensor([1, 2]), 'float32').node!.attrs).toEqual({ dtype: 'float32' });
  });
});

describe('float32 stays float32 and is rounded after every op', () => {
  const r = rng(11);
  const x32 = E.tensor(Array.from({ length: 50 }, () => 0.2 + 3 * r()), 'float32');
  const y32 = E.tensor(Array.from({ length: 50 }, () => -2 + 4 * r()), 'float32');
  const unary: [string, (a: Tensor) => Tensor][] = [
    ['exp', E.exp], ['log', E.log], ['sqrt', E.sqrt], ['tanh', E.tanh], ['sigmoid', E.sigmoid], ['sin', E.sin],
    ['cos', E.cos], ['log1p', E.log1p], ['expm1', E.expm1], ['square', E.square], ['abs', E.abs], ['relu', E.relu],
  ];
  for (const [name, op] of unary) {
    it(name, () => {
      const out = op(x32);
      expect(out.dtype).toBe('float32');
      expect(Array.from(out.data).every((v) => v === Math.fround(v))).toBe(true);
    });
  }
  it('binary ops: pow, maximum, clip, where, mod, floorDivide', () => {
    for (const out of [E.pow(x32, y32), E.maximum(x32, y32), E.clip(y32, E.tensor(-1, 'float32'), E.tensor(1, 'float32')), E.where(E.greater(y32, Tensor.scalar(0)), x32, y32), E.mod(y32, x32), E.floorDivide(y32, x32)]) {
      expect(out.dtype).toBe('float32');
      expect(Array.from(out.data).every((v) => v === Math.fround(v))).toBe(true);
    }
  });
  it('exactly rounded ops equal the float64 result rounded once', () => {
    const want = (f: (v: number) => number): number[] => Array.from(x32.data, (v) => Math.fround(f(v)));
    expect(Array.from(E.sqrt(x32).data)).toEqual(want(Math.sqrt));
    expect(Array.from(E.square(x32).data)).toEqual(want((v) => v * v));
    expect(Array.from(E.pow(x32, E.tensor(-1, 'float32')).data)).toEqual(want((v) => 1 / v));
  });
});

describe('0-d tensors', () => {
  it('give 0-d results with the same values as 1-element arrays', () => {
    const ops: ((a: Tensor) => Tensor)[] = [E.exp, E.log, E.sqrt, E.tanh, E.sigmoid, E.relu, E.abs, E.sign, E.floor, E.ceil, E.square, E.sin, E.cos, E.log1p, E.expm1];
    for (const op of ops) {
      const s = op(Tensor.scalar(0.75));
      expect(s.ndim).toBe(0);
      expect(s.item()).toBe(op(E.tensor([0.75])).data[0]);
    }
    expect(E.pow(Tensor.scalar(2), Tensor.scalar(10)).item()).toBe(1024);
    expect(E.mod(Tensor.scalar(-7, 'int64'), Tensor.scalar(3, 'int64')).item()).toBe(2);
    expect(E.where(Tensor.scalar(0), Tensor.scalar(1), Tensor.scalar(2)).item()).toBe(2);
    expect(Object.is(E.mul(Tensor.scalar(0, 'int64'), Tensor.scalar(-3, 'int64')).item(), 0)).toBe(true);
  });
});
