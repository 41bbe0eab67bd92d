// Argument checks numpy's _bounded_integers applies before drawing integers in [low, high].
import { RandomError } from './errors';

/** The integer dtypes randint/integers produce. */
export type IntDType = 'int64' | 'int32';

const LIMITS: Record<IntDType, [bigint, bigint]> = {
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
};

/**
 * Validates [low, high) (or [low, high] when `closed`) for `dtype` and returns the closed
 * range as [low, rng = high - low], with numpy's messages.
 */
export function closedRange(low: bigint, high: bigint, closed: boolean, dtype: IntDType): [bigint, bigint] {
  const [min, max] = LIMITS[dtype];
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
