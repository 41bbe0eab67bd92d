import { doubleToString } from './double-to-string';

/** Python's repr (and str) of a float: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}
