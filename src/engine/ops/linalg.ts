// solve, inv and det of square matrices (2-d), through an LU factorisation with partial pivoting
// (LAPACK getrf's choices: the first largest pivot of a column, the column scaled by the pivot's
// reciprocal). Each VJP is written with engine ops, so it is differentiable again.
import { EngineError } from '../errors';
import { isFloat } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { mul, neg } from './arithmetic';
import { astype } from './cast';
import { log as libmLog } from './libm/log';
import { exp as libmExp } from './libm/exp';
import { matmul, outer } from './matmul';
import { transpose } from './shape';

interface LU {
  /** L (unit diagonal, below) and U (on and above the diagonal), row-major n x n. */
  lu: Float64Array;
  /** Row k of LU is row perm[k] of the matrix. */
  perm: Int32Array;
  /** The permutation's sign. */
  sign: number;
  /** Some pivot was 0. */
  singular: boolean;
}

function factor(a: Float64Array, n: number): LU {
  const lu = Float64Array.from(a);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) p = i;
    if (p !== k) {
      for (let j = 0; j < n; j++) [lu[k * n + j], lu[p * n + j]] = [lu[p * n + j], lu[k * n + j]];
      [perm[k], perm[p]] = [perm[p], perm[k]];
      sign = -sign;
    }
    const pivot = lu[k * n + k];
    if (pivot === 0) {
      singular = true;
      continue;
    }
    const r = 1 / pivot;
    for (let i = k + 1; i < n; i++) lu[i * n + k] *= r;
    for (let i = k + 1; i < n; i++) {
      const l = lu[i * n + k];
      if (l !== 0) for (let j = k + 1; j < n; j++) lu[i * n + j] -= l * lu[k * n + j];
    }
  }
  return { lu, perm, sign, singular };
}

/** X with A X = B for the factorised A; B is n x m row-major. */
function substitute({ lu, perm }: LU, n: number, b: Float64Array, m: number): Float64Array {
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let c = 0; c < m; c++) x[i * m + c] = b[perm[i] * m + c];
  for (let i = 0; i < n; i++)
    for (let k = 0; k < i; k++) {
      const l = lu[i * n + k];
      if (l !== 0) for (let c = 0; c < m; c++) x[i * m + c] -= l * x[k * m + c];
    }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const u = lu[i * n + k];
      if (u !== 0) for (let c = 0; c < m; c++) x[i * m + c] -= u * x[k * m + c];
    }
    const d = lu[i * n + i];
    for (let c = 0; c < m; c++) x[i * m + c] /= d;
  }
  return x;
}

function square(a: Tensor): number {
  if (a.ndim < 2) throw new EngineError('LinAlgError', `${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  if (a.ndim > 2) throw new EngineError('LinAlgError', 'stacks of matrices (more than two dimensions) are not supported by gradlens yet');
  if (a.shape[0] !== a.shape[1]) throw new EngineError('LinAlgError', 'Last 2 dimensions of the array must be square');
  return a.shape[0];
}

/** The float dtype a result has: float32 stays, anything else computes in float64. */
function resultType(a: Tensor): 'float32' | 'float64' {
  return a.dtype === 'float32' ? 'float32' : 'float64';
}

function asFloat(a: Tensor): Tensor {
  return isFloat(a.dtype) ? a : astype(a, 'float64');
}

/** x with a x = b: b is (n,) or (n, k). VJP: gb = solve(aᵀ, g), ga = -gb xᵀ. */
export function solve(a: Tensor, b: Tensor): Tensor {
  const n = square(a);
  const vector = b.ndim === 1;
  if (b.ndim === 0 || b.ndim > 2 || b.shape[0] !== n) {
    const sig = vector ? 'solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m)' : 'solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n)';
    throw new EngineError('ValueError', `${sig} (size ${b.shape[0] ?? 0} is different from ${n})`);
  }
  const f = factor(asFloat(a).data, n);
  if (f.singular) throw new EngineError('LinAlgError', 'Singular matrix');
  const m = vector ? 1 : b.shape[1];
  const out = Tensor.of(substitute(f, n, asFloat(b).data, m), b.shape.slice(), 'float64');
  const x = resultType(a) === 'float32' && resultType(b) === 'float32' ? astype(out, 'float32') : out;
  return record(x, 'solve', [a, b], (g) => {
    const gb = solve(transpose(a), g);
    const ga = neg(vector ? outer(gb, x) : matmul(gb, transpose(x)));
    return [ga, gb];
  });
}

/** a⁻¹. VJP: -a⁻ᵀ g a⁻ᵀ. */
export function inv(a: Tensor): Tensor {
  const n = square(a);
  const f = factor(asFloat(a).data, n);
  if (f.singular) throw new EngineError('LinAlgError', 'Singular matrix');
  const eye = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eye[i * n + i] = 1;
  const out = Tensor.of(substitute(f, n, eye, n), [n, n], 'float64');
  const y = resultType(a) === 'float32' ? astype(out, 'float32') : out;
  return record(y, 'inv', [a], (g) => {
    const yt = transpose(y);
    return [neg(matmul(matmul(yt, g), yt))];
  });
}

/** det a, as numpy computes it: sign · exp(Σ log |uᵢᵢ|) of the LU factors. VJP: g · det · a⁻ᵀ. */
export function det(a: Tensor): Tensor {
  const n = square(a);
  const f = factor(asFloat(a).data, n);
  let sign = f.sign;
  let logdet = 0;
  for (let i = 0; i < n; i++) {
    const u = f.lu[i * n + i];
    if (u < 0) sign = -sign;
    if (u === 0) sign = 0;
    logdet += libmLog(Math.abs(u));
  }
  const d = Tensor.scalar(sign * libmExp(logdet), resultType(a));
  return record(d, 'det', [a], (g) => [mul(g, f.singular ? cofactors(asFloat(a).data, n) : mul(d, transpose(inv(a))))]);
}

/** The cofactor matrix (d det / d a), for a singular a where det · a⁻ᵀ does not exist: a constant. */
function cofactors(a: Float64Array, n: number): Tensor {
  const c = new Float64Array(n * n);
  if (n === 1) c[0] = 1;
  else
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const minor = new Float64Array((n - 1) * (n - 1));
        let k = 0;
        for (let r = 0; r < n; r++) for (let q = 0; q < n; q++) if (r !== i && q !== j) minor[k++] = a[r * n + q];
        const m = det(Tensor.of(minor, [n - 1, n - 1], 'float64')).item();
        c[i * n + j] = (i + j) % 2 === 0 ? m : -m;
      }
  return Tensor.of(c, [n, n], 'float64');
}
