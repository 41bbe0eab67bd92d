// Numbers and tensors as the JSON of CLI.md: numbers, nested lists, "nan"/"inf"/"-inf".
import type { Tensor } from '../engine';
import type { JsonValue } from './report';

export function numberToJson(x: number): JsonValue {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return x;
}

/** A tensor as nested lists (a bare number for a 0-d tensor); bools stay numbers 0/1 unless asked. */
export function tensorToJson(t: Tensor, asBool = t.dtype === 'bool'): JsonValue {
  const d = t.data;
  const conv = asBool ? (x: number): JsonValue => x !== 0 : numberToJson;
  if (t.ndim === 0) return conv(d[0]);
  let pos = 0;
  const build = (axis: number): JsonValue[] => {
    const out: JsonValue[] = [];
    const n = t.shape[axis];
    for (let i = 0; i < n; i++) out.push(axis === t.ndim - 1 ? conv(d[pos++]) : build(axis + 1));
    return out;
  };
  return build(0);
}

/** Multi-index of a flat C-order position. */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = flat % shape[i];
    flat = Math.floor(flat / shape[i]);
  }
  return out;
}
