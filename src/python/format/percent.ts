// printf-style formatting, `template % args`, following CPython 3.11's PyUnicode_Format.
import { doubleToString } from './double-to-string';
import { FormatError } from './errors';

/**
 * One operand of `%`, as the interpreter sees it: its kind, its value for numbers and strs,
 * its str() and repr() (used by %s and %r/%a), and its type name for error messages.
 * int and bool values must be integers. 'int' is an int (or subclass), 'float' a float (or
 * subclass, e.g. np.float64); any other number-like object (np.int64, np.float32, a class with
 * __index__) is 'other' with its number slots.
 */
export interface PercentArg {
  readonly kind: 'int' | 'float' | 'bool' | 'str' | 'other';
  readonly value: number | bigint | string | null;
  readonly str: string;
  readonly repr: string;
  readonly typeName: string;
  /** An 'other' operand's number protocol (absent: none, CPython's PyNumber_Check is false). */
  readonly number?: NumberSlots;
}

/**
 * The conversions of a number-like operand that CPython's % uses, each null when the operand's
 * type lacks it: __index__ (%x %o %X %c), int() (%d %i %u: __int__, __index__ or __trunc__), and
 * float() (%e %f %g: __float__, else __index__). Calling one may raise the operand's own error;
 * the integer ones give null when theirs was a TypeError (CPython reports the operand's type then).
 */
export interface NumberSlots {
  readonly index: (() => bigint | null) | null;
  readonly int: (() => bigint | null) | null;
  readonly float: (() => number) | null;
}

/**
 * The right operand of `%`: a tuple's items, or a mapping (a dict - or anything CPython treats
 * as a mapping here, i.e. not a tuple or str but with __getitem__) for `%(name)s`. `self` is the
 * mapping operand itself, used when a conversion without a key takes it (`'%s' % {'a': 1}`).
 * A single operand that is neither is passed as a one-item array.
 */
export type PercentArgs =
  | readonly PercentArg[]
  | { readonly mapping: (key: string) => PercentArg | undefined; readonly self: PercentArg };

/** A plain record is accepted as a mapping too; its self-text is then a dict display of the reprs. */
export type PercentOperand = PercentArgs | Readonly<Record<string, PercentArg>>;

function isMappingForm(
  a: PercentOperand,
): a is { readonly mapping: (key: string) => PercentArg | undefined; readonly self: PercentArg } {
  return !Array.isArray(a) && typeof (a as { mapping?: unknown }).mapping === 'function';
}

function fromRecord(record: Readonly<Record<string, PercentArg>>): PercentArgs {
  const entries = Object.entries(record);
  const text = `{${entries.map(([k, v]) => `${pyStrRepr(k)}: ${v.repr}`).join(', ')}}`;
  return {
    mapping: (key) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined),
    self: { kind: 'other', value: null, str: text, repr: text, typeName: 'dict' },
  };
}

/** repr of a str, CPython style (quotes chosen by content, escapes for controls). */
function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** ascii(): the repr with every non-ASCII code point escaped. */
function asciiOf(repr: string): string {
  let out = '';
  for (const ch of repr) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 128) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

