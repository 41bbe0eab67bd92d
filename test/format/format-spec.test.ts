import { describe, expect, it } from 'vitest';
import { FormatError, formatNumber, formatString } from '../../src/python/format';
import { loadCases, Outcome, parseHexFloat } from './fixtures';

type SpecCase = { kind: 'int' | 'float' | 'bool' | 'str'; value: string; spec: string } & Outcome;

function run(c: SpecCase): Outcome {
  try {
    switch (c.kind) {
      case 'str':
        return { out: formatString(c.value, c.spec) };
      case 'float':
        return { out: formatNumber(parseHexFloat(c.value), 'float', c.spec) };
      case 'int':
        return { out: formatNumber(BigInt(c.value), 'int', c.spec) };
      case 'bool':
        return { out: formatNumber(Number(c.value), 'bool', c.spec) };
    }
  } catch (e) {
    if (e instanceof FormatError) return { error: e.pyType, message: e.message };
    throw e;
  }
}

describe('formatNumber / formatString (format-spec mini-language)', () => {
  const cases = loadCases<SpecCase>('format-spec.json');
  it('has the committed CPython cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });
  it('matches CPython text and errors on every fixture case', () => {
    const wrong = cases
      .map((c) => {
        const { kind, value, spec, ...expected } = c;
        return { kind, value, spec, expected, got: run(c) };
      })
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expected));
    expect({ mismatches: wrong.length, first: wrong.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
  });
  it('int values may be numbers or bigints', () => {
    expect(formatNumber(255, 'int', '#x')).toBe('0xff');
    expect(formatNumber(2n ** 70n, 'int', ',')).toBe('1,180,591,620,717,411,303,424');
  });
  it('round-half-even on the exact binary value', () => {
    expect(formatNumber(2.675, 'float', '.2f')).toBe('2.67');
    expect(formatNumber(0.125, 'float', '.2f')).toBe('0.12');
    expect(formatNumber(0.375, 'float', '.2f')).toBe('0.38');
  });
});
