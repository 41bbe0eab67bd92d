// The format-spec mini-language of format(), f-strings and str.format for int, bool, float
// and str values, following CPython 3.11's Python/formatter_unicode.c.
import { doubleToString, FloatLayoutFlags, FloatStyle } from './double-to-string';
import { FormatError } from './errors';

export type NumberKind = 'int' | 'float' | 'bool';

type Align = '<' | '>' | '=' | '^';

interface FormatSpec {
  fill: string;
  align: Align;
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean;
  alternate: boolean;
  width: number; // -1: not given
  /** '' none, ',' every 3 digits, '_' every 3 (decimal) or 4 (b/o/x/X) digits. */
  separator: '' | ',' | '_';
  precision: number; // -1: not given
  type: string; // '' for none
}

const ALIGNS = '<>=^';

function isAlign(c: string | undefined): c is Align {
  return c !== undefined && c.length === 1 && ALIGNS.includes(c);
}

/** Py_ssize_t's maximum: longer widths and precisions are "Too many decimal digits". */
const SSIZE_MAX = 2n ** 63n - 1n;
/** Fields at least this long cannot be built (CPython would run out of memory too). */
const FIELD_LIMIT = 2 ** 28;

/** Reads digits at pos; returns [value, count]. */
function readInteger(chars: string[], pos: number): [number, number] {
  let count = 0;
  while (pos + count < chars.length && chars[pos + count] >= '0' && chars[pos + count] <= '9') count++;
  if (count === 0) return [0, 0];
  const value = BigInt(chars.slice(pos, pos + count).join(''));
  if (value > SSIZE_MAX) throw new FormatError('ValueError', 'Too many decimal digits in format string');
  if (value >= BigInt(FIELD_LIMIT)) throw new FormatError('MemoryError', '');
  return [Number(value), count];
}

function codeText(type: string): string {
  const code = type.codePointAt(0) ?? 0;
  return code > 32 && code < 128 ? type : `\\x${code.toString(16)}`;
}

