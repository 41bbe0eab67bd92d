import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDigits, roundDigitsAt, shortestDigits32 } from '../../src/python/format/decimal';
import { formatNumber, roundFloat } from '../../src/python/format';
import { loadCases, Outcome, parseHexFloat } from './fixtures';

/** True when x is exactly halfway between two values with `fraction` digits after the point. */
function isTie(x: number, fraction: number): boolean {
  const d = exactDigits(x);
  return d.digits.length === d.decpt + fraction + 1 && d.digits.endsWith('5');
}

describe('exact decimal conversion', () => {
  it('exactDigits reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = exactDigits(x);
        const back = d.digits === '' ? 0 : Number(`0.${d.digits}e${d.decpt}`);
        expect(back).toBe(Math.abs(x));
      }),
      { numRuns: 500 },
    );
  });
  it("'.Nf' agrees with Number#toFixed (exact, ties up) except on exact ties", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 20 }), (x, p) => {
        // JS drops the sign of a negative value that rounds to zero; Python keeps it ("-0.00").
        fc.pre(!isTie(x, p) && !((x < 0 || Object.is(x, -0)) && Number(x.toFixed(p)) === 0));
        expect(formatNumber(x, 'float', `.${p}f`)).toBe(x.toFixed(p));
      }),
      { numRuns: 1000 },
    );
  });
  it("'.Ne' agrees with Number#toExponential away from ties", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-300, max: 1e300 }), fc.integer({ min: 0, max: 20 }), (x, p) => {
        const d = exactDigits(x);
        fc.pre(!(d.digits.length === p + 2 && d.digits.endsWith('5')));
        const js = x.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
        expect(formatNumber(x, 'float', `.${p}e`)).toBe(js);
      }),
      { numRuns: 1000 },
    );
  });
  it('rounds exact ties to even', () => {
    expect(roundDigitsAt({ digits: '125', decpt: 0 }, 2)).toEqual({ digits: '12', decpt: 0 });
    expect(roundDigitsAt({ digits: '135', decpt: 0 }, 2)).toEqual({ digits: '14', decpt: 0 });
    expect(roundDigitsAt({ digits: '9995', decpt: 1 }, 3)).toEqual({ digits: '1', decpt: 2 });
    expect(roundDigitsAt({ digits: '5', decpt: 0 }, 0)).toEqual({ digits: '', decpt: 0 });
    expect(roundDigitsAt({ digits: '51', decpt: 0 }, 0)).toEqual({ digits: '1', decpt: 1 });
  });
  it('float32 shortest digits read back as the same float32', () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = shortestDigits32(x);
        const back = d.digits === '' ? 0 : Math.fround(Number(`0.${d.digits}e${d.decpt}`));
        expect(back).toBe(Math.abs(x));
        expect(d.digits.length).toBeLessThanOrEqual(9);
      }),
      { numRuns: 1000 },
    );
  });
});

type RoundCase = { x: string; ndigits: number } & Outcome;

describe('roundFloat (Python round(x, n))', () => {
  it('matches CPython on every fixture case', () => {
    const wrong = loadCases<RoundCase>('format-round.json')
      .map((c) => {
        const got = roundFloat(parseHexFloat(c.x), c.ndigits);
        const outcome: Outcome = Number.isFinite(got) || !Number.isFinite(parseHexFloat(c.x))
          ? { out: Object.is(got, -0) ? '-0x0.0p+0' : hexOf(got) }
          : { error: 'OverflowError', message: 'rounded value too large to represent' };
        const { x, ndigits, ...expected } = c;
        return { x, ndigits, expected, got: outcome };
      })
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expected));
    expect(wrong).toEqual([]);
  });
});

/** Python's float.hex() of a double, to compare with the fixtures. */
function hexOf(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = (bits & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  return biased === 0 ? `${sign}0x0.${frac}p-1022` : `${sign}0x1.${frac}p${biased - 1023 >= 0 ? '+' : ''}${biased - 1023}`;
}
