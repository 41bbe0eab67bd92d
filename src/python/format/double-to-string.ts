// CPython's PyOS_double_to_string: a double to text in one of the 'e', 'f', 'g', 'r' (repr)
// styles, with the digits correctly rounded and then laid out exactly as CPython does.
import { Digits, fractionalDigits, shortestDigits, significantDigits } from './decimal';

export type FloatStyle = 'e' | 'f' | 'g' | 'r';

export interface FloatLayoutFlags {
  /** '#': keep the decimal point and trailing zeros. */
  readonly alt?: boolean;
  /** Write at least one digit after the point when not in exponent form (repr, empty format type). */
  readonly addDot0?: boolean;
  /** 'E', 'F', 'G': upper-case exponent letter, INF and NAN. */
  readonly upper?: boolean;
  /** 'z': no minus sign on a result that rounds to zero. */
  readonly noNegZero?: boolean;
}

/** The digits CPython's dtoa returns for the style: shortest (r), significant (e, g) or fractional (f). */
function digitsFor(x: number, style: FloatStyle, precision: number): Digits {
  switch (style) {
    case 'r':
      return shortestDigits(x);
    case 'e':
      return significantDigits(x, precision + 1);
    case 'g':
      return significantDigits(x, precision === 0 ? 1 : precision);
    case 'f':
      return fractionalDigits(x, precision);
  }
}

export function doubleToString(x: number, style: FloatStyle, precision: number, flags: FloatLayoutFlags = {}): string {
  if (Number.isNaN(x)) return flags.upper ? 'NAN' : 'nan';
  if (!Number.isFinite(x)) {
    const inf = flags.upper ? 'INF' : 'inf';
    return x < 0 ? '-' + inf : inf;
  }
  let negative = x < 0 || Object.is(x, -0);
  const found = digitsFor(x, style, precision);
  // dtoa writes zero as the digit "0" at decpt 1 (a value rounded away entirely has no digits;
  // both lay out the same).
  const digits = found.digits === '' ? '0' : found.digits;
  let decpt = found.digits === '' ? 1 : found.decpt;
  if (negative && flags.noNegZero && digits === '0') negative = false;
  const body = layout(digits, decpt, style, style === 'g' && precision === 0 ? 1 : precision, flags);
  return (negative ? '-' : '') + body;
}

/**
 * Lays digits out as CPython's format_float_short: the output is a slice of the digit string
 * padded with zeros on both sides, with a decimal point and maybe an exponent.
 */
function layout(digits: string, decptIn: number, style: FloatStyle, precision: number, flags: FloatLayoutFlags): string {
  const n = digits.length;
  let decpt = decptIn;
  let useExp = false;
  let vEnd = n;
  switch (style) {
    case 'e':
      useExp = true;
      vEnd = precision + 1;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= n) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += '0'.repeat(decpt - n) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(Math.max(0, vEnd - n));
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const mag = Math.abs(exp);
    out += (flags.upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (mag < 10 ? '0' : '') + mag;
  }
  return out;
}
