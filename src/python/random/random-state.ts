// numpy's legacy RandomState (numpy/random/mtrand.pyx over MT19937 and legacy-distributions.c):
// what np.random.seed / rand / randn / randint / choice / normal / uniform / permutation / shuffle use.
import { randomBytes } from 'node:crypto';
import { libmLog } from '../../engine';
import { boundedBoolFill, boundedBufferedFill, boundedSmallFill, boundedUint64Fill, randomInterval } from './bounded';
import { RandomError } from './errors';
import { bitsOf, closedRange, intArg, type IntDType } from './int-bounds';
import { MT19937 } from './mt19937';
import {
  LEGACY_P_MESSAGES,
  normalisedCdf,
  searchsortedRight,
  validateProbabilities,
  weightedWithoutReplacement,
} from './probabilities';

export type { IntDType } from './int-bounds';
/** np.random.seed's argument: None, an int in [0, 2**32), or a 1-d sequence of such ints. */
export type LegacySeed = number | bigint | readonly (number | bigint)[] | null | undefined;

const UINT32_MAX = 0xffffffffn;

export class RandomState {
  private mt = new MT19937();
  private hasGauss = false;
  private gaussNext = 0;

  constructor(seed: LegacySeed = null) {
    this.seed(seed);
  }

  /** An independent RandomState at this one's position (the cached Gaussian included). */
  clone(): RandomState {
    const copy = new RandomState(0);
    copy.mt = this.mt.clone();
    copy.hasGauss = this.hasGauss;
    copy.gaussNext = this.gaussNext;
    return copy;
  }

  /** numpy's _legacy_seeding: init_genrand for one int, init_by_array for a sequence. */
  seed(seed: LegacySeed = null): void {
    if (seed === null || seed === undefined) {
      const bytes = randomBytes(624 * 4);
      this.mt.initByArray(Array.from({ length: 624 }, (_, i) => bytes.readUInt32LE(i * 4)));
    } else if (typeof seed === 'number' || typeof seed === 'bigint') {
      this.mt.initGenrand(Number(seedWord(seed, 'scalar')));
    } else {
      if (seed.length === 0) throw new RandomError('ValueError', 'Seed must be non-empty');
      const words = seed.map((v) => seedWord(v, 'array data')); // all validated before any is used
      this.mt.initByArray(words.map(Number));
    }
    this.hasGauss = false;
    this.gaussNext = 0;
  }

  /** random_sample / rand / random: doubles in [0, 1). */
  randomSample(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = this.mt.nextDouble();
    return out;
  }

  /** standard_normal / randn: legacy_gauss, the polar Box-Muller method with a cached second value. */
  standardNormal(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = this.gauss();
    return out;
  }

  /** normal(loc, scale): loc + scale * legacy_gauss. */
  normal(loc: number, scale: number, count: number): Float64Array {
    checkNonNegative(scale, 'scale');
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = loc + scale * this.gauss();
    return out;
  }

  /** uniform(low, high): low + (high - low) * next_double. */
  uniform(low: number, high: number, count: number): Float64Array {
    const range = high - low;
    if (!Number.isFinite(range)) throw new RandomError('OverflowError', 'Range exceeds valid bounds');
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = low + range * this.mt.nextDouble();
    return out;
  }

  /** randint(low, high) with safe-integer bounds; `high === null` means randint(low) = [0, low). */
  randint(low: number, high: number | null, count: number, dtype: IntDType = 'int64'): Float64Array {
    if (count === 0) return new Float64Array(0); // numpy returns an empty array before any check
    const [lo, hi] = high === null ? [0n, intArg(low, 'high')] : [intArg(low, 'low'), intArg(high, 'high')];
    const [off, rng] = closedRange(lo, hi, false, dtype);
    if (rng <= UINT32_MAX) {
      const bits = bitsOf(dtype);
      const out =
        bits === 1
          ? boundedBoolFill(this.mt, Number(rng), count)
          : bits === 8 || bits === 16
            ? boundedBufferedFill(this.mt, Number(rng), count, true, bits)
            : boundedSmallFill(this.mt, Number(rng), count, true);
      const base = Number(off);
      for (let i = 0; i < count; i++) out[i] += base;
      return out;
    }
    return Float64Array.from(boundedUint64Fill(this.mt, rng, count, true), (v) => Number(off + v));
  }

  /** randint for bounds anywhere in int64, as exact int64 values. */
  randintBig(low: bigint, high: bigint | null, count: number, dtype: IntDType = 'int64'): BigInt64Array {
    if (count === 0) return new BigInt64Array(0);
    const [lo, hi] = high === null ? [0n, low] : [low, high];
    const [off, rng] = closedRange(lo, hi, false, dtype);
    return BigInt64Array.from(boundedUint64Fill(this.mt, rng, count, true), (v) => BigInt.asIntN(64, off + v));
  }

  /**
   * choice(a, size, replace, p) for a population of `a` items and `count` = prod(size) picks
   * (1 for size=None): the chosen indices.
   */
  choice(a: number, count: number, options: { replace?: boolean; p?: readonly number[] | null } = {}): Float64Array {
    const { replace = true, p = null } = options;
    const popSize = a;
    if (popSize <= 0 && count !== 0) {
      throw new RandomError('ValueError', 'a must be greater than 0 unless no samples are taken');
    }
    if (p !== null) validateProbabilities(p, popSize, LEGACY_P_MESSAGES);
    if (replace) {
      if (p !== null) {
        const cdf = normalisedCdf(p);
        return this.randomSample(count).map((u) => searchsortedRight(cdf, u));
      }
      return this.randint(0, popSize, count);
    }
    if (count > popSize) {
      throw new RandomError('ValueError', "Cannot take a larger sample than population when 'replace=False'");
    }
    if (count < 0) throw new RandomError('ValueError', 'negative dimensions are not allowed');
    if (p !== null) return weightedWithoutReplacement(p, count, (k) => this.randomSample(k));
    return this.permutation(popSize).slice(0, count);
  }

  /** permutation(n): a shuffled arange(n). */
  permutation(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    this.shuffle(out);
    return out;
  }

  /**
   * shuffle(x) in place along the first axis: Fisher-Yates from the end with random_interval.
   * For a multi-dimensional array, shuffle its rows the same way (or apply permutation(len)).
   */
  shuffle<T>(items: { length: number; [index: number]: T }): void {
    for (let i = items.length - 1; i >= 1; i--) {
      const j = randomInterval(this.mt, i);
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
  }

  /** legacy_gauss. */
  private gauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gaussNext;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2.0 * this.mt.nextDouble() - 1.0;
      x2 = 2.0 * this.mt.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * libmLog(r2)) / r2); // polar Box-Muller
    this.gaussNext = f * x1;
    this.hasGauss = true;
    return f * x2;
  }
}

/** One seed value checked as numpy does: an integer in [0, 2**32 - 1]. */
function seedWord(value: number | bigint, what: 'scalar' | 'array data'): bigint {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new RandomError('TypeError', `Cannot cast ${what} from dtype('float64') to dtype('int64') according to the rule 'safe'`);
  }
  const word = BigInt(value);
  if (word < 0n || word > UINT32_MAX) throw new RandomError('ValueError', 'Seed must be between 0 and 2**32 - 1');
  return word;
}

/** numpy's CONS_NON_NEGATIVE: a set sign bit (even -0.0) is an error, NaN is not. */
export function checkNonNegative(value: number, name: string): void {
  if (!Number.isNaN(value) && (value < 0 || Object.is(value, -0))) throw new RandomError('ValueError', `${name} < 0`);
}
