// astype: dtype conversion. A float target passes the gradient through unchanged; an
// int or bool target is a step function, so it passes none.
import { DType, isFloat } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { unaryOp } from './loops';

// What numpy (on x86-64) stores when a float does not fit int64: NaN, inf and out-of-range
// values all become the smallest int64, -2^63 (numpy also warns "invalid value encountered in cast").
const INT64_MIN = -9223372036854775808;
const INT64_LIMIT = 9223372036854775808;

export function astype(a: Tensor, dtype: DType): Tensor {
  const out =
    dtype === 'int64'
      ? unaryOp(a, dtype, (x, y) => {
          for (let i = 0; i < y.length; i++) {
            const v = x[i];
            // + 0 turns the -0 of Math.trunc(-0.5) into the 0 an integer has
            y[i] = v >= INT64_MIN && v < INT64_LIMIT ? Math.trunc(v) + 0 : INT64_MIN;
          }
        })
      : unaryOp(a, dtype, (x, y) => y.set(x));
  return record(out, 'astype', [a], (g) => [isFloat(dtype) ? g : null], { attrs: { dtype } });
}
