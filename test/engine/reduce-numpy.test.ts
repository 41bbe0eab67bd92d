// The engine's reductions, softmax and matrix products against numpy's own results, from the
// committed fixture that scripts/numpy-sum-cases.py wrote (numpy 2.x, scipy). Sums, means,
// variances, products and extrema must match to the last bit; exp-based results (softmax) and
// BLAS-based ones (matmul) to a few ulps, since their libraries round differently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import type { DType, Tensor } from '../../src/engine';

type Num = number | 'nan' | 'inf' | '-inf';
interface InputSpec {
  shape?: number[];
  seed?: number;
  dtype?: DType;
  kind?: 'mixed' | 'unit' | 'ties' | 'int';
  divide?: number;
  literal?: Num[];
  literal0d?: number;
}
interface Expected {
  shape: number[];
  dtype: string;
  values: Num[];
}
interface Case {
  op: string;
  input?: InputSpec;
  inputs?: InputSpec[];
  args: { axis?: number | number[] | null; ddof?: number; keepdims?: boolean };
  expected: Expected;
}
interface ErrorCase {
  op: string;
  shapes: number[][];
  args: { axis?: number | number[] | null };
  kind: string;
  message: string;
}

const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/numpy-reduce-cases.json'), 'utf8')) as {
  cases: Case[];
  errors: ErrorCase[];
};

const SCALES = [1e-3, 1, 1e3, 0.1, 1e5];

function num(v: Num): number {
  return v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v;
}

/** make_input() of the generator script, operation for operation. */
function inputOf(spec: InputSpec): Tensor {
  if (spec.literal0d !== undefined) return E.Tensor.scalar(spec.literal0d);
  if (spec.literal !== undefined) return E.tensor(spec.literal.map(num));
  const shape = spec.shape!;
  const seed = spec.seed!;
  const dtype = spec.dtype!;
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = (i * 7919 + seed * 104729) % 2003;
    switch (spec.kind) {
      case 'mixed':
        data[i] = ((r - 1001) / 7.3) * SCALES[(i * 31 + seed) % 5];
        break;
      case 'unit':
        data[i] = 0.5 + r / 2003;
        break;
      case 'ties':
        data[i] = r % 4;
        break;
      case 'int':
        data[i] = r - 1001;
        break;
      default:
        throw new Error(`unknown input kind ${spec.kind}`);
    }
    if (dtype === 'bool') data[i] = (((data[i] % 2) + 2) % 2) === 1 ? 1 : 0;
  }
  if (shape.length === 0) return E.Tensor.scalar(data[0], dtype);
  const t = E.Tensor.of(data, shape, dtype);
  if (spec.divide === undefined) return t;
  return E.Tensor.of(t.data.map((x) => E.castValue(dtype, x / spec.divide!)), shape, dtype);
}

const axisOf = (a: Case['args']): E.Axis => (a.axis === undefined ? null : a.axis);

function run(c: Case): Tensor {
  const x = c.input === undefined ? null : inputOf(c.input);
  const a = c.args;
  switch (c.op) {
    case 'sum': return E.sum(x!, axisOf(a));
    case 'mean': return E.mean(x!, axisOf(a));
    case 'prod': return E.prod(x!, axisOf(a));
    case 'variance': return E.variance(x!, axisOf(a), false, a.ddof);
    case 'std': return E.std(x!, axisOf(a), false, a.ddof);
    case 'max': return E.max(x!, axisOf(a));
    case 'min': return E.min(x!, axisOf(a));
    case 'argmax': return E.argmax(x!, a.axis as number | null, a.keepdims);
    case 'argmin': return E.argmin(x!, a.axis as number | null, a.keepdims);
    case 'softmax': return E.softmax(x!, a.axis as number);
    case 'logSoftmax': return E.logSoftmax(x!, a.axis as number);
  }
  const [p, q] = c.inputs!.map(inputOf);
  switch (c.op) {
    case 'matmul': return E.matmul(p, q);
    case 'dot': return E.dot(p, q);
    case 'outer': return E.outer(p, q);
  }
  throw new Error(`no engine mapping for ${c.op}`);
}

