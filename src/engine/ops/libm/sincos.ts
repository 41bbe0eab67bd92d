// sin and cos, the correctly rounded results (what glibc's give, in practice) at table speed, by
// Ziv's strategy, for |x| < 2^20 (beyond, accurate.ts's answer, which is V8's):
//   x = n pi/2 + r (r in double-double, pi/2 in three pieces), r = a + t, a = j/64 from a table of
//   double-double sin a and cos a, |t| <= 1/128,
//   sin(a + t) = sin a + sin a (cos t - 1) + cos a sin t, cos(a + t) = cos a + cos a (cos t - 1) - sin a sin t,
// the leading products exact (Dekker), about 2^-70 accurate. When the result lies closer than that
// to a rounding boundary, accurate.ts's double-double series decides.
import { accurateCos, accurateSin, sinCosDD } from './accurate';
import { productError, sumError } from './exact';

const J = 51; // a = j/64, |j| <= 51 covers |r| <= pi/4 + 1/128
const SIN_HI = new Float64Array(2 * J + 1);
const SIN_LO = new Float64Array(2 * J + 1);
const COS_HI = new Float64Array(2 * J + 1);
const COS_LO = new Float64Array(2 * J + 1);
{
  const out = new Float64Array(4);
  for (let j = -J; j <= J; j++) {
    sinCosDD(j / 64, out);
    SIN_HI[j + J] = out[0];
    SIN_LO[j + J] = out[1];
    COS_HI[j + J] = out[2];
    COS_LO[j + J] = out[3];
  }
}

const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;


/** The result's error bound, relative: the fast path's accuracy with a margin. */
const BOUND = 2 ** -64;

export function sin(x: number): number {
  return sinCos(x, 0);
}

export function cos(x: number): number {
  return sinCos(x, 1);
}

/** sin (shift 0) or cos (shift 1). */
function sinCos(x: number, shift: 0 | 1): number {
  if (!(Math.abs(x) < 2 ** 20) || x === 0) return shift ? accurateCos(x) : accurateSin(x);
  // r = x - n pi/2 in double-double (as accurate.ts reduces it)
  const n = Math.round(x / PIO2_1);
  const p1 = n * PIO2_1;
  const q1 = x - p1;
  let rLo = sumError(x, -p1, q1) - productError(n, PIO2_1, p1);
  const p2 = n * PIO2_2;
  const q2 = q1 - p2;
  rLo += sumError(q1, -p2, q2) - productError(n, PIO2_2, p2) - n * PIO2_3;
  // normalised: |rLo| <= ulp(rHi) / 2 (the first product's error can be far larger)
  const rHi = q2 + rLo;
  rLo -= rHi - q2;
  const quadrant = (((n + shift) % 4) + 4) % 4;
  const useSine = quadrant % 2 === 0;
  // r = a + t: t = rHi - a exactly (Sterbenz, or a = 0), tLo = rLo
  const j = Math.round(rHi * 64);
  const t = rHi - j / 64;
  const tLo = rLo;
  const sa = SIN_HI[j + J];
  const saLo = SIN_LO[j + J];
  const ca = COS_HI[j + J];
  const caLo = COS_LO[j + J];
  // cos t - 1 = -t^2/2 + t^4/24 - ...: t^2 as q + qe; sin t = t + tLo - t^3/6 + ...
  const q = t * t;
  const qe = productError(t, t, q) + 2 * t * tLo;
  const c2 = -0.5 * q; // exact
  const c2Lo = -0.5 * qe + q * q * (1 / 24 - q * (1 / 720 - q / 40320));
  const s3 = t * q * (-1 / 6 + q * (1 / 120 - q * (1 / 5040 - q / 362880)));
  // sin: sa + sa c2 + ca t (+ small); cos: ca + ca c2 - sa t (+ small)
  const u = useSine ? sa : ca;
  const uLo = useSine ? saLo : caLo;
  const v = useSine ? ca : sa;
  const vLo = useSine ? caLo : saLo;
  const sign = useSine ? 1 : -1;
  const pa = u * c2;
  const pb = sign * v * t;
  const s1 = u + pb;
  const s2 = s1 + pa;
  const lo =
    sumError(u, pb, s1) +
    sumError(s1, pa, s2) +
    uLo +
    productError(u, c2, pa) +
    sign * productError(v, t, v * t) +
    u * c2Lo +
    uLo * c2 +
    sign * (v * (tLo + s3) + vLo * t);
  const hi = s2 + lo;
  const rest = lo - (hi - s2);
  const err = BOUND * Math.abs(hi);
  const down = hi + (rest - err);
  if (down === hi + (rest + err)) return quadrant >= 2 ? -down : down;
  return shift ? accurateCos(x) : accurateSin(x);
}
