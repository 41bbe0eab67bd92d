// Numbers and tensors as the panel shows them: scalars to 2 decimals (as the lecture draws
// them), tensors by shape and norm.
import type { JsonValue } from '../protocol';
import { type NdArray, fromJson, norm } from './ndarray';
import { shapeText } from './local-derivatives';

export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return '0.00';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 0.005) return x.toExponential(2);
  return x.toFixed(2);
}

/** A short text for an array: the number for a scalar, else shape and norm. */
export function formatArray(a: NdArray | null): string {
  if (a === null) return '-';
  if (a.shape.length === 0 || a.data.length === 1) return formatNumber(a.data[0]);
  return `${shapeText(a.shape)} |${formatNumber(norm(a))}|`;
}

/** A JSON value (a node's value or grad) as the panel labels it. */
export function formatValue(v: JsonValue | null, shape: readonly number[]): string {
  if (v === null) return '-';
  const a = fromJson(v);
  if (a !== null) return formatArray(a.data.length === 1 ? a : { shape, data: a.data });
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !Array.isArray(v)) return v.repr;
  return String(v);
}

/** All elements, for the side area (at most `max`, then an ellipsis). */
export function formatElements(a: NdArray | null, max = 12): string {
  if (a === null) return '-';
  if (a.shape.length === 0) return formatNumber(a.data[0]);
  const items = [...a.data.slice(0, max)].map(formatNumber);
  return `[${items.join(', ')}${a.data.length > max ? `, ... ${a.data.length - max} more` : ''}]`;
}
