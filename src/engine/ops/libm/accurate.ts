// log, sin and cos rounded correctly (except within ~2**-80 of a rounding boundary), so that they
// agree with glibc's libm, which CPython and numpy call: V8's Math.log / Math.sin / Math.cos
// (fdlibm) differ from glibc in the last bit for a few percent of inputs, this for about 0.1%
// (where glibc itself is not correctly rounded). Double-double arithmetic (Dekker, Knuth); each
// helper leaves its result in (dd[0], dd[1]) - high and low part - to avoid allocating: a typed
// array, since storing a double into a module variable allocates a heap number every time.

import { productError, sumError } from './exact';

const dd = new Float64Array(2);

/** (dd[0], dd[1]) = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  dd[0] = s;
  dd[1] = sumError(a, b, s);
}

/** (dd[0], dd[1]) = a * b exactly. */
function twoProd(a: number, b: number): void {
  const p = a * b;
  dd[0] = p;
  dd[1] = productError(a, b, p);
}

/** (dd[0], dd[1]) = (ah + al) + (bh + bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = dd[0];
  const e = dd[1] + al + bl;
  dd[0] = s + e;
  dd[1] = e - (dd[0] - s);
}

/** (dd[0], dd[1]) = (ah + al) * (bh + bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = dd[0];
  const e = dd[1] + (ah * bl + al * bh);
  dd[0] = p + e;
  dd[1] = e - (dd[0] - p);
}

/** (dd[0], dd[1]) = (ah + al) / (bh + bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -dd[0], -dd[1]);
  const q2 = dd[0] / bh; // the remainder's quotient: together about 2**-104 accurate
  dd[0] = q1 + q2;
  dd[1] = q2 - (dd[0] - q1);
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** Reciprocals 1/(2i+1) as double-doubles: the atanh series' coefficients. */
const ODD_RECIPROCALS_HI: number[] = [];
const ODD_RECIPROCALS_LO: number[] = [];
for (let i = 0; i < 24; i++) {
  ddDiv(1, 0, 2 * i + 1, 0);
  ODD_RECIPROCALS_HI.push(dd[0]);
  ODD_RECIPROCALS_LO.push(dd[1]);
}
/** 1/n! as double-doubles, for the sine and cosine series. */
const INV_FACTORIAL_HI: number[] = [1];
const INV_FACTORIAL_LO: number[] = [0];
for (let n = 1; n < 30; n++) {
  ddDiv(INV_FACTORIAL_HI[n - 1], INV_FACTORIAL_LO[n - 1], n, 0);
  INV_FACTORIAL_HI.push(dd[0]);
  INV_FACTORIAL_LO.push(dd[1]);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // index of the high word

const LOG_TERMS = 22; // s2**22 / 45 < 2**-110 for |s| <= 0.172
const LOG_DD_TERMS = 6; // deeper terms weigh < 2**-30 and are summed in plain doubles

/** Natural logarithm, correctly rounded. */
export function accurateLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x); // NaN, negatives, 0, +inf
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54; // subnormal: normalise first
    k = -54;
  }
  f64[0] = x;
  k += ((u32[HIGH] >>> 20) & 0x7ff) - 1023;
  u32[HIGH] = (u32[HIGH] & 0x800fffff) | (1023 << 20); // m in [1, 2)
  let m = f64[0];
  if (m > Math.SQRT2) {
    m /= 2; // exact
    k += 1;
  }
  logMantissa(m);
  const logMh = dd[0];
  const logMl = dd[1];
  if (k === 0) return logMh + logMl;
  twoProd(k, LN2_HI);
  ddAdd(dd[0], dd[1], k * LN2_LO, 0);
  ddAdd(dd[0], dd[1], logMh, logMl);
  return dd[0] + dd[1];
}

/** log(m) for m in [1/sqrt 2, sqrt 2] as a double-double (hi, lo), about 2**-104 accurate. */
export function logMantissaDD(m: number, out: Float64Array): void {
  logMantissa(m);
  out[0] = dd[0];
  out[1] = dd[1];
}

