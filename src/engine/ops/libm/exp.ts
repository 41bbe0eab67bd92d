// e^x for the array loops, by Tang's table-driven method: x = (k/N) ln 2 + r with
// |r| <= ln 2 / (2N), e^x = 2^(k div N) * 2^((k mod N)/N) * e^r, the middle factor from the
// table (a double and its relative remainder) and e^r - 1 from its Taylor polynomial to r^4
// (the next term is below 2^-69). Every intermediate error is below 2^-64 of the result, so
// the one final rounding decides: the result is the correctly rounded e^x except for inputs
// within about 2^-12 ulp of a rounding boundary (test/engine/libm-accuracy.test.ts measures it
// against glibc and a 256-bit reference). V8's Math.exp (fdlibm's algorithm) is a call per
// element, about twice as slow in these loops, and not correctly rounded in 1 case in 12.
import { BLOCK, INV_LN2_N, LN2_N_HEAD, LN2_N_TAIL, N, POW2, REDUCTION_CONSTANTS, ROUNDING_SHIFT, TABLE, TABLE_BITS } from './exp-table';

const C3 = 1 / 6;
const C4 = 1 / 24;
/** Beyond this |x| the result may leave the normal range: handled by `expNearLimits`. */
const NORMAL_LIMIT = 708;
/** Above this e^x rounds to infinity (the largest double whose exp is finite). */
const OVERFLOW_ABOVE = 709.782712893384;
/** Below this e^x rounds to +0 (e^x < 2^-1075). */
const UNDERFLOW_BELOW = -745.1332191019412;

/** e^x, correctly rounded but for inputs within ~2^-12 ulp of a rounding boundary. */
export function exp(x: number): number {
  if (!(Math.abs(x) <= NORMAL_LIMIT)) return expNearLimits(x);
  const kd = x * INV_LN2_N + ROUNDING_SHIFT - ROUNDING_SHIFT;
  const k = kd | 0;
  const r = x - kd * LN2_N_HEAD - kd * LN2_N_TAIL;
  const j = (k & (N - 1)) << 1;
  const t = TABLE[j];
  const tmp = r + (r * r * (0.5 + r * (C3 + r * C4)) + TABLE[j + 1]);
  return (t + t * tmp) * POW2[(k >> TABLE_BITS) + 1023];
}

/**
 * out[i] = exp(x[i]) for every i, a block at a time: a loop function called often is compiled
 * whole by V8, while one long loop is compiled while it runs (on-stack replacement), and that
 * code re-checks every module-level constant on every element.
 */
export function expInto(x: Float64Array, out: Float64Array): void {
  for (let start = 0; start < out.length; start += BLOCK) expBlock(x, out, start, Math.min(out.length, start + BLOCK));
}

/** `exp` written out in the loop (no call, no boxed result), its constants literals or locals. */
function expBlock(x: Float64Array, out: Float64Array, start: number, end: number): void {
  const table = TABLE;
  const pow2 = POW2;
  const invLn2N = REDUCTION_CONSTANTS[0];
  const shift = REDUCTION_CONSTANTS[1];
  const ln2Head = REDUCTION_CONSTANTS[2];
  const ln2Tail = REDUCTION_CONSTANTS[3];
  for (let i = start; i < end; i++) {
    const v = x[i];
    if (!(Math.abs(v) <= 708)) {
      // NORMAL_LIMIT
      out[i] = expNearLimits(v);
      continue;
    }
    const kd = v * invLn2N + shift - shift;
    const k = kd | 0;
    const r = v - kd * ln2Head - kd * ln2Tail;
    const j = (k & 2047) << 1; // N - 1, and 11 = TABLE_BITS below
    const t = table[j];
    const tmp = r + (r * r * (0.5 + r * (1 / 6 + r * (1 / 24))) + table[j + 1]);
    out[i] = (t + t * tmp) * pow2[(k >> 11) + 1023];
  }
}

/**
 * The same for |x| > 708 and NaN: the scaling by 2^e may overflow (done in two steps so that
 * 2^1024 need not exist) or give a subnormal, which must be rounded once, at its own precision.
 */
function expNearLimits(x: number): number {
  if (x !== x) return x;
  if (x > OVERFLOW_ABOVE) return Infinity;
  if (x < UNDERFLOW_BELOW) return 0;
  const kd = x * INV_LN2_N + ROUNDING_SHIFT - ROUNDING_SHIFT;
  const k = kd | 0;
  const r = x - kd * LN2_N_HEAD - kd * LN2_N_TAIL;
  const j = (k & (N - 1)) << 1;
  const t = TABLE[j];
  const tail = t * (r + (r * r * (0.5 + r * (C3 + r * C4)) + TABLE[j + 1]));
  const e = k >> TABLE_BITS;
  if (e > 0) return (t + tail) * 2 ** (e - 1) * 2;
  // The result is t (1 + tmp) 2^e with e < -1021. Scaled by 2^1022 it is below 2 and the
  // subnormal grid becomes the grid of multiples of 2^-52: adding 1 rounds to that grid once
  // (head + tail kept apart until then), subtracting 1 again is exact, and so is the scaling back.
  const scale = 2 ** (e + 1022);
  const head = t * scale;
  const low = tail * scale;
  const v = head + low;
  if (v >= 1) return v * 2 ** -1022;
  const sum = 1 + head;
  const sumError = 1 - sum + head;
  return (sum + (sumError + low) - 1) * 2 ** -1022;
}
