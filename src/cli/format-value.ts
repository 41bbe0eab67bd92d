// Short human-readable forms of report values for the CLI's tables.
import type { JsonValue } from '../analysis';

function num(x: JsonValue, float = false): string {
  if (typeof x === 'number') {
    if (Number.isInteger(x) && Math.abs(x) < 1e15) return float ? `${x}.0` : String(x);
    const s = x.toPrecision(6);
    return String(Number(s));
  }
  return String(x);
}

function flatten(v: JsonValue, out: JsonValue[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else out.push(v);
}

/** A scalar as 6 significant digits; an array as its first values and its norm. */
export function shortValue(v: JsonValue | null | undefined, shape?: number[], dtype?: string): string {
  const float = dtype === 'float64' || dtype === 'float32';
  if (v === null || v === undefined) return '-';
  if (Array.isArray(v)) {
    const flat: JsonValue[] = [];
    flatten(v, flat);
    let sq = 0;
    for (const x of flat) if (typeof x === 'number') sq += x * x;
    const head = flat.slice(0, 3).map((x) => num(x, float)).join(', ');
    const more = flat.length > 3 ? ', ...' : '';
    return `[${head}${more}] ‖·‖=${num(Math.sqrt(sq))}`;
  }
  if (typeof v === 'object') return v.fields?.data !== undefined ? `${v.type}(data=${num(v.fields.data)})` : v.repr.length > 40 ? `${v.repr.slice(0, 37)}...` : v.repr;
  if (typeof v === 'string') return shape !== undefined ? v : JSON.stringify(v).slice(0, 40);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return num(v, float);
}

export function shapeText(shape: number[] | undefined): string {
  if (shape === undefined) return '';
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Left-aligned columns separated by two spaces. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('  ').trimEnd()).join('\n');
}