/** How far from numpy a case may be: 0 = bit for bit (and the same sign of zero). */
function tolerance(c: Case): { rtol: number; atol: number } {
  const f32 = c.expected.dtype === 'float32';
  if (c.op === 'softmax' || c.op === 'logSoftmax') return f32 ? { rtol: 3e-7, atol: 3e-7 } : { rtol: 1e-14, atol: 1e-15 };
  if (c.op === 'matmul' || c.op === 'dot' || c.op === 'outer') return { rtol: 1e-13, atol: 1e-13 };
  return { rtol: 0, atol: 0 };
}

function describeCase(c: Case): string {
  const inp = c.input ?? c.inputs?.[0];
  const what = inp?.literal ? `literal[${inp.literal.length}]` : inp?.literal0d !== undefined ? '0-d' : `${JSON.stringify(c.inputs?.map((s) => s.shape) ?? inp?.shape)} ${inp?.dtype}`;
  return `${c.op} ${what} ${JSON.stringify(c.args)}`;
}

describe('numpy reductions, to the last bit', () => {
  it('the fixture covers every op', () => {
    const ops = new Set(fixture.cases.map((c) => c.op));
    for (const op of ['sum', 'mean', 'prod', 'variance', 'std', 'max', 'min', 'argmax', 'argmin', 'softmax', 'logSoftmax', 'matmul', 'dot', 'outer'])
      expect(ops.has(op), op).toBe(true);
  });

  it('(np.arange(1, 11) * 0.1).sum() is exactly 5.5', () => {
    const x = E.tensor(Array.from({ length: 10 }, (_, i) => (i + 1) * 0.1));
    expect(E.sum(x).item()).toBe(5.5);
    // a naive left-to-right loop gives 5.500000000000001
    expect(x.data.reduce((s, v) => s + v, 0)).not.toBe(5.5);
  });

  const groups = new Map<string, Case[]>();
  for (const c of fixture.cases) groups.set(c.op, [...(groups.get(c.op) ?? []), c]);
  for (const [op, cases] of groups) {
    it(`${op}: ${cases.length} cases match numpy`, () => {
      for (const c of cases) {
        const name = describeCase(c);
        const out = run(c);
        expect([...out.shape], name).toEqual(c.expected.shape);
        expect(out.dtype, name).toBe(c.expected.dtype === 'bool' ? 'bool' : c.expected.dtype);
        const { rtol, atol } = tolerance(c);
        const got = out.data;
        c.expected.values.forEach((v, i) => {
          const e = num(v);
          const ok = rtol === 0 && atol === 0 ? Object.is(got[i], e) : E.isClose(got[i], e, rtol, atol);
          if (!ok) expect.fail(`${name} [${i}]: engine ${got[i]} vs numpy ${e}`);
        });
      }
    });
  }

  it(`raises numpy's errors (${fixture.errors.length} cases)`, () => {
    for (const c of fixture.errors) {
      const xs = c.shapes.map((s) => (s.length === 0 ? E.Tensor.scalar(0) : E.zeros(s)));
      const axis = c.args.axis === undefined ? null : c.args.axis;
      const call = (): Tensor => {
        switch (c.op) {
          case 'matmul': return E.matmul(xs[0], xs[1]);
          case 'dot': return E.dot(xs[0], xs[1]);
          case 'max': return E.max(xs[0], axis);
          case 'min': return E.min(xs[0], axis);
          case 'argmax': return E.argmax(xs[0], axis as number | null);
          case 'argmin': return E.argmin(xs[0], axis as number | null);
          case 'sum': return E.sum(xs[0], axis);
          case 'mean': return E.mean(xs[0], axis);
          case 'std': return E.std(xs[0], axis);
          case 'prod': return E.prod(xs[0], axis);
          case 'softmax': return E.softmax(xs[0], axis as number);
        }
        throw new Error(`no engine mapping for ${c.op}`);
      };
      let thrown: unknown = null;
      try {
        call();
      } catch (e) {
        thrown = e;
      }
      const label = `${c.op} ${JSON.stringify(c.shapes)} ${JSON.stringify(c.args)}`;
      expect(thrown, label).toBeInstanceOf(E.EngineError);
      expect((thrown as E.EngineError).kind, label).toBe(c.kind);
      expect((thrown as E.EngineError).message, label).toBe(c.message);
    }
  });
});
