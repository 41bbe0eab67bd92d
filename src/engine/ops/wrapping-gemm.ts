// The matrix product of 32-bit integer dtypes (int32, uint32), exact modulo 2^32 as numpy's C
// loops wrap: float64 products of such values pass 2^53 and would lose the low bits that wrap.
import { DType } from '../dtype';

/** Whether products in dtype must be computed modulo 2^32 rather than in float64. */
export function wrapsProducts(dtype: DType): boolean {
  return dtype === 'int32' || dtype === 'uint32';
}

/** c[cOff + i*n + j] = sum over p of a[aOff + i*k + p] * b[bOff + p*n + j], modulo 2^32 (as int32). */
export function wrappingGemm(a: Float64Array, aOff: number, b: Float64Array, bOff: number, c: Float64Array, cOff: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = (s + Math.imul(a[aOff + i * k + p], b[bOff + p * n + j])) | 0;
      c[cOff + i * n + j] = s;
    }
}
