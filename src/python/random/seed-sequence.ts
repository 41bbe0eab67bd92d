// numpy's SeedSequence (numpy/random/bit_generator.pyx): hashes user entropy into a pool of
// 32-bit words and draws generator state from it. All arithmetic is uint32 (Math.imul).
import { randomBytes } from 'node:crypto';
import { RandomError } from './errors';
import { uint32Words } from './int-words';

/** SeedSequence's entropy: None, a non-negative int, or a sequence of them. */
export type SeedEntropy = number | bigint | readonly (number | bigint)[] | null | undefined;

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;
const DEFAULT_POOL_SIZE = 4;

export class SeedSequence {
  readonly pool: Uint32Array;

  constructor(entropy: SeedEntropy = null, poolSize: number = DEFAULT_POOL_SIZE) {
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(entropyWords(entropy));
  }

  /** generate_state(nWords, np.uint32). */
  generateState(nWords: number): Uint32Array {
    const state = new Uint32Array(nWords);
    let hashConst = INIT_B;
    for (let i = 0; i < nWords; i++) {
      let value = this.pool[i % this.pool.length];
      value = (value ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      value = (value ^ (value >>> XSHIFT)) >>> 0;
      state[i] = value;
    }
    return state;
  }

  /** generate_state(nWords, np.uint64): pairs of uint32 words, low word first. */
  generateState64(nWords: number): bigint[] {
    const words = this.generateState(2 * nWords);
    return Array.from({ length: nWords }, (_, i) => (BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]));
  }

  private mixEntropy(entropy: readonly number[]): void {
    const pool = this.pool;
    const hash = { value: INIT_A };
    // Fill the pool, then let every word influence every other, then fold in the remaining entropy.
    for (let i = 0; i < pool.length; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hash);
    for (let src = 0; src < pool.length; src++) {
      for (let dst = 0; dst < pool.length; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
      }
    }
    for (let src = pool.length; src < entropy.length; src++) {
      for (let dst = 0; dst < pool.length; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src], hash));
    }
  }
}

function hashmix(value: number, hash: { value: number }): number {
  let v = (value ^ hash.value) >>> 0;
  hash.value = Math.imul(hash.value, MULT_A) >>> 0;
  v = Math.imul(v, hash.value) >>> 0;
  return (v ^ (v >>> XSHIFT)) >>> 0;
}

function mix(x: number, y: number): number {
  let result = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  result = (result ^ (result >>> XSHIFT)) >>> 0;
  return result;
}

/** _coerce_to_uint32_array: ints become their little-endian words; sequences concatenate. */
function entropyWords(entropy: SeedEntropy): number[] {
  if (entropy === null || entropy === undefined) {
    const bytes = randomBytes(16); // numpy draws 128 bits from the OS
    return [0, 4, 8, 12].map((i) => bytes.readUInt32LE(i));
  }
  if (typeof entropy === 'number' || typeof entropy === 'bigint') {
    if (typeof entropy === 'number' && !Number.isInteger(entropy)) {
      throw new RandomError('TypeError', `SeedSequence expects int or sequence of ints for entropy not ${floatRepr(entropy)}`);
    }
    return intWords(entropy);
  }
  return entropy.flatMap((value) => {
    if (typeof value === 'number' && !Number.isInteger(value)) throw new RandomError('TypeError', 'seed must be integer');
    return intWords(value);
  });
}

function intWords(value: number | bigint): number[] {
  const big = BigInt(value);
  if (big < 0n) throw new RandomError('ValueError', 'expected non-negative integer');
  return uint32Words(big);
}

function floatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return String(value);
}
