// Decoding of the values scripts/random-cases.py writes into test/fixtures/random-*.json.
import { RandomError } from '../../src/python/random';

export type Encoded =
  | boolean
  | null
  | { i: string }
  | { f: string }
  | { s: string }
  | { b: string }
  | Encoded[];

export interface RecordedCall {
  m: string;
  a: Encoded[];
  k: Record<string, Encoded>;
  r?: Encoded;
  error?: [string, string];
}

export type Decoded = boolean | null | number | bigint | string | Uint8Array | Decoded[];

/** Parses float.hex() output ('0x1.8p+1', '-0x0.0p+0', 'inf', 'nan') exactly. */
export function parseHexFloat(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  const match = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(text);
  if (!match) throw new Error(`not a float.hex() value: ${text}`);
  const [, sign, lead, fraction, exponent] = match;
  const mantissa = Number(BigInt('0x' + lead + fraction)); // at most 53 bits: exact
  const value = mantissa * 2 ** (Number(exponent) - 4 * fraction.length);
  return sign ? -value : value;
}

export function decode(value: Encoded): Decoded {
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(decode);
  if ('i' in value) {
    const big = BigInt(value.i);
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }
  if ('f' in value) return parseHexFloat(value.f);
  if ('s' in value) return value.s;
  return new Uint8Array(Buffer.from(value.b, 'hex'));
}

/** A decoded float: Python ints with float-valued meaning come through as numbers too. */
export function num(value: Encoded): number {
  const v = decode(value);
  if (typeof v !== 'number') throw new Error(`expected a number, got ${String(v)}`);
  return v;
}

export function nums(value: Encoded): number[] {
  const v = decode(value);
  if (!Array.isArray(v)) throw new Error('expected a list');
  return v.map((x) => {
    if (typeof x !== 'number') throw new Error(`expected a number, got ${String(x)}`);
    return x;
  });
}

/** Runs `fn` and returns its result, or the RandomError it threw as [kind, message]. */
export function outcome<T>(fn: () => T): { r: T } | { error: [string, string] } {
  try {
    return { r: fn() };
  } catch (e) {
    if (e instanceof RandomError) return { error: [e.kind, e.message] };
    throw e;
  }
}

/** Float bits as hex, so mismatches print readably and -0/NaN compare exactly. */
export function bits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Distance in units in the last place between two finite doubles of the same sign. */
export function ulpDistance(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  const ia = view.getBigInt64(0);
  const ib = view.getBigInt64(8);
  const d = ia > ib ? ia - ib : ib - ia;
  return Number(d);
}
