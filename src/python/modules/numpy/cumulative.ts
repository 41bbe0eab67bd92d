// cumsum and cumprod along an axis (of the flattened array when axis is None), accumulating one
// element at a time in the result dtype as numpy does, each recorded with its own gradient:
// - cumsum: output k sums inputs 0..k, so input i gets the upstream gradients of k >= i;
// - cumprod: output k multiplies inputs 0..k, so input i gets sum_{k>=i} g_k * prod_{j<=k, j!=i} x_j,
//   computed without dividing by x_i (exact when inputs are zero) as P_{i-1} * S_i, with
//   P_{i-1} = x_0 ... x_{i-1} and S_i = g_i + x_{i+1} S_{i+1}.
import * as E from '../../../engine';
import { DType, Tensor, record } from '../../../engine';
import { Unsupported } from '../../runtime/errors';
import { PyValue } from '../../runtime/object';
import { isNone } from '../../runtime/native';
import { parseDType } from './dtypes';
import { intArg } from './reductions';

export type Cumulative = 'cumsum' | 'cumprod';

interface Lines {
  /** The input as a C-contiguous array whose accumulation axis is `n` long with stride `inner`. */
  x: Tensor;
  n: number;
  inner: number;
  outer: number;
}

function linesOf(t: Tensor, axis: number | null): Lines {
  const x = axis === null || t.ndim === 0 ? E.reshape(t, [t.size]) : t;
  const ax = axis === null || t.ndim === 0 ? 0 : E.normalizeAxis(axis, x.ndim);
  const n = x.shape[ax];
  const inner = E.stridesOf(x.shape)[ax];
  return { x, n, inner, outer: x.size / Math.max(1, n * inner) };
}

/** Calls visit(start, stride) for every line along the accumulation axis. */
function eachLine({ n, inner, outer }: Lines, visit: (start: number, stride: number) => void): void {
  for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) visit(o * n * inner + i, inner);
}

function accumulate(kind: Cumulative, lines: Lines, dtype: DType): Float64Array {
  const d = lines.x.data;
  const out = new Float64Array(d.length);
  eachLine(lines, (start, stride) => {
    let acc = kind === 'cumsum' ? 0 : 1;
    for (let k = 0; k < lines.n; k++) {
      const j = start + k * stride;
      acc = E.castValue(dtype, kind === 'cumsum' ? acc + d[j] : acc * d[j]);
      out[j] = acc;
    }
  });
  return out;
}

function cumsumGradient(lines: Lines, g: Float64Array): Float64Array {
  const dx = new Float64Array(g.length);
  eachLine(lines, (start, stride) => {
    let acc = 0;
    for (let k = lines.n - 1; k >= 0; k--) {
      const j = start + k * stride;
      acc += g[j];
      dx[j] = acc;
    }
  });
  return dx;
}

function cumprodGradient(lines: Lines, g: Float64Array): Float64Array {
  const d = lines.x.data;
  const dx = new Float64Array(g.length);
  eachLine(lines, (start, stride) => {
    // dx holds S_i first, then P_{i-1} * S_i
    let s = 0;
    for (let k = lines.n - 1; k >= 0; k--) {
      const j = start + k * stride;
      s = g[j] + (k + 1 < lines.n ? d[j + stride] * s : 0);
      dx[j] = s;
    }
    let p = 1;
    for (let k = 0; k < lines.n; k++) {
      const j = start + k * stride;
      dx[j] *= p;
      p *= d[j];
    }
  });
  return dx;
}

/** np.cumsum / np.cumprod of t (already cast to the accumulation dtype when one was asked for). */
export function cumulative(kind: Cumulative, t: Tensor, axis: number | null): Tensor {
  const lines = linesOf(t, axis);
  const dtype: DType = E.sumDType(t.dtype); // (bool and narrow ints accumulate in int64/uint64)
  const out = Tensor.of(accumulate(kind, lines, dtype), lines.x.shape, dtype);
  return record(
    out,
    kind,
    [t],
    (g) => {
      const gd = g.data;
      const dx = kind === 'cumsum' ? cumsumGradient(lines, gd) : cumprodGradient(lines, gd);
      return [E.reshape(new Tensor(dx, lines.x.shape), t.shape)];
    },
    { attrs: { axis } },
  );
}

/** The np.* / method form: axis, dtype= (cast first), no out=. */
export function cumulativeCall(kind: Cumulative, t: Tensor, axis: PyValue | undefined, dtype: PyValue | undefined, out: PyValue | undefined): Tensor {
  if (out !== undefined && !isNone(out)) throw new Unsupported(`numpy.${kind} with out=`);
  const d = parseDType(dtype);
  return cumulative(kind, d === null || d === t.dtype ? t : E.astype(t, d), axis === undefined || isNone(axis) ? null : intArg(axis));
}
