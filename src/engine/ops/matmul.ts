// matmul, dot, outer. The matmul gate's VJP: dA = dY B^T, dB = A^T dY - a 1-D operand is a
// matrix with one row (A) or one column (B) whose extra axis is dropped again, and batch axes
// that were broadcast are summed back (the copy gate).
import { DType, promote } from '../dtype';
import { reserveElements } from '../element-guard';
import { EngineError, shapeText } from '../errors';
import { sumTo } from '../kernels';
import { Shape, broadcastIndex, broadcastShapes } from '../shape';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { mul } from './arithmetic';
import { gemm } from './gemm';
import { wrappingGemm, wrapsProducts } from './wrapping-gemm';

const SIGNATURE = '(n?,k),(k,m?)->(n?,m?)';

/** A stack of matrices: batch axes, then rows x cols, in a flat row-major array (holding the transposes when `transposed`). */
interface Stack {
  data: Float64Array;
  batch: number[];
  rows: number;
  cols: number;
  transposed: boolean;
}

/** The stacked product of two stacks, broadcasting their batch axes (a.cols === b.rows); products
 *  wrap modulo 2^32 when `wrap32` (untransposed stacks of int32 or uint32 values). */
function stackProduct(a: Stack, b: Stack, batch: number[], wrap32 = false): Stack {
  const ia = broadcastIndex(a.batch, batch);
  const ib = broadcastIndex(b.batch, batch);
  const { rows: m, cols: k } = a;
  const n = b.cols;
  reserveElements(ia.length * m * n);
  const out = new Float64Array(ia.length * m * n);
  for (let t = 0; t < ia.length; t++)
    if (wrap32) wrappingGemm(a.data, ia[t] * m * k, b.data, ib[t] * k * n, out, t * m * n, m, k, n);
    else gemm(a.data, ia[t] * m * k, b.data, ib[t] * k * n, out, t * m * n, m, k, n, a.transposed, b.transposed);
  return { data: out, batch, rows: m, cols: n, transposed: false };
}

/** The transposes of a stack's matrices, as a view of the same data. */
function transposed(s: Stack): Stack {
  return { data: s.data, batch: s.batch, rows: s.cols, cols: s.rows, transposed: !s.transposed };
}

function asTensor(data: Float64Array, shape: Shape, dtype: DType = 'float64'): Tensor {
  if (shape.length === 0) return Tensor.scalar(data[0], dtype);
  return Tensor.of(data, shape, dtype);
}

