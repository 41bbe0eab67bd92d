// CPython 3.11's random.Random (Lib/random.py over Modules/_randommodule.c), bit for bit.
import { createHash, randomBytes } from 'node:crypto';
import { libmCos, libmLog, libmSin } from '../../engine';
import { RandomError } from './errors';
import { floatHashUnsigned } from './float-hash';
import { bigBitLength, bitLength, uint32Words } from './int-words';
import { MT19937 } from './mt19937';

/** A Python int: a JS number when it is a safe integer, a bigint otherwise. */
export type PyInt = number | bigint;
/** What random.seed accepts: None, int (number | bigint | bool), float (number), str, bytes. */
export type PySeed = number | bigint | boolean | string | Uint8Array | null | undefined;

const TWO_PI = 2 * Math.PI;
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
const SAFE_BOUND = 2 ** 52; // |start|, |stop|, |step| below this keep every intermediate exact

export class PyRandom {
  private readonly mt = new MT19937();
  private gaussNext: number | null = null;

  constructor(seed: PySeed = null) {
    this.seed(seed);
  }

  /** random.seed(a) with version=2. */
  seed(a: PySeed = null): void {
    const key = seedKey(a);
    this.mt.initByArray(key);
    this.gaussNext = null;
  }

  /** random.random(): 53 random bits in [0, 1). */
  random(): number {
    return this.mt.nextDouble();
  }

  /** random.getrandbits(k) as a bigint. */
  getrandbits(k: number): bigint {
    if (k < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    if (k <= 53) return BigInt(this.smallRandbits(k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let word = this.mt.nextUint32();
      if (left < 32) word >>>= 32 - left; // keep the most significant bits
      result |= BigInt(word) << shift;
    }
    return result;
  }

  /** Random._randbelow_with_getrandbits(n): uniform in [0, n) for n > 0 (0 for n = 0). */
  randbelow(n: number): number;
  randbelow(n: bigint): bigint;
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'bigint') {
      if (n <= 2n ** 53n) return BigInt(this.randbelow(Number(n)));
      const k = bigBitLength(n);
      let r = this.getrandbits(k);
      while (r >= n) r = this.getrandbits(k);
      return r;
    }
    const k = bitLength(n);
    let r = this.smallRandbits(k);
    while (r >= n) r = this.smallRandbits(k);
    return r;
  }

  /** random.randrange(start[, stop[, step]]); all-number arguments give a number. */
  randrange(start: number, stop?: number | null, step?: number): number;
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt;
  randrange(start: PyInt, stop: PyInt | null = null, step?: PyInt): PyInt {
    const istart = toIndex(start, 'arg 1');
    if (stop === null) {
      if (step !== undefined) throw new RandomError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0) return sameKind(start, this.randbelow(BigInt(istart)));
      throw new RandomError('ValueError', 'empty range for randrange()');
    }
    const istop = toIndex(stop, 'stop');
    const istep = step === undefined ? 1n : toIndex(step, 'step');
    const width = istop - istart;
    const allNumbers = typeof start === 'number' && typeof stop === 'number' && typeof step !== 'bigint';
    if (istep === 1n) {
      if (width <= 0n) throw new RandomError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
      if (allNumbers && fitsFastPath(istart, istop)) return Number(istart) + this.randbelow(Number(width));
      const r = istart + this.randbelow(width);
      return allNumbers ? Number(r) : r;
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new RandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new RandomError('ValueError', 'empty range for randrange()');
    const r = istart + istep * this.randbelow(n);
    return allNumbers ? Number(r) : r;
  }

  /** random.randint(a, b) = randrange(a, b + 1). */
  randint(a: number, b: number): number;
  randint(a: PyInt, b: PyInt): PyInt;
  randint(a: PyInt, b: PyInt): PyInt {
    const stop = typeof b === 'bigint' ? b + 1n : b + 1;
    return this.randrange(a, stop);
  }

  /** random.choice(seq) for a sequence of `length` items: the chosen index. */
  choice(length: number): number {
    if (length === 0) throw new RandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(length);
  }

