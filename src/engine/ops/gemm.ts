// The matrix-product kernel behind matmul, dot, outer's VJP and their gradients. Every element
// of the result is the sum of its k products added in increasing k from 0, whichever path runs,
// so results never depend on the blocking (and repeat exactly from run to run).
import { simdTileKernel } from './gemm-simd';

/** Below this many multiply-adds, packing costs more than it saves. */
const SMALL = 4096;
/** Steps of k per packed block (A strip and B panel of 8 KB each: they stay in L1). */
const KC = 256;

/**
 * c[cOff + i*n + j] = sum over p of a[aOff + i*k + p] * b[bOff + p*n + j], for an m x k block of a
 * and a k x n block of b, both row-major; the m x n block of c is overwritten.
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
): void {
  if (m * n * k < SMALL) gemmSmall(a, aOff, b, bOff, c, cOff, m, k, n);
  else gemmPacked(a, aOff, b, bOff, c, cOff, m, k, n);
}

function gemmSmall(a: Float64Array, aOff: number, b: Float64Array, bOff: number, c: Float64Array, cOff: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[aOff + i * k + p] * b[bOff + p * n + j];
      c[cOff + i * n + j] = s;
    }
}

/**
 * Register-blocked: B is packed into panels of 4 columns (p-major), 4 rows of A at a time into
 * a p-major strip, and each 4x4 tile of C is summed over the whole k in registers - by the
 * WebAssembly SIMD tile when the host has it, else in 16 JavaScript locals. Ragged edges are
 * zero-padded in the packs and not stored.
 */
function gemmPacked(a: Float64Array, aOff: number, b: Float64Array, bOff: number, c: Float64Array, cOff: number, m: number, k: number, n: number): void {
  const panels = Math.ceil(n / 4);
  const simd = simdTileKernel();
  // the packs, in the SIMD kernel's memory when there is one: [B panels | A strip | tile]
  const kc = Math.min(k, KC);
  const apAt = panels * 4 * kc;
  const tileAt = apAt + 4 * kc;
  const doubles = tileAt + 16;
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
    work.fill(0, 0, apAt);
    for (let jp = 0; jp < panels; jp++) {
      const base = jp * 4 * depth;
      for (let q = 0; q < 4 && jp * 4 + q < n; q++) {
        const col = bOff + p0 * n + jp * 4 + q;
        for (let p = 0; p < depth; p++) work[base + p * 4 + q] = b[col + p * n];
      }
    }
    for (let i0 = 0; i0 < m; i0 += 4) {
      const rows = Math.min(4, m - i0);
      work.fill(0, apAt, tileAt);
      for (let r = 0; r < rows; r++) {
        const row = aOff + (i0 + r) * k + p0;
        for (let p = 0; p < depth; p++) work[apAt + p * 4 + r] = a[row + p];
      }
      for (let jp = 0; jp < panels; jp++) {
        const j0 = jp * 4;
        const cols = Math.min(4, n - j0);
        work.fill(0, tileAt, tileAt + 16);
        if (p0 > 0) for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) work[tileAt + r * 4 + q] = c[cOff + (i0 + r) * n + j0 + q];
        if (simd !== null) simd.tile(apAt * 8, jp * 4 * depth * 8, depth, tileAt * 8);
        else tileJs(work, apAt, jp * 4 * depth, depth, tileAt);
        for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) c[cOff + (i0 + r) * n + j0 + q] = work[tileAt + r * 4 + q];
      }
    }
  }
}

/** The 4x4 tile of the packed product in plain JavaScript: the SIMD tile's fallback and twin. */
export function tileJs(w: Float64Array, apAt: number, bpAt: number, k: number, tileAt: number): void {
  const t = tileAt;
  let c00 = w[t], c01 = w[t + 1], c02 = w[t + 2], c03 = w[t + 3], c10 = w[t + 4], c11 = w[t + 5], c12 = w[t + 6], c13 = w[t + 7];
  let c20 = w[t + 8], c21 = w[t + 9], c22 = w[t + 10], c23 = w[t + 11], c30 = w[t + 12], c31 = w[t + 13], c32 = w[t + 14], c33 = w[t + 15];
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
  w[tileAt] = c00; w[tileAt + 1] = c01; w[tileAt + 2] = c02; w[tileAt + 3] = c03;
  w[tileAt + 4] = c10; w[tileAt + 5] = c11; w[tileAt + 6] = c12; w[tileAt + 7] = c13;
  w[tileAt + 8] = c20; w[tileAt + 9] = c21; w[tileAt + 10] = c22; w[tileAt + 11] = c23;
  w[tileAt + 12] = c30; w[tileAt + 13] = c31; w[tileAt + 14] = c32; w[tileAt + 15] = c33;
}

/** The transpose of the last two axes of a row-major stack of rows x cols matrices (a copy). */
export function transposeLastTwo(d: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(d.length);
  const plane = rows * cols;
  for (let base = 0; base < d.length; base += plane)
    for (let r = 0; r < rows; r++) for (let q = 0; q < cols; q++) out[base + q * rows + r] = d[base + r * cols + q];
  return out;
}