class ArgCursor {
  private index: number;
  private length: number;
  private items: readonly PercentArg[];
  constructor(
    args: PercentArgs,
    readonly mapping: ((key: string) => PercentArg | undefined) | null,
  ) {
    if (isMappingForm(args)) {
      this.items = [args.self];
      this.length = -1;
      this.index = -2;
    } else {
      this.items = args as readonly PercentArg[];
      this.length = this.items.length;
      this.index = 0;
    }
  }
  /** `%(key)`: from now on the single argument is mapping[key]. */
  select(key: string): void {
    if (this.mapping === null) throw new FormatError('TypeError', 'format requires a mapping');
    const found = this.mapping(key);
    if (found === undefined) throw new FormatError('KeyError', key);
    this.items = [found];
    this.length = -1;
    this.index = -2;
  }
  next(): PercentArg {
    if (this.length < 0) {
      if (this.index === -2) {
        this.index = -1;
        return this.items[0];
      }
    } else if (this.index < this.length) {
      return this.items[this.index++];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  }
  allUsed(): boolean {
    return this.index >= this.length || this.mapping !== null;
  }
}

function asInt(arg: PercentArg): bigint | null {
  if (arg.kind === 'int' || arg.kind === 'bool') {
    const v = arg.value;
    return typeof v === 'bigint' ? v : BigInt(v as number);
  }
  return null;
}

/** The integer digits of %d/%i/%u/%o/%x/%X: sign, alt prefix, digits zero-padded to prec. */
function formatLong(value: bigint, alt: boolean, prec: number, ch: string): string {
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  let digits = (value < 0n ? -value : value).toString(base);
  if (ch === 'X') digits = digits.toUpperCase();
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? '0' + ch : '';
  return (value < 0n ? '-' : '') + prefix + digits;
}

function integerOperand(arg: PercentArg, ch: string): bigint {
  const i = asInt(arg);
  if (i !== null) return i;
  if (arg.kind === 'float' && (ch === 'd' || ch === 'i' || ch === 'u')) {
    const x = arg.value as number;
    if (Number.isNaN(x)) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  const slots = arg.number;
  if (slots !== undefined) {
    const convert = ch === 'd' || ch === 'i' || ch === 'u' ? slots.int : slots.index;
    const value = convert === null ? null : convert();
    if (value !== null) return value;
  }
  if (ch === 'd' || ch === 'i' || ch === 'u')
    throw new FormatError('TypeError', `%${ch} format: a real number is required, not ${arg.typeName}`);
  throw new FormatError('TypeError', `%${ch} format: an integer is required, not ${arg.typeName}`);
}

function floatOperand(arg: PercentArg): number {
  if (arg.kind === 'float') return arg.value as number;
  const i = asInt(arg);
  if (i !== null) return Number(i);
  const convert = arg.number?.float ?? null;
  if (convert !== null) return convert();
  throw new FormatError('TypeError', `must be real number, not ${arg.typeName}`);
}

function charOperand(arg: PercentArg): string {
  if (arg.kind === 'str') {
    const points = Array.from(arg.value as string);
    if (points.length === 1) return points[0];
  } else {
    const index = arg.number?.index ?? null;
    const i = index !== null ? index() : asInt(arg);
    if (i !== null) {
      if (i < 0n || i > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(i));
    }
  }
  throw new FormatError('TypeError', '%c requires int or char');
}

/** Writes a converted operand into its field, as unicode_format_arg_output. */
function output(text: string, numeric: boolean, flags: number, widthIn: number, ch: string): string {
  let body = Array.from(text);
  let width = widthIn;
  let signChar = '';
  let sign = numeric;
  if (sign) {
    if (body[0] === '-' || body[0] === '+') {
      signChar = body[0];
      body = body.slice(1);
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  let len = body.length;
  if (width < len) width = len;
  const fill = numeric && flags & F_ZERO ? '0' : ' ';
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const hasPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  let prefix = '';
  if (hasPrefix) {
    prefix = body.slice(0, 2).join('');
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (hasPrefix) out += prefix;
  }
  out += body.join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** `template % args` for a str template. */
export function percentFormat(template: string, operand: PercentOperand): string {
  const args: PercentArgs = Array.isArray(operand)
    ? (operand as readonly PercentArg[])
    : isMappingForm(operand as PercentOperand)
      ? (operand as PercentArgs)
      : fromRecord(operand as Readonly<Record<string, PercentArg>>);
  const fmt = Array.from(template);
  const cursor = new ArgCursor(args, isMappingForm(args) ? args.mapping : null);
  let out = '';
  let pos = 0;
  while (pos < fmt.length) {
    if (fmt[pos] !== '%') {
      out += fmt[pos++];
      continue;
    }
    pos++;
    if (fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    if (fmt[pos] === '(') {
      if (cursor.mapping === null) throw new FormatError('TypeError', 'format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && pos < fmt.length) {
        if (fmt[pos] === ')') depth--;
        else if (fmt[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      cursor.select(fmt.slice(keyStart, pos - 1).join(''));
    }
    let flags = 0;
    for (; pos < fmt.length; pos++) {
      const c = fmt[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[pos] === '*') {
      const w = asInt(cursor.next());
      if (w === null) throw new FormatError('TypeError', '* wants int');
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else {
      [width, pos] = readNumber(fmt, pos, 'width too big', width);
    }
    let prec = -1;
    if (fmt[pos] === '.') {
      pos++;
      if (fmt[pos] === '*') {
        const p = asInt(cursor.next());
        if (p === null) throw new FormatError('TypeError', '* wants int');
        prec = Math.max(0, Number(p));
        pos++;
      } else {
        [prec, pos] = readNumber(fmt, pos, 'precision too big', 0);
      }
    }
    while (pos < fmt.length && (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L')) pos++;
    if (pos >= fmt.length) throw new FormatError('ValueError', 'incomplete format');
    const ch = fmt[pos++];
    const arg = cursor.next();
    out += convert(arg, ch, flags, width, prec, pos - 1);
  }
  if (!cursor.allUsed()) throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function readNumber(fmt: string[], start: number, overflow: string, none: number): [number, number] {
  let pos = start;
  let value = 0;
  while (pos < fmt.length && fmt[pos] >= '0' && fmt[pos] <= '9') {
    value = value * 10 + (fmt[pos].charCodeAt(0) - 48);
    if (value > 2147483647) throw new FormatError('ValueError', overflow);
    pos++;
  }
  return [pos === start ? none : value, pos];
}

function convert(arg: PercentArg, ch: string, flags: number, width: number, prec: number, index: number): string {
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      let text = ch === 's' ? arg.str : ch === 'r' ? arg.repr : asciiOf(arg.repr);
      if (prec >= 0) text = Array.from(text).slice(0, prec).join('');
      return output(text, false, flags, width, ch);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return output(formatLong(integerOperand(arg, ch), (flags & F_ALT) !== 0, prec, ch), true, flags, width, ch);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const text = doubleToString(floatOperand(arg), ch.toLowerCase() as 'e' | 'f' | 'g', prec < 0 ? 6 : prec, {
        alt: (flags & F_ALT) !== 0,
        upper: ch === 'E' || ch === 'F' || ch === 'G',
      });
      return output(text, true, flags, width, ch);
    }
    case 'c':
      return output(charOperand(arg), false, flags, width, ch);
    default: {
      const code = ch.codePointAt(0) ?? 0;
      const shown = code >= 31 && code <= 126 ? ch : '?';
      throw new FormatError(
        'ValueError',
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
}
