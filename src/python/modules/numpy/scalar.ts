// numpy scalars (np.float64(1.0), the result of x.sum() or x[0, 1]): a Python object holding a
// 0-d engine tensor, so arithmetic on them stays on the tape. The types form numpy's hierarchy
// (float64 -> floating -> inexact -> number -> generic, and float64 also subclasses Python's
// float; int32 -> signedinteger -> integer -> number; uint8 -> unsignedinteger -> integer;
// bool -> generic), and error messages name them as numpy's C types do ('numpy.float64').
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyNumberObject, PyType, floatType, objectType } from '../../runtime/object';
import { dtypeScalarType, scalarTypeDType } from './dtypes';

function numpyType(name: string, bases: PyType[]): PyType {
  return new PyType(name, bases, { module: 'numpy', tpName: `numpy.${name}` });
}

export const genericType = numpyType('generic', [objectType]);
export const numberType = numpyType('number', [genericType]);
export const integerType = numpyType('integer', [numberType]);
export const signedIntegerType = numpyType('signedinteger', [integerType]);
export const unsignedIntegerType = numpyType('unsignedinteger', [integerType]);
export const inexactType = numpyType('inexact', [numberType]);
export const floatingType = numpyType('floating', [inexactType]);
export const float64Type = numpyType('float64', [floatingType, floatType]);
export const float32Type = numpyType('float32', [floatingType]);
export const int64Type = numpyType('int64', [signedIntegerType]);
export const boolScalarType = numpyType('bool', [genericType]);

const TYPE_OF: Record<DType, PyType> = {
  float64: float64Type,
  float32: float32Type,
  int64: int64Type,
  int32: numpyType('int32', [signedIntegerType]),
  int16: numpyType('int16', [signedIntegerType]),
  int8: numpyType('int8', [signedIntegerType]),
  uint64: numpyType('uint64', [unsignedIntegerType]),
  uint32: numpyType('uint32', [unsignedIntegerType]),
  uint16: numpyType('uint16', [unsignedIntegerType]),
  uint8: numpyType('uint8', [unsignedIntegerType]),
  bool: boolScalarType,
};
for (const [d, t] of Object.entries(TYPE_OF)) {
  scalarTypeDType.set(t, d as DType);
  dtypeScalarType.set(d as DType, t);
}

/** The scalar types of the integer dtypes, np.int8 to np.uint64. */
export const integerScalarTypes: readonly PyType[] = E.INT_DTYPES.map((d) => TYPE_OF[d]);

export function scalarTypeOf(d: DType): PyType {
  return TYPE_OF[d];
}

function numberKind(d: DType): 'int' | 'float' | 'bool' {
  return d === 'bool' ? 'bool' : E.isFloat(d) ? 'float' : 'int';
}

export class NpScalar extends PyNumberObject {
  constructor(readonly t: Tensor) {
    super(TYPE_OF[t.dtype]);
  }
  get dtype(): DType {
    return this.t.dtype;
  }
  get value(): number {
    return this.t.item();
  }
  get numberKind(): 'int' | 'float' | 'bool' {
    return numberKind(this.t.dtype);
  }
  get numberValue(): number {
    return this.t.item();
  }
}

/** A numpy scalar of a 0-d tensor (any tensor of size 1 is reshaped by the caller). numpy's bools
 *  are two singletons, np.True_ and np.False_ (`mask[0] is np.True_`). */
export function npScalar(t: Tensor): NpScalar {
  return t.dtype === 'bool' ? npBool(t.item() !== 0) : new NpScalar(t);
}

let npTrue: NpScalar | null = null;
let npFalse: NpScalar | null = null;

export function npBool(v: boolean): NpScalar {
  if (v) return (npTrue ??= new NpScalar(Tensor.scalar(1, 'bool')));
  return (npFalse ??= new NpScalar(Tensor.scalar(0, 'bool')));
}
