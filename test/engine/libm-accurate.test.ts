// Correctly rounded log / sin / cos, checked against decimal references and against glibc
// (whose results CPython's random and numpy's legacy gaussians are built from).
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/random-libm.json';
import { accurateCos, accurateLog, accurateSin } from '../../src/engine/ops/libm/accurate';
import { bits, num, type Encoded } from '../random/fixture';

const table = fixture as unknown as Record<'log' | 'sin' | 'cos', [Encoded, Encoded, Encoded][]>;
const functions = { log: accurateLog, sin: accurateSin, cos: accurateCos };

describe('accurate log / sin / cos', () => {
  for (const name of ['log', 'sin', 'cos'] as const) {
    it(`${name} is correctly rounded on every reference argument`, () => {
      const wrong = table[name].filter(([x, , exact]) => bits(functions[name](num(x))) !== bits(num(exact)));
      expect(wrong.map(([x]) => num(x))).toEqual([]);
    });

    it(`${name} agrees with glibc except where glibc is not correctly rounded`, () => {
      for (const [x, glibc, exact] of table[name]) {
        const mine = bits(functions[name](num(x)));
        if (bits(num(glibc)) === bits(num(exact))) expect(mine, `${name}(${num(x)})`).toBe(bits(num(glibc)));
      }
    });
  }

  it('keeps the special values of Math', () => {
    expect(accurateLog(0)).toBe(-Infinity);
    expect(accurateLog(-1)).toBeNaN();
    expect(accurateLog(Infinity)).toBe(Infinity);
    expect(accurateLog(1)).toBe(0);
    expect(accurateSin(0)).toBe(0);
    expect(Object.is(accurateSin(-0), -0)).toBe(true);
    expect(accurateCos(0)).toBe(1);
    expect(accurateSin(NaN)).toBeNaN();
  });
});
