// Result dtypes of the elementwise ops where numpy's answer is a dtype the engine lacks
// (float16, int8): those cases raise a named error instead of a silently different dtype.
import { DType, floatResult } from '../dtype';
import { EngineError } from '../errors';

/** The dtype of a float-valued unary op (exp, log, tanh...): numpy gives float16 for bool input. */
export function floatUnaryResult(op: string, a: DType): DType {
  if (a === 'bool')
    throw new EngineError(
      'TypeError',
      `numpy's ${op} of a bool array gives float16, which gradlens does not support; cast it first, e.g. x.astype(float)`,
    );
  return floatResult(a);
}

/** numpy gives int8 for some ops on bool inputs only (square, power, floor_divide, remainder). */
export function rejectInt8Result(op: string, ...dtypes: DType[]): void {
  if (dtypes.every((d) => d === 'bool'))
    throw new EngineError(
      'TypeError',
      `numpy's ${op} of bool arrays gives int8, which gradlens does not support; cast first, e.g. x.astype(int)`,
    );
}
