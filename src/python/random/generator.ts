// numpy's Generator over PCG64: what np.random.default_rng(seed) returns.
import { boundedBoolFill, boundedBufferedFill, boundedSmall, boundedSmallFill, boundedUint64Fill, randomInterval } from './bounded';
import { RandomError } from './errors';
import { bitsOf, closedRange, intArg, type IntDType } from './int-bounds';
import { PCG64 } from './pcg64';
import {
  GENERATOR_P_MESSAGES,
  normalisedCdf,
  searchsortedRight,
  validateProbabilities,
  weightedWithoutReplacement,
} from './probabilities';
import { checkNonNegative } from './random-state';
import { SeedSequence, type SeedEntropy } from './seed-sequence';
import { standardNormal } from './ziggurat';

const UINT32_MAX = 0xffffffffn;

export class Generator {
  readonly bitGenerator: PCG64;

  constructor(bitGenerator: PCG64) {
    this.bitGenerator = bitGenerator;
  }

  /** random(): doubles in [0, 1). */
  random(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = this.bitGenerator.nextDouble();
    return out;
  }

  /** standard_normal(): the ziggurat. */
  standardNormal(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = standardNormal(this.bitGenerator);
    return out;
  }

  /** normal(loc, scale) = loc + scale * standard normal. */
  normal(loc: number, scale: number, count: number): Float64Array {
    checkNonNegative(scale, 'scale');
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = loc + scale * standardNormal(this.bitGenerator);
    return out;
  }

  /** uniform(low, high) = low + (high - low) * random(). */
  uniform(low: number, high: number, count: number): Float64Array {
    const range = high - low;
    if (!Number.isFinite(range)) throw new RandomError('OverflowError', 'high - low range exceeds valid bounds');
    checkNonNegative(range, 'high - low');
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = low + range * this.bitGenerator.nextDouble();
    return out;
  }

  /** integers(low, high, endpoint=) with safe-integer bounds (Lemire's method); high null = [0, low). */
  integers(
    low: number,
    high: number | null,
    count: number,
    options: { endpoint?: boolean; dtype?: IntDType } = {},
  ): Float64Array {
    const { endpoint = false, dtype = 'int64' } = options;
    if (count === 0) return new Float64Array(0);
    const [lo, hi] = high === null ? [0n, intArg(low, 'high')] : [intArg(low, 'low'), intArg(high, 'high')];
    const [off, rng] = closedRange(lo, hi, endpoint, dtype);
    if (rng <= UINT32_MAX) {
      const bits = bitsOf(dtype);
      const out =
        bits === 1
          ? boundedBoolFill(this.bitGenerator, Number(rng), count)
          : bits === 8 || bits === 16
            ? boundedBufferedFill(this.bitGenerator, Number(rng), count, false, bits)
            : boundedSmallFill(this.bitGenerator, Number(rng), count, false);
      const base = Number(off);
      for (let i = 0; i < count; i++) out[i] += base;
      return out;
    }
    return Float64Array.from(boundedUint64Fill(this.bitGenerator, rng, count, false), (v) => Number(off + v));
  }

  /** integers for bounds anywhere in int64, as exact int64 values. */
  integersBig(
    low: bigint,
    high: bigint | null,
    count: number,
    options: { endpoint?: boolean; dtype?: IntDType } = {},
  ): BigInt64Array {
    const { endpoint = false, dtype = 'int64' } = options;
    if (count === 0) return new BigInt64Array(0);
    const [lo, hi] = high === null ? [0n, low] : [low, high];
    const [off, rng] = closedRange(lo, hi, endpoint, dtype);
    return BigInt64Array.from(boundedUint64Fill(this.bitGenerator, rng, count, false), (v) => BigInt.asIntN(64, off + v));
  }

