// numpy scalars (np.float64(1.0), the result of x.sum() or x[0, 1]): a Python object holding a
// 0-d engine tensor, so arithmetic on them stays on the tape. np.float64 subclasses Python's
// float, as in numpy; the others do not.
import { DType, Tensor } from '../../../engine';
import { PyObject, PyType, floatType, objectType } from '../../runtime/object';
import { scalarTypeDType } from './dtypes';

export const genericType = new PyType('generic', [objectType], { module: 'numpy' });
export const float64Type = new PyType('float64', [genericType, floatType], { module: 'numpy' });
export const float32Type = new PyType('float32', [genericType], { module: 'numpy' });
export const int64Type = new PyType('int64', [genericType], { module: 'numpy' });
export const boolScalarType = new PyType('bool', [genericType], { module: 'numpy' });

const TYPE_OF: Record<DType, PyType> = {
  float64: float64Type,
  float32: float32Type,
  int64: int64Type,
  bool: boolScalarType,
};
for (const [d, t] of Object.entries(TYPE_OF)) scalarTypeDType.set(t, d as DType);

export function scalarTypeOf(d: DType): PyType {
  return TYPE_OF[d];
}

export class NpScalar extends PyObject {
  constructor(readonly t: Tensor) {
    super(TYPE_OF[t.dtype]);
  }
  get dtype(): DType {
    return this.t.dtype;
  }
  get value(): number {
    return this.t.item();
  }
}

/** A numpy scalar of a 0-d tensor (any tensor of size 1 is reshaped by the caller). */
export function npScalar(t: Tensor): NpScalar {
  return new NpScalar(t);
}
