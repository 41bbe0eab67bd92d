// How numpy (2.x, default print options) formats the elements of one array: one formatter
// per array, chosen from all the (shown) values so that the elements line up.
import type { DType } from '../../engine';
import { dragon4Positional, dragon4Scientific, Dragon4Options, TrimMode } from './dragon4';

export type ElementFormatter = (x: number) => string;

/** numpy's default `precision` print option. */
const PRECISION = 8;

/**
 * numpy's FloatingFormat in 'maxprec' mode: positional or scientific notation for the whole
 * array, decimal points aligned, nan/inf right-aligned to the same width.
 */
export function floatingFormatter(values: readonly number[], dtype: 'float64' | 'float32'): ElementFormatter {
  const width = dtype === 'float32' ? 32 : 64;
  const round = width === 32 ? Math.fround : (v: number) => v;
  const finite = values.filter((v) => Number.isFinite(v));
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  let expFormat = false;
  if (nonZero.length > 0) {
    let max = nonZero[0];
    let min = nonZero[0];
    for (const v of nonZero) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    // 10**min(8, finfo(dtype).precision); the Python-float thresholds compare in the array's dtype.
    const cutoff = width === 32 ? 1e6 : 1e8;
    expFormat = max >= cutoff || min < round(0.0001) || round(max / min) > 1000;
  }
  const base = { width, padLeft: -1, padRight: -1, expDigits: -1 } as const;
  let padLeft = 0;
  let padRight = 0;
  let options: Dragon4Options;
  if (finite.length === 0) {
    options = { ...base, precision: PRECISION, minDigits: -1, trim: '.' };
  } else if (expFormat) {
    const first = finite.map((v) => dragon4Scientific(v, { ...base, precision: PRECISION, minDigits: -1, trim: '.' }));
    let precision = 0;
    let expSize = 0;
    for (const s of first) {
      const e = s.indexOf('e');
      const point = s.indexOf('.');
      precision = Math.max(precision, e - point - 1);
      expSize = Math.max(expSize, s.length - e - 2);
      padLeft = Math.max(padLeft, point);
    }
    padRight = expSize + 2 + precision;
    options = { ...base, precision, minDigits: precision, trim: 'k' as TrimMode, padLeft, expDigits: expSize };
  } else {
    const first = finite.map((v) => dragon4Positional(v, { ...base, precision: PRECISION, minDigits: -1, trim: '.' }));
    for (const s of first) {
      const point = s.indexOf('.');
      padLeft = Math.max(padLeft, point);
      padRight = Math.max(padRight, s.length - point - 1);
    }
    options = { ...base, precision: PRECISION, minDigits: 0, trim: '.', padLeft, padRight };
  }
  if (finite.length !== values.length) {
    const negInf = values.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + negInf - offset);
    options = { ...options, padLeft };
  }
  const total = padLeft + padRight + 1;
  const finiteFormat = expFormat ? dragon4Scientific : dragon4Positional;
  return (x: number): string => {
    if (Number.isNaN(x)) return 'nan'.padStart(total);
    if (!Number.isFinite(x)) return (x < 0 ? '-inf' : 'inf').padStart(total);
    return finiteFormat(x, options);
  };
}

/** numpy's IntegerFormat: right-aligned to the widest of str(max) and str(min). */
export function integerFormatter(values: readonly number[]): ElementFormatter {
  let width = 0;
  if (values.length > 0) {
    let max = values[0];
    let min = values[0];
    for (const v of values) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    width = Math.max(intText(max).length, intText(min).length);
  }
  return (x: number) => intText(x).padStart(width);
}

export function intText(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/** numpy's BoolFormat: ' True' lines up with 'False', except in a 0-d array. */
export function boolFormatter(zeroDim: boolean): ElementFormatter {
  const trueText = zeroDim ? 'True' : ' True';
  return (x: number) => (x ? trueText : 'False');
}

export function elementFormatter(values: readonly number[], dtype: DType, zeroDim: boolean): ElementFormatter {
  switch (dtype) {
    case 'float64':
    case 'float32':
      return floatingFormatter(values, dtype);
    case 'int64':
      return integerFormatter(values);
    case 'bool':
      return boolFormatter(zeroDim);
  }
}