  /**
   * choice(a, size, replace, p, shuffle) for a population of `a` items and `count` = prod(size)
   * picks (1 for size=None): the chosen indices.
   */
  choice(
    a: number,
    count: number,
    options: { replace?: boolean; p?: readonly number[] | null; shuffle?: boolean } = {},
  ): Float64Array {
    const { replace = true, p = null, shuffle = true } = options;
    const popSize = a;
    if (popSize <= 0 && count !== 0) {
      throw new RandomError('ValueError', 'a must be a positive integer unless no samples are taken');
    }
    if (p !== null) validateProbabilities(p, popSize, GENERATOR_P_MESSAGES);
    if (replace) {
      if (p !== null) {
        const cdf = normalisedCdf(p);
        return this.random(count).map((u) => searchsortedRight(cdf, u));
      }
      return this.integers(0, popSize, count);
    }
    if (count > popSize) {
      throw new RandomError('ValueError', 'Cannot take a larger sample than population when replace is False');
    }
    if (count < 0) throw new RandomError('ValueError', 'negative dimensions are not allowed');
    if (p !== null) return weightedWithoutReplacement(p, count, (k) => this.random(k));
    const cutoff = shuffle ? 50 : 20; // numpy's heuristic between a tail shuffle and Floyd's algorithm
    if (popSize > 10000 && count > Math.floor(popSize / cutoff)) {
      const idx = new Float64Array(popSize);
      for (let i = 0; i < popSize; i++) idx[i] = i;
      this.shuffleLemire(idx, Math.max(popSize - count, 1));
      return idx.slice(popSize - count);
    }
    return this.floydSample(popSize, count, shuffle);
  }

  /** permutation(n): a shuffled arange(n). */
  permutation(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    this.shuffle(out);
    return out;
  }

  /** shuffle(x) in place along the first axis: Fisher-Yates from the end with random_interval. */
  shuffle<T>(items: { length: number; [index: number]: T }): void {
    for (let i = items.length - 1; i >= 1; i--) {
      const j = randomInterval(this.bitGenerator, i);
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
  }

  /** Floyd's sampling of `count` distinct values in [0, popSize), with numpy's open-addressing set. */
  private floydSample(popSize: number, count: number, shuffle: boolean): Float64Array {
    const idx = new Float64Array(count);
    const mask = smallestMask(Math.floor(1.2 * count));
    const empty = -1;
    const set = new Float64Array(mask + 1).fill(empty);
    for (let j = popSize - count; j < popSize; j++) {
      const val = this.boundedIndex(j);
      let loc = val & mask;
      while (set[loc] !== empty && set[loc] !== val) loc = (loc + 1) & mask;
      if (set[loc] === empty) {
        set[loc] = val;
        idx[j - popSize + count] = val;
      } else {
        loc = j & mask; // val was already taken: take j itself
        while (set[loc] !== empty) loc = (loc + 1) & mask;
        set[loc] = j;
        idx[j - popSize + count] = j;
      }
    }
    if (shuffle) this.shuffleLemire(idx, 1);
    return idx;
  }

  /** numpy's _shuffle_int: Fisher-Yates over data[first..] with Lemire-bounded indices. */
  private shuffleLemire(data: Float64Array, first: number): void {
    for (let i = data.length - 1; i >= first; i--) {
      const j = this.boundedIndex(i);
      const held = data[j];
      data[j] = data[i];
      data[i] = held;
    }
  }

  /** random_bounded_uint64(0, max, use_masked=False) for an index. */
  private boundedIndex(max: number): number {
    if (max <= 0xffffffff) return boundedSmall(this.bitGenerator, max, false);
    return Number(boundedUint64Fill(this.bitGenerator, BigInt(max), 1, false)[0]);
  }
}

/** np.random.default_rng(seed): a Generator over PCG64 seeded through SeedSequence. */
export function defaultRng(seed: SeedEntropy = null): Generator {
  return new Generator(new PCG64(new SeedSequence(seed)));
}

/** numpy's _gen_mask for a set size that fits in 32 bits. */
function smallestMask(n: number): number {
  let mask = n >>> 0;
  for (const shift of [1, 2, 4, 8, 16]) mask |= mask >>> shift;
  return mask >>> 0;
}
