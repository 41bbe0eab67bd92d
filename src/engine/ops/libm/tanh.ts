// tanh(x) for the array loops. For |x| < 1/16 its odd Taylor series to x^15 (the next term is
// below 2^-63 of the result); above, tanh |x| = (1 - u) / (1 + u) with u = e^(-2|x|) by the
// same table-driven reduction as exp.ts, numerator and denominator kept as double-doubles and
// divided with one exact correction step, so that everything but the last rounding is exact to
// ~2^-62.
// The result is the correctly rounded tanh except for inputs within ~2^-9 ulp of a rounding
// boundary - fdlibm's tanh (V8's Math.tanh and glibc's) is correctly rounded in about 3 cases
// of 4 and up to 2 ulp off; test/engine/libm-accuracy.test.ts measures all three.
import { BLOCK, POW2, REDUCTION_CONSTANTS, TABLE } from './exp-table';

// tanh x = x + x^3 (T3 + x^2 (T5 + ...)): the series' coefficients (from Bernoulli numbers).
const T3 = -1 / 3;
const T5 = 2 / 15;
const T7 = -17 / 315;
const T9 = 62 / 2835;
const T11 = -1382 / 155925;
const T13 = 21844 / 6081075;
const T15 = -929569 / 638512875;

// u = e^(-2|x|) of a block, as s + su (see `reduceBlock`)
const blockS = new Float64Array(BLOCK);
const blockSu = new Float64Array(BLOCK);

/**
 * out[i] = tanh(x[i]) for every i, a block at a time (for the reason given at `expInto`) and in
 * two passes over each block: the reduction to u = e^(-2|x|), then the division. Each pass has
 * a dependency chain half as long as the whole, so the processor overlaps more elements.
 */
export function tanhInto(x: Float64Array, out: Float64Array): void {
  for (let start = 0; start < out.length; start += BLOCK) {
    const end = Math.min(out.length, start + BLOCK);
    reduceBlock(x, start, end);
    divideBlock(x, out, start, end);
  }
}

/**
 * blockS[i - start] + blockSu[i - start] = e^z, z = -2|x[i]|, for |x[i]| in [1/16, 22] (other
 * elements get a placeholder): s = 2^(k/N) <= 1 from the table, su = s (e^r - 1) <= 2^-12 s.
 * Constants are literals or read once from REDUCTION_CONSTANTS, as in exp.ts.
 */
function reduceBlock(x: Float64Array, start: number, end: number): void {
  const table = TABLE;
  const pow2 = POW2;
  const invLn2N = REDUCTION_CONSTANTS[0];
  const shift = REDUCTION_CONSTANTS[1];
  const ln2Head = REDUCTION_CONSTANTS[2];
  const ln2Tail = REDUCTION_CONSTANTS[3];
  const sOut = blockS;
  const suOut = blockSu;
  for (let i = start; i < end; i++) {
    const y = Math.abs(x[i]);
    const z = y >= 0.0625 && y <= 22 ? -2 * y : -1;
    const kd = z * invLn2N + shift - shift;
    const k = kd | 0;
    const r = z - kd * ln2Head - kd * ln2Tail;
    const j = (k & 2047) << 1; // N - 1, and 11 = TABLE_BITS below
    const s = table[j] * pow2[(k >> 11) + 1023];
    sOut[i - start] = s;
    suOut[i - start] = s * (r + (r * r * (0.5 + r * (1 / 6 + r * (1 / 24))) + table[j + 1]));
  }
}

/** out[i] = tanh(x[i]) = (1 - u) / (1 + u) from the block's u, and the cases off the table. */
function divideBlock(x: Float64Array, out: Float64Array, start: number, end: number): void {
  const sIn = blockS;
  const suIn = blockSu;
  for (let i = start; i < end; i++) {
    const v = x[i];
    const y = Math.abs(v);
    if (y < 0.0625) {
      // below 2^-28, x^3 / 3 < 2^-57 x and tanh x rounds to x (the zeros keep their sign)
      out[i] = y < 3.725290298461914e-9 ? v : tanhSeries(v);
      continue;
    }
    if (!(y <= 22)) {
      // 1 - tanh 19.1 < 2^-54: from there on tanh rounds to +-1; and NaN
      out[i] = v !== v ? v : v > 0 ? 1 : -1;
      continue;
    }
    const s = sIn[i - start];
    const su = suIn[i - start];
    // numerator 1 - u = nh + nl and denominator 1 + u = dh + dl, each by two exact-error sums
    const a = 1 - s;
    const nh = a - su;
    const nl = a - nh - su + (1 - a - s);
    const b = 1 + s;
    const dh = b + su;
    const dl = b - dh + su + (1 - b + s);
    // q ~ nh / dh cut to its 26-bit head qHi, then corrected by the exact residual
    // nh - qHi dh (Dekker: Veltkamp's factor 2^27 + 1 cuts dh into two 26-bit halves, so that
    // qHi dHi and qHi dLo are exact products) divided by dh; only the final sum rounds.
    const inv = 1 / dh;
    const q = nh * inv;
    const qs = q * 134217729;
    const qHi = qs - (qs - q);
    const ds = dh * 134217729;
    const dHi = ds - (ds - dh);
    const dLo = dh - dHi;
    const result = qHi + (nh - qHi * dHi - qHi * dLo + nl - qHi * dl) * inv;
    out[i] = v < 0 ? -result : result;
  }
}

/** tanh x for 2^-28 <= |x| < 1/16 (the x^17 term is below 2^-63 x); small enough to be inlined. */
function tanhSeries(x: number): number {
  const x2 = x * x;
  return x + x * (x2 * (T3 + x2 * (T5 + x2 * (T7 + x2 * (T9 + x2 * (T11 + x2 * (T13 + x2 * T15)))))));
}
