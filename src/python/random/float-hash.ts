// CPython's hash() of a float (Python/pyhash.c, `_Py_HashDouble`), reduced modulo 2**61 - 1.
// random.seed(x) for a float x seeds with (size_t)hash(x); NaN hashes by object identity.

const MODULUS = (1n << 61n) - 1n;
const HASH_BITS = 61;
const TWO_POW_64 = 1n << 64n;

/** hash(value) as CPython's unsigned 64-bit Py_uhash_t; `null` for NaN (identity-based in CPython). */
export function floatHashUnsigned(value: number): bigint | null {
  if (Number.isNaN(value)) return null;
  if (!Number.isFinite(value)) return value > 0 ? 314159n : TWO_POW_64 - 314159n;
  let [m, e] = frexp(value);
  let sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> BigInt(HASH_BITS - 28));
    m *= 268435456; // 2**28
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << BigInt(e)) & MODULUS) | (x >> BigInt(HASH_BITS - e));
  if (sign < 0) x = (TWO_POW_64 - x) % TWO_POW_64;
  if (x === TWO_POW_64 - 1n) x = TWO_POW_64 - 2n; // -1 is reserved for errors
  return x;
}

/** C's frexp: value = m * 2**e with 0.5 <= |m| < 1 (m = value for 0). */
function frexp(value: number): [number, number] {
  if (value === 0) return [value, 0];
  const view = new DataView(new ArrayBuffer(8));
  let shift = 0;
  view.setFloat64(0, value);
  if (((view.getUint16(0) >>> 4) & 0x7ff) === 0) {
    view.setFloat64(0, value * 2 ** 64); // subnormal: normalise first
    shift = 64;
  }
  const biased = (view.getUint16(0) >>> 4) & 0x7ff;
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), biased - 1022 - shift];
}
