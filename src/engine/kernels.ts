// Raw loops shared by the ops: no recording, no gradients. Outputs are new tensors.
import { DType, castValue } from './dtype';
import { reserveElements } from './element-guard';
import { Tensor } from './tensor';
import { Shape, broadcastIndex, broadcastShapes, sameShape, sizeOf, stridesOf } from './shape';

/** Below this many elements a zero-filled array costs about as much as an uninitialised one. */
const LARGE = 4096;

/**
 * Storage of n elements with unspecified contents, for outputs the caller overwrites entirely:
 * skips the zero-filling (and, with a reused block, the page faults) of `new Float64Array(n)`.
 * Uses Node's uninitialised Buffer memory where there is one.
 */
export function overwritable(n: number): Float64Array {
  reserveElements(n);
  if (n < LARGE || typeof Buffer !== 'function') return new Float64Array(n);
  return new Float64Array(Buffer.allocUnsafeSlow(n * 8).buffer, 0, n);
}

/** out[i] = f(a[i]) rounded to dtype. */
export function mapUnary(a: Tensor, dtype: DType, f: (x: number) => number): Tensor {
  if (a.ndim === 0) return new Tensor(castValue(dtype, f(a.item())), a.shape, dtype);
  const src = a.data;
  const out = new Float64Array(a.size);
  for (let i = 0; i < out.length; i++) out[i] = f(src[i]);
  return Tensor.of(out, a.shape, dtype);
}

/** out = f(a, b) elementwise with numpy broadcasting, rounded to dtype. */
export function mapBinary(a: Tensor, b: Tensor, dtype: DType, f: (x: number, y: number) => number): Tensor {
  if (a.ndim === 0 && b.ndim === 0) return new Tensor(castValue(dtype, f(a.item(), b.item())), a.shape, dtype);
  const ad = a.data;
  const bd = b.data;
  if (sameShape(a.shape, b.shape)) {
    const out = new Float64Array(a.size);
    for (let i = 0; i < out.length; i++) out[i] = f(ad[i], bd[i]);
    return Tensor.of(out, a.shape, dtype);
  }
  if (b.size === 1 && b.ndim <= a.ndim) {
    const y = bd[0];
    const out = new Float64Array(a.size);
    for (let i = 0; i < out.length; i++) out[i] = f(ad[i], y);
    return Tensor.of(out, a.shape, dtype);
  }
  if (a.size === 1 && a.ndim <= b.ndim) {
    const x = ad[0];
    const out = new Float64Array(b.size);
    for (let i = 0; i < out.length; i++) out[i] = f(x, bd[i]);
    return Tensor.of(out, b.shape, dtype);
  }
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const out = new Float64Array(ia.length);
  for (let i = 0; i < out.length; i++) out[i] = f(ad[ia[i]], bd[ib[i]]);
  return Tensor.of(out, shape, dtype);
}

/** out = f(a, b, c) elementwise with broadcasting (where, clip). */
export function mapTernary(
  a: Tensor,
  b: Tensor,
  c: Tensor,
  dtype: DType,
  f: (x: number, y: number, z: number) => number,
): Tensor {
  const shape = broadcastShapes(a.shape, b.shape, c.shape);
  const ia = broadcastIndex(a.shape, shape);
  const ib = broadcastIndex(b.shape, shape);
  const ic = broadcastIndex(c.shape, shape);
  const ad = a.data;
  const bd = b.data;
  const cd = c.data;
  const out = new Float64Array(ia.length);
  for (let i = 0; i < out.length; i++) out[i] = f(ad[ia[i]], bd[ib[i]], cd[ic[i]]);
  if (shape.length === 0) return Tensor.scalar(out[0], dtype);
  return Tensor.of(out, shape, dtype);
}

/** Copies `a` broadcast to `shape` into a new contiguous tensor. */
export function expandTo(a: Tensor, shape: Shape): Tensor {
  if (sameShape(a.shape, shape)) return a;
  const src = a.data;
  const out = overwritable(sizeOf(shape)); // (asks the memory budget before the index below is made)
  if (src.length >= 16 && isTrailingBlock(a.shape, shape)) {
    // a bias row repeated down leading axes: copies of the whole block
    for (let at = 0; at < out.length; at += src.length) out.set(src, at);
    return new Tensor(out, shape, a.dtype);
  }
  const idx = broadcastIndex(a.shape, shape);
  for (let i = 0; i < out.length; i++) out[i] = src[idx[i]];
  if (shape.length === 0) return Tensor.scalar(out[0], a.dtype);
  return new Tensor(out, shape, a.dtype);
}

/**
 * Sums `g` down to `shape`, undoing broadcasting: the VJP of broadcasting (the "copy gate":
 * gradients of the copies add up). The result is float64.
 */
export function sumTo(g: Tensor, shape: Shape): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const n = sizeOf(shape);
  const out = new Float64Array(n);
  const gd = g.data;
  if (n === 1) {
    let s = 0;
    for (let i = 0; i < gd.length; i++) s += gd[i];
    out[0] = s;
  } else if (isTrailingBlock(shape, g.shape)) {
    // summed over leading axes (a bias's gradient): the same additions in the same order, no index map
    for (let at = 0; at < gd.length; at += n) for (let j = 0; j < n; j++) out[j] += gd[at + j];
  } else {
    const idx = broadcastIndex(shape, g.shape);
    for (let i = 0; i < gd.length; i++) out[idx[i]] += gd[i];
  }
  if (shape.length === 0) return Tensor.scalar(out[0]);
  return new Tensor(out, shape, 'float64');
}

/**
 * Whether `inner` (leading 1s aside) is the trailing axes of `outer`: then `outer`'s storage is
 * copies of an `inner` block, one after the other.
 */
function isTrailingBlock(inner: Shape, outer: Shape): boolean {
  let start = 0;
  while (start < inner.length && inner[start] === 1) start++;
  const off = outer.length - (inner.length - start);
  if (off < 0) return false;
  for (let i = start; i < inner.length; i++) if (inner[i] !== outer[off + i - start]) return false;
  return true;
}

/** Elementwise a + b of two float64 tensors of the same shape (gradient accumulation). */
export function addSame(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0) return Tensor.scalar(a.item() + b.item());
  const ad = a.data;
  const bd = b.data;
  const out = overwritable(ad.length);
  for (let i = 0; i < out.length; i++) out[i] = ad[i] + bd[i];
  return new Tensor(out, a.shape, 'float64');
}

export { stridesOf };
