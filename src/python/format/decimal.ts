// Exact decimal digits of binary floating-point values, and correctly rounded (round-half-even
// on the exact binary value) shortenings of them. The digit convention is that of David Gay's
// dtoa, which CPython uses: a value is 0.DIGITS x 10^decpt, DIGITS has no leading or trailing
// zeros, and zero is { digits: '', decpt: 0 }.

export interface Digits {
  readonly digits: string;
  readonly decpt: number;
}

export const ZERO_DIGITS: Digits = { digits: '', decpt: 0 };

const view = new DataView(new ArrayBuffer(8));

/** |x| = mantissa * 2^exponent for a finite double (mantissa < 2^53). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa, exponent: -1074 };
  mantissa |= 1n << 52n;
  return { mantissa, exponent: biased - 1075 };
}

function stripTrailingZeros(digits: string, decpt: number): Digits {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return end === 0 ? ZERO_DIGITS : { digits: digits.slice(0, end), decpt };
}

/** The exact decimal value of |x| (x finite). */
export function exactDigits(x: number): Digits {
  if (x === 0) return ZERO_DIGITS;
  const { mantissa, exponent } = decompose(x);
  if (exponent >= 0) {
    const s = (mantissa << BigInt(exponent)).toString();
    return stripTrailingZeros(s, s.length);
  }
  // m * 2^-k = m * 5^k / 10^k
  const s = (mantissa * 5n ** BigInt(-exponent)).toString();
  return stripTrailingZeros(s, s.length + exponent);
}

/** The shortest digits that read back as the double |x| (x finite), closest to x among them. */
export function shortestDigits(x: number): Digits {
  if (x === 0) return ZERO_DIGITS;
  // ECMAScript's toExponential() without an argument gives exactly these digits.
  const text = Math.abs(x).toExponential();
  const e = text.indexOf('e');
  const mantissa = text.slice(0, e).replace('.', '');
  return stripTrailingZeros(mantissa, Number(text.slice(e + 1)) + 1);
}

/** Keeps `keep` leading digits (counted from the first digit, may be <= 0), rounding half-even. */
export function roundDigitsAt(d: Digits, keep: number): Digits {
  if (d.digits.length <= keep) return d;
  if (keep < 0) return ZERO_DIGITS;
  const first = d.digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (first !== 5) up = first > 5;
  else if (d.digits.length > keep + 1) up = true;
  else up = keep > 0 && (d.digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  const kept = d.digits.slice(0, keep);
  if (!up) return stripTrailingZeros(kept, d.decpt);
  return incremented(kept, d.decpt);
}

/** kept + one unit in its last place. */
function incremented(kept: string, decpt: number): Digits {
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return stripTrailingZeros(kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), decpt);
}

/** Keeps `keep` leading digits without rounding. */
function truncateDigitsAt(d: Digits, keep: number): Digits {
  if (d.digits.length <= keep) return d;
  return stripTrailingZeros(d.digits.slice(0, Math.max(keep, 0)), d.decpt);
}

/** x rounded half-even to n significant digits (n >= 1): dtoa mode 2. */
export function significantDigits(x: number, n: number): Digits {
  return roundDigitsAt(exactDigits(x), n);
}

/** x rounded half-even to n digits after the decimal point (n may be negative): dtoa mode 3. */
export function fractionalDigits(x: number, n: number): Digits {
  const d = exactDigits(x);
  return roundDigitsAt(d, d.decpt + n);
}

/** Compares two non-negative decimal values. */
export function compareDigits(a: Digits, b: Digits): number {
  if (a.digits === '' || b.digits === '') return (a.digits === '' ? 0 : 1) - (b.digits === '' ? 0 : 1);
  if (a.decpt !== b.decpt) return a.decpt < b.decpt ? -1 : 1;
  const n = Math.max(a.digits.length, b.digits.length);
  const pa = a.digits.padEnd(n, '0');
  const pb = b.digits.padEnd(n, '0');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * The shortest digits that read back as the float32 |x| (x a finite float32 value), the
 * closest to x among them (ties to the even digit), as numpy's Dragon4 prints float32.
 */
export function shortestDigits32(x: number): Digits {
  if (x === 0) return ZERO_DIGITS;
  const v = Math.abs(x);
  f32[0] = v;
  const bits = u32[0];
  const even = (bits & 1) === 0;
  u32[0] = bits + 1;
  const next = bits === 0x7f7fffff ? v + (v - prevFloat32(bits)) : f32[0];
  const prev = prevFloat32(bits);
  // Both midpoints are exact doubles (float32 neighbours differ by a power of two >= 2^-149).
  const low = exactDigits((prev + v) / 2);
  const high = exactDigits((v + next) / 2);
  const inside = (c: Digits): boolean => {
    const cl = compareDigits(c, low);
    const ch = compareDigits(c, high);
    return (cl > 0 || (even && cl === 0)) && (ch < 0 || (even && ch === 0));
  };
  const exact = exactDigits(v);
  for (let k = 1; ; k++) {
    const down = truncateDigitsAt(exact, k);
    if (down === exact) return exact;
    const up = incremented(exact.digits.slice(0, k), exact.decpt);
    const lowOk = inside(down);
    const highOk = inside(up);
    if (lowOk && highOk) return roundDigitsAt(exact, k);
    if (lowOk) return down;
    if (highOk) return up;
  }
}

function prevFloat32(bits: number): number {
  u32[0] = bits - 1;
  return f32[0];
}

/** Shortest round-trip digits for a value of the given float width. */
export function shortestDigitsFor(x: number, width: 32 | 64): Digits {
  return width === 32 ? shortestDigits32(x) : shortestDigits(x);
}

/**
 * Python's round(x, ndigits) for a float: x rounded half-even, on its exact binary value, to
 * ndigits decimals, read back as the nearest double. Returns Infinity when the rounded value
 * overflows (CPython raises OverflowError "rounded value too large to represent").
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x; // CPython's NDIGITS_MAX
  if (ndigits < -308) return 0 * x; // CPython's NDIGITS_MIN
  const d = fractionalDigits(x, ndigits);
  if (d.digits === '') return x < 0 ? -0 : 0;
  return Number(`${x < 0 ? '-' : ''}0.${d.digits}e${d.decpt}`);
}
