// Number and string literal values, decoded as CPython's tokenizer and parser do.

/** The value of an integer literal (`0x1F`, `1_000`, `0o17`, `0b101`); bigint beyond 2**53. */
export function intValue(text: string): number | bigint {
  const digits = text.replace(/_/g, '');
  const lower = digits.toLowerCase();
  let big: bigint;
  if (lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b')) big = BigInt(lower);
  else big = BigInt(digits);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** The value of a float literal (`1.`, `.5`, `1e-3`, `1_000.5e3`). */
export function floatValue(text: string): number {
  return Number(text.replace(/_/g, ''));
}

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  formatted: boolean;
}

/** Splits `rb'''` into its prefix flags and quote. */
export function stringPrefix(start: string): StringPrefix & { quote: string } {
  const match = /^([A-Za-z]*)('''|"""|'|")$/.exec(start);
  const prefix = (match ? match[1] : '').toLowerCase();
  return {
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    formatted: prefix.includes('f'),
    quote: match ? match[2] : '"',
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

export class UnsupportedEscape extends Error {}

/** Decodes backslash escapes of a (non-raw) string body; an unknown escape keeps its backslash,
 *  as CPython does. `\N{...}` needs the Unicode name database and is reported as unsupported. */
export function decodeEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      i++;
      continue;
    }
    const next = body[i + 1];
    if (next === '\n') {
      i += 2;
    } else if (next === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2;
    } else if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (next >= '0' && next <= '7') {
      let j = i + 1;
      while (j < body.length && j < i + 4 && body[j] >= '0' && body[j] <= '7') j++;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, j), 8));
      i = j;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new UnsupportedEscape(`truncated \\${next} escape`);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + width;
    } else if (next === 'N') {
      throw new UnsupportedEscape('\\N{...} escapes in string literals');
    } else {
      out += '\\' + next;
      i += 2;
    }
  }
  return out;
}

/** Normalises newlines inside a literal body the way CPython's tokenizer does (`\r\n` -> `\n`). */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
