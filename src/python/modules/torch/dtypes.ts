// torch.dtype objects (torch.float32 is torch.float, ...) and dtype arguments. gradlens's torch
// has float64, float32, int64 and bool; other torch dtypes are an honest Unsupported (numpy's
// other integer dtypes, which the engine has, stop at the boundary: `torchDTypeOf`).
import { DType } from '../../../engine';
import { Unsupported, typeError } from '../../runtime/errors';
import { defineGetter, defineRawMethod } from '../../runtime/native';
import { None, PyObject, PyType, PyValue, boolType, floatType, intType, objectType } from '../../runtime/object';

export const torchDTypeType = new PyType('dtype', [objectType], { module: 'torch' });

export class TorchDType extends PyObject {
  constructor(
    readonly dtype: DType | null,
    readonly torchName: string,
  ) {
    super(torchDTypeType);
  }
}

/** The engine dtypes a torch tensor can have. */
export type TorchEngineDType = 'float32' | 'float64' | 'int64' | 'bool';

/** d as a torch tensor's dtype; Unsupported for numpy's other integer dtypes (a uint8 array given to torch). */
export function torchDTypeOf(d: DType): TorchEngineDType {
  if (d === 'float32' || d === 'float64' || d === 'int64' || d === 'bool') return d;
  throw new Unsupported(`torch.${d} tensors`);
}

const TENSOR_TYPE_NAMES: Record<TorchEngineDType, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };
const ELEMENT_SIZES: Record<TorchEngineDType, number> = { float32: 4, float64: 8, int64: 8, bool: 1 };

/** 'torch.FloatTensor', x.type()'s name for a tensor of dtype d. */
export function tensorTypeName(d: DType): string {
  return `torch.${TENSOR_TYPE_NAMES[torchDTypeOf(d)]}Tensor`;
}

export function elementSize(d: DType): number {
  return ELEMENT_SIZES[torchDTypeOf(d)];
}

const SUPPORTED: Record<TorchEngineDType, TorchDType> = {
  float32: new TorchDType('float32', 'float32'),
  float64: new TorchDType('float64', 'float64'),
  int64: new TorchDType('int64', 'int64'),
  bool: new TorchDType('bool', 'bool'),
};

export function torchDType(d: DType): TorchDType {
  return SUPPORTED[torchDTypeOf(d)];
}

/** The names torch exports for dtypes (aliases share one object, as in torch). */
export function dtypeNames(): [string, TorchDType][] {
  const others = ['float16', 'bfloat16', 'int32', 'int16', 'int8', 'uint8', 'complex64', 'complex128'].map(
    (n) => new TorchDType(null, n),
  );
  const byName = new Map(others.map((d) => [d.torchName, d]));
  return [
    ['float32', SUPPORTED.float32],
    ['float', SUPPORTED.float32],
    ['float64', SUPPORTED.float64],
    ['double', SUPPORTED.float64],
    ['int64', SUPPORTED.int64],
    ['long', SUPPORTED.int64],
    ['bool', SUPPORTED.bool],
    ...others.map((d): [string, TorchDType] => [d.torchName, d]),
    ['half', byName.get('float16')!],
    ['int', byName.get('int32')!],
    ['short', byName.get('int16')!],
  ];
}

/** A dtype argument (torch.float64, or the Python types float/int/bool); null for None. */
export function parseDType(v: PyValue | undefined): DType | null {
  if (v === undefined || v === None) return null;
  if (v instanceof TorchDType) {
    if (v.dtype === null) throw new Unsupported(`torch.${v.torchName} tensors`);
    return v.dtype;
  }
  if (v === floatType) return 'float64';
  if (v === intType) return 'int64';
  if (v === boolType) return 'bool';
  throw typeError(`dtype must be torch.dtype (got ${v instanceof PyObject ? v.cls.name : typeof v})`);
}

export function isFloatDType(d: DType): boolean {
  return d === 'float32' || d === 'float64';
}

let installed = false;
export function installDTypeType(): void {
  if (installed) return;
  installed = true;
  const self = (v: PyValue): TorchDType => v as TorchDType;
  defineRawMethod(torchDTypeType, '__repr__', (v) => `torch.${self(v).torchName}`);
  defineGetter(torchDTypeType, 'is_floating_point', (v) => ['float32', 'float64', 'float16', 'bfloat16'].includes(self(v).torchName));
  defineGetter(torchDTypeType, 'itemsize', (v) => elementSize(self(v).dtype ?? 'float32'));
}
