// astype: dtype conversion. A float target passes the gradient through unchanged; an
// int or bool target is a step function, so it passes none.
import { DType, castFloat, castFloatToUint32Simd, isFloat, isInteger } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { unaryOp } from './loops';

// numpy's float-to-uint32 loop converts blocks of this many (contiguous) elements with SIMD
// instructions and the rest one by one; the two disagree on values out of range.
const SIMD_BLOCK = 4;

export function astype(a: Tensor, dtype: DType): Tensor {
  const out =
    isFloat(a.dtype) && isInteger(dtype)
      ? dtype === 'uint32'
        ? unaryOp(a, dtype, (x, y) => {
            const blocks = y.length - (y.length % SIMD_BLOCK);
            for (let i = 0; i < blocks; i++) y[i] = castFloatToUint32Simd(x[i]);
            for (let i = blocks; i < y.length; i++) y[i] = castFloat(dtype, x[i]);
          })
        : unaryOp(a, dtype, (x, y) => {
            for (let i = 0; i < y.length; i++) y[i] = castFloat(dtype, x[i]);
          })
      : unaryOp(a, dtype, (x, y) => y.set(x));
  return record(out, 'astype', [a], (g) => [isFloat(dtype) ? g : null], { attrs: { dtype } });
}
