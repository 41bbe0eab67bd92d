import { EngineError } from './errors';

/** The element types the engine knows. Storage is always a Float64Array; the dtype says how
 * values are rounded after every op (float32 through Math.fround, integers wrapped modulo
 * 2^bits as numpy's C integers wrap) and how they print. int64 and uint64 hold their values
 * exactly up to 2^53 only (the float64 storage). */
export type IntDType = 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64';
export type FloatDType = 'float32' | 'float64';
export type DType = FloatDType | IntDType | 'bool';

export const INT_DTYPES: readonly IntDType[] = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];

const BITS: Record<IntDType, number> = { int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64 };

export function isFloat(d: DType): d is FloatDType {
  return d === 'float64' || d === 'float32';
}

/** Any integer dtype (not bool). */
export function isInteger(d: DType): d is IntDType {
  return d !== 'float64' && d !== 'float32' && d !== 'bool';
}

export function isUnsigned(d: DType): boolean {
  return d === 'uint8' || d === 'uint16' || d === 'uint32' || d === 'uint64';
}

/** The integer dtypes of 32 bits or fewer: their values are exact and wrap exactly in float64 storage. */
export function isNarrowInteger(d: DType): boolean {
  return isInteger(d) && BITS[d] <= 32;
}

export function intBits(d: IntDType): number {
  return BITS[d];
}

const RANGES = Object.fromEntries(
  (Object.keys(BITS) as IntDType[]).map((d) => {
    const bits = BITS[d];
    return [d, Object.freeze(isUnsigned(d) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1])];
  }),
) as Record<IntDType, readonly [number, number]>;

/** The smallest and largest value of an integer dtype (uint64's and int64's as float64 rounds them). */
export function intRange(d: IntDType): readonly [number, number] {
  return RANGES[d];
}

const SIGNED_OF_BITS: Record<number, IntDType> = { 8: 'int8', 16: 'int16', 32: 'int32', 64: 'int64' };

/** numpy's result type for two array operands (np.result_type: uint8 with int8 gives int16,
 *  int64 with float32 float64, uint64 with any signed integer float64). */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  if (a === 'float64' || b === 'float64') return 'float64';
  if (a === 'bool') return b;
  if (b === 'bool') return a;
  if (a === 'float32') return BITS[b as IntDType] <= 16 ? 'float32' : 'float64';
  if (b === 'float32') return BITS[a as IntDType] <= 16 ? 'float32' : 'float64';
  return promoteIntegers(a as IntDType, b as IntDType);
}

function promoteIntegers(a: IntDType, b: IntDType): DType {
  const ua = isUnsigned(a);
  if (ua === isUnsigned(b)) return BITS[a] >= BITS[b] ? a : b;
  const [u, s] = ua ? [a, b] : [b, a];
  if (BITS[s] > BITS[u]) return s;
  return BITS[u] === 64 ? 'float64' : SIGNED_OF_BITS[BITS[u] * 2];
}

/** The dtype of a float-valued result (true division, mean...) computed from inputs of dtype d. */
export function floatResult(d: DType): DType {
  return d === 'float32' ? 'float32' : 'float64';
}

const INT64_MIN = -9223372036854775808;

/** An int64 value: truncated toward zero (-0 to 0); not finite is INT64_MIN, as numpy on x86-64. */
function int64Of(v: number): number {
  return Number.isFinite(v) ? Math.trunc(v) + 0 : INT64_MIN;
}
const INT64_LIMIT = 9223372036854775808;
const UINT64_LIMIT = 18446744073709551616;

/** A uint64 value below 0 wraps to 2^64 - k, which float64 storage cannot hold exactly; one of
 *  2^64 or more (a float64 rounding of it) wraps exactly. */
function uint64Of(v: number): number {
  const t = Math.trunc(v) + 0;
  if (t < 0) throw new EngineError('Unsupported', 'uint64 values below 0 (numpy wraps them to 2**64 - k, past the 2**53 gradlens holds exactly)');
  return t < UINT64_LIMIT ? t : t % UINT64_LIMIT;
}

