// The shared tables of the array exp and tanh (Tang's table-driven method): 2^(j/N) for
// j = 0..N-1 as a double plus its relative remainder, ln 2 / N split into a short head (so
// that k * head is exact) and a tail, and the powers of two of the normal range. Every value
// is computed here, once at load, in 128-bit BigInt fixed point, so no constant is copied
// from anywhere and each one is correctly rounded (Number(bigint) rounds to nearest).

/**
 * Table size: e^x = 2^(k/N) e^r with |r| <= ln 2 / (2N), about 1.7e-4. The loops of exp.ts and
 * tanh.ts write N - 1 = 2047 and TABLE_BITS = 11 as literals (test/engine/libm-accuracy.test.ts).
 */
export const TABLE_BITS = 11;
export const N = 1 << TABLE_BITS;

const FRACTION_BITS = 128n;
const ONE = 1n << FRACTION_BITS;
const TO_DOUBLE = 2 ** -128;

/** floor(sqrt(v)) for a BigInt v >= 0 (Newton's iteration from above). */
function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  let x = 1n << BigInt((v.toString(2).length >> 1) + 1);
  for (;;) {
    const next = (x + v / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** ln 2 in fixed point: sum over k >= 1 of 1 / (k 2^k). */
function ln2Fixed(): bigint {
  let sum = 0n;
  for (let k = 1n; k <= FRACTION_BITS + 8n; k++) sum += ONE / (k << k);
  return sum;
}

/**
 * `TABLE[2j]` is 2^(j/N) rounded to double, `TABLE[2j + 1]` is (2^(j/N) - TABLE[2j]) / TABLE[2j],
 * the relative remainder (|.| <= 2^-53) that the polynomial's sum absorbs.
 */
export const TABLE: Float64Array = (() => {
  let root = 2n * ONE; // 2^(1/N) by TABLE_BITS square roots
  for (let i = 0; i < TABLE_BITS; i++) root = isqrt(root << FRACTION_BITS);
  const table = new Float64Array(2 * N);
  let power = ONE;
  for (let j = 0; j < N; j++) {
    const head = Number(power);
    const rest = power - BigInt(head);
    table[2 * j] = head * TO_DOUBLE;
    table[2 * j + 1] = Number(rest) / head;
    power = (power * root) >> FRACTION_BITS;
  }
  return table;
})();

const LN2 = ln2Fixed();
/** ln 2 / N with 32 significant bits: k * LN2_N_HEAD is exact for |k| < 2^21 (|x| < 709.8 for exp). */
const headBits = LN2 >> (FRACTION_BITS - 32n);
export const LN2_N_HEAD = Number(headBits) * 2 ** -(32 + TABLE_BITS);
/** ln 2 / N - LN2_N_HEAD. */
const tailBits = LN2 - (headBits << (FRACTION_BITS - 32n));
export const LN2_N_TAIL = Number(tailBits) * 2 ** -(128 + TABLE_BITS);
/** ln 2 / N - LN2_N_HEAD - LN2_N_TAIL (pow.ts, which needs the reduction to ~2^-110: k up to 2^21
 *  times the tail's own rounding, ~2^-96, would cost it 25 bits). LN2_N_TAIL * 2^139 is an integer. */
export const LN2_N_TAIL2 = Number(tailBits - BigInt(LN2_N_TAIL * 2 ** (128 + TABLE_BITS))) * 2 ** -(128 + TABLE_BITS);
/** N / ln 2 (its rounding only moves which k is picked, never the result's accuracy). */
export const INV_LN2_N = N / (Number(LN2) * TO_DOUBLE);

/** Elements per call of the loop functions of exp.ts and tanh.ts (see `expInto`). */
export const BLOCK = 512;

/** Adding then subtracting 1.5 * 2^52 rounds a double of magnitude < 2^51 to an integer. */
export const ROUNDING_SHIFT = 6755399441055744;

/**
 * INV_LN2_N, ROUNDING_SHIFT, LN2_N_HEAD, LN2_N_TAIL in that order, for the loops to read into
 * locals: read from a Float64Array they are raw doubles, while module-level constants are
 * re-checked (small integer or heap number?) on every use inside a loop.
 */
export const REDUCTION_CONSTANTS: Float64Array = Float64Array.of(INV_LN2_N, ROUNDING_SHIFT, LN2_N_HEAD, LN2_N_TAIL);

/** POW2[e + 1023] = 2^e for the exponents of normal numbers, e = -1022..1023. */
export const POW2: Float64Array = (() => {
  const p = new Float64Array(2047);
  for (let e = -1022; e <= 1023; e++) p[e + 1023] = 2 ** e;
  return p;
})();
