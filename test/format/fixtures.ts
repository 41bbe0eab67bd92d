// Reading the CPython/numpy fixtures written by scripts/format-cases.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadCases<T>(name: string): T[] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
  return (JSON.parse(text) as { cases: T[] }).cases;
}

/** Parses Python's float.hex() output (and 'nan', 'inf', '-inf') exactly. */
export function parseHexFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(text);
  if (m === null) throw new Error(`not a float.hex() text: ${text}`);
  const [, sign, lead, frac, exp] = m;
  const mantissa = Number(BigInt('0x' + lead + frac)); // < 2^53: exact
  const value = mantissa * 2 ** (Number(exp) - 4 * frac.length); // a power-of-two scaling: exact
  return sign === '-' ? -value : value;
}

/** The outcome of a case: its text, or the error it raises. */
export type Outcome = { out: string } | { error: string; message: string };
