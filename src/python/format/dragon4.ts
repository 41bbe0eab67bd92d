// numpy's Dragon4 printing of one float (np.format_float_positional / _scientific): shortest
// round-trip digits for the value's width, cut at `precision` digits or extended to `minDigits`
// digits by correct rounding of the exact value (with unique=False: always the exact value
// rounded at `precision` digits), then trimmed and padded.
import { Digits, exactDigits, roundDigitsAt, shortestDigitsFor } from './decimal';

/** 'k' keep trailing zeros; '.' trim zeros, keep the point; '0' trim zeros but keep one; '-' trim zeros and point. */
export type TrimMode = 'k' | '.' | '0' | '-';

export interface Dragon4Options {
  readonly width: 32 | 64;
  /** Maximum digits after the point (positional) or after the first digit (scientific); -1: none. */
  readonly precision: number;
  /** Minimum digits, same counting; -1: none. */
  readonly minDigits: number;
  readonly trim: TrimMode;
  /** Pad with spaces to at least this many characters left of the point; -1: none. */
  readonly padLeft: number;
  /** Positional: pad with spaces to at least this many characters right of the point; -1: none. */
  readonly padRight: number;
  /** Scientific: at least this many exponent digits; -1: 2. */
  readonly expDigits: number;
  /** false: the exact value's digits rounded at `precision` (numpy's unique=False); default true. */
  readonly unique?: boolean;
  /** Print '+' before a non-negative value (numpy's sign=True); default false. */
  readonly sign?: boolean;
}

/**
 * The digits Dragon4 prints: the shortest round-trip digits when their count lies between
 * minDigits and precision, else the exact value rounded half-even at the limit it passes.
 * `countFrom(d)` is how many digits of d come before the first counted one (decpt for
 * positional, 1 for scientific).
 */
function chooseDigits(x: number, o: Dragon4Options, countFrom: (d: Digits) => number): Digits {
  if (o.unique === false) {
    const exact = exactDigits(x);
    return roundDigitsAt(exact, countFrom(exact) + o.precision);
  }
  const shortest = shortestDigitsFor(x, o.width);
  const used = shortest.digits.length - countFrom(shortest);
  if (o.precision >= 0 && used > o.precision) {
    const exact = exactDigits(x);
    return roundDigitsAt(exact, countFrom(exact) + o.precision);
  }
  if (o.minDigits >= 0 && used < o.minDigits) {
    const exact = exactDigits(x);
    return roundDigitsAt(exact, countFrom(exact) + o.minDigits);
  }
  return shortest;
}

function trimFraction(frac: string, trim: TrimMode, minDigits: number): { frac: string; point: boolean } {
  let f = frac;
  if (trim === 'k') {
    if (minDigits > f.length) f = f.padEnd(minDigits, '0');
    return { frac: f, point: true };
  }
  f = f.replace(/0+$/, '');
  if (trim === '.') return { frac: f, point: true };
  if (trim === '0') return { frac: f === '' ? '0' : f, point: true };
  return { frac: f, point: f !== '' };
}

function signOf(x: number, o: Dragon4Options): string {
  if (x < 0 || Object.is(x, -0)) return '-';
  return o.sign === true ? '+' : '';
}

/** How many digits trim mode 'k' keeps at least: minDigits, or all `precision` digits of a non-unique print. */
function keptDigits(o: Dragon4Options): number {
  return o.unique === false ? Math.max(o.precision, o.minDigits) : o.minDigits;
}

/** Positional notation, precision counted in digits after the decimal point. */
export function dragon4Positional(x: number, o: Dragon4Options): string {
  const d = chooseDigits(Math.abs(x), o, (digits) => digits.decpt);
  let intPart: string;
  let frac: string;
  if (d.digits === '') {
    intPart = '0';
    frac = '';
  } else if (d.decpt <= 0) {
    intPart = '0';
    frac = '0'.repeat(-d.decpt) + d.digits;
  } else {
    intPart = d.digits.slice(0, d.decpt).padEnd(d.decpt, '0');
    frac = d.digits.slice(d.decpt);
  }
  const t = trimFraction(frac, o.trim, keptDigits(o));
  let left = signOf(x, o) + intPart;
  if (o.padLeft > left.length) left = ' '.repeat(o.padLeft - left.length) + left;
  let right = t.frac;
  if (o.padRight > right.length) right = right + ' '.repeat(o.padRight - right.length);
  return left + (t.point ? '.' : '') + right;
}

/** Scientific notation d.ddde+XX, precision counted in digits after the first one. */
export function dragon4Scientific(x: number, o: Dragon4Options): string {
  const d = chooseDigits(Math.abs(x), o, () => 1);
  const digits = d.digits === '' ? '0' : d.digits;
  const exponent = d.digits === '' ? 0 : d.decpt - 1;
  const t = trimFraction(digits.slice(1), o.trim, keptDigits(o));
  let left = signOf(x, o) + digits[0];
  if (o.padLeft > left.length) left = ' '.repeat(o.padLeft - left.length) + left;
  const expText = String(Math.abs(exponent)).padStart(o.expDigits < 0 ? 2 : o.expDigits, '0');
  return left + (t.point ? '.' : '') + t.frac + 'e' + (exponent < 0 ? '-' : '+') + expText;
}
