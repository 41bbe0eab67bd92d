// float.hex() and float.fromhex(), exact, in CPython's format ('0x1.8000000000000p+0').
import { floatRepr } from '../format';
import { OverflowError, pyErr, valueError } from './errors';

const HEX_DIGITS = 13; // 52 fraction bits

/** CPython's float.hex(): a normal x as 0x1.<13 hex digits>p<exp>, a subnormal as 0x0.<...>p-1022. */
export function floatToHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  const biased = (bits.getUint16(0) >> 4) & 0x7ff;
  const fraction = (BigInt(bits.getUint32(0) & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  const sign = x < 0 ? '-' : '';
  return `${sign}0x${lead}.${fraction.toString(16).padStart(HEX_DIGITS, '0')}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

const invalid = () => valueError('invalid hexadecimal floating-point string');
const tooLarge = () => pyErr(OverflowError, 'hexadecimal value too large to represent as a float');

/** CPython's float.fromhex(s): the hex value rounded once, half to even, to the nearest float. */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const special = SPECIAL.exec(s);
  if (special !== null) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  if (m === null) throw invalid();
  const [, sign, whole, frac = '', expText] = m;
  if (whole.length + frac.length === 0) throw invalid();
  const negative = sign === '-';
  const mantissa = BigInt(`0x${whole}${frac}` === '0x' ? '0' : `0x${whole}${frac}`);
  if (mantissa === 0n) return negative ? -0 : 0;
  // the value is mantissa * 2**scale, in [2**(top-1), 2**top)
  const scale = (expText === undefined ? 0 : Number(expText)) - 4 * frac.length;
  const length = mantissa.toString(2).length;
  const top = length + scale;
  if (top > 1025) throw tooLarge();
  if (top < -1076) return negative ? -0 : 0;
  const keep = top - 1 >= -1022 ? 53 : top + 1074; // subnormals keep bits down to 2**-1074
  let q = mantissa;
  let k = scale;
  const drop = length - keep;
  if (drop > 0) {
    const dropped = BigInt(drop);
    q = mantissa >> dropped;
    const rest = mantissa - (q << dropped);
    const half = 1n << (dropped - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
    k += drop;
  }
  if (q.toString(2).length + k > 1024) throw tooLarge();
  let r = Number(q); // at most 2**53: exact
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  r *= 2 ** k; // the result is representable, so this product is exact
  return negative ? -r : r;
}
