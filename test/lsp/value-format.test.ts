// Value formatting for hovers, lenses and inlay hints.
import { describe, expect, it } from 'vitest';
import cases from './fixtures/format-g.json';
import { flatNumbers, formatG, formatScalar, previewArray, shapeText, shortValue, statsOf } from '../../src/server/value-format';

describe('formatG', () => {
  it.each(cases)("matches Python's '%%.$digits g' of $value", ({ value, digits, text }) => {
    expect(formatG(value, digits)).toBe(text);
  });
  it('spells non-finite numbers like Python', () => {
    expect([formatG(NaN), formatG(Infinity), formatG(-Infinity)]).toEqual(['nan', 'inf', '-inf']);
  });
});

describe('formatScalar', () => {
  it('keeps .0 on integral floats, not on ints, and reads the JSON spellings of non-finite numbers', () => {
    expect(formatScalar(-12, 'float64')).toBe('-12.0');
    expect(formatScalar(2, undefined)).toBe('2');
    expect(formatScalar(2, 'int64')).toBe('2');
    expect(formatScalar(0.7310585786300049, 'float64')).toBe('0.731059');
    expect(formatScalar('nan', 'float64')).toBe('nan');
    expect(formatScalar('-inf', 'float64')).toBe('-inf');
    expect(formatScalar(true, 'bool')).toBe('True');
    expect(formatScalar(1e20, 'float64')).toBe('1e+20');
  });
});

describe('tensor summaries', () => {
  it('previews a matrix aligned, with ... past 3 items from each end', () => {
    expect(previewArray([[1, -2.5], [30, 4]])).toBe('[[   1 -2.5]\n [  30    4]]');
    const row = Array.from({ length: 10 }, (_, i) => i);
    expect(previewArray(row)).toBe('[0 1 2 ... 7 8 9]');
    expect(previewArray([[[1, 2]], [[3, 4]]])).toBe('[[[1 2]]\n\n [[3 4]]]');
  });
  it('computes min/max/mean/norm, NaN-propagating', () => {
    expect(statsOf([3, -4])).toEqual({ min: -4, max: 3, mean: -0.5, norm: 5, size: 2 });
    expect(statsOf([1, NaN])?.norm).toBeNaN();
    expect(statsOf([])).toBeUndefined();
    expect(flatNumbers([[1, 'inf'], [true, 'x']])).toEqual([1, Infinity, 1]);
  });
  it('shape text and short forms', () => {
    expect([shapeText([]), shapeText([3]), shapeText([2, 3])]).toEqual(['()', '(3,)', '(2, 3)']);
    expect(shortValue([[3, 4]], 'float64', [1, 2])).toBe('(1, 2) ‖5‖');
    expect(shortValue({ type: 'Value', repr: 'Value(data=2.0)', fields: { data: 2, grad: 0 } }, undefined, undefined)).toBe('Value(2)');
    expect(shortValue(null, undefined, undefined)).toBe('None');
  });
});
