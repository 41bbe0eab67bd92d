/** The element types the engine knows. Storage is always a Float64Array; the dtype says how
 * values are rounded after every op (float32 through Math.fround) and how they print. */
export type DType = 'float64' | 'float32' | 'int64' | 'bool';

const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

export function isFloat(d: DType): boolean {
  return d === 'float64' || d === 'float32';
}

/** numpy's result type for two array operands (int64 with float32 gives float64, as numpy does). */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  if ((a === 'int64' && b === 'float32') || (a === 'float32' && b === 'int64')) return 'float64';
  return RANK[a] >= RANK[b] ? a : b;
}

/** The dtype of a float-valued result (exp, log, true division...) computed from inputs of dtype d. */
export function floatResult(d: DType): DType {
  return d === 'float32' ? 'float32' : 'float64';
}

/** Rounds a JavaScript number to what an element of dtype d can hold. */
export function castValue(d: DType, v: number): number {
  switch (d) {
    case 'float64':
      return v;
    case 'float32':
      return Math.fround(v);
    case 'int64':
      return Number.isFinite(v) ? Math.trunc(v) + 0 : -9223372036854775808;
    case 'bool':
      return v !== 0 && !Number.isNaN(v) ? 1 : v !== v ? 1 : 0;
  }
}

/** Rounds every element in place when the dtype needs it. */
export function castInPlace(d: DType, data: Float64Array): Float64Array {
  if (d === 'float64') return data;
  for (let i = 0; i < data.length; i++) data[i] = castValue(d, data[i]);
  return data;
}
