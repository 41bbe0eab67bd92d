// From Python values to torch tensors (torch.tensor's inference: Python floats give the default
// float dtype, ints int64, bools bool; numpy arrays keep their dtype) and torch's type promotion
// for ops mixing tensors of different dimensionality and Python scalars.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyList, PyTuple } from '../../runtime/collections';
import { Unsupported, pyErr, typeError, valueError } from '../../runtime/errors';
import { PyValue, typeName } from '../../runtime/object';
import { NDArray, NpScalar } from '../numpy';
import { torchDTypeOf } from './dtypes';
import { TorchTensor, torchState } from './tensor';

type Kind = 0 | 1 | 2; // bool, int, float
const kindOf = (d: DType): Kind => (d === 'bool' ? 0 : E.isInteger(d) ? 1 : 2);

interface Collected {
  values: number[];
  shape: number[];
  kind: Kind;
  /** A dtype fixed by a numpy array or tensor inside the data. */
  dtype: DType | null;
}

function collect(v: PyValue, depth: number, out: Collected): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    const n = v.items.length;
    if (out.shape.length === depth) out.shape.push(n);
    else if (out.shape[depth] !== n) throw valueError(`expected sequence of length ${out.shape[depth]} at dim ${depth} (got ${n})`);
    for (const x of v.items) collect(x, depth + 1, out);
    return;
  }
  if (depth < out.shape.length) throw typeError(`not a sequence`);
  let t: Tensor;
  if (typeof v === 'boolean') t = Tensor.scalar(v ? 1 : 0, 'bool');
  else if (typeof v === 'number') t = Tensor.scalar(v, 'int64');
  else if (typeof v === 'bigint') throw pyErr('RuntimeError', 'Overflow when unpacking long');
  else if (v instanceof Tensor) {
    out.values.push(v.item());
    out.kind = 2;
    return;
  } else if (v instanceof TorchTensor) {
    if (v.t.size !== 1 || depth > 0) {
      if (depth > 0) throw valueError('only one element tensors can be converted to Python scalars');
    }
    t = v.t;
  } else if (v instanceof NDArray) t = v.tensor;
  else if (v instanceof NpScalar) t = v.t;
  else throw typeError(`new(): invalid data type '${typeName(v)}'`);
  if (t.ndim > 0 || v instanceof NDArray || v instanceof TorchTensor) {
    if (depth === 0) out.shape.push(...t.shape);
    out.dtype = out.dtype === null ? t.dtype : E.promote(out.dtype, t.dtype);
  }
  out.kind = Math.max(out.kind, kindOf(t.dtype)) as Kind;
  for (const x of t.data) out.values.push(x);
}

/** torch.tensor(data, dtype): the engine tensor of the data (a copy with no tape history). */
export function dataTensor(data: PyValue, dtype: DType | null): Tensor {
  const c: Collected = { values: [], shape: [], kind: 0, dtype: null };
  collect(data, 0, c);
  if (c.values.length === 0 && c.shape.length > 0 && c.dtype === null) c.kind = 2;
  const inferred: DType = c.dtype !== null && c.kind === kindOf(c.dtype) ? c.dtype : c.kind === 2 ? torchState.defaultFloat : c.kind === 1 ? 'int64' : 'bool';
  const d = dtype ?? torchDTypeOf(inferred);
  const shape = c.shape;
  if (shape.length === 0) return Tensor.scalar(c.values[0], d);
  return Tensor.of(Float64Array.from(c.values), shape, d);
}

/** An operand of an elementwise op: its tensor and its priority in torch's promotion. */
export interface Operand {
  t: Tensor;
  /** 2: a tensor with dimensions, 1: a 0-d tensor, 0: a Python scalar. */
  rank: 0 | 1 | 2;
  source: TorchTensor | null;
}

export function operand(v: PyValue): Operand | null {
  if (v instanceof TorchTensor) return { t: v.t, rank: v.t.ndim > 0 ? 2 : 1, source: v };
  if (typeof v === 'number') return { t: Tensor.scalar(v, 'int64'), rank: 0, source: null };
  if (typeof v === 'boolean') return { t: Tensor.scalar(v ? 1 : 0, 'bool'), rank: 0, source: null };
  if (v instanceof Tensor) return { t: v, rank: 0, source: null };
  if (typeof v === 'bigint') throw pyErr('RuntimeError', 'Overflow when unpacking long');
  if (v instanceof NDArray || v instanceof NpScalar) throw new Unsupported('mixing numpy arrays and torch tensors in one operation');
  return null;
}

/** torch.result_type: dimensioned tensors, then 0-d tensors, then Python scalars, each only when of a higher kind. */
export function resultType(ops: readonly Operand[]): DType {
  let result: DType | null = null;
  for (const rank of [2, 1, 0] as const) {
    let level: DType | null = null;
    for (const o of ops) if (o.rank === rank) level = level === null ? o.t.dtype : E.promote(level, o.t.dtype);
    if (level === null) continue;
    if (rank === 0 && level === 'float64') level = torchState.defaultFloat;
    if (result === null) result = level;
    else if (kindOf(level) > kindOf(result)) result = level;
  }
  return result ?? torchState.defaultFloat;
}

/** The operands cast to one dtype (recorded casts, so gradients flow through them). */
export function unifyTo(ops: readonly Operand[], d: DType): Tensor[] {
  return ops.map((o) => (o.t.dtype === d ? o.t : E.astype(o.t, d)));
}

export function sources(ops: readonly Operand[]): TorchTensor[] {
  const out: TorchTensor[] = [];
  for (const o of ops) if (o.source !== null) out.push(o.source);
  return out;
}

/** A tensor argument (tensors, or Python numbers as torch would wrap them). */
export function asTensorArg(v: PyValue, what: string): TorchTensor {
  if (v instanceof TorchTensor) return v;
  throw typeError(`${what}: Expected Tensor as element 0 in argument 0, but got ${typeName(v)}`);
}
