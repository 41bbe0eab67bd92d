// log(x), the correctly rounded result (what glibc's log gives) at table speed, by Ziv's
// strategy: x = 2^k m with m in [1/sqrt 2, sqrt 2], c = 1 + j/128 the table point nearest m,
//   log x = k ln 2 + ln c + log1p(r),  r = (m - c) / c,  |r| < 2^-7.5,
// with ln c from a table of double-doubles, r as a double-double (m - c is exact) and the first
// two terms of log1p in double-double: about 2^-68 accurate. When the result lies closer than
// that to a rounding boundary (about 1 input in 500), accurate.ts's double-double series decides.
import { accurateLog, logMantissaDD } from './accurate';
import { productError, sumError } from './exact';

const J_MIN = -37; // c = 1 + j/128 for m in [1/sqrt 2, sqrt 2]: j from -37 to 53
const J_MAX = 53;
const LNC_HI = new Float64Array(J_MAX - J_MIN + 1);
const LNC_LO = new Float64Array(J_MAX - J_MIN + 1);
{
  const out = new Float64Array(2);
  for (let j = J_MIN; j <= J_MAX; j++) {
    logMantissaDD(1 + j / 128, out);
    LNC_HI[j - J_MIN] = out[0];
    LNC_LO[j - J_MIN] = out[1];
  }
}

// ln 2 split so that k * LN2_HI is exact for |k| < 2^11 (LN2_HI has 42 significant bits).
const LN2_DD_HI = 0.6931471805599453;
const LN2_DD_LO = 2.3190468138462996e-17;
const LN2_HI = Math.round(LN2_DD_HI * 2 ** 42) / 2 ** 42;
const LN2_LO = LN2_DD_HI - LN2_HI + LN2_DD_LO;


const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** x = 2^exponent * m with m in [1/sqrt 2, sqrt 2] (x normal, positive): returns m, sets `exponent`. */
let exponent = 0;
function splitExponent(x: number): number {
  f64[0] = x;
  exponent = ((u32[HIGH] >>> 20) & 0x7ff) - 1023;
  u32[HIGH] = (u32[HIGH] & 0x800fffff) | (1023 << 20);
  const m = f64[0];
  if (m <= Math.SQRT2) return m;
  exponent += 1;
  return m / 2;
}

/** The result's error bound, relative: the fast path's accuracy with a margin. */
const BOUND = 2 ** -64;

/** Natural logarithm, correctly rounded (the slow path only near rounding boundaries). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity || x < 2 ** -1022) return accurateLog(x); // NaN, <= 0, inf, subnormals
  logParts(x);
  const hi = parts[0];
  const rest = parts[1];
  const err = BOUND * Math.abs(hi);
  const down = hi + (rest - err);
  if (down === hi + (rest + err)) return down;
  return accurateLog(x);
}

/** [hi, rest] of log x, normalised, about 2^-68 accurate (k ln 2 + ln c + log1p r, see above). */
const parts = new Float64Array(2);

/** log x as a double-double into out (x normal and positive), from the table: accurate to
 *  `TABLE_LOG_DD_BOUND` of |log x|. */
export function tableLogDD(x: number, out: Float64Array): void {
  logParts(x);
  out[0] = parts[0];
  out[1] = parts[1];
}

/** `tableLogDD`'s error bound, relative (with a margin). */
export const TABLE_LOG_DD_BOUND = BOUND;

function logParts(x: number): void {
  const m = splitExponent(x);
  const k = exponent;
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  const d = m - c; // exact (Sterbenz)
  // r = d / c as rh + rl
  const rh = d / c;
  const p = rh * c;
  const rl = (d - p - productError(rh, c, p)) / c;
  // log1p(r) = r - r^2/2 + r^3 (1/3 - r/4 + ...): r^2 as q + qe (+ 2 rh rl), the tail in doubles
  const q = rh * rh;
  const qe = productError(rh, rh, q);
  let tail = -1 / 12;
  for (let n = 11; n >= 3; n--) tail = (n % 2 === 0 ? -1 : 1) / n + rh * tail;
  tail *= q * rh;
  // k ln 2 + ln c + rh - q/2 with the errors of each sum kept, then everything small
  const a = k * LN2_HI; // exact
  const b = LNC_HI[j - J_MIN];
  const s1 = a + b;
  const e1 = sumError(a, b, s1);
  const s2 = s1 + rh;
  const e2 = sumError(s1, rh, s2);
  const h = -0.5 * q; // exact
  const s3 = s2 + h;
  const e3 = sumError(s2, h, s3);
  const lo = e1 + e2 + e3 + LNC_LO[j - J_MIN] + k * LN2_LO + rl - (0.5 * qe + rh * rl) + tail;
  const hi = s3 + lo;
  parts[0] = hi;
  parts[1] = lo - (hi - s3);
}

// 1 / ln 2 as a double-double
const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;

/** log2 x, correctly rounded (exact at powers of 2), as glibc's is in practice. (Not log10:
 *  glibc's log10 is not correctly rounded - 1.2% of a sample differ from the true rounding.) */
export function log2(x: number): number {
  return scaledLog(x, INV_LN2_HI, INV_LN2_LO, Math.log2);
}

const dd = new Float64Array(2);

/** (log x) * (ch + cl), rounded: the fast log's parts first, the double-double series' if that is not enough. */
function scaledLog(x: number, ch: number, cl: number, special: (x: number) => number): number {
  if (!(x > 0) || x === Infinity || x < 2 ** -1022) return special(x);
  logParts(x);
  let v = scaleParts(parts[0], parts[1], ch, cl, 2 ** -62);
  if (!Number.isNaN(v)) return v;
  accurateLogDD(x, dd);
  v = scaleParts(dd[0], dd[1], ch, cl, 2 ** -98);
  return Number.isNaN(v) ? dd[0] * ch + (dd[1] * ch + dd[0] * cl) : v;
}

/** round((h + l)(ch + cl)) if an error of `bound` (relative) cannot change it, else NaN. */
function scaleParts(h: number, l: number, ch: number, cl: number, bound: number): number {
  const p = h * ch;
  const pe = productError(h, ch, p) + (h * cl + l * ch);
  const hi = p + pe;
  const rest = pe - (hi - p);
  const err = bound * Math.abs(hi);
  const down = hi + (rest - err);
  return down === hi + (rest + err) ? down : NaN;
}

/** log x as a double-double from accurate.ts's series, to ~2^-104 (x positive and finite). */
export function accurateLogDD(x: number, out: Float64Array): void {
  const subnormal = x < 2 ** -1022;
  const m = splitExponent(subnormal ? x * 2 ** 54 : x); // (a subnormal normalised first)
  const k = subnormal ? exponent - 54 : exponent;
  logMantissaDD(m, out);
  const a = k * LN2_HI; // exact
  const s = a + out[0];
  const lo = sumError(a, out[0], s) + out[1] + k * LN2_LO;
  out[0] = s + lo;
  out[1] = lo - (out[0] - s);
}
