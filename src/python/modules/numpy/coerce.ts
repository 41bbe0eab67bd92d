// From Python values to engine tensors (np.array's rules) and back (results as arrays or numpy
// scalars, .item() and .tolist() as Python values). Python floats are tensors already: arrays
// built from them are stacked on the tape, so gradients reach the floats they came from.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyList, PyRange, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError, valueError } from '../../runtime/errors';
import { PyValue, typeOf } from '../../runtime/object';
import { FlatIter } from './flat-iterator';
import { NDArray, sameShape } from './ndarray';
import { NpScalar, npScalar } from './scalar';

export function isSequence(v: PyValue): v is PyList | PyTuple {
  return v instanceof PyList || v instanceof PyTuple;
}

/** The tensor np.array(v, dtype) holds (without copying: tensors are immutable). */
export function toTensor(v: PyValue, dtype: DType | null = null): Tensor {
  if (dtype !== null && E.isInteger(dtype)) checkPythonNumbers(v, dtype);
  const t = rawTensor(v, []);
  return dtype !== null && dtype !== t.dtype ? E.astype(t, dtype) : t;
}

/** A tensor for v, or null when v is not something numpy turns into a numeric array. */
export function tryTensor(v: PyValue): Tensor | null {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Tensor) return rawTensor(v, []);
  if (v instanceof NDArray || v instanceof NpScalar || isSequence(v) || v instanceof PyRange || v instanceof FlatIter) return rawTensor(v, []);
  return null;
}

/**
 * numpy's conversion of a Python int into an integer dtype (an operand next to an array of it,
 * np.uint8(300), x[0] = 300): an OverflowError when the dtype cannot hold it, rather than the
 * wrap-around a cast from an array would give.
 */
export function checkPythonInt(v: number | bigint, d: E.IntDType): void {
  const [min, max] = E.intRange(d);
  if (typeof v === 'number' && v >= min && v <= max && Number.isSafeInteger(v)) return;
  const big = typeof v === 'bigint' ? v : null;
  const x = big === null ? (v as number) : Number(big);
  const beyondCLong = big !== null ? big >= 2n ** 63n || big < -(2n ** 63n) : x >= 2 ** 63 || x < -(2 ** 63);
  if (beyondCLong && !(d === 'uint64' && big !== null && big > 0n && big < 2n ** 64n))
    throw pyErr('OverflowError', 'Python int too large to convert to C long');
  if (x < min || x > max) throw pyErr('OverflowError', `Python integer ${String(v)} out of bounds for ${d}`);
  if (d === 'uint64' && big !== null && BigInt(x) !== big) throw new Unsupported(`uint64 values float64 cannot hold exactly (${big})`);
}

/** The Python int numpy makes of a Python float on the way into an integer dtype (int(x)'s errors). */
function pythonIntOfFloat(x: number): number | bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** np.array(v, dtype=<integer dtype>)'s check of the Python ints and floats in v (numpy scalars
 *  and arrays are cast instead, wrapping). */
export function checkPythonNumbers(v: PyValue, d: E.IntDType): void {
  if (typeof v === 'number' || typeof v === 'bigint') checkPythonInt(v, d);
  else if (v instanceof Tensor && v.ndim === 0 && v.dtype === 'float64') checkPythonInt(pythonIntOfFloat(v.item()), d);
  else if (isSequence(v)) for (const x of v.items) checkPythonNumbers(x, d);
}

function rawTensor(v: PyValue, prefix: number[]): Tensor {
  if (v instanceof Tensor) return v;
  if (typeof v === 'number') return Tensor.scalar(v, 'int64');
  if (typeof v === 'bigint') return Tensor.scalar(Number(v), 'int64');
  if (typeof v === 'boolean') return Tensor.scalar(v ? 1 : 0, 'bool');
  if (v instanceof NDArray) return v.tensor;
  if (v instanceof NpScalar) return v.t;
  if (v instanceof FlatIter) return E.reshape(v.array.tensor, [v.array.size]);
  if (v instanceof PyRange) {
    const d = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) d[i] = v.at(i);
    return new Tensor(d, [v.length], 'int64');
  }
  if (isSequence(v)) return fromSequence(v.items, prefix);
  if (typeof v === 'string') throw new Unsupported('numpy arrays of strings');
  throw new Unsupported(`numpy arrays of '${typeOf(v).name}' objects`);
}

function fromSequence(items: PyValue[], prefix: number[]): Tensor {
  const n = items.length;
  if (n === 0) return new Tensor(new Float64Array(0), [0], 'float64');
  // fast path: plain ints and bools
  let allBool = true;
  let plain = true;
  for (const x of items) {
    if (typeof x === 'number') allBool = false;
    else if (typeof x !== 'boolean') {
      plain = false;
      break;
    }
  }
  if (plain) {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = +(items[i] as number);
    return new Tensor(d, [n], allBool ? 'bool' : 'int64');
  }
  const inner = [...prefix, n];
  const parts = items.map((x) => rawTensor(x, inner));
  const shape = parts[0].shape;
  for (const p of parts)
    if (!sameShape(p.shape, shape))
      throw pyErr(
        'ValueError',
        `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${inner.length} dimensions. The detected shape was ${E.shapeText(inner)} + inhomogeneous part.`,
      );
  let dtype = parts[0].dtype;
  for (const p of parts) dtype = E.promote(dtype, p.dtype);
  return E.stack(parts.map((p) => (p.dtype === dtype ? p : E.astype(p, dtype))), 0);
}

/** An op's result as numpy returns it: a numpy scalar when 0-d, else a new array. */
export function wrap(t: Tensor): PyValue {
  return t.ndim === 0 ? npScalar(t) : NDArray.of(t);
}

/** A new array (0-d arrays stay arrays, as from np.array). */
export function wrapArray(t: Tensor): NDArray {
  return NDArray.of(t);
}

/** The Python value of a 0-d tensor (.item()): float keeps the tensor (and its gradient path). */
export function pyScalarOf(t: Tensor): PyValue {
  switch (t.dtype) {
    case 'float64':
      return t.ndim === 0 ? t : E.reshape(t, []);
    case 'float32':
      return E.astype(t.ndim === 0 ? t : E.reshape(t, []), 'float64');
    case 'bool':
      return t.item() !== 0;
    default:
      return t.item();
  }
}

/** .tolist(): nested Python lists of Python scalars. */
export function toList(t: Tensor): PyValue {
  if (t.ndim === 0) return pyScalarOf(t);
  const build = (sub: Tensor): PyValue => {
    if (sub.ndim === 0) return pyScalarOf(sub);
    const out: PyValue[] = [];
    for (let i = 0; i < sub.shape[0]; i++) out.push(build(E.gather(sub, [{ kind: 'int', index: i }])));
    return new PyList(out);
  };
  if (t.dtype !== 'float64' && t.dtype !== 'float32') {
    // no gradient to keep: read values directly
    const d = t.data;
    let pos = 0;
    const make = (axis: number): PyValue => {
      const out: PyValue[] = [];
      for (let i = 0; i < t.shape[axis]; i++)
        out.push(axis === t.ndim - 1 ? (t.dtype === 'bool' ? d[pos++] !== 0 : d[pos++]) : make(axis + 1));
      return new PyList(out);
    };
    return make(0);
  }
  return build(t);
}

export function mustBeArrayLike(v: PyValue, what: string): Tensor {
  const t = tryTensor(v);
  if (t === null) throw typeError(`${what}: unsupported operand type '${typeOf(v).name}'`);
  return t;
}
