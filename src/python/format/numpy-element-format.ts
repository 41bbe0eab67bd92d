// How numpy (2.x) formats the elements of one array under the print options: one formatter per
// array, chosen from all the (shown) values so that the elements line up.
import type { DType } from '../../engine';
import { dragon4Positional, dragon4Scientific, Dragon4Options } from './dragon4';
import { FormatError } from './errors';
import { DEFAULT_PRINT_OPTIONS, NumpyPrintOptions, SignMode } from './numpy-print-options';

export type ElementFormatter = (x: number) => string;

/** The widest parts of first-pass texts: before the point, after it (up to the 'e' in scientific
 *  notation), and the exponent's digits. */
function partWidths(texts: readonly string[], scientific: boolean): { left: number; fraction: number; exponent: number } {
  let left = 0;
  let fraction = 0;
  let exponent = 0;
  for (const s of texts) {
    const point = s.indexOf('.');
    const end = scientific ? s.indexOf('e') : s.length;
    left = Math.max(left, point);
    fraction = Math.max(fraction, end - point - 1);
    if (scientific) exponent = Math.max(exponent, s.length - end - 2);
  }
  return { left, fraction, exponent };
}

/**
 * numpy's FloatingFormat: positional or scientific notation for the whole array, the digits the
 * float mode and precision give, decimal points aligned, nan/inf right-aligned to the same width.
 */
export function floatingFormatter(
  values: readonly number[],
  dtype: 'float64' | 'float32',
  o: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS,
): ElementFormatter {
  if (o.floatMode !== 'unique' && o.precision < 0) throw new FormatError('ValueError', 'precision must be >= 0');
  const unique = o.floatMode !== 'fixed';
  let precision = o.floatMode === 'unique' ? -1 : o.precision;
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
    expFormat = max >= cutoff || (!o.suppress && (min < round(0.0001) || round(max / min) > 1000));
  }
  const base = { width, padLeft: -1, padRight: -1, expDigits: -1, unique, sign: o.sign === '+' } as const;
  // the first pass prints every finite value to find the widths (numpy's fillFormat)
  const firstPass: Dragon4Options = { ...base, precision, minDigits: -1, trim: unique ? '.' : 'k' };
  let padLeft = 0;
  let padRight = 0;
  let options: Dragon4Options = firstPass;
  if (finite.length > 0 && expFormat) {
    const widths = partWidths(finite.map((v) => dragon4Scientific(v, firstPass)), true);
    precision = widths.fraction;
    padLeft = widths.left;
    padRight = widths.exponent + 2 + precision;
    options = { ...base, precision, minDigits: precision, trim: 'k', padLeft, expDigits: widths.exponent };
  } else if (finite.length > 0) {
    const widths = partWidths(finite.map((v) => dragon4Positional(v, firstPass)), false);
    padLeft = widths.left;
    padRight = widths.fraction;
    options =
      o.floatMode === 'fixed' || o.floatMode === 'maxprec_equal'
        ? { ...base, precision: padRight, minDigits: padRight, trim: 'k', padLeft, padRight }
        : { ...base, precision, minDigits: 0, trim: '.', padLeft, padRight };
  }
  // sign ' ': the space of the sign position, unless a value has its sign bit set
  if (o.sign === ' ' && !finite.some((v) => v < 0 || Object.is(v, -0))) padLeft += 1;
  if (finite.length !== values.length) {
    const negInf = o.sign !== '-' || values.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, o.nanStr.length - offset, o.infStr.length + negInf - offset);
  }
  if (padLeft !== options.padLeft && finite.length > 0) options = { ...options, padLeft };
  const total = padLeft + padRight + 1;
  const plus = o.sign === '+' ? '+' : '';
  const nanText = (plus + o.nanStr).padStart(total);
  const infText = (plus + o.infStr).padStart(total);
  const negInfText = ('-' + o.infStr).padStart(total);
  const finiteFormat = expFormat ? dragon4Scientific : dragon4Positional;
  return (x: number): string => {
    if (Number.isNaN(x)) return nanText;
    if (!Number.isFinite(x)) return x < 0 ? negInfText : infText;
    return finiteFormat(x, options);
  };
}

/** numpy's IntegerFormat: right-aligned to the widest of str(max) and str(min), as '{:+5d}' with the sign option. */
export function integerFormatter(values: readonly number[], sign: SignMode = '-'): ElementFormatter {
  let width = 0;
  let signText = sign === '-' ? '' : sign;
  if (values.length > 0) {
    let max = values[0];
    let min = values[0];
    for (const v of values) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    // ' ' is dropped when a value is negative: the '-' keeps the column
    if (sign === ' ' && min < 0) signText = '';
    const maxWidth = intText(max).length + (max >= 0 ? signText.length : 0);
    width = Math.max(maxWidth, intText(min).length);
  }
  if (signText === '') return (x: number) => intText(x).padStart(width);
  return (x: number) => (x >= 0 ? signText + intText(x) : intText(x)).padStart(width);
}

export function intText(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/** numpy's BoolFormat: ' True' lines up with 'False', except in a 0-d array. */
export function boolFormatter(zeroDim: boolean): ElementFormatter {
  const trueText = zeroDim ? 'True' : ' True';
  return (x: number) => (x ? trueText : 'False');
}

export function elementFormatter(
  values: readonly number[],
  dtype: DType,
  zeroDim: boolean,
  options: NumpyPrintOptions = DEFAULT_PRINT_OPTIONS,
): ElementFormatter {
  switch (dtype) {
    case 'float64':
    case 'float32':
      return floatingFormatter(values, dtype, options);
    case 'bool':
      return boolFormatter(zeroDim);
    default:
      return integerFormatter(values, options.sign);
  }
}