  /** random.shuffle(x), in place. */
  shuffle<T>(items: { length: number; [index: number]: T }): void {
    for (let i = items.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1);
      const held = items[i];
      items[i] = items[j];
      items[j] = held;
    }
  }

  /** random.sample(population, k) for a population of `populationSize` items: chosen indices in order. */
  sample(populationSize: number, k: number): number[] {
    const n = populationSize;
    if (!(k >= 0 && k <= n)) throw new RandomError('ValueError', 'Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21; // CPython's estimate of a small set's size, in list slots
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      // A pool of the unselected indices, shrinking from the end.
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * random.choices(population, weights, cum_weights=, k=) for a population of `populationSize` items:
   * the chosen indices. Weights are Python numbers already converted to JS numbers.
   */
  choices(
    populationSize: number,
    options: { weights?: readonly number[] | null; cumWeights?: readonly number[] | null; k?: number } = {},
  ): number[] {
    const { weights = null, k = 1 } = options;
    let cumWeights = options.cumWeights ?? null;
    const n = populationSize;
    const out: number[] = [];
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) {
          const index = Math.floor(this.random() * n);
          if (index >= n) throw new RandomError('IndexError', 'list index out of range');
          out.push(index);
        }
        return out;
      }
      cumWeights = accumulate(weights);
    } else if (weights !== null) {
      throw new RandomError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw new RandomError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new RandomError('IndexError', 'list index out of range');
    const total = cumWeights[n - 1];
    if (total <= 0) throw new RandomError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RandomError('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, 0, n - 1));
    return out;
  }

  /** random.uniform(a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** random.gauss(mu, sigma): Box-Muller, caching the second value in gauss_next. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWO_PI;
      const g2rad = Math.sqrt(-2.0 * libmLog(1.0 - this.random()));
      z = libmCos(x2pi) * g2rad;
      this.gaussNext = libmSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** random.normalvariate(mu, sigma): Kinderman and Monahan's ratio of uniforms. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -libmLog(u2)) break;
    }
    return mu + z * sigma;
  }

  /** random.expovariate(lambd). */
  expovariate(lambd: number): number {
    const u = this.random(); // drawn before CPython's division fails
    if (lambd === 0) throw new RandomError('ZeroDivisionError', 'float division by zero');
    return -libmLog(1.0 - u) / lambd;
  }

  /** getrandbits(k) for 0 <= k <= 53 as a number (words fill from the least significant end). */
  private smallRandbits(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.mt.nextUint32() >>> (32 - k);
    const low = this.mt.nextUint32();
    const high = this.mt.nextUint32() >>> (64 - k);
    return high * 0x100000000 + low;
  }
}

/** The init_by_array key CPython's random_seed derives from a seed argument. */
function seedKey(a: PySeed): number[] {
  if (a === null || a === undefined) return osEntropyKey();
  if (typeof a === 'boolean') return uint32Words(a ? 1n : 0n);
  if (typeof a === 'bigint') return uint32Words(a < 0n ? -a : a);
  if (typeof a === 'number') {
    if (Number.isSafeInteger(a)) return uint32Words(BigInt(Math.abs(a)));
    const hash = floatHashUnsigned(a); // a Python float: seeded by (size_t)hash(a)
    return hash === null ? osEntropyKey() : uint32Words(hash);
  }
  const bytes = typeof a === 'string' ? new Uint8Array(Buffer.from(a, 'utf8')) : a;
  const digest = createHash('sha512').update(bytes).digest();
  const hex = Buffer.concat([bytes, digest]).toString('hex');
  return uint32Words(BigInt('0x' + hex)); // int.from_bytes(a + sha512(a).digest(), 'big')
}

/** CPython seeds from 624 words of os.urandom when no seed is given. */
function osEntropyKey(): number[] {
  const bytes = randomBytes(624 * 4);
  return Array.from({ length: 624 }, (_, i) => bytes.readUInt32LE(i * 4));
}

/** operator.index with randrange's deprecated acceptance of integral floats. */
function toIndex(value: PyInt, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (Number.isNaN(value)) throw new RandomError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(value)) throw new RandomError('OverflowError', 'cannot convert float infinity to integer');
  if (!Number.isInteger(value)) throw new RandomError('ValueError', `non-integer ${what} for randrange()`);
  return BigInt(value);
}

function sameKind(like: PyInt, value: bigint): PyInt {
  return typeof like === 'number' ? Number(value) : value;
}

function fitsFastPath(start: bigint, stop: bigint): boolean {
  const bound = BigInt(SAFE_BOUND);
  return start > -bound && start < bound && stop > -bound && stop < bound;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function accumulate(values: readonly number[]): number[] {
  const out: number[] = [];
  let total = 0;
  values.forEach((v, i) => out.push((total = i === 0 ? v : total + v)));
  return out;
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
