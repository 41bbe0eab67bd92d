// The seed argument of np.random.seed, RandomState(seed) and RandomState.seed, read as numpy's
// MT19937._legacy_seeding reads it: None; an integer (anything with __index__, or an array that
// squeezes to a 0-d integer array); otherwise an array-like that must be a non-empty 1-d array
// of integers (the range check, [0, 2**32), is the TS RandomState's).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import type { LegacySeed } from '../../random';
import { PyList, PyRange, PyTuple } from '../../runtime/collections';
import { pyErr, typeError } from '../../runtime/errors';
import { hasIndex, toIndex } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { toTensor } from './coerce';
import { NDArray } from './ndarray';
import { NpScalar } from './scalar';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** numpy's failed astype(np.int64, casting='safe'): 'scalar' for a 0-d array, else 'array data'. */
function castError(what: 'scalar' | 'array data', dtype: string): never {
  throw typeError(`Cannot cast ${what} from dtype('${dtype}') to dtype('int64') according to the rule 'safe'`);
}

// what casts to int64 under casting='safe': bool and every integer dtype but uint64
const isIntegral = (t: Tensor): boolean => t.dtype === 'bool' || (E.isInteger(t.dtype) && t.dtype !== 'uint64');

export function legacySeed(v: PyValue): LegacySeed {
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') castError('scalar', `<U${[...v].length}`);
  if (v instanceof Tensor) castError('scalar', 'float64');
  if (v instanceof NpScalar) return isIntegral(v.t) ? v.value : castError('scalar', v.dtype);
  if (v instanceof NDArray) {
    const t = v.tensor;
    const squeezed = t.shape.filter((d) => d !== 1);
    if (squeezed.length === 0) return isIntegral(t) ? t.data[0] : castError('scalar', t.dtype);
    return arraySeed(t, squeezed);
  }
  if (v instanceof PyList || v instanceof PyTuple) return sequenceSeed(v.items);
  if (v instanceof PyRange) return arraySeed(toTensor(v));
  if (hasIndex(v)) return toIndex(v);
  return castError('scalar', 'O');
}

/** A 1-d integer array's values; numpy's checks in its order: size, dtype, ndim. */
function arraySeed(t: Tensor, shape: readonly number[] = t.shape): number[] {
  if (t.size === 0) throw pyErr('ValueError', 'Seed must be non-empty');
  if (!isIntegral(t)) castError(shape.length === 0 ? 'scalar' : 'array data', t.dtype);
  if (shape.length !== 1) throw pyErr('ValueError', 'Seed array must be 1-d');
  return Array.from(t.data);
}

/** A list or tuple: the dtype numpy's asarray would give it decides the cast error. */
function sequenceSeed(items: readonly PyValue[]): (number | bigint)[] {
  if (items.length === 0) throw pyErr('ValueError', 'Seed must be non-empty');
  const words: (number | bigint)[] = [];
  for (const x of items) {
    if (typeof x === 'number' || typeof x === 'bigint') words.push(x);
    else if (typeof x === 'boolean') words.push(x ? 1 : 0);
    else if (x instanceof NpScalar && isIntegral(x.t)) words.push(x.value);
    else return arraySeed(nonIntegerSequence(items));
  }
  const big = words.filter((w): w is bigint => typeof w === 'bigint');
  if (big.some((w) => w < INT64_MIN || w > INT64_MAX)) {
    const unsigned = words.every((w) => w >= 0) && big.every((w) => w <= UINT64_MAX);
    castError('array data', unsigned ? 'uint64' : 'O');
  }
  return words;
}

/** What asarray makes of a list that is not all integers: nested arrays go through toTensor. */
function nonIntegerSequence(items: readonly PyValue[]): Tensor {
  if (items.every((x) => typeof x === 'string')) castError('array data', `<U${Math.max(...items.map((x) => [...(x as string)].length))}`);
  const numeric = (x: PyValue): boolean =>
    typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof Tensor || x instanceof NpScalar || x instanceof NDArray || x instanceof PyList || x instanceof PyTuple;
  if (!items.every(numeric)) castError('array data', 'O');
  return toTensor(new PyList([...items]));
}
