// How values and gradients read in hovers, lenses and inlay hints: numbers like C's %g (6 significant
// digits in hovers), tensors as shape, dtype, a small aligned preview and min/max/mean/norm.
import type { JsonValue } from '../analysis/report';

/** A JSON number, or one of the strings the Report uses for non-finite numbers, as a JS number. */
export function jsonNumber(v: JsonValue | null | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return undefined;
}

/**
 * The first `digits` significant decimal digits of |x| (x finite, non-zero), rounded like C's printf:
 * to nearest, ties to even on the exact binary value. JS's toExponential breaks exact ties upward.
 */
function roundSignificant(x: number, digits: number): { digits: string; exp: number } {
  const ax = Math.abs(x);
  const [m, e] = ax.toExponential(digits - 1).split('e');
  const rounded = { digits: m.replace('.', ''), exp: Number(e) };
  // An exact tie shows as ...d5000... in the exact expansion (toExponential(100) is exact for up to
  // 101 significant digits; a tie needs the expansion to end at the 5, well within that for p <= 17).
  const [em, ee] = ax.toExponential(100).split('e');
  const exact = em.replace('.', '');
  if (exact[digits] !== '5' || !/^0*$/.test(exact.slice(digits + 1))) return rounded;
  const truncated = exact.slice(0, digits);
  if (Number(truncated[digits - 1]) % 2 === 0) return { digits: truncated, exp: Number(ee) };
  return rounded; // odd last digit: rounding up (what toExponential did) is the even choice
}

/** `x` with `digits` significant digits, in C's `%g` style (exponent when < 1e-4 or >= 10^digits). */
export function formatG(x: number, digits = 6): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sign = x < 0 ? '-' : '';
  const r = roundSignificant(x, digits);
  if (r.exp < -4 || r.exp >= digits) {
    const m = stripZeros(`${r.digits[0]}.${r.digits.slice(1)}`);
    return `${sign}${m}e${r.exp < 0 ? '-' : '+'}${String(Math.abs(r.exp)).padStart(2, '0')}`;
  }
  if (r.exp < 0) return sign + stripZeros(`0.${'0'.repeat(-r.exp - 1)}${r.digits}`);
  const fraction = r.digits.slice(r.exp + 1);
  return sign + r.digits.slice(0, r.exp + 1) + (fraction === '' ? '' : stripZeros(`.${fraction}`));
}

function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const FLOAT_DTYPES = /^(float|torch\.float|complex)/;

/** A scalar for display: floats keep a `.0` when integral (as Python prints them), ints stay ints. */
export function formatScalar(v: JsonValue, dtype: string | undefined, digits = 6): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  const x = jsonNumber(v);
  if (x === undefined) return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const isFloat = dtype === undefined ? !Number.isInteger(x) : FLOAT_DTYPES.test(dtype);
  if (!isFloat && Number.isInteger(x)) return String(x);
  const s = formatG(x, digits);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** Python's shape text: `(3,)`, `(2, 3)`, `()`. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** The leaves of a nested-list value, as numbers (non-numbers are skipped). */
export function flatNumbers(v: JsonValue | null): number[] {
  const out: number[] = [];
  const walk = (x: JsonValue | null): void => {
    if (Array.isArray(x)) for (const y of x) walk(y);
    else {
      const n = jsonNumber(x);
      if (n !== undefined) out.push(n);
    }
  };
  walk(v);
  return out;
}

export interface Stats {
  min: number;
  max: number;
  mean: number;
  norm: number;
  size: number;
}

/** min/max/mean/L2 norm, NaN-propagating like numpy's. */
export function statsOf(values: readonly number[]): Stats | undefined {
  if (values.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sq = 0;
  let nan = false;
  for (const x of values) {
    if (Number.isNaN(x)) nan = true;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    sq += x * x;
  }
  if (nan) return { min: NaN, max: NaN, mean: NaN, norm: NaN, size: values.length };
  return { min, max, mean: sum / values.length, norm: Math.sqrt(sq), size: values.length };
}

export function statsText(s: Stats, digits = 4): string {
  return `min ${formatG(s.min, digits)} · max ${formatG(s.max, digits)} · mean ${formatG(s.mean, digits)} · norm ${formatG(s.norm, digits)}`;
}

/**
 * A numpy-like preview of a nested list: at most `edge` items from each end of every axis (with `...`
 * between), elements to `digits` significant digits, right-aligned to one width.
 */
export function previewArray(v: JsonValue, edge = 3, digits = 4): string {
  const cells: string[] = [];
  const collect = (x: JsonValue): void => {
    if (!Array.isArray(x)) cells.push(cellText(x, digits));
    else for (const y of summarised(x, edge)) if (y !== ELLIPSIS) collect(y);
  };
  collect(v);
  const width = cells.reduce((w, c) => Math.max(w, c.length), 0);
  const render = (x: JsonValue | typeof ELLIPSIS, depth: number): string => {
    if (x === ELLIPSIS) return '...'.padStart(width);
    if (!Array.isArray(x)) return cellText(x, digits).padStart(width);
    const items = summarised(x, edge);
    const nested = x.length > 0 && Array.isArray(x[0]);
    if (!nested) return `[${items.map((y) => render(y, depth + 1)).join(' ')}]`;
    // numpy separates rows with one newline, 2-D blocks with a blank line, and so on.
    const sep = '\n'.repeat(countDepth(x) - 1) + ' '.repeat(depth + 1);
    return `[${items.map((y) => (y === ELLIPSIS ? '...' : render(y, depth + 1))).join(sep)}]`;
  };
  return render(v, 0);
}

const ELLIPSIS = Symbol('...');

function summarised(xs: JsonValue[], edge: number): (JsonValue | typeof ELLIPSIS)[] {
  if (xs.length <= 2 * edge) return xs;
  return [...xs.slice(0, edge), ELLIPSIS, ...xs.slice(xs.length - edge)];
}

function countDepth(x: JsonValue): number {
  let d = 0;
  let cur: JsonValue = x;
  while (Array.isArray(cur) && cur.length > 0) {
    d++;
    cur = cur[0];
  }
  return d;
}

function cellText(x: JsonValue, digits: number): string {
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  const n = jsonNumber(x);
  return n === undefined ? String(x) : formatG(n, digits);
}

/** A one-line summary of a value for inlay hints and lenses. */
export function shortValue(v: JsonValue | null, dtype: string | undefined, shape: readonly number[] | undefined, digits = 4): string {
  if (v === null) return 'None';
  if (shape !== undefined && shape.length > 0) {
    const s = statsOf(flatNumbers(v));
    return s === undefined ? shapeText(shape) : `${shapeText(shape)} ‖${formatG(s.norm, 3)}‖`;
  }
  if (Array.isArray(v)) return `[${v.length}]`;
  if (typeof v === 'object') {
    const data = v.fields?.data;
    return data !== undefined ? `${v.type}(${shortValue(data, undefined, undefined, digits)})` : v.type;
  }
  return formatScalar(v, dtype, digits);
}
