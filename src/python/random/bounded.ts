// numpy's bounded random integers (numpy/random/src/distributions/distributions.c): values in the
// closed range [0, rng], by masked rejection (RandomState) or Lemire's multiply-shift (Generator).
import type { BitSource } from './bit-source';

const UINT32_MAX = 0xffffffff;
const UINT64_MAX = (1n << 64n) - 1n;
const TWO_POW_32 = 0x100000000;

/** The smallest 2**k - 1 >= max, for max < 2**32 (numpy's gen_mask). */
export function mask32(max: number): number {
  let mask = max >>> 0;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}

/** The smallest 2**k - 1 >= max for a uint64. */
export function mask64(max: bigint): bigint {
  let mask = max;
  for (const shift of [1n, 2n, 4n, 8n, 16n, 32n]) mask |= mask >> shift;
  return mask;
}

/** A uniform integer in [0, rng] for rng < 2**32 - 1: draw 32 bits, mask, reject values above rng. */
export function boundedMasked32(source: BitSource, rng: number, mask: number = mask32(rng)): number {
  let value: number;
  do value = (source.nextUint32() & mask) >>> 0;
  while (value > rng);
  return value;
}

/** A uniform integer in [0, rng] for rng < 2**32 - 1 by Lemire's method on 32-bit draws. */
export function boundedLemire32(source: BitSource, rng: number): number {
  const rngExcl = rng + 1;
  let [high, leftover] = mulUint32(source.nextUint32(), rngExcl);
  if (leftover < rngExcl) {
    const threshold = TWO_POW_32 % rngExcl; // (2**32 - rngExcl) % rngExcl
    while (leftover < threshold) [high, leftover] = mulUint32(source.nextUint32(), rngExcl);
  }
  return high;
}

/** A uniform uint64 in [0, rng]: masked rejection on 64-bit draws. */
export function boundedMasked64(source: BitSource, rng: bigint, mask: bigint = mask64(rng)): bigint {
  let value: bigint;
  do value = source.nextUint64() & mask;
  while (value > rng);
  return value;
}

/** A uniform uint64 in [0, rng] for rng < 2**64 - 1 by Lemire's method on 64-bit draws. */
export function boundedLemire64(source: BitSource, rng: bigint): bigint {
  const rngExcl = rng + 1n;
  let m = source.nextUint64() * rngExcl;
  let leftover = m & UINT64_MAX;
  if (leftover < rngExcl) {
    const threshold = (UINT64_MAX - rng) % rngExcl;
    while (leftover < threshold) {
      m = source.nextUint64() * rngExcl;
      leftover = m & UINT64_MAX;
    }
  }
  return m >> 64n;
}

/** numpy's random_bounded_uint64 for one value in [0, rng] with rng < 2**32 (a number). */
export function boundedSmall(source: BitSource, rng: number, useMasked: boolean): number {
  if (rng === 0) return 0;
  if (rng === UINT32_MAX) return source.nextUint32();
  return useMasked ? boundedMasked32(source, rng) : boundedLemire32(source, rng);
}

/** numpy's random_bounded_uint64_fill: `count` values in [0, rng] (uint64). */
export function boundedUint64Fill(source: BitSource, rng: bigint, count: number, useMasked: boolean): BigUint64Array {
  const out = new BigUint64Array(count);
  if (rng === 0n) return out;
  if (rng <= BigInt(UINT32_MAX)) {
    const small = Number(rng);
    if (small === UINT32_MAX) {
      for (let i = 0; i < count; i++) out[i] = BigInt(source.nextUint32());
    } else if (useMasked) {
      const mask = mask32(small);
      for (let i = 0; i < count; i++) out[i] = BigInt(boundedMasked32(source, small, mask));
    } else {
      for (let i = 0; i < count; i++) out[i] = BigInt(boundedLemire32(source, small));
    }
  } else if (rng === UINT64_MAX) {
    for (let i = 0; i < count; i++) out[i] = source.nextUint64();
  } else if (useMasked) {
    const mask = mask64(rng);
    for (let i = 0; i < count; i++) out[i] = boundedMasked64(source, rng, mask);
  } else {
    for (let i = 0; i < count; i++) out[i] = boundedLemire64(source, rng);
  }
  return out;
}

