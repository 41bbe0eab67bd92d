// rint: round half to even, elementwise (numpy's np.round builds on it). A step function: its
// gradient is zero, with kinks at every half-integer.
import * as E from '../../../engine';
import { Tensor, record } from '../../../engine';

/** C's rint in the default rounding mode: nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  // Math.round sends ties up; a tie whose upward neighbour is odd goes down instead
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r === 0 && x < 0 ? -0 : r;
}

export function rint(a: Tensor): Tensor {
  const d = a.data;
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = roundHalfEven(d[i]);
  const result = a.ndim === 0 ? new Tensor(out[0], [], a.dtype) : new Tensor(out, a.shape, a.dtype);
  return record(result, 'rint', [a], () => [E.zeros(a.shape)], {
    nearKink: (eps) => {
      for (let i = 0; i < d.length; i++) if (Math.abs(Math.abs(d[i] - Math.trunc(d[i])) - 0.5) <= eps) return true;
      return false;
    },
  });
}
