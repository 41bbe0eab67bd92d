// Reading and writing a strided window of a storage tensor as one recorded op each way: a view's
// elements are positions of the storage (numpy's layout: shape, strides and offset in elements), so
// a read copies them out and a write copies them in, with VJPs that route gradients along the same
// positions. (One op instead of a flattening reshape around an advanced-index gather: views are read
// on every use.)
// create_graph=True differentiates these nodes with the rules in higher-order.ts.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import type { Layout } from '../numpy/ndarray';

export const READ_OP = 'view read';
export const WRITE_OP = 'view write';

/** The positions a node of these ops read or wrote, for the rules of a recorded backward. */
export const windowPositions = new WeakMap<Tensor, Int32Array>();

/** For each element of the layout (C order), its flat position in the storage. */
export function layoutPositions(l: Layout): Int32Array {
  const { shape, strides } = l;
  const nd = shape.length;
  let n = 1;
  for (const d of shape) n *= d;
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (nd === 0) {
    out[0] = l.offset;
    return out;
  }
  const last = shape[nd - 1];
  const step = strides[nd - 1];
  const counter = new Array<number>(nd - 1).fill(0);
  let base = l.offset;
  let k = 0;
  for (;;) {
    for (let j = 0, p = base; j < last; j++, p += step) out[k++] = p;
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      counter[ax]++;
      base += strides[ax];
      if (counter[ax] < shape[ax]) break;
      base -= strides[ax] * shape[ax];
      counter[ax] = 0;
    }
    if (ax < 0) return out;
  }
}

function make(data: Float64Array, shape: readonly number[], dtype: Tensor['dtype']): Tensor {
  return shape.length === 0 ? new Tensor(data[0], [], dtype) : new Tensor(data, shape, dtype);
}

/** The storage's elements at `at` (C order of `shape`), as a tensor of the storage's dtype. */
export function readWindow(storage: Tensor, at: Int32Array, shape: readonly number[]): Tensor {
  const src = storage.data;
  const out = new Float64Array(at.length);
  for (let k = 0; k < at.length; k++) out[k] = src[at[k]];
  const sShape = storage.shape;
  const t = E.record(make(out, shape, storage.dtype), READ_OP, [storage], (g) => {
    const gd = g.data;
    const gs = new Float64Array(storage.size);
    for (let k = 0; k < at.length; k++) gs[at[k]] += gd[k];
    return [make(gs, sShape, 'float64')];
  });
  if (t.node !== null) windowPositions.set(t, at);
  return t;
}

/** The storage with the elements at `at` replaced by t's (C order; t has the storage's dtype). */
export function writeWindow(storage: Tensor, at: Int32Array, t: Tensor): Tensor {
  const out = storage.data.slice();
  const td = t.data;
  for (let k = 0; k < at.length; k++) out[at[k]] = td[k];
  const sShape = storage.shape;
  const tShape = t.shape;
  const written = E.record(make(out, sShape, storage.dtype), WRITE_OP, [storage, t], (g) => {
    const gd = g.data;
    const gs = gd.slice();
    const gt = new Float64Array(at.length);
    for (let k = 0; k < at.length; k++) {
      gt[k] = gd[at[k]];
      gs[at[k]] = 0;
    }
    return [make(gs, sShape, 'float64'), make(gt, tShape, 'float64')];
  });
  if (written.node !== null) windowPositions.set(written, at);
  return written;
}
