// argsort and sort: numpy's ascending order (NaN last), stable on ties. sort gathers each
// element from its old place, so the sorted array stays on the tape.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';

/** np.argsort (stable, numpy's default quicksort gives the same order on distinct keys). */
export function argsort(t: Tensor, axis: number | null): Tensor {
  const x = axis === null ? E.reshape(t, [t.size]) : t;
  if (x.ndim === 0) return Tensor.scalar(0, 'int64');
  const ax = E.normalizeAxis(axis ?? 0, x.ndim);
  const n = x.shape[ax];
  const inner = E.stridesOf(x.shape)[ax];
  const outer = x.size / Math.max(1, n * inner);
  const d = x.data;
  const out = new Float64Array(x.size);
  const order = (a: number, b: number): number => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      const idx = Array.from({ length: n }, (_, k) => k);
      idx.sort((p, q) => order(d[base + p * inner], d[base + q * inner]) || p - q);
      idx.forEach((k, j) => (out[base + j * inner] = k));
    }
  return new Tensor(out, x.shape, 'int64');
}

export function sortValues(t: Tensor, axis: number | null): Tensor {
  const x = axis === null ? E.reshape(t, [t.size]) : t;
  if (x.ndim === 0) throw new E.EngineError('AxisError', 'axis -1 is out of bounds for array of dimension 0');
  const ax = E.normalizeAxis(axis ?? -1, x.ndim);
  const order = argsort(x, ax).data;
  // the sorted array gathers each element from its place: flat positions, so the tape keeps it
  const strides = E.stridesOf(x.shape);
  const flat = new Float64Array(x.size);
  for (let i = 0; i < x.size; i++) {
    const along = Math.floor(i / strides[ax]) % x.shape[ax];
    flat[i] = i + (order[i] - along) * strides[ax];
  }
  return E.reshape(E.gather(E.reshape(x, [x.size]), [{ kind: 'array', index: new Tensor(flat, [x.size], 'int64') }]), x.shape);
}
