// The matrix-product kernel behind matmul, dot, outer's VJP and their gradients. Every element
// of the result is the sum of its k products added in increasing k from 0, whichever path runs,
// so results never depend on the blocking (and repeat exactly from run to run).
import { SimdTileKernel, simdTileKernel } from './gemm-simd';
import { gemmThreaded } from './gemm-threads';

/** Below this many multiply-adds, packing costs more than it saves. */
const SMALL = 4096;
/** From this many multiply-adds on (~0.2 ms on one thread), a product is split over threads (gemm-threads.ts). */
export const THREADED = 1 << 21;
/** Steps of k per packed block (a 4-row strip of A and a 4-column panel of B of 8 KB each: they stay in L1). */
const KC = 256;
/** Rows of A (and C) per packed block. */
const MC = 64;
/** Columns of C per kernel call: the KC x NC block of packed B a strip sweeps (512 KB) stays in L2. */
const NC = 256;

/**
 * c[cOff + i*n + j] = sum over p of A[i, p] * B[p, j], for an m x k block A and a k x n block B
 * (row-major at aOff and bOff, or stored transposed - k x m and n x k - when aTransposed or
 * bTransposed); the m x n block of c is overwritten.
 */
export function gemm(
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  c: Float64Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
  aTransposed = false,
  bTransposed = false,
): void {
  const A: Operand = { data: a, off: aOff, rowStride: aTransposed ? 1 : k, colStride: aTransposed ? m : 1 };
  const B: Operand = { data: b, off: bOff, rowStride: bTransposed ? 1 : n, colStride: bTransposed ? k : 1 };
  const work = m * n * k;
  if (work < SMALL) gemmSmall(A, B, c, cOff, m, k, n);
  else if (work < THREADED || m < 8 || !gemmThreaded(A, B, c, cOff, m, k, n)) gemmPacked(A, B, c, cOff, m, k, n, simdTileKernel());
}

/** A matrix inside a flat array: element (i, j) at off + i * rowStride + j * colStride. */
export interface Operand {
  readonly data: Float64Array;
  readonly off: number;
  readonly rowStride: number;
  readonly colStride: number;
}

function gemmSmall(A: Operand, B: Operand, c: Float64Array, cOff: number, m: number, k: number, n: number): void {
  const { data: a, off: ao, rowStride: ar, colStride: ac } = A;
  const { data: b, off: bo, rowStride: br, colStride: bc } = B;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[ao + i * ar + p * ac] * b[bo + p * br + j * bc];
      c[cOff + i * n + j] = s;
    }
}

/**
 * Register-blocked: per block of k, B is packed into panels of 4 columns (p-major), and per
 * block of MC rows A into strips of 4 rows (p-major); then every 4x4 tile of C is summed over
 * the block of k in registers, going on from C's sums so far - by the WebAssembly SIMD kernel
 * when the host has it (`simd`), else in JavaScript - NC columns at a time, so that the part
 * of B a strip of A sweeps stays in L2. Ragged edges are zero-padded in the packs and not stored.
 */
export function gemmPacked(
  A: Operand,
  B: Operand,
  c: Float64Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
  simd: SimdTileKernel | null,
): void {
  const kc = Math.min(k, KC);
  const panels = Math.ceil(n / 4);
  const ldc = panels * 4;
  const maxStrips = Math.ceil(Math.min(m, MC) / 4);
  // the packs and the C block, in the SIMD kernel's memory when there is one: [B | A | C]
  const aAt = panels * 4 * kc;
  const cAt = aAt + maxStrips * 4 * kc;
  const doubles = cAt + maxStrips * 4 * ldc;
  let work: Float64Array;
  if (simd !== null) {
    const missing = doubles * 8 - simd.memory.buffer.byteLength;
    if (missing > 0) simd.memory.grow(Math.ceil(missing / 65536));
    work = new Float64Array(simd.memory.buffer, 0, doubles);
  } else {
    work = new Float64Array(doubles);
  }
  // blocks of k in order: each tile goes on from the sums of the previous block
  for (let p0 = 0; p0 < k; p0 += kc) {
    const depth = Math.min(kc, k - p0);
    packPanels(B, p0, depth, n, panels, work);
    for (let i0 = 0; i0 < m; i0 += MC) {
      const rows = Math.min(MC, m - i0);
      const strips = Math.ceil(rows / 4);
      packStrips(A, i0, rows, p0, depth, strips, work, aAt);
      work.fill(0, cAt, cAt + strips * 4 * ldc);
      const at = cOff + i0 * n;
      if (p0 > 0) for (let r = 0; r < rows; r++) work.set(c.subarray(at + r * n, at + r * n + n), cAt + r * ldc);
      for (let jp = 0; jp < panels; jp += NC / 4) {
        const count = Math.min(NC / 4, panels - jp);
        if (simd !== null) simd.block(aAt * 8, jp * 4 * depth * 8, (cAt + jp * 4) * 8, strips, count, depth, ldc * 8);
        else blockJs(work, aAt, jp * 4 * depth, cAt + jp * 4, strips, count, depth, ldc);
      }
      for (let r = 0; r < rows; r++) c.set(work.subarray(cAt + r * ldc, cAt + r * ldc + n), at + r * n);
    }
  }
}

