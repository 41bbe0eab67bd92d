// The elementwise ops against numpy 2.x: values (with signed zeros, NaN, inf), result dtypes
// for every dtype combination, and numpy's error texts. Expected outputs were written by
// scripts/fixtures/numpy_elementwise.py into elementwise-numpy.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { EngineError, Tensor } from '../../src/engine';
import type { DType } from '../../src/engine';

type Encoded = number | 'nan' | 'inf' | '-inf' | '-0';
interface Arr {
  data: Encoded[];
  shape: number[];
  dtype: string;
}
interface ValueCase {
  op: string;
  inputs: Arr[];
  args?: { dtype: DType };
  output?: Arr;
  error?: { kind: string; message: string };
}
interface DTypeCase {
  op: string;
  dtypes: DType[];
  dtype?: string;
  error?: { kind: string; message: string };
}

const fixture = JSON.parse(readFileSync(join(__dirname, 'elementwise-numpy.json'), 'utf8')) as {
  values: ValueCase[];
  dtypes: DTypeCase[];
};

const decode = (v: Encoded): number =>
  v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === '-0' ? -0 : v;

function toTensor(a: Arr): Tensor {
  const data = Float64Array.from(a.data, decode);
  const dtype = a.dtype as DType;
  return a.shape.length === 0 ? Tensor.scalar(data[0], dtype) : new Tensor(data, a.shape, dtype);
}

function apply(op: string, xs: Tensor[], args?: { dtype: DType }): Tensor {
  const unary: Record<string, (a: Tensor) => Tensor> = {
    exp: E.exp, log: E.log, sqrt: E.sqrt, abs: E.abs, sign: E.sign, tanh: E.tanh, square: E.square,
    sin: E.sin, cos: E.cos, floor: E.floor, ceil: E.ceil, log1p: E.log1p, expm1: E.expm1, neg: E.neg,
    logicalNot: E.logicalNot, isnan: E.isnan, isinf: E.isinf, isfinite: E.isfinite,
  };
  const binary: Record<string, (a: Tensor, b: Tensor) => Tensor> = {
    pow: E.pow, maximum: E.maximum, minimum: E.minimum, floorDivide: E.floorDivide, mod: E.mod, sub: E.sub,
    equal: E.equal, notEqual: E.notEqual, less: E.less, lessEqual: E.lessEqual, greater: E.greater,
    greaterEqual: E.greaterEqual, logicalAnd: E.logicalAnd, logicalOr: E.logicalOr, logicalXor: E.logicalXor,
    clipLo: (a, lo) => E.clip(a, lo, null),
    clipHi: (a, hi) => E.clip(a, null, hi),
  };
  if (op === 'astype') return E.astype(xs[0], args!.dtype);
  if (op === 'clipNone') return E.clip(xs[0], null, null);
  if (op === 'clip') return E.clip(xs[0], xs[1], xs[2]);
  if (op === 'where') return E.where(xs[0], xs[1], xs[2]);
  if (op in unary) return unary[op](xs[0]);
  if (op in binary) return binary[op](xs[0], xs[1]);
  throw new Error(`no engine op for ${op}`);
}

// libm-style functions may differ from numpy's (glibc or SIMD) in the last bits: DIALECT.md.
const TRANSCENDENTAL = new Set(['exp', 'log', 'log1p', 'expm1', 'sin', 'cos', 'tanh', 'pow']);

function ulp(x: number, dtype: string): number {
  const e = Math.max(Math.floor(Math.log2(Math.abs(x))), dtype === 'float32' ? -126 : -1022);
  return 2 ** (e - (dtype === 'float32' ? 23 : 52));
}

function sameValue(actual: number, expected: number, op: string, dtype: string): boolean {
  if (Object.is(actual, expected)) return true;
  if (!TRANSCENDENTAL.has(op) || dtype === 'int64' || !Number.isFinite(expected) || expected === 0) return false;
  return Math.abs(actual - expected) <= 2 * ulp(expected, dtype);
}

const numpyOnly = (dtype: string): boolean => dtype === 'float16';

describe('elementwise ops: values against numpy', () => {
  for (const c of fixture.values) {
    const label = `${c.op}(${c.inputs.map((x) => `${x.dtype}${JSON.stringify(x.shape)}`).join(', ')})${c.args ? ' ' + c.args.dtype : ''}`;
    it(label, () => {
      const xs = c.inputs.map(toTensor);
      if (c.error) {
        expect(() => apply(c.op, xs, c.args)).toThrowError(new EngineError(c.error.kind as 'TypeError', c.error.message));
        return;
      }
      const want = c.output!;
      if (numpyOnly(want.dtype)) {
        expect(() => apply(c.op, xs, c.args)).toThrowError(/numpy's float16 dtype/);
        return;
      }
      const out = apply(c.op, xs, c.args);
      expect(out.dtype).toBe(want.dtype);
      expect(out.shape).toEqual(want.shape);
      const expected = want.data.map(decode);
      const actual = Array.from(out.data);
      const bad = expected.flatMap((e, k) =>
        sameValue(actual[k], e, c.op, want.dtype) ? [] : [`[${k}] got ${Object.is(actual[k], -0) ? '-0' : actual[k]}, numpy ${Object.is(e, -0) ? '-0' : e}`],
      );
      expect(bad).toEqual([]);
    });
  }
});

describe('elementwise ops: result dtypes against numpy, every dtype combination', () => {
  it('matches numpy for every op and combination (float16 results raise a named error)', () => {
    const sample: Partial<Record<DType, Tensor>> = {
      bool: E.tensor([true, false], 'bool'),
      int64: E.tensor([2, 3], 'int64'),
      float32: E.tensor([1.5, 2.5], 'float32'),
      float64: E.tensor([1.5, 2.5], 'float64'),
    };
    const wrong: string[] = [];
    for (const c of fixture.dtypes) {
      const label = `${c.op}(${c.dtypes.join(', ')})`;
      let got: string;
      try {
        got = apply(c.op, c.dtypes.map((d) => sample[d]!)).dtype;
      } catch (e) {
        got = e instanceof EngineError ? `${e.kind}: ${e.message}` : String(e);
      }
      const want = c.error
        ? `${c.error.kind}: ${c.error.message}`
        : numpyOnly(c.dtype!)
          ? 'unsupported'
          : c.dtype!;
      if (want === 'unsupported' ? !/numpy's float16 dtype/.test(got) : got !== want) wrong.push(`${label}: got ${got}, numpy ${want}`);
    }
    expect(wrong).toEqual([]);
    expect(fixture.dtypes.length).toBe(18 * 4 + 15 * 16 + 2 * 64);
  });
});
