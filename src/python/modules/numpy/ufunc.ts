// Elementwise operations between Python values, with numpy 2's promotion (NEP 50): Python int,
// float and bool operands are "weak" - they take the other operand's dtype when its kind is at
// least theirs (float32 array * 2.0 stays float32) - while arrays and numpy scalars are strong.
// In-place forms write into the array with numpy's same_kind casting check.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyExc, TypeError as PyTypeError, pyErr, valueError } from '../../runtime/errors';
import { NotImplemented, PyType, PyValue } from '../../runtime/object';
import { checkPythonInt, isSequence, toTensor, wrap } from './coerce';
import { canCastSameKind } from './dtypes';
import { NDArray, sameShape } from './ndarray';
import { NpScalar } from './scalar';

export type Weak = 'bool' | 'int' | 'float' | null;
export interface Operand {
  t: Tensor;
  weak: Weak;
  /** A weak int's Python value (its tensor rounds a big one). */
  pyInt?: number | bigint;
}

export type Binary = (a: Tensor, b: Tensor) => Tensor;
export type Unary = (a: Tensor) => Tensor;

/** What a weak Python int that the other operand's integer dtype cannot hold does: numpy's
 *  arithmetic raises OverflowError, comparisons compare its value, np.where casts (wraps) it. */
export type OutOfRange = 'raise' | 'keep' | 'wrap';

/** The tensor of an operand and whether it is a weak Python scalar; null when numpy would not take it. */
export function operand(v: PyValue): Operand | null {
  if (typeof v === 'number') return { t: Tensor.scalar(v, 'int64'), weak: 'int', pyInt: v };
  if (typeof v === 'bigint') return { t: Tensor.scalar(Number(v), 'int64'), weak: 'int', pyInt: v };
  if (typeof v === 'boolean') return { t: Tensor.scalar(v ? 1 : 0, 'bool'), weak: 'bool' };
  if (v instanceof Tensor) return { t: v, weak: 'float' };
  if (v instanceof NDArray) return { t: v.tensor, weak: null };
  if (v instanceof NpScalar) return { t: v.t, weak: null };
  if (isSequence(v)) return { t: toTensor(v), weak: null };
  return null;
}

const WEAK_KIND: Record<'bool' | 'int' | 'float', number> = { bool: 0, int: 1, float: 2 };
function kindOf(d: DType): number {
  return d === 'bool' ? 0 : E.isFloat(d) ? 2 : 1;
}

/** A weak scalar next to a strong dtype: it becomes that dtype when its kind fits, else keeps its own. */
function adapt(w: Operand, strong: DType, outOfRange: OutOfRange): Tensor {
  const t = w.t;
  if (w.weak === null || kindOf(strong) < WEAK_KIND[w.weak]) return t;
  if (w.weak === 'float') return t.dtype === strong ? t : E.astype(t, strong); // keeps the float's place on the tape
  if (w.pyInt !== undefined && E.isInteger(strong)) {
    if (outOfRange === 'raise') checkPythonInt(w.pyInt, strong);
    else if (outOfRange === 'keep' && !fitsInteger(w.pyInt, strong)) return t;
  }
  return t.dtype === strong ? t : Tensor.scalar(t.item(), strong);
}

function fitsInteger(v: number | bigint, d: E.IntDType): boolean {
  const [min, max] = E.intRange(d);
  return v >= min && v <= max;
}

/** The two tensors an elementwise op sees, after NEP 50's treatment of weak scalars. */
export function unify(a: Operand, b: Operand, outOfRange: OutOfRange = 'raise'): [Tensor, Tensor] {
  if (a.weak !== null && b.weak === null) return [adapt(a, b.t.dtype, outOfRange), b.t];
  if (b.weak !== null && a.weak === null) return [a.t, adapt(b, a.t.dtype, outOfRange)];
  return [a.t, b.t];
}

const COMPARISONS = new Set<Binary>([E.equal, E.notEqual, E.less, E.lessEqual, E.greater, E.greaterEqual]);

/** How an op treats a weak Python int its other operand's dtype cannot hold. */
export function outOfRangeFor(fn: Binary): OutOfRange {
  return COMPARISONS.has(fn) ? 'keep' : 'raise';
}

/** `a op b` for the dunders: NotImplemented when an operand is not numeric. */
export function binaryValues(fn: Binary, a: PyValue, b: PyValue): PyValue {
  // two arrays: both strong, nothing to adapt
  if (a instanceof NDArray && b instanceof NDArray) return wrap(fn(a.tensor, b.tensor));
  const x = operand(a);
  const y = operand(b);
  if (x === null || y === null) return NotImplemented;
  const both = unify(x, y, outOfRangeFor(fn));
  return wrap(fn(both[0], both[1]));
}

export function unaryValue(fn: Unary, a: PyValue): PyValue {
  const x = operand(a);
  if (x === null) throw pyErr(PyTypeError, `unsupported operand type for numpy: '${(a as { cls?: PyType }).cls?.name ?? typeof a}'`);
  return wrap(fn(x.t));
}

// numpy._core._exceptions._UFuncOutputCastingError (a TypeError), as its traceback names it.
export const ufuncTypeError = new PyType('UFuncTypeError', [PyTypeError], { module: 'numpy._core._exceptions', make: (cls) => new PyExc(cls) });
// numpy displays it under its base's name (type(e).__name__ == 'UFuncTypeError'); tracebacks use the qualname
export const outputCastingError = new PyType('UFuncTypeError', [ufuncTypeError], {
  module: 'numpy._core._exceptions',
  qualname: '_UFuncOutputCastingError',
  make: (cls) => new PyExc(cls),
});

// numpy._core._exceptions._UFuncNoLoopError: no loop of the ufunc for the operands' dtypes.
export const noLoopErrorType = new PyType('UFuncTypeError', [ufuncTypeError], {
  module: 'numpy._core._exceptions',
  qualname: '_UFuncNoLoopError',
  make: (cls) => new PyExc(cls),
});

/** "ufunc 'add' did not contain a loop with signature matching types (A, B) -> None". */
export function noLoopError(ufunc: string, operandTypes: readonly string[]): PyExc {
  return pyErr(noLoopErrorType, `ufunc '${ufunc}' did not contain a loop with signature matching types (${operandTypes.join(', ')}) -> None`);
}

export function castingError(ufunc: string, from: DType, to: DType): PyExc {
  return pyErr(
    outputCastingError,
    `Cannot cast ufunc '${ufunc}' output from dtype('${from}') to dtype('${to}') with casting rule 'same_kind'`,
  );
}

/** Writes an op's result into `out` as numpy's `out=` does: same shape, same_kind casting. */
export function writeOut(out: NDArray, ufunc: string, r: Tensor): NDArray {
  if (out.readOnly) throw valueError('output array is read-only');
  if (!sameShape(r.shape, out.shape))
    throw valueError(
      `non-broadcastable output operand with shape ${E.shapeText(out.shape)} doesn't match the broadcast shape ${E.shapeText(r.shape)}`,
    );
  if (!canCastSameKind(r.dtype, out.dtype)) throw castingError(ufunc, r.dtype, out.dtype);
  out.write(r);
  return out;
}

/** `self op= other` on an array: the result written into self. */
export function inplace(self: NDArray, ufunc: string, fn: Binary, other: PyValue): PyValue {
  const y = operand(other);
  if (y === null) return NotImplemented;
  const both = unify({ t: self.tensor, weak: null }, y);
  return writeOut(self, ufunc, fn(both[0], both[1]));
}