/** B[p0 .. p0+depth) as panels of 4 columns, p-major, zero-padded past column n. */
function packPanels(B: Operand, p0: number, depth: number, n: number, panels: number, work: Float64Array): void {
  const { data, off, rowStride, colStride } = B;
  for (let jp = 0; jp < panels; jp++) {
    const base = jp * 4 * depth;
    const cols = Math.min(4, n - jp * 4);
    const at = off + p0 * rowStride + jp * 4 * colStride;
    // read along whichever way B is contiguous
    if (colStride === 1 && cols === 4)
      for (let p = 0; p < depth; p++) {
        const src = at + p * rowStride;
        work[base + p * 4] = data[src];
        work[base + p * 4 + 1] = data[src + 1];
        work[base + p * 4 + 2] = data[src + 2];
        work[base + p * 4 + 3] = data[src + 3];
      }
    else
      for (let q = 0; q < 4; q++) {
        if (q >= cols) for (let p = 0; p < depth; p++) work[base + p * 4 + q] = 0;
        else for (let p = 0; p < depth; p++) work[base + p * 4 + q] = data[at + q * colStride + p * rowStride];
      }
  }
}

/** Rows i0 .. i0+rows of A, columns p0 .. p0+depth, as strips of 4 rows, p-major, zero-padded. */
function packStrips(A: Operand, i0: number, rows: number, p0: number, depth: number, strips: number, work: Float64Array, at: number): void {
  const { data, off, rowStride, colStride } = A;
  for (let s = 0; s < strips; s++) {
    const base = at + s * 4 * depth;
    const count = Math.min(4, rows - s * 4);
    const src = off + (i0 + s * 4) * rowStride + p0 * colStride;
    // read along whichever way A is contiguous
    if (rowStride === 1 && count === 4)
      for (let p = 0; p < depth; p++) {
        const col = src + p * colStride;
        work[base + p * 4] = data[col];
        work[base + p * 4 + 1] = data[col + 1];
        work[base + p * 4 + 2] = data[col + 2];
        work[base + p * 4 + 3] = data[col + 3];
      }
    else if (colStride === 1 && count === 4)
      // four rows side by side: the packed strip is written in order
      for (let p = 0, w = base, r0 = src, r1 = src + rowStride, r2 = src + 2 * rowStride, r3 = src + 3 * rowStride; p < depth; p++, w += 4) {
        work[w] = data[r0 + p];
        work[w + 1] = data[r1 + p];
        work[w + 2] = data[r2 + p];
        work[w + 3] = data[r3 + p];
      }
    else
      for (let r = 0; r < 4; r++) {
        if (r >= count) for (let p = 0; p < depth; p++) work[base + p * 4 + r] = 0;
        else for (let p = 0; p < depth; p++) work[base + p * 4 + r] = data[src + r * rowStride + p * colStride];
      }
  }
}

/** The SIMD kernel's JavaScript twin: the same tiles, the same operations in the same order. */
export function blockJs(w: Float64Array, apAt: number, bpAt: number, cAt: number, strips: number, panels: number, k: number, ldc: number): void {
  for (let s = 0; s < strips; s++)
    for (let jp = 0; jp < panels; jp++) tileJs(w, apAt + s * 4 * k, bpAt + jp * 4 * k, k, cAt + s * 4 * ldc + jp * 4, ldc);
}

/** One 4x4 tile of C (rows ldc apart, at tileAt) += a packed strip of A times a packed panel of B. */
function tileJs(w: Float64Array, apAt: number, bpAt: number, k: number, tileAt: number, ldc: number): void {
  const t0 = tileAt;
  const t1 = tileAt + ldc;
  const t2 = tileAt + 2 * ldc;
  const t3 = tileAt + 3 * ldc;
  let c00 = w[t0], c01 = w[t0 + 1], c02 = w[t0 + 2], c03 = w[t0 + 3], c10 = w[t1], c11 = w[t1 + 1], c12 = w[t1 + 2], c13 = w[t1 + 3];
  let c20 = w[t2], c21 = w[t2 + 1], c22 = w[t2 + 2], c23 = w[t2 + 3], c30 = w[t3], c31 = w[t3 + 1], c32 = w[t3 + 2], c33 = w[t3 + 3];
  for (let p = 0; p < k; p++) {
    const ao = apAt + p * 4;
    const bo = bpAt + p * 4;
    const a0 = w[ao], a1 = w[ao + 1], a2 = w[ao + 2], a3 = w[ao + 3];
    const b0 = w[bo], b1 = w[bo + 1], b2 = w[bo + 2], b3 = w[bo + 3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
  }
  w[t0] = c00; w[t0 + 1] = c01; w[t0 + 2] = c02; w[t0 + 3] = c03;
  w[t1] = c10; w[t1 + 1] = c11; w[t1 + 2] = c12; w[t1 + 3] = c13;
  w[t2] = c20; w[t2 + 1] = c21; w[t2 + 2] = c22; w[t2 + 3] = c23;
  w[t3] = c30; w[t3 + 1] = c31; w[t3 + 2] = c32; w[t3 + 3] = c33;
}
