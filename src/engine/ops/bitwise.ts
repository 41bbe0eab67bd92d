// &, |, ^, <<, >> on integer (and bool-with-integer) operands: numpy's bitwise_and/or/xor and
// left/right_shift in the promoted dtype. Integer results have no gradient, so nothing is recorded.
import { DType, IntDType, intBits, promote } from '../dtype';
import { EngineError } from '../errors';
import type { Tensor } from '../tensor';
import { binaryOp } from './loops';

/** The op on two values of a 32-bit-or-narrower dtype (JavaScript's bit operators work on their exact int32 images). */
type NarrowOp = (dtype: IntDType) => (x: number, y: number) => number;
/** The op on two int64 or uint64 values (wrapped back to 64 bits afterwards). */
type WideOp = (x: bigint, y: bigint) => bigint;

function bitwise(name: string, a: Tensor, b: Tensor, narrow: NarrowOp, wide: WideOp, boolsAsInt8 = false): Tensor {
  const promoted = promote(a.dtype, b.dtype);
  const dtype: DType = boolsAsInt8 && promoted === 'bool' ? 'int8' : promoted;
  if (dtype === 'float32' || dtype === 'float64')
    throw new EngineError(
      'TypeError',
      `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
    );
  if (dtype !== 'int64' && dtype !== 'uint64') {
    const op = narrow(dtype === 'bool' ? 'int8' : dtype);
    return binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
      for (let i = 0; i < z.length; i++) z[i] = op(x[i * sx], y[i * sy]);
    });
  }
  const wrap = dtype === 'uint64' ? BigInt.asUintN : BigInt.asIntN;
  return binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = Number(wrap(64, wide(BigInt(x[i * sx]), BigInt(y[i * sy]))));
  });
}

export function bitwiseAnd(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_and', a, b, () => (x, y) => x & y, (x, y) => x & y);
}

export function bitwiseOr(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_or', a, b, () => (x, y) => x | y, (x, y) => x | y);
}

export function bitwiseXor(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_xor', a, b, () => (x, y) => x ^ y, (x, y) => x ^ y);
}

// numpy's shifts by a count outside [0, bits) give 0 to the left and the sign to the right; its
// shift loops take bools as int8.
export function leftShift(a: Tensor, b: Tensor): Tensor {
  const narrow: NarrowOp = (dtype) => {
    const bits = intBits(dtype);
    return (x, y) => (y >= 0 && y < bits ? x << y : 0);
  };
  return bitwise('left_shift', a, b, narrow, (x, y) => (y >= 0n && y < 64n ? x << y : 0n), true);
}

export function rightShift(a: Tensor, b: Tensor): Tensor {
  const narrow: NarrowOp = (dtype) => {
    const bits = intBits(dtype);
    // uint32 values pass 2^31: >>> keeps them unsigned
    if (dtype === 'uint32') return (x, y) => (y >= 0 && y < bits ? x >>> y : 0);
    return (x, y) => (y >= 0 && y < bits ? x >> y : x < 0 ? -1 : 0);
  };
  return bitwise('right_shift', a, b, narrow, (x, y) => (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n), true);
}