/** The same fill for rng < 2**32 without bigints (the common case). */
export function boundedSmallFill(source: BitSource, rng: number, count: number, useMasked: boolean): Float64Array {
  const out = new Float64Array(count);
  if (rng === 0) return out;
  if (rng === UINT32_MAX) {
    for (let i = 0; i < count; i++) out[i] = source.nextUint32();
  } else if (useMasked) {
    const mask = mask32(rng);
    for (let i = 0; i < count; i++) out[i] = boundedMasked32(source, rng, mask);
  } else {
    for (let i = 0; i < count; i++) out[i] = boundedLemire32(source, rng);
  }
  return out;
}

/**
 * numpy's random_bounded_uint8_fill / uint16_fill: `count` values in [0, rng] for rng < 2**bits,
 * drawn 8 or 16 bits at a time from 32-bit draws (low bits first; the buffer lives for one
 * call), by masked rejection (RandomState) or Lemire's method (Generator) in `bits`-bit arithmetic.
 */
export function boundedBufferedFill(source: BitSource, rng: number, count: number, useMasked: boolean, bits: 8 | 16): Float64Array {
  const out = new Float64Array(count);
  if (rng === 0) return out;
  const full = bits === 8 ? 0xff : 0xffff;
  let buffer = 0;
  let left = 0;
  const next = (): number => {
    if (left === 0) {
      buffer = source.nextUint32();
      left = 32 / bits - 1;
    } else {
      buffer >>>= bits;
      left--;
    }
    return buffer & full;
  };
  if (rng === full) {
    for (let i = 0; i < count; i++) out[i] = next();
  } else if (useMasked) {
    const mask = mask32(rng);
    for (let i = 0; i < count; i++) {
      let value: number;
      do value = next() & mask;
      while (value > rng);
      out[i] = value;
    }
  } else {
    const rngExcl = rng + 1;
    const threshold = (full - rng) % rngExcl;
    for (let i = 0; i < count; i++) {
      let m = next() * rngExcl;
      while ((m & full) < threshold) m = next() * rngExcl;
      out[i] = m >>> bits;
    }
  }
  return out;
}

/** numpy's random_bounded_bool_fill: `count` bools (0/1) in [0, rng], one bit at a time from 32-bit draws. */
export function boundedBoolFill(source: BitSource, rng: number, count: number): Float64Array {
  const out = new Float64Array(count);
  if (rng === 0) return out;
  let buffer = 0;
  let left = 0;
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      buffer = source.nextUint32();
      left = 31;
    } else {
      buffer >>>= 1;
      left--;
    }
    out[i] = buffer & 1;
  }
  return out;
}

/** numpy's random_interval(max): masked rejection in [0, max], 32-bit draws while max fits. */
export function randomInterval(source: BitSource, max: number): number {
  if (max === 0) return 0;
  if (max <= UINT32_MAX) return boundedMasked32(source, max);
  return Number(boundedMasked64(source, BigInt(max)));
}

/** The exact 64-bit product of two uint32s as [high word, low word]. */
function mulUint32(a: number, b: number): [number, number] {
  const aLow = a & 0xffff;
  const aHigh = a >>> 16;
  const bLow = b & 0xffff;
  const bHigh = b >>> 16;
  const lowLow = aLow * bLow;
  const cross1 = aHigh * bLow;
  const cross2 = aLow * bHigh;
  const mid = (lowLow >>> 16) + (cross1 & 0xffff) + (cross2 & 0xffff);
  const high = aHigh * bHigh + Math.floor(cross1 / 65536) + Math.floor(cross2 / 65536) + Math.floor(mid / 65536);
  const low = (Math.imul(a, b) >>> 0);
  return [high, low];
}
