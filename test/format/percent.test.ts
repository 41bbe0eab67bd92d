import { describe, expect, it } from 'vitest';
import { FormatError, percentFormat } from '../../src/python/format';
import type { PercentArg, PercentArgs } from '../../src/python/format';
import { loadCases, Outcome, parseHexFloat } from './fixtures';

interface EncodedArg {
  kind: PercentArg['kind'];
  value: string | null;
  str: string;
  repr: string;
  typeName: string;
}

type PercentCase = {
  template: string;
  args: EncodedArg[] | { mapping: Record<string, EncodedArg>; self: EncodedArg };
} & Outcome;

function decode(a: EncodedArg): PercentArg {
  const value =
    a.kind === 'int'
      ? BigInt(a.value as string)
      : a.kind === 'bool'
        ? Number(a.value)
        : a.kind === 'float'
          ? parseHexFloat(a.value as string)
          : a.value;
  return { kind: a.kind, value, str: a.str, repr: a.repr, typeName: a.typeName };
}

function run(c: PercentCase): Outcome {
  let args: PercentArgs;
  if (Array.isArray(c.args)) args = c.args.map(decode);
  else {
    const { mapping, self } = c.args;
    args = { mapping: (key) => (key in mapping ? decode(mapping[key]) : undefined), self: decode(self) };
  }
  try {
    return { out: percentFormat(c.template, args) };
  } catch (e) {
    if (e instanceof FormatError) return { error: e.pyType, message: e.pyType === 'KeyError' ? `'${e.message}'` : e.message };
    throw e;
  }
}

describe('percentFormat (printf-style str % args)', () => {
  const cases = loadCases<PercentCase>('format-percent.json');
  it('has the committed CPython cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  it('matches CPython text and errors on every fixture case', () => {
    const wrong = cases
      .map((c) => {
        const { template, args, ...expected } = c;
        return { template, args: JSON.stringify(args), expected, got: run(c) };
      })
      .filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.expected));
    expect({ mismatches: wrong.length, first: wrong.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
  });
  it('accepts a plain record as the mapping', () => {
    const num = (v: number): PercentArg => ({ kind: 'float', value: v, str: String(v), repr: String(v), typeName: 'float' });
    expect(percentFormat('%(a).3f|%(b)5.1f', { a: num(1 / 3), b: num(2.25) })).toBe('0.333|  2.2');
  });
});