/** (dd[0], dd[1]) = log(m), m in [1/sqrt 2, sqrt 2]. */
function logMantissa(m: number): void {
  // log(m) = 2 atanh(s) = 2 s (1 + s2/3 + s2^2/5 + ...), s = (m - 1) / (m + 1), |s| <= 0.172.
  const f = m - 1; // exact (Sterbenz)
  twoSum(2, f);
  ddDiv(f, 0, dd[0], dd[1]);
  const sh = dd[0];
  const sl = dd[1];
  ddMul(sh, sl, sh, sl);
  const s2h = dd[0];
  const s2l = dd[1];
  let tail = ODD_RECIPROCALS_HI[LOG_TERMS];
  for (let i = LOG_TERMS - 1; i >= LOG_DD_TERMS; i--) tail = ODD_RECIPROCALS_HI[i] + s2h * tail;
  let ph = tail;
  let pl = 0;
  for (let i = LOG_DD_TERMS - 1; i >= 0; i--) {
    ddMul(s2h, s2l, ph, pl);
    ddAdd(ODD_RECIPROCALS_HI[i], ODD_RECIPROCALS_LO[i], dd[0], dd[1]);
    ph = dd[0];
    pl = dd[1];
  }
  ddMul(sh, sl, ph, pl);
  dd[0] *= 2;
  dd[1] *= 2;
}

/** sin(x), correctly rounded, for |x| < 2**20 (beyond that, Math.sin). */
export function accurateSin(x: number): number {
  return sinCos(x, 0);
}

/** cos(x), correctly rounded, for |x| < 2**20 (beyond that, Math.cos). */
export function accurateCos(x: number): number {
  return sinCos(x, 1);
}

const TRIG_TERMS = 13; // r2**13 / 26! < 2**-110 for |r| <= pi/4
const TRIG_DD_TERMS = 6;

/** sin (shift 0) or cos (shift 1) via x = n pi/2 + r, |r| <= pi/4, and Taylor series in r. */
function sinCos(x: number, shift: 0 | 1): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 20) return shift ? Math.cos(x) : Math.sin(x);
  if (x === 0) return shift ? 1 : x;
  const n = Math.round(x / PIO2_1);
  // r = x - n * pi/2, with pi/2 in three pieces (Cody and Waite), in double-double.
  twoProd(n, PIO2_1);
  ddAdd(x, 0, -dd[0], -dd[1]);
  let r0 = dd[0];
  let r1 = dd[1];
  twoProd(n, PIO2_2);
  ddAdd(r0, r1, -dd[0], -dd[1]);
  ddAdd(dd[0], dd[1], -n * PIO2_3, 0);
  r0 = dd[0];
  r1 = dd[1];
  const quadrant = (((n + shift) % 4) + 4) % 4;
  series(r0, r1, quadrant % 2 === 0);
  return quadrant >= 2 ? -(dd[0] + dd[1]) : dd[0] + dd[1];
}

/** sin a and cos a for |a| <= pi/4 as double-doubles: out = [sin hi, sin lo, cos hi, cos lo]. */
export function sinCosDD(a: number, out: Float64Array): void {
  series(a, 0, true);
  out[0] = dd[0];
  out[1] = dd[1];
  series(a, 0, false);
  out[2] = dd[0];
  out[3] = dd[1];
}

/** (dd[0], dd[1]) = sin r (useSine) or cos r, r = r0 + r1, |r| <= pi/4. */
function series(r0: number, r1: number, useSine: boolean): void {
  ddMul(r0, r1, r0, r1);
  const r2h = dd[0];
  const r2l = dd[1];
  // sin r = r (1 - r2/3! + r2^2/5! - ...), cos r = 1 - r2/2! + r2^2/4! - ...; Horner in r2.
  const first = useSine ? 1 : 0;
  const coefficient = (i: number) => (i % 2 === 0 ? 1 : -1) * INV_FACTORIAL_HI[2 * i + first];
  let tail = coefficient(TRIG_TERMS);
  for (let i = TRIG_TERMS - 1; i >= TRIG_DD_TERMS; i--) tail = coefficient(i) + r2h * tail;
  let ph = tail;
  let pl = 0;
  for (let i = TRIG_DD_TERMS - 1; i >= 0; i--) {
    ddMul(r2h, r2l, ph, pl);
    const sign = i % 2 === 0 ? 1 : -1;
    ddAdd(sign * INV_FACTORIAL_HI[2 * i + first], sign * INV_FACTORIAL_LO[2 * i + first], dd[0], dd[1]);
    ph = dd[0];
    pl = dd[1];
  }
  if (useSine) ddMul(r0, r1, ph, pl);
  else {
    dd[0] = ph;
    dd[1] = pl;
  }
}
