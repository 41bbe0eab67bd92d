// Elementwise ops numpy has and the engine lacks, each with its derivative recorded on the tape.
import * as E from '../../../engine';
import { Tensor, record } from '../../../engine';

function floatOp(name: string, a: Tensor, f: (x: number) => number, df: (x: number) => number): Tensor {
  const dtype = E.floatUnaryResult(name, a.dtype);
  const d = a.data;
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]);
  const result = a.ndim === 0 ? Tensor.scalar(out[0], dtype) : Tensor.of(out, a.shape, dtype);
  return record(result, name, [a], (g) => {
    const gd = g.data;
    const dx = new Float64Array(gd.length);
    for (let i = 0; i < gd.length; i++) dx[i] = gd[i] * df(d[i]);
    return [a.ndim === 0 ? new Tensor(dx[0], []) : new Tensor(dx, a.shape)];
  });
}

// d log10(x)/dx = 1 / (x ln 10)
export const log10 = (a: Tensor): Tensor => floatOp('log10', a, Math.log10, (x) => 1 / (x * Math.LN10));
export const log2 = (a: Tensor): Tensor => floatOp('log2', a, E.libmLog2, (x) => 1 / (x * Math.LN2));
// d arctan(x)/dx = 1 / (1 + x^2)
export const arctan = (a: Tensor): Tensor => floatOp('arctan', a, Math.atan, (x) => 1 / (1 + x * x));
