// Small dense arrays for the panel's chain-rule arithmetic: JSON values in, C-order float data,
// numpy broadcasting, and the reductions that undo it. The engine is not available in the
// browser bundle; this is only enough to show upstream x local = downstream with numbers.
import type { JsonValue } from '../protocol';

export interface NdArray {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

export function scalar(x: number): NdArray {
  return { shape: [], data: Float64Array.of(x) };
}

export function filled(shape: readonly number[], x: number): NdArray {
  return { shape: [...shape], data: new Float64Array(sizeOf(shape)).fill(x) };
}

function jsonNumber(v: JsonValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return null;
}

/** A JSON number or nested list as an array; null for anything else (summaries, objects). */
export function fromJson(v: JsonValue | null | undefined): NdArray | null {
  if (v === null || v === undefined) return null;
  const n = jsonNumber(v);
  if (n !== null) return scalar(n);
  if (!Array.isArray(v)) return null;
  const shape: number[] = [];
  for (let level: JsonValue = v; Array.isArray(level); level = level[0]) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const data = new Float64Array(sizeOf(shape));
  let pos = 0;
  const walk = (x: JsonValue, axis: number): boolean => {
    if (axis === shape.length) {
      const num = jsonNumber(x);
      if (num === null) return false;
      data[pos++] = num;
      return true;
    }
    if (!Array.isArray(x) || x.length !== shape[axis]) return false;
    return x.every((item) => walk(item, axis + 1));
  };
  return walk(v, 0) ? { shape, data } : null;
}

/** The broadcast shape of two shapes, or null when numpy would refuse. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** Flat index into `shape` (right-aligned, size-1 axes repeating) of each element of `target`. */
function broadcastIndices(shape: readonly number[], target: readonly number[]): Int32Array {
  const size = sizeOf(target);
  const out = new Int32Array(size);
  const offset = target.length - shape.length;
  const idx = new Array<number>(target.length).fill(0);
  for (let flat = 0; flat < size; flat++) {
    let src = 0;
    for (let ax = offset; ax < target.length; ax++) src = src * shape[ax - offset] + (shape[ax - offset] === 1 ? 0 : idx[ax]);
    out[flat] = src;
    for (let ax = target.length - 1; ax >= 0; ax--) {
      if (++idx[ax] < target[ax]) break;
      idx[ax] = 0;
    }
  }
  return out;
}

export function broadcastTo(a: NdArray, target: readonly number[]): NdArray {
  const map = broadcastIndices(a.shape, target);
  const data = new Float64Array(map.length);
  for (let i = 0; i < map.length; i++) data[i] = a.data[map[i]];
  return { shape: [...target], data };
}

/** Element-wise f over broadcast inputs; null when the shapes do not broadcast. */
export function zipWith(arrays: readonly NdArray[], f: (xs: number[]) => number): NdArray | null {
  let shape: number[] | null = [];
  for (const a of arrays) shape = shape === null ? null : broadcastShape(shape, a.shape);
  if (shape === null) return null;
  const full = arrays.map((a) => broadcastTo(a, shape!).data);
  const data = new Float64Array(sizeOf(shape));
  const xs = new Array<number>(arrays.length);
  for (let i = 0; i < data.length; i++) {
    for (let k = 0; k < full.length; k++) xs[k] = full[k][i];
    data[i] = f(xs);
  }
  return { shape, data };
}

export function map(a: NdArray, f: (x: number) => number): NdArray {
  return { shape: a.shape, data: a.data.map(f) };
}

/** Sums `g` down to `shape` (undoes broadcasting: the copy gate's sum). */
export function sumTo(g: NdArray, shape: readonly number[]): NdArray {
  if (g.shape.length === shape.length && g.shape.every((d, i) => d === shape[i])) return g;
  const map = broadcastIndices(shape, g.shape);
  const data = new Float64Array(sizeOf(shape));
  for (let i = 0; i < map.length; i++) data[map[i]] += g.data[i];
  return { shape: [...shape], data };
}

export function reshape(a: NdArray, shape: readonly number[]): NdArray {
  return { shape: [...shape], data: a.data };
}

/** Permutes axes: out axis i is input axis perm[i]. */
export function transpose(a: NdArray, perm: readonly number[]): NdArray {
  const shape = perm.map((p) => a.shape[p]);
  const inStrides = stridesOf(a.shape);
  const data = new Float64Array(a.data.length);
  const idx = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < data.length; flat++) {
    let src = 0;
    for (let ax = 0; ax < shape.length; ax++) src += idx[ax] * inStrides[perm[ax]];
    data[flat] = a.data[src];
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      if (++idx[ax] < shape[ax]) break;
      idx[ax] = 0;
    }
  }
  return { shape, data };
}

export function stridesOf(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = s;
    s *= shape[i];
  }
  return out;
}

/** 2-D matrix product (m x k)(k x n); null for other ranks or a mismatch. */
export function matmul2d(a: NdArray, b: NdArray): NdArray | null {
  if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) return null;
  const [m, k] = a.shape;
  const n = b.shape[1];
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.data[i * k + p] * b.data[p * n + j];
      data[i * n + j] = s;
    }
  return { shape: [m, n], data };
}

export function norm(a: NdArray): number {
  let s = 0;
  for (const x of a.data) s += x * x;
  return Math.sqrt(s);
}

export function toJson(a: NdArray): JsonValue {
  const conv = (x: number): JsonValue => (Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : x);
  if (a.shape.length === 0) return conv(a.data[0]);
  let pos = 0;
  const build = (axis: number): JsonValue[] => {
    const out: JsonValue[] = [];
    for (let i = 0; i < a.shape[axis]; i++) out.push(axis === a.shape.length - 1 ? conv(a.data[pos++]) : build(axis + 1));
    return out;
  };
  return build(0);
}

/** Whether two arrays have the same shape and agree element-wise within rtol/atol (NaN = NaN). */
export function allClose(a: NdArray, b: NdArray, rtol = 1e-9, atol = 1e-12): boolean {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) return false;
  for (let i = 0; i < a.data.length; i++) {
    const x = a.data[i];
    const y = b.data[i];
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) return false;
    } else if (x !== y && Math.abs(x - y) > atol + rtol * Math.abs(y)) return false;
  }
  return true;
}
