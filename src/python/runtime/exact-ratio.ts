// Exact rationals of BigInts and their correctly rounded doubles: what CPython computes with
// float.as_integer_ratio, int / int (true division rounds once) and the statistics module's
// square root of a fraction.

/** A finite double as the reduced fraction [numerator, denominator] (the denominator a power of 2). */
export function floatRatio(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (mantissa === 0n) return [0n, 1n];
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  const num = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
  const den = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  return [negative ? -num : num, den];
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** x * 2**k with one rounding at most (steps that keep the intermediate normal are exact). */
function scaleByPowerOfTwo(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

/**
 * q * 2**-shift as a double, where q is a round-to-odd approximation with at least two bits more than
 * the double it becomes: Number() rounds q once; the power-of-two scaling is exact, or is the one
 * rounding when the result is subnormal (then `shift` is at most 1076, so q is exact in a double).
 */
function fromRoundToOdd(q: bigint, shift: number): number {
  return scaleByPowerOfTwo(Number(q), -shift);
}

/** num / den (den != 0) correctly rounded, as CPython's int / int. */
export function ratioToFloat(num: bigint, den: bigint): number {
  if (den < 0n) [num, den] = [-num, -den];
  if (num === 0n) return 0;
  const negative = num < 0n;
  const n = negative ? -num : num;
  const e = bitLength(n) - bitLength(den);
  const shift = Math.min(55 - e, 1076);
  const [a, b] = shift >= 0 ? [n << BigInt(shift), den] : [n, den << BigInt(-shift)];
  const q = a / b;
  const odd = a % b !== 0n ? q | 1n : q;
  const r = fromRoundToOdd(odd, shift);
  return negative ? -r : r;
}

/** The integer square root (floor) of n >= 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt(num / den) (num >= 0, den > 0) correctly rounded. */
export function sqrtRatioToFloat(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const e = bitLength(num) - bitLength(den);
  const shift = 56 - Math.floor(e / 2); // the root gets about 56 bits
  const [a, b] = shift >= 0 ? [num << BigInt(2 * shift), den] : [num, den << BigInt(-2 * shift)];
  const q = a / b;
  const root = isqrt(q);
  const exact = a % b === 0n && root * root === q;
  return fromRoundToOdd(exact ? root : root | 1n, shift);
}
