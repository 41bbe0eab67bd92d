// Comparisons of an array with something numpy cannot make a numeric array of, as numpy 2 answers:
// - a str: `==` / `!=` are all False / all True (numpy's failed-comparison answer), an ordering
//   has no ufunc loop for the array's dtype and str;
// - None, a dict, a function, a user object: numpy compares as object arrays, element by element
//   with Python's operator (`arr == None` is all False; `arr < None` raises the TypeError that
//   `1.0 < None` does; a user class's reflected method sees each element);
// - an object whose class sets __array_ufunc__ = None or a higher __array_priority__: numpy
//   defers (NotImplemented), so Python tries the other operand's method.
import { DType, Tensor } from '../../../engine';
import { isNone } from '../../runtime/native';
import { NotImplemented, PyObject, PyValue, pyFloat, typeOf } from '../../runtime/object';
import { CmpOp, compareOp } from '../../runtime/operators';
import { truthy } from '../../runtime/protocols';
import { wrap } from './coerce';
import { NDArray } from './ndarray';
import { noLoopError } from './ufunc';

const OPERATOR: Record<string, [CmpOp, string]> = {
  __eq__: ['==', 'equal'],
  __ne__: ['!=', 'not_equal'],
  __lt__: ['<', 'less'],
  __le__: ['<=', 'less_equal'],
  __gt__: ['>', 'greater'],
  __ge__: ['>=', 'greater_equal'],
};

const DTYPE_CLASS: Record<string, string> = { float64: 'Float64DType', float32: 'Float32DType', int64: 'Int64DType', bool: 'BoolDType' };

function defersTo(other: PyValue): boolean {
  if (!(other instanceof PyObject)) return false;
  const cls = typeOf(other);
  if (cls.lookup('__array_ufunc__') !== null) return isNone(cls.lookup('__array_ufunc__')!);
  const priority = cls.lookup('__array_priority__');
  return typeof priority === 'number' ? priority > 0 : priority instanceof Tensor ? priority.item() > 0 : false;
}

function allOf(a: NDArray, value: boolean): PyValue {
  return wrap(new Tensor(new Float64Array(a.size).fill(value ? 1 : 0), a.shape, 'bool'));
}

/** `a <op> other` (the dunder `name`) when `other` is not numeric. */
export function compareWithNonNumeric(name: string, a: NDArray, other: PyValue): PyValue {
  const [op, ufunc] = OPERATOR[name];
  if (typeof other === 'string') {
    if (op === '==' || op === '!=') return allOf(a, op === '!=');
    throw noLoopError(ufunc, [`<class 'numpy.dtypes.${DTYPE_CLASS[a.dtype]}'>`, "<class 'numpy.dtypes.StrDType'>"]);
  }
  if (defersTo(other)) return NotImplemented;
  // element by element, as numpy's object loop: each element as the Python scalar it converts to
  const t = a.tensor;
  const d = t.data;
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = truthy(compareOp(op, pythonScalar(t.dtype, d[i]), other)) ? 1 : 0;
  return wrap(new Tensor(out, a.shape, 'bool'));
}

function pythonScalar(dtype: DType, x: number): PyValue {
  if (dtype === 'bool') return x !== 0;
  if (dtype === 'int64') return x;
  return pyFloat(x);
}
