// The operators of numpy scalars with operands that are not numbers or arrays, as numpy 2 answers:
// - a list, tuple or str with `*`: NotImplemented, so Python repeats the sequence through the
//   scalar's __index__ ([0] * np.int64(3)) or raises "can't multiply sequence by non-int";
// - a str otherwise: numpy's ufunc errors (np.int64(1) + 'a' has no loop for int64 and <U1);
// - anything numpy cannot make an array of (None, a dict, a user object): the operator of the
//   Python number the scalar converts to, so np.float64(1) + None is 1.0 + None (the TypeError
//   names 'float') and a user class's reflected method receives the Python number.
import { DType, Tensor } from '../../../engine';
import { PyList, PyTuple } from '../../runtime/collections';
import { typeError } from '../../runtime/errors';
import { PyMethodDescriptor } from '../../runtime/functions';
import { defineRawMethod } from '../../runtime/native';
import { KwArgs, NotImplemented, PyNumberObject, PyObject, PyType, PyValue } from '../../runtime/object';
import { BinOpName, CmpOp, DUNDERS, binaryOp, compareOp } from '../../runtime/operators';
import { strLength } from '../../runtime/protocols';
import { pyScalarOf, tryTensor } from './coerce';
import { BINARY_OPERATORS } from './operators';
import { NpScalar, npScalar } from './scalar';
import { noLoopError } from './ufunc';

type Method = (self: PyValue, args: PyValue[], kwargs: KwArgs | null) => PyValue;

/** Replaces the method `name` of t by `wrapper(numeric)`, numeric being the method it had. */
function wrapMethod(t: PyType, name: string, wrapper: (numeric: Method) => Method): void {
  const numeric = t.dict!.get(name);
  if (!(numeric instanceof PyMethodDescriptor)) throw new Error(`numpy scalars have no ${name} to wrap`);
  defineRawMethod(t, name, wrapper(numeric.fn));
}

const COMPARISONS: readonly [string, CmpOp, string][] = [
  ['__eq__', '==', 'equal'],
  ['__ne__', '!=', 'not_equal'],
  ['__lt__', '<', 'less'],
  ['__le__', '<=', 'less_equal'],
  ['__gt__', '>', 'greater'],
  ['__ge__', '>=', 'greater_equal'],
];

/** The Python operator of each forward dunder: '__add__' -> '+'. */
const OPERATOR_OF = new Map((Object.entries(DUNDERS) as [BinOpName, [string, string, string]][]).map(([op, [name]]) => [name, op]));

const DTYPE_CLASS: Record<DType, string> = {
  float64: 'Float64DType',
  float32: 'Float32DType',
  int64: 'Int64DType',
  int32: 'Int32DType',
  int16: 'Int16DType',
  int8: 'Int8DType',
  uint64: 'UInt64DType',
  uint32: 'UInt32DType',
  uint16: 'UInt16DType',
  uint8: 'UInt8DType',
  bool: 'BoolDType',
};

function unknownToNumpy(v: PyValue | undefined): boolean {
  return v instanceof PyObject && !(v instanceof PyNumberObject) && tryTensor(v) === null;
}

function isSequence(v: PyValue | undefined): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
}

/** numpy's error for a binary ufunc between a scalar and a str, `strFirst` when the str is the left operand. */
function strOperandError(ufunc: string, self: NpScalar, s: string, strFirst: boolean): never {
  if (ufunc === 'add' || ufunc === 'subtract') {
    const types = [`dtype('${self.dtype}')`, `dtype('<U${Math.max(1, strLength(s))}')`];
    throw noLoopError(ufunc, strFirst ? types.reverse() : types);
  }
  throw typeError(
    `ufunc '${ufunc}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

export function installNonNumericOperands(t: PyType): void {
  for (const [ufunc, name, rname] of BINARY_OPERATORS) {
    const op = OPERATOR_OF.get(name)!;
    const sequenceRepeat = op === '*';
    wrapMethod(t, name, (numeric) => (s, args, kwargs) => {
      const other = args[0];
      if (sequenceRepeat && isSequence(other)) return NotImplemented;
      if (typeof other === 'string') return op === '@' ? NotImplemented : strOperandError(ufunc, s as NpScalar, other, false);
      if (unknownToNumpy(other)) return binaryOp(op, pyScalarOf((s as NpScalar).t), other);
      return numeric(s, args, kwargs);
    });
    wrapMethod(t, rname, (numeric) => (s, args, kwargs) => {
      const other = args[0];
      if (sequenceRepeat && isSequence(other)) return NotImplemented;
      // str's own + and % come first; numpy declines to be str.__radd__
      if (typeof other === 'string') return op === '@' || op === '+' ? NotImplemented : strOperandError(ufunc, s as NpScalar, other, true);
      if (unknownToNumpy(other)) return binaryOp(op, other, pyScalarOf((s as NpScalar).t));
      return numeric(s, args, kwargs);
    });
  }
  for (const [name, op, ufunc] of COMPARISONS) {
    wrapMethod(t, name, (numeric) => (s, args, kwargs) => {
      const other = args[0];
      const self = s as NpScalar;
      if (typeof other === 'string') {
        // a number never equals a str: numpy answers np.False_ (np.True_ for !=)
        if (op === '==' || op === '!=') return npScalar(Tensor.scalar(op === '!=' ? 1 : 0, 'bool'));
        throw noLoopError(ufunc, [`<class 'numpy.dtypes.${DTYPE_CLASS[self.dtype]}'>`, "<class 'numpy.dtypes.StrDType'>"]);
      }
      if (unknownToNumpy(other)) return compareOp(op, pyScalarOf(self.t), other);
      return numeric(s, args, kwargs);
    });
  }
}
