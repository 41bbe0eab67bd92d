// x^y rounded correctly (except within ~2^-40 ulp of a rounding boundary), as glibc's pow - which
// CPython's `**`, math.pow and numpy's power call - is in all but rare cases; V8's Math.pow is not
// (0.9 ** 4 gave 0.6561000000000001 where CPython prints 0.6561, and x ** 1.7 differed in the last
// bit for about a quarter of inputs). x^y = e^(y log x): log x as a double-double, from log.ts's
// table (~2^-68) when Ziv's test says that decides the rounding, else from accurate.ts's series
// (~2^-104); y log x as a double-double; e^t by Tang's table (exp-table.ts: 2^(j/N) to 2^-106) with
// the reduced argument and the first terms of its series in double-double, so the one final
// rounding decides (results below 2^-1021 rounded once on their coarser grid, and a positive
// integer power within the error of a midpoint computed exactly); special values are C's.
// (glibc's pow is within 0.52 ulp, not always correctly rounded: it differs from this in about
// 1 case in 2,000, where this one is the correctly rounded result.)
import { TABLE_LOG_DD_BOUND, accurateLogDD, tableLogDD } from './log';
import { productError, sumError } from './exact';
import { INV_LN2_N, LN2_N_HEAD, LN2_N_TAIL, LN2_N_TAIL2, N, POW2, ROUNDING_SHIFT, TABLE, TABLE_BITS } from './exp-table';

/** Above this y log x, x^y rounds to infinity; below the other, to +0 (x^y < 2^-1075). */
const OVERFLOW_ABOVE = 709.782712893384;
const UNDERFLOW_BELOW = -745.1332191019412;

const logX = new Float64Array(2);

/** C's pow(x, y) for doubles, correctly rounded in the normal range. */
export function pow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (x === 1 || y === 0) return 1; // C: 1^y = 1 (even y = NaN), x^0 = 1 (even x = NaN)
  if (!(x > 0 && x < Infinity && Math.abs(y) < Infinity)) {
    if (x === -1 && (y === Infinity || y === -Infinity)) return 1; // C; JavaScript gives NaN
    if (x < 0 && x > -Infinity && Math.abs(y) < Infinity && Number.isInteger(y)) {
      const r = positivePow(-x, y);
      return Math.abs(y % 2) === 1 ? -r : r;
    }
    return Math.pow(x, y); // zeros, infinities, NaNs, negative bases with fractional exponents
  }
  return positivePow(x, y);
}

/** x^y for finite x > 0 and finite y: log x from the table (log.ts) when that decides the
 *  rounding (Ziv's test), else from the double-double series. */
function positivePow(x: number, y: number): number {
  if (y === 0.5) return Math.sqrt(x); // the same correctly rounded value; near 1 the other way is a hard case
  if (x >= 2 ** -1022) {
    tableLogDD(x, logX);
    const r = powFromLog(y, logX[0], logX[1], TABLE_LOG_DD_BOUND);
    if (r === r) return r; // (NaN: too close to a rounding boundary to tell)
  }
  accurateLogDD(x, logX);
  const r = powFromLog(y, logX[0], logX[1], ACCURATE_BOUND);
  if (r === r) return r;
  // within ~2^-95 of a midpoint between two doubles: maybe exactly on it (x^n of a short x)
  if (Number.isInteger(y) && y > 0 && y <= 1100) return exactIntegerPow(x, y);
  return powFromLog(y, logX[0], logX[1], 0);
}

/** The series path's error bound, relative to y log x, with a margin (measured: ~2^-96). */
const ACCURATE_BOUND = 2 ** -92;

/**
 * e^(y (lh + ll)) rounded, where lh + ll is log x to within `bound` of itself; NaN when that error
 * could change the rounding (bound 0: round regardless).
 */