function parseSpec(spec: string, typeName: string, defaultAlign: Align, defaultType: string): FormatSpec {
  const chars = Array.from(spec);
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    separator: '',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    f.fill = chars[0];
    f.align = chars[1];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    f.align = chars[0];
    alignGiven = true;
    pos = 1;
  }
  const c = (): string | undefined => chars[pos];
  if (c() === '+' || c() === '-' || c() === ' ') f.sign = chars[pos++] as '+' | '-' | ' ';
  if (c() === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (c() === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillGiven && c() === '0') {
    f.fill = '0';
    if (!alignGiven && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const [width, widthDigits] = readInteger(chars, pos);
  if (widthDigits > 0) f.width = width;
  pos += widthDigits;
  if (c() === ',') {
    f.separator = ',';
    pos++;
  }
  if (c() === '_') {
    if (f.separator !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    f.separator = '_';
    pos++;
  }
  if (c() === ',' && f.separator === '_') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  if (c() === '.') {
    pos++;
    const [precision, precisionDigits] = readInteger(chars, pos);
    if (precisionDigits === 0) throw new FormatError('ValueError', 'Format specifier missing precision');
    f.precision = precision;
    pos += precisionDigits;
  }
  if (chars.length - pos > 1)
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (chars.length - pos === 1) f.type = chars[pos];
  if (f.separator !== '') {
    const decimalTypes = ['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''];
    const radixTypes = ['b', 'o', 'x', 'X'];
    if (!decimalTypes.includes(f.type) && !(f.separator === '_' && radixTypes.includes(f.type)))
      throw new FormatError('ValueError', `Cannot specify '${f.separator}' with '${codeText(f.type)}'.`);
  }
  return f;
}

function unknownCode(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code '${codeText(type)}' for object of type '${typeName}'`);
}

function pad(text: string, width: number, align: Align, fill: string): string {
  const n = width - Array.from(text).length;
  if (n <= 0) return text;
  if (align === '<') return text + fill.repeat(n);
  if (align === '^') return fill.repeat(n >> 1) + text + fill.repeat(n - (n >> 1));
  return fill.repeat(n) + text;
}

/** format(s, spec) for a str s. */
export function formatString(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseSpec(spec, 'str', '<', 's');
  if (f.type !== '' && f.type !== 's') throw unknownCode(f.type, 'str');
  if (f.sign === ' ') throw new FormatError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new FormatError('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero)
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  let text = s;
  if (f.precision >= 0) {
    const points = Array.from(s);
    if (points.length > f.precision) text = points.slice(0, f.precision).join('');
  }
  return pad(text, f.width, f.align, f.fill);
}

/**
 * Groups the digit string from the right in groups of `group` (0: no grouping) and pads it with
 * zeros (inside the grouping) to at least minWidth characters, like _PyUnicode_InsertThousandsGrouping.
 */
function groupDigits(digits: string, group: number, separator: string, minWidthIn: number): string {
  let minWidth = Math.max(0, minWidthIn);
  let remaining = digits.length;
  const parts: string[] = [];
  const take = (l: number): void => {
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(zeros) + digits.slice(remaining - chars, remaining));
    remaining -= chars;
  };
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      take(l);
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) return parts.reverse().join(separator);
      minWidth -= separator.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return parts.reverse().join(separator);
}

interface NumberParts {
  negative: boolean;
  prefix: string; // 0x, 0b, 0o (alternate form)
  digits: string; // the integer digits, grouped and zero-padded by the layout
  rest: string; // decimal point, fraction, exponent, % or the whole text when there are no digits
}

/** Lays out sign, prefix, grouped digits and rest in the field, as calc_number_widths + fill_number. */
function layoutNumber(p: NumberParts, f: FormatSpec, group: number): string {
  const signText = f.sign === '+' ? (p.negative ? '-' : '+') : f.sign === ' ' ? (p.negative ? '-' : ' ') : p.negative ? '-' : '';
  const nonDigits = signText.length + p.prefix.length + Array.from(p.rest).length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  const separator = group > 0 ? f.separator : '';
  const grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, group, separator, minWidth);
  const padding = f.width - (nonDigits + grouped.length);
  let left = '';
  let inner = '';
  let right = '';
  if (padding > 0) {
    if (f.align === '<') right = f.fill.repeat(padding);
    else if (f.align === '^') {
      left = f.fill.repeat(padding >> 1);
      right = f.fill.repeat(padding - (padding >> 1));
    } else if (f.align === '=') inner = f.fill.repeat(padding);
    else left = f.fill.repeat(padding);
  }
  return left + signText + p.prefix + inner + grouped + p.rest + right;
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isInteger(value)) throw new FormatError('TypeError', `an integer value is required, not ${value}`);
  return BigInt(value);
}

function formatInteger(value: bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero)
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const type = f.type === '' ? 'd' : f.type;
  if (type === 'c') {
    if (f.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < 0n || value > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber({ negative: false, prefix: '', digits: '', rest: String.fromCodePoint(Number(value)) }, f, 0);
  }
  const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const prefixes: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x', 10: '' };
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString(base);
  let prefix = f.alternate ? prefixes[base] : '';
  if (type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  // 'n' uses the C locale here (CPython never sets LC_NUMERIC): no grouping.
  const group = type === 'n' || f.separator === '' ? 0 : f.separator === '_' && base !== 10 ? 4 : 3;
  return layoutNumber({ negative, prefix, digits, rest: '' }, f, group);
}

function formatFloat(value: number, f: FormatSpec): string {
  let type = f.type;
  let style: FloatStyle;
  let precision = f.precision;
  const upper = type === 'E' || type === 'F' || type === 'G';
  let x = value;
  let percent = false;
  const addDot0 = type === '';
  if (type === '') {
    style = precision < 0 ? 'r' : 'g';
    if (precision < 0) precision = 0;
  } else {
    if (type === 'n') type = 'g';
    if (type === '%') {
      type = 'f';
      x = x * 100;
      percent = true;
    }
    style = type.toLowerCase() as FloatStyle;
    if (precision < 0) precision = 6;
  }
  const flags: FloatLayoutFlags = { alt: f.alternate, noNegZero: f.noNegZero, upper, addDot0 };
  let text = doubleToString(x, style, precision, flags);
  if (percent) text += '%';
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  let end = 0;
  while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
  const group = f.type === 'n' || f.separator === '' ? 0 : 3;
  return layoutNumber({ negative, prefix: '', digits: text.slice(0, end), rest: text.slice(end) }, f, group);
}

/**
 * format(value, spec) for an int, bool or float (CPython's int.__format__ / float.__format__).
 * An int or bool value must be an integer (number or bigint).
 */
export function formatNumber(value: number | bigint, kind: NumberKind, spec: string): string {
  if (spec === '') {
    if (kind === 'bool') return value ? 'True' : 'False';
    if (kind === 'int') return toBigInt(value).toString();
    return doubleToString(Number(value), 'r', 0, { addDot0: true });
  }
  const typeName = kind;
  const f = parseSpec(spec, typeName, '>', kind === 'float' ? '' : 'd');
  if (kind === 'float') {
    if (!'eEfFgGn%'.includes(f.type) || f.type.length > 1) throw unknownCode(f.type, typeName);
    return formatFloat(Number(value), f);
  }
  const type = f.type;
  if (type === '' || 'bcdoxXn'.includes(type)) return formatInteger(toBigInt(value), f);
  if ('eEfFgG%'.includes(type)) return formatFloat(Number(toBigInt(value)), f);
  throw unknownCode(type, typeName);
}
