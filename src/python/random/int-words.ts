// Helpers between Python ints (number | bigint) and the 32-bit words the generators consume.

/** The little-endian 32-bit words of a non-negative integer; 0 gives [0] (CPython's `keyused`). */
export function uint32Words(value: bigint): number[] {
  if (value < 0n) throw new RangeError('uint32Words expects a non-negative integer');
  const words: number[] = [];
  let rest = value;
  do {
    words.push(Number(rest & 0xffffffffn));
    rest >>= 32n;
  } while (rest > 0n);
  return words;
}

/** Python's int.bit_length() for a non-negative safe integer. */
export function bitLength(n: number): number {
  if (n < 0x100000000) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 0x100000000));
}

/** Python's int.bit_length() for a non-negative bigint. */
export function bigBitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}
