// numpy's dtypes as Python values: `np.dtype` objects, and what a `dtype=` argument may be
// (float, int, bool, np.float64, 'uint8', 'i4', a dtype object...). float16, complex, str and
// object dtypes are gradlens's honest Unsupported, not numpy's "not understood".
import * as E from '../../../engine';
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

export const ITEMSIZE: Record<DType, number> = {
  float64: 8,
  float32: 4,
  int64: 8,
  int32: 4,
  int16: 2,
  int8: 1,
  uint64: 8,
  uint32: 4,
  uint16: 2,
  uint8: 1,
  bool: 1,
};

/** dtype.char: numpy's one-letter type codes (on a 64-bit Linux, int64 is C long 'l'). */
const CHAR: Record<DType, string> = {
  float64: 'd',
  float32: 'f',
  int64: 'l',
  int32: 'i',
  int16: 'h',
  int8: 'b',
  uint64: 'L',
  uint32: 'I',
  uint16: 'H',
  uint8: 'B',
  bool: '?',
};

/** dtype.kind: 'b' bool, 'i' signed, 'u' unsigned integer, 'f' float. */
export function kindChar(d: DType): string {
  return d === 'bool' ? 'b' : E.isFloat(d) ? 'f' : E.isUnsigned(d) ? 'u' : 'i';
}

const NAMES: Record<string, DType> = {
  float64: 'float64',
  float: 'float64',
  double: 'float64',
  f8: 'float64',
  float32: 'float32',
  single: 'float32',
  f4: 'float32',
  int64: 'int64',
  int: 'int64',
  int_: 'int64',
  i8: 'int64',
  intp: 'int64',
  long: 'int64',
  longlong: 'int64',
  q: 'int64',
  p: 'int64',
  int32: 'int32',
  i4: 'int32',
  intc: 'int32',
  int16: 'int16',
  i2: 'int16',
  short: 'int16',
  int8: 'int8',
  i1: 'int8',
  byte: 'int8',
  uint64: 'uint64',
  u8: 'uint64',
  uint: 'uint64',
  uintp: 'uint64',
  ulong: 'uint64',
  ulonglong: 'uint64',
  Q: 'uint64',
  P: 'uint64',
  uint32: 'uint32',
  u4: 'uint32',
  uintc: 'uint32',
  uint16: 'uint16',
  u2: 'uint16',
  ushort: 'uint16',
  uint8: 'uint8',
  u1: 'uint8',
  ubyte: 'uint8',
  bool: 'bool',
  bool_: 'bool',
  b1: 'bool',
};
const BY_NAME = new Map<string, DType>([...Object.entries(NAMES), ...Object.entries(CHAR).map(([d, c]): [string, DType] => [c, d as DType])]);

/** numpy's names of the dtypes gradlens does not have: a gradlens edge, not numpy's "not understood". */
const UNSUPPORTED_NAMES = new Set(['float16', 'half', 'longdouble', 'float128', 'complex64', 'complex128', 'complex', 'object', 'str', 'bytes', 'f2', 'c8', 'c16', 'O', 'U', 'S', 'e', 'g', 'F', 'D', 'G']);

/** Scalar type objects registered by scalar.ts (np.float64 -> 'float64', ...), and back. */
export const scalarTypeDType = new Map<PyType, DType>();
export const dtypeScalarType = new Map<DType, PyType>();

/** The engine dtype a `dtype=` argument names; null for None; TypeError for anything else. */
export function parseDType(v: PyValue | undefined): DType | null {
  if (v === undefined || v === None) return null;
  if (v instanceof NpDType) return v.dtype;
  if (typeof v === 'string') {
    const d = BY_NAME.get(v);
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

/** dtype.str: byte order and kind and size ('<i4'; '|' where the order does not apply). */
function typeString(d: DType): string {
  const size = ITEMSIZE[d];
  return `${size === 1 ? '|' : '<'}${kindChar(d)}${size}`;
}

const HASH_ORDER: readonly DType[] = ['bool', 'int64', 'float32', 'float64', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'uint64'];

export function installDTypeType(): void {
  const dt = (self: PyValue): DType => (self as NpDType).dtype;
  defineGetter(dtypeType, 'name', dt);
  defineGetter(dtypeType, 'itemsize', (self) => ITEMSIZE[dt(self)]);
  defineGetter(dtypeType, 'kind', (self) => kindChar(dt(self)));
  defineGetter(dtypeType, 'char', (self) => CHAR[dt(self)]);
  defineGetter(dtypeType, 'str', (self) => typeString(dt(self)));
  defineGetter(dtypeType, 'type', (self) => dtypeScalarType.get(dt(self))!);
  defineRawMethod(dtypeType, '__str__', dt);
  defineRawMethod(dtypeType, '__repr__', (self) => `dtype('${dt(self)}')`);
  defineRawMethod(dtypeType, '__eq__', (self, args) => dtypeEquals(dt(self), args[0]));
  defineRawMethod(dtypeType, '__ne__', (self, args) => {
    const r = dtypeEquals(dt(self), args[0]);
    return r === NotImplemented ? r : !r;
  });
  defineRawMethod(dtypeType, '__hash__', (self) => HASH_ORDER.indexOf(dt(self)) + 7001);
  dtypeType.construct = (args) => {
    if (args.length !== 1) throw typeError('dtype() takes exactly 1 positional argument');
    return dtypeObject(parseDType(args[0]) ?? 'float64');
  };
}

/** numpy's kind order for casting='same_kind': bool < unsigned < signed < float (uint8 to int8
 *  is same_kind, int64 to uint8 is not). */
function kindRank(d: DType): number {
  return d === 'bool' ? 0 : E.isFloat(d) ? 3 : E.isUnsigned(d) ? 1 : 2;
}

export function canCastSameKind(from: DType, to: DType): boolean {
  return kindRank(from) <= kindRank(to);
}
