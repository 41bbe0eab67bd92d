// The integer dtypes (int8 ... uint64) against numpy 2.x: promotion, casts from floats and ints,
// wrap-around of every op on each dtype's edge values, result dtypes. Expected outputs were
// written by scripts/fixtures/numpy_int_dtypes.py into int-dtypes-numpy.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { EngineError, Tensor } from '../../src/engine';
import type { DType } from '../../src/engine';

type Encoded = number | 'nan' | 'inf' | '-inf';
interface Arr {
  data: Encoded[];
  shape: number[];
  dtype: string;
}
interface Outcome {
  output?: Arr;
  error?: { kind: string; message: string };
}

const fixture = JSON.parse(readFileSync(join(__dirname, 'int-dtypes-numpy.json'), 'utf8')) as {
  promote: { dtypes: [DType, DType]; dtype: string }[];
  casts: ({ input: Arr; dtype: DType } & Outcome)[];
  ops: ({ op: string; inputs: Arr[] } & Outcome)[];
  dtypes: { op: string; dtypes: DType[]; dtype?: string; error?: { kind: string; message: string } }[];
};

const decode = (v: Encoded): number => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);

function toTensor(a: Arr): Tensor {
  return new Tensor(Float64Array.from(a.data, decode), a.shape, a.dtype as DType);
}

const OPS: Record<string, (...xs: Tensor[]) => Tensor> = {
  add: E.add,
  sub: E.sub,
  mul: E.mul,
  div: E.div,
  floorDivide: E.floorDivide,
  mod: E.mod,
  pow: E.pow,
  maximum: E.maximum,
  less: E.less,
  equal: E.equal,
  bitwiseAnd: E.bitwiseAnd,
  bitwiseOr: E.bitwiseOr,
  bitwiseXor: E.bitwiseXor,
  leftShift: E.leftShift,
  rightShift: E.rightShift,
  matmul: E.matmul,
  neg: E.neg,
  abs: E.abs,
  square: E.square,
  sign: E.sign,
  floor: E.floor,
  sum: (x) => E.sum(x),
  prod: (x) => E.prod(x),
  mean: (x) => E.mean(x),
  var: (x) => E.variance(x, null, false, 0),
  max: (x) => E.max(x),
  argmax: (x) => E.argmax(x, null),
  exp: E.exp,
  sqrt: E.sqrt,
  tanh: E.tanh,
};

function same(actual: Tensor, want: Arr): string[] {
  if (actual.dtype !== want.dtype) return [`dtype ${actual.dtype}, numpy ${want.dtype}`];
  const got = Array.from(actual.data);
  return want.data.map(decode).flatMap((e, k) => (Object.is(got[k], e) || (got[k] === e) ? [] : [`[${k}] got ${got[k]}, numpy ${e}`]));
}

describe('integer dtypes: promotion against np.result_type', () => {
  it('every pair of dtypes', () => {
    const wrong = fixture.promote.filter((c) => E.promote(c.dtypes[0], c.dtypes[1]) !== c.dtype);
    expect(wrong.map((c) => `${c.dtypes.join(' + ')}: got ${E.promote(c.dtypes[0], c.dtypes[1])}, numpy ${c.dtype}`)).toEqual([]);
    expect(fixture.promote.length).toBe(121);
  });
});

describe('integer dtypes: casts against numpy', () => {
  for (const c of fixture.casts)
    it(`${c.input.dtype}[${c.input.data.length}] ${c.input.data.slice(0, 3).join(',')}... -> ${c.dtype}`, () => {
      const x = toTensor(c.input);
      if (c.error) {
        expect(() => E.astype(x, c.dtype)).toThrowError(new EngineError(c.error.kind as 'TypeError', c.error.message));
        return;
      }
      expect(same(E.astype(x, c.dtype), c.output!)).toEqual([]);
    });
});

describe('integer dtypes: ops on edge values against numpy', () => {
  fixture.ops.forEach((c, k) =>
    it(`#${k} ${c.op}(${c.inputs.map((x) => x.dtype).join(', ')})`, () => {
      const xs = c.inputs.map(toTensor);
      if (c.error) {
        expect(() => OPS[c.op](...xs)).toThrowError(new EngineError(c.error.kind as 'TypeError', c.error.message));
        return;
      }
      expect(same(OPS[c.op](...xs), c.output!)).toEqual([]);
    }),
  );
});

describe('integer dtypes: result dtypes against numpy', () => {
  it('float-valued, reducing and dividing ops for every dtype (float16 results stop as unsupported)', () => {
    const wrong: string[] = [];
    for (const c of fixture.dtypes) {
      const xs = c.dtypes.map((d) => E.tensor([2, 3], d));
      let got: string;
      try {
        got = OPS[c.op](...xs).dtype;
      } catch (e) {
        got = e instanceof EngineError ? `${e.kind}: ${e.message}` : String(e);
      }
      const want = c.error ? `${c.error.kind}: ${c.error.message}` : c.dtype!;
      const ok = want === 'float16' ? /^Unsupported: numpy's float16 dtype/.test(got) : got === want;
      if (!ok) wrong.push(`${c.op}(${c.dtypes.join(', ')}): got ${got}, numpy ${want}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('castValue and castFloat', () => {
  it('wrap integers modulo 2^bits and convert floats as numpy on x86-64', () => {
    expect([300, -1, 2 ** 40 + 3].map((v) => E.castValue('uint8', v))).toEqual([44, 255, 3]);
    expect([128, -129, 2 ** 32 + 5].map((v) => E.castValue('int8', v))).toEqual([-128, 127, 5]);
    expect([2 ** 31, -(2 ** 31) - 1].map((v) => E.castValue('int32', v))).toEqual([-(2 ** 31), 2 ** 31 - 1]);
    expect([-1, 2 ** 32].map((v) => E.castValue('uint32', v))).toEqual([2 ** 32 - 1, 0]);
    expect([70000, -32769].map((v) => E.castValue('int16', v))).toEqual([4464, 32767]);
    expect(E.castValue('uint64', 2 ** 64)).toBe(0);
    expect(() => E.castValue('uint64', -1)).toThrowError(/uint64 values below 0/);
    expect([300.7, -1.5, NaN, 3e9].map((v) => E.castFloat('uint8', v))).toEqual([44, 255, 0, 0]);
    expect([NaN, Infinity, 2 ** 31].map((v) => E.castFloat('int32', v))).toEqual([-(2 ** 31), -(2 ** 31), -(2 ** 31)]);
    expect([-3e9, 5e9, NaN].map((v) => E.castFloat('uint32', v))).toEqual([1294967296, 705032704, 0]);
    expect(Object.is(E.castValue('int8', -0), 0)).toBe(true);
  });
});