/**
 * Rounds a JavaScript number to what an element of dtype d holds when the number is an integer
 * result (arithmetic in d, or a cast from another integer dtype): integers wrap modulo 2^bits
 * (JavaScript's ToInt32 is exact modular arithmetic on any float64 integer). Casting a float to
 * an integer dtype is `castFloat`'s.
 */
export function castValue(d: DType, v: number): number {
  switch (d) {
    case 'float64':
      return v;
    case 'float32':
      return Math.fround(v);
    case 'int64':
      return int64Of(v);
    case 'bool':
      return v !== 0 && !Number.isNaN(v) ? 1 : v !== v ? 1 : 0;
    case 'int32':
      return v | 0;
    case 'uint32':
      return v >>> 0;
    case 'int16':
      return (v << 16) >> 16;
    case 'uint16':
      return v & 0xffff;
    case 'int8':
      return (v << 24) >> 24;
    case 'uint8':
      return v & 0xff;
    case 'uint64':
      return uint64Of(v);
  }
}

/** C's float-to-int32 conversion on x86-64 (cvttsd2si): truncation, -2^31 when out of range or NaN. */
function toInt32OrMin(v: number): number {
  return v > -2147483649 && v < 2147483648 ? Math.trunc(v) : -2147483648;
}

/**
 * What numpy (on x86-64) stores when casting a float to dtype d: truncation toward zero; out of
 * range values and NaN give what the CPU's conversion gives (-2^63 for int64; the 8 and 16-bit
 * types convert through int32, so they wrap within int32's range and give 0 beyond it).
 */
export function castFloat(d: DType, v: number): number {
  switch (d) {
    case 'int64':
      return v >= INT64_MIN && v < INT64_LIMIT ? Math.trunc(v) + 0 : INT64_MIN;
    case 'int32':
    case 'int16':
    case 'int8':
    case 'uint16':
    case 'uint8':
      return castValue(d, toInt32OrMin(v));
    case 'uint32':
      // through int64, as numpy's scalar loop converts (its SIMD loop differs out of range: castFloatToUint32Simd)
      return v > -INT64_LIMIT && v < INT64_LIMIT ? v >>> 0 : 0;
    case 'uint64':
      if (v >= INT64_LIMIT) return v < UINT64_LIMIT ? Math.trunc(v) : 0;
      if (!(v >= INT64_MIN)) return INT64_LIMIT; // NaN and below -2^63: -2^63 read as unsigned
      return uint64Of(v);
    default:
      return castValue(d, v);
  }
}

/**
 * numpy's SIMD cast of a float to uint32 (blocks of 4 contiguous elements): values from 2^31
 * up convert as v - 2^31 with the top bit set again, through int32; it agrees with castFloat in
 * range (0 <= v < 2^32) and differs beyond, where C leaves the result undefined.
 */
export function castFloatToUint32Simd(v: number): number {
  return (v >= 2147483648 ? toInt32OrMin(v - 2147483648) ^ 0x80000000 : toInt32OrMin(v)) >>> 0;
}

/** Rounds every element in place when the dtype needs it (integer results: see castValue). */
export function castInPlace(d: DType, data: Float64Array): Float64Array {
  switch (d) {
    case 'float64':
      return data;
    case 'int32':
      for (let i = 0; i < data.length; i++) data[i] = data[i] | 0;
      return data;
    case 'uint8':
      for (let i = 0; i < data.length; i++) data[i] = data[i] & 0xff;
      return data;
    case 'bool':
      // (NaN is true; no branch per element: a comparison's 0s and 1s alternate unpredictably)
      for (let i = 0; i < data.length; i++) data[i] = +(data[i] !== 0);
      return data;
    case 'float32':
      for (let i = 0; i < data.length; i++) data[i] = Math.fround(data[i]);
      return data;
    case 'int64':
      for (let i = 0; i < data.length; i++) data[i] = int64Of(data[i]);
      return data;
    default:
      for (let i = 0; i < data.length; i++) data[i] = castValue(d, data[i]);
      return data;
  }
}
