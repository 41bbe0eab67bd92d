// Exact float decompositions of the `math` module (CPython's frexp, ldexp, modf) and isqrt.
// Plain number arithmetic: every scaling is by a power of two, rounded at most once.

const TWO_64 = 2 ** 64;

/** CPython's math.frexp: x = m * 2**e with 0.5 <= |m| < 1 (zero, inf and nan come back as is). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let v = x;
  let bias = 0;
  if (Math.abs(v) < 2 ** -1022) {
    v *= TWO_64; // a subnormal made normal, exactly
    bias = -64;
  }
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, v);
  const biased = (bits.getUint16(0) >> 4) & 0x7ff;
  const e = biased - 1022;
  // m = v / 2**e, exact: set the exponent field of v to that of 0.5
  bits.setUint16(0, (bits.getUint16(0) & 0x800f) | (1022 << 4));
  return [bits.getFloat64(0), e + bias];
}

/** x * 2**i rounded once (as C's ldexp); i may be beyond the float exponent range. */
export function ldexp(x: number, i: bigint): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const n = BigInt(e) + i;
  if (n > 1024n) return m * Infinity;
  if (n < -1080n) return m * 0;
  const k = Number(n);
  if (k >= -1021) return k === 1024 ? m * 2 * 2 ** 1023 : m * 2 ** k;
  // subnormal result: (m * 2**(k + 1074)) is exact, the final * 2**-1074 rounds once
  return m * 2 ** (k + 1074) * 2 ** -1074;
}

/** C's modf: the fractional and integral parts, both with the sign of x. */
export function modf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  if (!Number.isFinite(x)) return [x < 0 ? -0 : 0, x];
  const whole = Math.trunc(x);
  const frac = x - whole;
  return [frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac, whole];
}

/** The integer square root of a non-negative integer (floor of the exact root). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // start above the root (2**ceil(bits/2)); Newton's iteration then decreases to floor(sqrt(n))
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return x;
}

/** a*b as hi + lo exactly (Dekker's product with Veltkamp's split). */
function exactProduct(a: number, b: number): [number, number] {
  const split = (v: number): [number, number] => {
    const c = 134217729 * v;
    const hi = c - (c - v);
    return [hi, v - hi];
  };
  const hi = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [hi, ah * bh - hi + ah * bl + al * bh + al * bl];
}

/** CPython 3.11's vector_norm (math.hypot, math.dist): the Euclidean norm of |components|,
 *  scaled by a power of two, summed with compensation, then one correction step of the root. */
export function vectorNorm(vec: number[]): number {
  let max = 0;
  let foundNan = false;
  for (const v of vec) {
    if (Number.isNaN(v)) foundNan = true;
    else if (v > max) max = v;
  }
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const dblMin = 2 ** -1022;
    return dblMin * vectorNorm(vec.map((v) => v / dblMin));
  }
  const scale = ldexp(1, BigInt(-maxE));
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  const accumulate = (prHi: number, prLo: number): void => {
    const hi = csum + prHi;
    frac2 += prHi - (hi - csum);
    csum = hi;
    frac1 += prLo;
  };
  for (const v of vec) {
    const x = v * scale;
    const [hi, lo] = exactProduct(x, x);
    accumulate(hi, lo);
  }
  const h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [hi, lo] = exactProduct(-h, h);
  accumulate(hi, lo);
  const x = csum - 1 + (frac1 + frac2);
  return (h + x / (2 * h)) / scale;
}
