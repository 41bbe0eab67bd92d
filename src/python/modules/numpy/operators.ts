// The Python operators of arrays and numpy scalars: which ufunc each dunder is, installed on a
// type (ndarray or np.generic) as forward, reflected and (arrays only) in-place methods.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { typeError } from '../../runtime/errors';
import { defineRawMethod } from '../../runtime/native';
import { NotImplemented, PyType } from '../../runtime/object';
import { compareWithNonNumeric } from './array-comparisons';
import { NDArray } from './ndarray';
import { Binary, binaryValues, inplace, unaryValue } from './ufunc';

/** &, |, ^: logical on booleans, bitwise on integers (floats are numpy's TypeError). */
function bitwise(logical: Binary, onIntegers: Binary): Binary {
  return (a, b) => (a.dtype === 'bool' && b.dtype === 'bool' ? logical(a, b) : onIntegers(a, b));
}

export function invert(a: Tensor): Tensor {
  if (a.dtype === 'bool') return E.logicalNot(a);
  if (E.isInteger(a.dtype)) return E.sub(E.neg(a), Tensor.scalar(1, a.dtype));
  throw typeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
}

/** [ufunc name, dunder, reflected dunder, in-place dunder, op]. */
export const BINARY_OPERATORS: readonly [string, string, string, string, Binary][] = [
  ['add', '__add__', '__radd__', '__iadd__', E.add],
  ['subtract', '__sub__', '__rsub__', '__isub__', E.sub],
  ['multiply', '__mul__', '__rmul__', '__imul__', E.mul],
  ['divide', '__truediv__', '__rtruediv__', '__itruediv__', E.div],
  ['floor_divide', '__floordiv__', '__rfloordiv__', '__ifloordiv__', E.floorDivide],
  ['remainder', '__mod__', '__rmod__', '__imod__', E.mod],
  ['power', '__pow__', '__rpow__', '__ipow__', E.pow],
  ['matmul', '__matmul__', '__rmatmul__', '__imatmul__', E.matmul],
  ['bitwise_and', '__and__', '__rand__', '__iand__', bitwise(E.logicalAnd, E.bitwiseAnd)],
  ['bitwise_or', '__or__', '__ror__', '__ior__', bitwise(E.logicalOr, E.bitwiseOr)],
  ['bitwise_xor', '__xor__', '__rxor__', '__ixor__', bitwise(E.logicalXor, E.bitwiseXor)],
  ['left_shift', '__lshift__', '__rlshift__', '__ilshift__', E.leftShift],
  ['right_shift', '__rshift__', '__rrshift__', '__irshift__', E.rightShift],
];

export const COMPARISONS: readonly [string, Binary][] = [
  ['__eq__', E.equal],
  ['__ne__', E.notEqual],
  ['__lt__', E.less],
  ['__le__', E.lessEqual],
  ['__gt__', E.greater],
  ['__ge__', E.greaterEqual],
];

export function installOperators(t: PyType, withInplace: boolean): void {
  for (const [ufunc, name, rname, iname, op] of BINARY_OPERATORS) {
    defineRawMethod(t, name, (self, args) => binaryValues(op, self, args[0]));
    defineRawMethod(t, rname, (self, args) => binaryValues(op, args[0], self));
    if (withInplace) defineRawMethod(t, iname, (self, args) => inplace(self as NDArray, ufunc, op, args[0]));
  }
  for (const [name, op] of COMPARISONS)
    defineRawMethod(t, name, (self, args) => {
      const r = binaryValues(op, self, args[0]);
      return r === NotImplemented && self instanceof NDArray ? compareWithNonNumeric(name, self, args[0]) : r;
    });
  defineRawMethod(t, '__neg__', (self) => unaryValue(E.neg, self));
  defineRawMethod(t, '__pos__', (self) => unaryValue((x) => x, self));
  defineRawMethod(t, '__abs__', (self) => unaryValue(E.abs, self));
  defineRawMethod(t, '__invert__', (self) => unaryValue(invert, self));
}
