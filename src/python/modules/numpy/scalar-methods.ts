// The Python surface of numpy scalars: construction (np.float64(x)), repr/str/format, conversion
// to Python numbers (float() keeps the tensor, so gradients pass), rounding, and arithmetic
// (the operators of operators.ts, shared with arrays).
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { normBig } from '../../runtime/operators';
import { formatNumber, scalarRepr, scalarStr } from '../../format';
import { EMPTY_TUPLE } from '../../runtime/collections';
import { pyErr, valueError } from '../../runtime/errors';
import { defineGetter, defineMethod, defineRawMethod, toIndex, toNumber } from '../../runtime/native';
import { None, PyType, PyValue, floatType, intType } from '../../runtime/object';
import { callValue, pyHash, truthy } from '../../runtime/protocols';
import { checkPythonNumbers, pyScalarOf, tryTensor, wrap } from './coerce';
import { ITEMSIZE, dtypeObject, parseDType } from './dtypes';
import { installOperators } from './operators';
import { installNonNumericOperands } from './scalar-operands';
import { rint, roundHalfEven } from './rounding';
import { NpScalar, genericType, integerType, npScalar, scalarTypeOf } from './scalar';

const self_ = (v: PyValue): NpScalar => v as NpScalar;

/**
 * np.float64(x), np.int64(x), np.bool_(x): a number or an array-like goes through numpy's casting
 * (a size > 1 array-like gives an array); anything else is what Python's float(), int() or bool()
 * makes of it - a str parsed as float('1e3') / int(' 12 '), None is nan for the floats - with
 * their errors ("invalid literal for int() with base 10: '1.5'").
 */
function construct(dtype: DType): (args: PyValue[]) => PyValue {
  return (args) => {
    if (args.length === 0) return npScalar(Tensor.scalar(0, dtype));
    const v = args[0];
    if (E.isInteger(dtype)) checkPythonNumbers(v, dtype);
    const t = tryTensor(v);
    if (t !== null) {
      if (t.ndim > 0) return wrap(E.astype(t, dtype));
      return npScalar(t.dtype === dtype ? t : E.astype(t, dtype));
    }
    return npScalar(Tensor.scalar(pythonConversion(v, dtype), dtype));
  };
}

/** The value Python's own conversion for the dtype gives v (numpy's fallback for non-numbers). */
function pythonConversion(v: PyValue, dtype: DType): number {
  if (dtype === 'bool') return truthy(v) ? 1 : 0;
  const integer = E.isInteger(dtype);
  if (v === None && !integer) return NaN;
  const converted = callValue(integer ? intType : floatType, [v], null);
  if (integer && (typeof converted === 'number' || typeof converted === 'bigint')) checkPythonNumbers(converted, dtype);
  return typeof converted === 'number' ? converted : typeof converted === 'bigint' ? Number(converted) : toNumber(converted);
}

export function installScalarMethods(): void {
  const t: PyType = genericType;
  installOperators(t, false);
  defineRawMethod(t, '__repr__', (s) => scalarRepr(self_(s).value, self_(s).dtype));
  defineRawMethod(t, '__str__', (s) => scalarStr(self_(s).value, self_(s).dtype));
  // numpy formats a scalar as the Python bool, int or float it converts to: format(np.float32(0.1))
  // is '0.10000000149011612', f'{np.bool_(True):>6}' is '     1'.
  defineRawMethod(t, '__format__', (s, args) => {
    const spec = typeof args[0] === 'string' ? args[0] : '';
    const x = self_(s);
    return formatNumber(x.value, x.numberKind, spec);
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
  defineRawMethod(t, '__hash__', (s) => normBig(pyHash(s)));
  defineRawMethod(t, '__round__', (s, args) => {
    const x = self_(s);
    const nd = args.length > 0 && args[0] !== None ? toIndex(args[0]) : null;
    if (nd === null) {
      if (E.isInteger(x.dtype) || x.dtype === 'bool') return x.value;
      const r = roundHalfEven(x.value);
      if (!Number.isFinite(r)) throw pyErr(Number.isNaN(r) ? 'ValueError' : 'OverflowError', Number.isNaN(r) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return r + 0;
    }
    return npScalar(roundTensor(x.t, nd));
  });
  defineMethod(t, 'round', 'decimals=0, out=None', (s, [decimals]) => npScalar(roundTensor(self_(s).t, toIndex(decimals!))));
  defineRawMethod(t, 'item', (s) => pyScalarOf(self_(s).t));
  defineRawMethod(t, 'tolist', (s) => pyScalarOf(self_(s).t));
  defineRawMethod(t, 'astype', (s, args) => npScalar(E.astype(self_(s).t, parseDType(args[0]) ?? 'float64')));
  defineRawMethod(t, 'is_integer', (s) => Number.isInteger(self_(s).value));
  defineGetter(t, 'dtype', (s) => dtypeObject(self_(s).dtype));
  defineGetter(t, 'shape', () => EMPTY_TUPLE);
  defineGetter(t, 'ndim', () => 0);
  defineGetter(t, 'size', () => 1);
  defineGetter(t, 'itemsize', (s) => ITEMSIZE[self_(s).dtype]);
  defineGetter(t, 'nbytes', (s) => ITEMSIZE[self_(s).dtype]);
  defineGetter(t, 'real', (s) => s);
  defineGetter(t, 'imag', (s) => npScalar(Tensor.scalar(0, self_(s).dtype)));
  defineRawMethod(t, 'conjugate', (s) => s);
  defineRawMethod(t, '__getitem__', (s, args) => {
    if (args[0] === EMPTY_TUPLE) return s;
    throw pyErr('IndexError', 'invalid index to scalar variable.');
  });
  t.declaresMappingOnlySubscript = true; // not iterable, though subscriptable (s[()])
  defineGetter(t, 'T', (s) => s);
  defineRawMethod(integerType, '__index__', (s) => self_(s).value);
  // numpy's integer scalars are numbers.Integral: numerator is the scalar itself, denominator 1
  defineGetter(integerType, 'numerator', (s) => s);
  defineGetter(integerType, 'denominator', () => 1);
  installNonNumericOperands(t);
  for (const d of ['float64', 'float32', 'bool', ...E.INT_DTYPES] as const) scalarTypeOf(d).construct = construct(d);
}

/** np.round: x * 10^d rounded half to even, divided back (numpy's own algorithm); ints stay. */
export function roundTensor(x: Tensor, decimals: number): Tensor {
  if (E.isInteger(x.dtype) || x.dtype === 'bool') {
    if (decimals >= 0) return x;
    const f = Tensor.scalar(Math.pow(10, -decimals), 'int64');
    return E.astype(E.mul(rint(E.div(x, f)), f), x.dtype === 'bool' ? 'int64' : x.dtype);
  }
  if (decimals >= 0) {
    const f = Tensor.scalar(Math.pow(10, decimals), x.dtype);
    return E.div(rint(E.mul(x, f)), f);
  }
  const f = Tensor.scalar(Math.pow(10, -decimals), x.dtype);
  return E.mul(rint(E.div(x, f)), f);
}
