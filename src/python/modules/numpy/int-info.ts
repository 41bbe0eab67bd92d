// np.iinfo: the machine limits of an integer dtype (min, max, bits), as Python ints.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { valueError } from '../../runtime/errors';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, defineGetter, defineRawMethod } from '../../runtime/native';
import { PyObject, PyValue, builtinType } from '../../runtime/object';
import { normBig } from '../../runtime/operators';
import { toTensor } from './coerce';
import { dtypeObject, kindChar, parseDType } from './dtypes';
import { NDArray } from './ndarray';
import { NpScalar } from './scalar';

const iinfoType = builtinType('iinfo');
iinfoType.module = 'numpy';

class IInfo extends PyObject {
  constructor(readonly dtype: E.IntDType) {
    super(iinfoType);
  }
  get bits(): bigint {
    return BigInt(E.intBits(this.dtype));
  }
  get min(): bigint {
    return E.isUnsigned(this.dtype) ? 0n : -(2n ** (this.bits - 1n));
  }
  get max(): bigint {
    return E.isUnsigned(this.dtype) ? 2n ** this.bits - 1n : 2n ** (this.bits - 1n) - 1n;
  }
}

let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const info = (self: PyValue): IInfo => self as IInfo;
  defineGetter(iinfoType, 'min', (self) => normBig(info(self).min));
  defineGetter(iinfoType, 'max', (self) => normBig(info(self).max));
  defineGetter(iinfoType, 'bits', (self) => Number(info(self).bits));
  defineGetter(iinfoType, 'dtype', (self) => dtypeObject(info(self).dtype));
  defineGetter(iinfoType, 'kind', (self) => kindChar(info(self).dtype));
  defineRawMethod(iinfoType, '__repr__', (self) => {
    const i = info(self);
    return `iinfo(min=${i.min}, max=${i.max}, dtype=${i.dtype})`;
  });
  defineRawMethod(iinfoType, '__str__', (self) => {
    const i = info(self);
    const rule = '-'.repeat(63);
    return `Machine parameters for ${i.dtype}\n${rule}\nmin = ${i.min}\nmax = ${i.max}\n${rule}\n`;
  });
}

/** np.iinfo(x): x a dtype, a type, a dtype name, a numpy integer scalar or a Python int. */
function iinfo(v: PyValue): IInfo {
  if (v instanceof NDArray) throw valueError("Invalid integer data type 'O'.");
  const d = v instanceof NpScalar || v instanceof Tensor || typeof v === 'number' || typeof v === 'bigint' ? toTensor(v).dtype : parseDType(v);
  if (d === null || !E.isInteger(d)) throw valueError(`Invalid integer data type '${kindChar(d ?? 'float64')}'.`);
  return new IInfo(d);
}

export function intInfoFunctions(): PyBuiltin[] {
  install();
  return [builtinFunction('iinfo', 'int_type', (a) => iinfo(a[0]!))];
}
