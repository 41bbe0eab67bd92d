// &, |, ^, <<, >> on integer (and bool-with-integer) operands: numpy's bitwise_and/or/xor and
// left/right_shift in the promoted dtype. Integer results have no gradient, so nothing is recorded.
import { DType, IntDType, intBits, promote } from '../dtype';
import { EngineError } from '../errors';
import type { Tensor } from '../tensor';
import { binaryOp } from './loops';

type BitOp = (x: number, y: number) => number;
type BigBitOp = (x: bigint, y: bigint) => bigint;

function bitwise(name: string, a: Tensor, b: Tensor, op: BitOp, bigOp: BigBitOp): Tensor {
  const promoted = promote(a.dtype, b.dtype);
  // the shifts' loops take bools as int8
  const dtype: DType = promoted === 'bool' && name.endsWith('shift') ? 'int8' : promoted;
  if (dtype === 'float32' || dtype === 'float64')
    throw new EngineError(
      'TypeError',
      `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
    );
  // 32 bits or fewer: JavaScript's bit operators work on the exact int32 images of the values
  if (dtype !== 'int64' && dtype !== 'uint64')
    return binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
      for (let i = 0; i < z.length; i++) z[i] = op(x[i * sx], y[i * sy]);
    });
  const wrap = dtype === 'uint64' ? BigInt.asUintN : BigInt.asIntN;
  return binaryOp(a, b, dtype, (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) z[i] = Number(wrap(64, bigOp(BigInt(x[i * sx]), BigInt(y[i * sy]))));
  });
}

export function bitwiseAnd(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_and', a, b, (x, y) => x & y, (x, y) => x & y);
}

export function bitwiseOr(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_or', a, b, (x, y) => x | y, (x, y) => x | y);
}

export function bitwiseXor(a: Tensor, b: Tensor): Tensor {
  return bitwise('bitwise_xor', a, b, (x, y) => x ^ y, (x, y) => x ^ y);
}

// numpy's shifts by a count outside [0, bits): 0 to the left, the sign to the right.
function shiftCountFits(y: number, dtype: DType): boolean {
  return y >= 0 && y < intBits(dtype as IntDType);
}

export function leftShift(a: Tensor, b: Tensor): Tensor {
  const dtype = promote(a.dtype, b.dtype);
  return bitwise(
    'left_shift',
    a,
    b,
    (x, y) => (shiftCountFits(y, dtype === 'bool' ? 'int8' : dtype) ? x << y : 0),
    (x, y) => (y >= 0n && y < 64n ? x << y : 0n),
  );
}

export function rightShift(a: Tensor, b: Tensor): Tensor {
  const dtype = promote(a.dtype, b.dtype);
  return bitwise(
    'right_shift',
    a,
    b,
    // uint32 values pass 2^31: >>> keeps them unsigned
    (x, y) => (shiftCountFits(y, dtype === 'bool' ? 'int8' : dtype) ? (dtype === 'uint32' ? x >>> y : x >> y) : x < 0 ? -1 : 0),
    (x, y) => (y >= 0n && y < 64n ? x >> y : x < 0n ? -1n : 0n),
  );
}
