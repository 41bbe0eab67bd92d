import { describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import type { DType } from '../../src/engine';
import { arrayRepr, arrayStr, scalarRepr, scalarStr } from '../../src/python/format';
import { loadCases, parseHexFloat } from './fixtures';

interface ArrayCase {
  dtype: DType;
  shape: number[];
  data: (string | number)[];
  str: string;
  repr: string;
}

interface ScalarCase {
  dtype: DType;
  value: string;
  str: string;
  repr: string;
}

function decodeValue(v: string | number): number {
  return typeof v === 'number' ? v : parseHexFloat(v);
}

function toTensor(c: ArrayCase): Tensor {
  const data = Float64Array.from(c.data, decodeValue);
  if (c.shape.length === 0) return new Tensor(data[0], [], c.dtype);
  return new Tensor(data, c.shape, c.dtype);
}

describe('numpy array printing (default print options)', () => {
  const cases = loadCases<ArrayCase>('format-numpy-array.json');
  it('has the committed numpy cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
  for (const [name, fn] of [['str', arrayStr], ['repr', arrayRepr]] as const) {
    it(`array ${name} matches numpy on every fixture case`, () => {
      const wrong = cases
        .map((c) => ({ dtype: c.dtype, shape: c.shape, expected: c[name], got: fn(toTensor(c)) }))
        .filter((r) => r.got !== r.expected);
      expect({ mismatches: wrong.length, first: wrong.slice(0, 6) }).toEqual({ mismatches: 0, first: [] });
    });
  }
});

describe('numpy scalar printing', () => {
  const cases = loadCases<ScalarCase>('format-numpy-scalar.json');
  it('str and repr match numpy on every fixture case', () => {
    const wrong = cases
      .map((c) => {
        const v = c.dtype === 'float64' || c.dtype === 'float32' ? parseHexFloat(c.value) : Number(c.value);
        return { dtype: c.dtype, value: c.value, expected: [c.str, c.repr], got: [scalarStr(v, c.dtype), scalarRepr(v, c.dtype)] };
      })
      .filter((r) => r.got[0] !== r.expected[0] || r.got[1] !== r.expected[1]);
    expect({ mismatches: wrong.length, first: wrong.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
  });
});