/** np.matmul / the @ operator. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  for (const [t, k] of [[a, 0], [b, 1]] as const)
    if (t.ndim === 0)
      throw new EngineError(
        'ValueError',
        `matmul: Input operand ${k} does not have enough dimensions (has 0, gufunc core with signature ${SIGNATURE} requires 1)`,
      );
  const aShape = a.ndim === 1 ? [1, a.shape[0]] : [...a.shape];
  const bShape = b.ndim === 1 ? [b.shape[0], 1] : [...b.shape];
  const [n, k] = aShape.slice(-2);
  const [kb, m] = bShape.slice(-2);
  if (kb !== k)
    throw new EngineError(
      'ValueError',
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIGNATURE} (size ${kb} is different from ${k})`,
    );
  const aBatch = aShape.slice(0, -2);
  const bBatch = bShape.slice(0, -2);
  const batch = matmulBatch(a, b, aBatch, bBatch, n, m);
  const A: Stack = { data: a.data, batch: aBatch, rows: n, cols: k, transposed: false };
  const B: Stack = { data: b.data, batch: bBatch, rows: k, cols: m, transposed: false };
  const outShape = [...batch, ...(a.ndim === 1 ? [] : [n]), ...(b.ndim === 1 ? [] : [m])];
  const dtype = promote(a.dtype, b.dtype);
  const out = asTensor(stackProduct(A, B, batch, wrapsProducts(dtype)).data, outShape, dtype);
  const upstream = (g: Tensor): Stack => ({ data: g.data, batch, rows: n, cols: m, transposed: false });
  // dA = dY B^T (batch, n, k), dB = A^T dY (batch, k, m): each alone, for leaves read later
  const gradientOf = (g: Tensor, input: number): Tensor =>
    input === 0
      ? reshaped(sumTo(asTensor(stackProduct(upstream(g), transposed(B), batch).data, [...batch, n, k]), aShape), a.shape)
      : reshaped(sumTo(asTensor(stackProduct(transposed(A), upstream(g), batch).data, [...batch, k, m]), bShape), b.shape);
  return record(out, 'matmul', [a, b], (g) => [gradientOf(g, 0), gradientOf(g, 1)], { gradientOf });
}

/** The broadcast batch shape, with numpy's "remapped shapes" error text. */
function matmulBatch(a: Tensor, b: Tensor, aBatch: number[], bBatch: number[], n: number, m: number): number[] {
  try {
    return broadcastShapes(aBatch, bBatch);
  } catch {
    const remap = (t: Tensor, batch: number[]): string =>
      `${shapeText(t.shape)}->(${[...batch, 'newaxis', 'newaxis'].join(',')})`;
    const requested = [...(a.ndim === 1 ? [] : [n]), ...(b.ndim === 1 ? [] : [m])];
    throw new EngineError(
      'ValueError',
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, aBatch)} ${remap(b, bBatch)}  and requested shape ${shapeText(requested)}`,
    );
  }
}

function reshaped(t: Tensor, shape: Shape): Tensor {
  return asTensor(t.data, shape);
}

/**
 * np.dot: a scalar operand multiplies; 1-D and 2-D operands multiply as matmul; otherwise
 * dot(a, b)[i..., j..., l] = sum over p of a[i..., p] * b[j..., p, l].
 */
export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) return mul(a, b);
  const k = a.shape[a.ndim - 1];
  const bAxis = b.ndim === 1 ? 0 : b.ndim - 2;
  if (b.shape[bAxis] !== k)
    throw new EngineError(
      'ValueError',
      `shapes ${shapeText(a.shape)} and ${shapeText(b.shape)} not aligned: ${k} (dim ${a.ndim - 1}) != ${b.shape[bAxis]} (dim ${bAxis})`,
    );
  if (a.ndim <= 2 && b.ndim <= 2) return matmul(a, b);
  return dotND(a, b, k);
}

// a as (rows x k); b as (outer, k, cols) rearranged into one k x (outer*cols) matrix, so the
// N-D dot is a single matrix product.
function dotND(a: Tensor, b: Tensor, k: number): Tensor {
  const rows = a.size / k;
  const cols = b.ndim === 1 ? 1 : b.shape[b.ndim - 1];
  const outer = b.size / (k * cols);
  const toWide = (d: Float64Array): Float64Array => {
    const w = new Float64Array(d.length);
    for (let o = 0; o < outer; o++)
      for (let p = 0; p < k; p++) for (let j = 0; j < cols; j++) w[p * outer * cols + o * cols + j] = d[(o * k + p) * cols + j];
    return w;
  };
  const fromWide = (w: Float64Array): Float64Array => {
    const d = new Float64Array(w.length);
    for (let o = 0; o < outer; o++)
      for (let p = 0; p < k; p++) for (let j = 0; j < cols; j++) d[(o * k + p) * cols + j] = w[p * outer * cols + o * cols + j];
    return d;
  };
  const wide = toWide(b.data);
  const w = outer * cols;
  const product = new Float64Array(rows * w);
  const dtype = promote(a.dtype, b.dtype);
  if (wrapsProducts(dtype)) wrappingGemm(a.data, 0, wide, 0, product, 0, rows, k, w);
  else gemm(a.data, 0, wide, 0, product, 0, rows, k, w);
  const outShape = [...a.shape.slice(0, -1), ...b.shape.slice(0, Math.max(0, b.ndim - 2)), ...(b.ndim === 1 ? [] : [cols])];
  const out = asTensor(product, outShape, dtype);
  const gradientOf = (g: Tensor, input: number): Tensor => {
    if (input === 0) {
      const dA = new Float64Array(rows * k);
      gemm(g.data, 0, wide, 0, dA, 0, rows, w, k, false, true);
      return asTensor(dA, a.shape);
    }
    const dWide = new Float64Array(k * w);
    gemm(a.data, 0, g.data, 0, dWide, 0, k, rows, w, true, false);
    return asTensor(fromWide(dWide), b.shape);
  };
  return record(out, 'dot', [a, b], (g) => [gradientOf(g, 0), gradientOf(g, 1)], { gradientOf });
}

/** np.outer: both operands flattened, out[i, j] = a[i] * b[j]. */
export function outer(a: Tensor, b: Tensor): Tensor {
  const [p, q] = [a.size, b.size];
  const ad = a.data;
  const bd = b.data;
  const prod = new Float64Array(p * q);
  const dtype = promote(a.dtype, b.dtype);
  if (wrapsProducts(dtype)) for (let i = 0; i < p; i++) for (let j = 0; j < q; j++) prod[i * q + j] = Math.imul(ad[i], bd[j]);
  else for (let i = 0; i < p; i++) for (let j = 0; j < q; j++) prod[i * q + j] = ad[i] * bd[j];
  const out = Tensor.of(prod, [p, q], dtype);
  const gradientOf = (g: Tensor, input: number): Tensor => {
    if (input === 0) {
      const da = new Float64Array(p);
      gemm(g.data, 0, bd, 0, da, 0, p, q, 1); // dA = dY b
      return asTensor(da, a.shape);
    }
    const db = new Float64Array(q);
    gemm(g.data, 0, ad, 0, db, 0, q, p, 1, true); // dB = dY^T a
    return asTensor(db, b.shape);
  };
  return record(out, 'outer', [a, b], (g) => [gradientOf(g, 0), gradientOf(g, 1)], { gradientOf });
}
