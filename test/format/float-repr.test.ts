import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floatRepr } from '../../src/python/format';
import { loadCases, parseHexFloat } from './fixtures';

interface ReprCase {
  x: string;
  repr: string;
  str: string;
}

describe('floatRepr (CPython 3.11 repr of a float)', () => {
  const cases = loadCases<ReprCase>('format-float-repr.json');
  it('has the committed CPython cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });
  it('matches CPython on every fixture case', () => {
    const wrong = cases
      .map((c) => ({ x: c.x, expected: c.repr, got: floatRepr(parseHexFloat(c.x)) }))
      .filter((r) => r.got !== r.expected);
    expect({ mismatches: wrong.length, first: wrong.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
  });
  it('str(x) is repr(x)', () => {
    for (const c of cases) expect(c.str).toBe(c.repr);
  });
  it('layout examples', () => {
    expect(floatRepr(0.1)).toBe('0.1');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1.5e300)).toBe('1.5e+300');
    expect(floatRepr(123456789012345.0)).toBe('123456789012345.0');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
  });
  it('round-trips: parsing the repr gives the same double back', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(floatRepr(x)), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
