// Result dtypes of the elementwise ops where numpy's answer depends on more than promotion:
// float-valued ops on small integers (numpy's float16, which the engine lacks, and float32),
// and the ops whose loops take bool inputs as int8.
import { DType, floatResult } from '../dtype';
import { EngineError } from '../errors';

/** The dtype of a float-valued unary op (exp, log, tanh...): float16 for bool, int8 and uint8
 *  input (not supported), float32 for int16 and uint16. */
export function floatUnaryResult(op: string, a: DType): DType {
  if (a === 'float64') return a;
  if (a === 'bool' || a === 'int8' || a === 'uint8')
    throw new EngineError('Unsupported', `numpy's float16 dtype (np.${op} of ${a === 'int8' ? 'an' : 'a'} ${a} array gives float16; cast first, e.g. x.astype(float))`);
  if (a === 'int16' || a === 'uint16') return 'float32';
  return floatResult(a);
}

/** numpy's square, power, floor_divide and remainder take bool inputs as int8: d is the promoted dtype. */
export function int8ForBools(d: DType): DType {
  return d === 'bool' ? 'int8' : d;
}
