// The Python surface of numpy scalars: construction (np.float64(x)), repr/str/format, conversion
// to Python numbers (float() keeps the tensor, so gradients pass), rounding, and arithmetic
// (the operators of operators.ts, shared with arrays).
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { floatHash } from '../../runtime/protocols';
import { formatNumber, scalarRepr, scalarStr } from '../../format';
import { EMPTY_TUPLE } from '../../runtime/collections';
import { pyErr, valueError } from '../../runtime/errors';
import { defineGetter, defineRawMethod, toIndex } from '../../runtime/native';
import { None, PyType, PyValue } from '../../runtime/object';
import { toTensor, pyScalarOf, wrap } from './coerce';
import { ITEMSIZE, dtypeObject, parseDType } from './dtypes';
import { installOperators } from './operators';
import { rint, roundHalfEven } from './rounding';
import { NpScalar, boolScalarType, float32Type, float64Type, genericType, int64Type, npScalar } from './scalar';

const self_ = (v: PyValue): NpScalar => v as NpScalar;

/** np.float64(x), np.int64(x), ...: a Python number, a numeric string, or a size-1 array-like. */
function construct(dtype: DType): (args: PyValue[]) => PyValue {
  return (args) => {
    if (args.length === 0) return npScalar(Tensor.scalar(0, dtype));
    const v = args[0];
    if (typeof v === 'string') {
      const x = parseNumber(v, dtype);
      return npScalar(Tensor.scalar(x, dtype));
    }
    const t = toTensor(v);
    if (t.ndim > 0) return wrap(E.astype(t, dtype));
    return npScalar(t.dtype === dtype ? t : E.astype(t, dtype));
  };
}

function parseNumber(s: string, dtype: DType): number {
  const text = s.trim().toLowerCase();
  const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity, nan: NaN };
  const x = text in special ? special[text] : text === '' ? NaN : Number(text);
  if (Number.isNaN(x) && text !== 'nan') {
    if (dtype === 'int64') throw valueError(`invalid literal for int() with base 10: '${s}'`);
    throw valueError(`could not convert string to float: '${s}'`);
  }
  return x;
}

export function installScalarMethods(): void {
  const t: PyType = genericType;
  installOperators(t, false);
  defineRawMethod(t, '__repr__', (s) => scalarRepr(self_(s).value, self_(s).dtype));
  defineRawMethod(t, '__str__', (s) => scalarStr(self_(s).value, self_(s).dtype));
  defineRawMethod(t, '__format__', (s, args) => {
    const spec = typeof args[0] === 'string' ? args[0] : '';
    const { value, dtype } = self_(s);
    if (spec === '') return scalarStr(value, dtype);
    if (dtype === 'int64') return formatNumber(value, 'int', spec);
    if (dtype === 'bool') return formatNumber(value, 'bool', spec);
    return formatNumber(value, 'float', spec);
  });
  defineRawMethod(t, '__bool__', (s) => self_(s).value !== 0);
  defineRawMethod(t, '__float__', (s) => {
    const x = self_(s);
    return x.dtype === 'float64' ? x.t : E.astype(x.t, 'float64');
  });
  defineRawMethod(t, '__int__', (s) => {
    const x = self_(s).value;
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
    return Math.trunc(x) + 0;
  });
  defineRawMethod(t, '__hash__', (s) => Number(floatHash(self_(s).value)));
  defineRawMethod(t, '__round__', (s, args) => {
    const x = self_(s);
    const nd = args.length > 0 && args[0] !== None ? toIndex(args[0]) : null;
    if (nd === null) {
      if (x.dtype === 'int64' || x.dtype === 'bool') return x.value;
      const r = roundHalfEven(x.value);
      if (!Number.isFinite(r)) throw pyErr(Number.isNaN(r) ? 'ValueError' : 'OverflowError', Number.isNaN(r) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return r + 0;
    }
    return npScalar(roundTensor(x.t, nd));
  });
  defineRawMethod(t, 'item', (s) => pyScalarOf(self_(s).t));
  defineRawMethod(t, 'tolist', (s) => pyScalarOf(self_(s).t));
  defineRawMethod(t, 'astype', (s, args) => npScalar(E.astype(self_(s).t, parseDType(args[0]) ?? 'float64')));
  defineRawMethod(t, 'is_integer', (s) => Number.isInteger(self_(s).value));
  defineGetter(t, 'dtype', (s) => dtypeObject(self_(s).dtype));
  defineGetter(t, 'shape', () => EMPTY_TUPLE);
  defineGetter(t, 'ndim', () => 0);
  defineGetter(t, 'size', () => 1);
  defineGetter(t, 'itemsize', (s) => ITEMSIZE[self_(s).dtype]);
  defineGetter(t, 'real', (s) => s);
  defineGetter(t, 'T', (s) => s);
  defineRawMethod(int64Type, '__index__', (s) => self_(s).value);
  float64Type.construct = construct('float64');
  float32Type.construct = construct('float32');
  int64Type.construct = construct('int64');
  boolScalarType.construct = (args) => {
    if (args.length === 0) return npScalar(Tensor.scalar(0, 'bool'));
    const t = toTensor(args[0]);
    return t.ndim > 0 ? wrap(E.astype(t, 'bool')) : npScalar(E.astype(t, 'bool'));
  };
}

/** np.round: x * 10^d rounded half to even, divided back (numpy's own algorithm); ints stay. */
export function roundTensor(x: Tensor, decimals: number): Tensor {
  if (x.dtype === 'int64' || x.dtype === 'bool') {
    if (decimals >= 0) return x;
    const f = Tensor.scalar(Math.pow(10, -decimals), 'int64');
    return E.astype(E.mul(rint(E.div(x, f)), f), 'int64');
  }
  if (decimals >= 0) {
    const f = Tensor.scalar(Math.pow(10, decimals), x.dtype);
    return E.div(rint(E.mul(x, f)), f);
  }
  const f = Tensor.scalar(Math.pow(10, -decimals), x.dtype);
  return E.mul(rint(E.div(x, f)), f);
}
