// numpy's dtypes as Python values: `np.dtype` objects, and what a `dtype=` argument may be
// (float, int, bool, np.float64, 'float32', a dtype object...). The engine knows four dtypes;
// np.int32 is stored as int64 (an honest approximation noted in DIALECT terms: values print alike).
import type { DType } from '../../../engine';
import { PyObject, PyType, PyValue, None, boolType, floatType, intType, objectType, typeOf } from '../../runtime/object';
import { Unsupported, typeError } from '../../runtime/errors';
import { defineGetter, defineRawMethod } from '../../runtime/native';
import { NotImplemented } from '../../runtime/object';

export const dtypeType = new PyType('dtype', [objectType], { module: 'numpy' });

/** An instance of np.dtype. */
export class NpDType extends PyObject {
  constructor(readonly dtype: DType) {
    super(dtypeType);
  }
}

const dtypeObjects = new Map<DType, NpDType>();
export function dtypeObject(d: DType): NpDType {
  let o = dtypeObjects.get(d);
  if (o === undefined) dtypeObjects.set(d, (o = new NpDType(d)));
  return o;
}

export const ITEMSIZE: Record<DType, number> = { float64: 8, float32: 4, int64: 8, bool: 1 };

const BY_NAME: Record<string, DType> = {
  float64: 'float64',
  float: 'float64',
  double: 'float64',
  f8: 'float64',
  float32: 'float32',
  single: 'float32',
  f4: 'float32',
  int64: 'int64',
  int: 'int64',
  int32: 'int64',
  i8: 'int64',
  intp: 'int64',
  bool: 'bool',
  bool_: 'bool',
  '?': 'bool',
};

/** numpy's names of the dtypes gradlens does not have: a gradlens edge, not numpy's "not understood". */
const UNSUPPORTED_NAMES = new Set(['uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'float16', 'half', 'longdouble', 'float128', 'complex64', 'complex128', 'complex', 'object', 'str', 'bytes', 'u1', 'u2', 'u4', 'u8', 'i1', 'i2', 'f2', 'c8', 'c16', 'O', 'U', 'S', 'B', 'b', 'h', 'H']);

/** Scalar type objects registered by scalars.ts (np.float64 -> 'float64', ...). */
export const scalarTypeDType = new Map<PyType, DType>();

/** The engine dtype a `dtype=` argument names; null for None; TypeError for anything else. */
export function parseDType(v: PyValue | undefined): DType | null {
  if (v === undefined || v === None) return null;
  if (v instanceof NpDType) return v.dtype;
  if (typeof v === 'string') {
    const d = BY_NAME[v];
    if (d === undefined && UNSUPPORTED_NAMES.has(v)) throw new Unsupported(`numpy dtype '${v}'`);
    if (d === undefined) throw typeError(`data type '${v}' not understood`);
    return d;
  }
  if (v instanceof PyType) {
    if (v === floatType) return 'float64';
    if (v === intType) return 'int64';
    if (v === boolType) return 'bool';
    const d = scalarTypeDType.get(v);
    if (d !== undefined) return d;
  }
  throw typeError(`Cannot interpret '${typeOf(v).name === 'type' ? `<class '${(v as PyType).name}'>` : String(v)}' as a data type`);
}

/** Whether `x == dtype` holds for a dtype object (numpy compares through np.dtype(x)). */
function dtypeEquals(d: DType, other: PyValue): PyValue {
  try {
    return parseDType(other) === d;
  } catch {
    return NotImplemented;
  }
}

export function installDTypeType(): void {
  defineGetter(dtypeType, 'name', (self) => (self as NpDType).dtype);
  defineGetter(dtypeType, 'itemsize', (self) => ITEMSIZE[(self as NpDType).dtype]);
  defineGetter(dtypeType, 'kind', (self) => {
    const d = (self as NpDType).dtype;
    return d === 'bool' ? 'b' : d === 'int64' ? 'i' : 'f';
  });
  defineRawMethod(dtypeType, '__str__', (self) => (self as NpDType).dtype);
  defineRawMethod(dtypeType, '__repr__', (self) => `dtype('${(self as NpDType).dtype}')`);
  defineRawMethod(dtypeType, '__eq__', (self, args) => dtypeEquals((self as NpDType).dtype, args[0]));
  defineRawMethod(dtypeType, '__ne__', (self, args) => {
    const r = dtypeEquals((self as NpDType).dtype, args[0]);
    return r === NotImplemented ? r : !r;
  });
  defineRawMethod(dtypeType, '__hash__', (self) => ['bool', 'int64', 'float32', 'float64'].indexOf((self as NpDType).dtype) + 7001);
  dtypeType.construct = (args) => {
    if (args.length !== 1) throw typeError('dtype() takes exactly 1 positional argument');
    return dtypeObject(parseDType(args[0]) ?? 'float64');
  };
}

/** numpy's kind order for casting='same_kind': bool < int < float. */
function kindRank(d: DType): number {
  return d === 'bool' ? 0 : d === 'int64' ? 1 : 2;
}

export function canCastSameKind(from: DType, to: DType): boolean {
  return kindRank(from) <= kindRank(to);
}