function powFromLog(y: number, lh: number, ll: number, bound: number): number {
  // t = y log x, a double-double (th, tl)
  const th0 = y * lh;
  const tl0 = productError(y, lh, th0) + y * ll;
  const th = th0 + tl0;
  const tl = tl0 - (th - th0);
  if (th > OVERFLOW_ABOVE) return Infinity;
  if (th < UNDERFLOW_BELOW) return 0;
  expDD(th, tl);
  const hi = e[0];
  const lo = e[1];
  const k = e[2];
  if (bound !== 0) {
    const err = (bound * Math.abs(th) + 2 ** -100) * hi;
    const down = hi + (lo - err);
    if (down !== hi + (lo + err)) return NaN;
  }
  if (k < -1021) return onSubnormalGrid(hi, lo, k);
  return k <= 1023 ? (hi + lo) * POW2[k + 1023] : (hi + lo) * 2 * POW2[k + 1022];
}

/** (hi + lo) 2^k for k <= -1022 (a result below 2^-1021, where doubles are the multiples of
 *  2^-1074), rounded once: scaled by 2^200 the rounding's remainder is exact, and lo decides it. */
function onSubnormalGrid(hi: number, lo: number, k: number): number {
  const h = hi * POW2[k + 200 + 1023]; // exact (normal)
  const l = lo * POW2[k + 200 + 1023];
  const r = h * 2 ** -200; // rounded to the grid
  const d = h - r * 2 ** 200 + l;
  const half = 2 ** -875; // half the grid's step, scaled by 2^200
  if (d > half) return r + 2 ** -1074;
  if (d < -half) return r - 2 ** -1074;
  return r;
}

/** x^n rounded once from the exact power (BigInt): for the rare inputs within the series' error
 *  of a midpoint, where x^n may lie exactly on it (ties to even, as glibc). Normal results. */
function exactIntegerPow(x: number, n: number): number {
  let m = x;
  let exp = 0;
  while (!Number.isInteger(m)) {
    m *= 2; // exact
    exp -= 1;
  }
  const p = BigInt(m) ** BigInt(n); // x^n = p 2^(exp n)
  const shift = Math.max(0, p.toString(2).length - 64);
  let q = p >> BigInt(shift);
  if (q << BigInt(shift) !== p) q |= 1n; // a sticky bit below the rounding position
  const scale = shift + exp * n;
  const r = Number(q); // rounds to nearest, ties to even
  const half = Math.trunc(scale / 2); // (2^scale itself may not be a double)
  return r * 2 ** half * 2 ** (scale - half);
}

/** (e[0], e[1]) e^(th + tl) / 2^e[2] as a double-double (|th| in the normal range, |tl| <= ulp(th)):
 *  Tang's method with the reduced argument and the series' first terms in double-double. */
const e = new Float64Array(3);
function expDD(th: number, tl: number): void {
  const kd = th * INV_LN2_N + ROUNDING_SHIFT - ROUNDING_SHIFT;
  const k = kd | 0;
  // r = th + tl - kd ln2/N to ~2^-105 (ln 2/N in three parts): kd * LN2_N_HEAD is exact and close to th
  const a = th - kd * LN2_N_HEAD;
  const p = kd * LN2_N_TAIL;
  const rh0 = a - p;
  const rl0 = sumError(a, -p, rh0) - productError(kd, LN2_N_TAIL, p) - kd * LN2_N_TAIL2 + tl;
  const rh = rh0 + rl0;
  const rl = rl0 - (rh - rh0);
  // e^r - 1 = r + r^2/2 + (r^3/6 + r^4/24 + r^5/120 + r^6/720); |r| <= 1.7e-4, the bracket in doubles
  const sq = rh * rh;
  const sqe = productError(rh, rh, sq) + 2 * rh * rl;
  const half = sq / 2; // exact
  const e1h = rh + half;
  const e1l = sumError(rh, half, e1h) + rl + sqe / 2 + rh * sq * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh / 720)));
  // 2^(j/N) = t (1 + rem): e^r 2^(j/N) = t + t (rem + e1 + rem e1)
  const j = (k & (N - 1)) << 1;
  const t = TABLE[j];
  const rem = TABLE[j + 1];
  const sh = e1h + rem;
  const sl = sumError(e1h, rem, sh) + e1l + rem * e1h;
  const qh = t * sh;
  const ql = productError(t, sh, qh) + t * sl;
  const s = t + qh;
  const l = sumError(t, qh, s) + ql;
  e[0] = s + l;
  e[1] = l - (e[0] - s);
  e[2] = k >> TABLE_BITS;
}
