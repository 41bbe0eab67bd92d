// Argument checks numpy's _bounded_integers applies before drawing integers in [low, high].
import { RandomError } from './errors';

/** The integer dtypes (and bool) randint/integers produce. */
export type IntDType = 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'bool';

/** The width of an integer dtype (1 for bool). */
export function bitsOf(dtype: IntDType): 1 | 8 | 16 | 32 | 64 {
  return dtype === 'bool' ? 1 : (Number(dtype.replace(/^u?int/, '')) as 8 | 16 | 32 | 64);
}

function limitsOf(dtype: IntDType): [bigint, bigint] {
  if (dtype === 'bool') return [0n, 1n];
  const bits = BigInt(bitsOf(dtype));
  return dtype.startsWith('u') ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/**
 * Validates [low, high) (or [low, high] when `closed`) for `dtype` and returns the closed
 * range as [low, rng = high - low], with numpy's messages.
 */
export function closedRange(low: bigint, high: bigint, closed: boolean, dtype: IntDType): [bigint, bigint] {
  const [min, max] = limitsOf(dtype);
  const top = closed ? high : high - 1n;
  if (low < min) throw new RandomError('ValueError', `low is out of bounds for ${dtype}`);
  if (top > max) throw new RandomError('ValueError', `high is out of bounds for ${dtype}`);
  if (low > top) throw new RandomError('ValueError', boundsErrorText(closed, low));
  return [low, top - low];
}

/** numpy's format_bounds_error: low == 0 gets a message about high alone. */
function boundsErrorText(closed: boolean, low: bigint): string {
  if (low === 0n) return `high ${closed ? '<' : '<='} 0`;
  return `low ${closed ? '>' : '>='} high`;
}

/** Converts a Python int given as a number to a bigint, refusing non-integers. */
export function intArg(value: number | bigint, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RandomError('TypeError', `${what} must be an integer within 2**53, got ${value}`);
  return BigInt(value);
}
