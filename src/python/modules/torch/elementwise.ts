// Elementwise torch ops over engine ops: arithmetic with torch's promotion, comparisons, unary math,
// clamp and where. Each result carries torch's grad_fn name.
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { pyErr } from '../../runtime/errors';
import { NotImplemented, None, PyValue } from '../../runtime/object';
import { operand, Operand, resultType, sources, unifyTo } from './coerce';
import { graded, result, TorchTensor } from './tensor';

type Binary = (a: Tensor, b: Tensor) => Tensor;

export interface BinarySpec {
  fn: Binary;
  gradFn: string;
  /** grad_fn when the Python scalar is on the left (1 - x is RsubBackward1). */
  reflectedGradFn?: string;
  /** True division: integer operands compute in the default float dtype. */
  floatOnly?: boolean;
  /** A comparison: the result is bool, never requires grad. */
  compare?: boolean;
}

export const BINARY: Record<string, BinarySpec> = {
  add: { fn: E.add, gradFn: 'AddBackward0' },
  sub: { fn: E.sub, gradFn: 'SubBackward0', reflectedGradFn: 'RsubBackward1' },
  mul: { fn: E.mul, gradFn: 'MulBackward0' },
  div: { fn: E.div, gradFn: 'DivBackward0', reflectedGradFn: 'MulBackward0', floatOnly: true },
  pow: { fn: E.pow, gradFn: 'PowBackward1' },
  maximum: { fn: E.maximum, gradFn: 'MaximumBackward0' },
  minimum: { fn: E.minimum, gradFn: 'MinimumBackward0' },
  eq: { fn: E.equal, gradFn: '', compare: true },
  ne: { fn: E.notEqual, gradFn: '', compare: true },
  lt: { fn: E.less, gradFn: '', compare: true },
  le: { fn: E.lessEqual, gradFn: '', compare: true },
  gt: { fn: E.greater, gradFn: '', compare: true },
  ge: { fn: E.greaterEqual, gradFn: '', compare: true },
};

/** a op b (b op a when reflected, for __radd__ etc.); NotImplemented for non-numeric operands. */
export function binary(spec: BinarySpec, a: PyValue, b: PyValue, reflected = false): PyValue {
  const x = operand(a);
  const y = operand(b);
  if (x === null || y === null) return NotImplemented;
  return binaryOperands(spec, reflected ? [y, x] : [x, y], reflected);
}

export function binaryOperands(spec: BinarySpec, ops: Operand[], reflected = false): TorchTensor {
  let d: DType = resultType(ops);
  if (spec.floatOnly && (d === 'int64' || d === 'bool')) d = 'float32';
  if (spec.fn === E.sub && d === 'bool')
    throw pyErr('RuntimeError', 'Subtraction, the `-` operator, with two bool tensors is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  const t = graded(() => {
    const [p, q] = unifyTo(ops, d);
    return spec.fn(p, q);
  });
  if (spec.compare) return new TorchTensor(t);
  let gradFn = reflected && spec.reflectedGradFn !== undefined ? spec.reflectedGradFn : spec.gradFn;
  if (spec.fn === E.pow && ops[1].rank === 0) gradFn = 'PowBackward0';
  return result(t, gradFn, sources(ops));
}

/** Unary float functions: integer inputs compute in the default float dtype, as torch does. */
export const UNARY: Record<string, [fn: (a: Tensor) => Tensor, gradFn: string, floatOnly: boolean]> = {
  exp: [E.exp, 'ExpBackward0', true],
  log: [E.log, 'LogBackward0', true],
  log1p: [E.log1p, 'Log1PBackward0', true],
  sqrt: [E.sqrt, 'SqrtBackward0', true],
  tanh: [E.tanh, 'TanhBackward0', true],
  sigmoid: [E.sigmoid, 'SigmoidBackward0', true],
  sin: [E.sin, 'SinBackward0', true],
  cos: [E.cos, 'CosBackward0', true],
  relu: [E.relu, 'ReluBackward0', false],
  abs: [E.abs, 'AbsBackward0', false],
  neg: [E.neg, 'NegBackward0', false],
  square: [E.square, 'PowBackward0', false],
  sign: [E.sign, 'SignBackward0', false],
  floor: [E.floor, 'FloorBackward0', false],
  ceil: [E.ceil, 'CeilBackward0', false],
};

export function unary(name: string, x: TorchTensor): TorchTensor {
  const [fn, gradFn, floatOnly] = UNARY[name];
  const t = graded(() => {
    const src = floatOnly && (x.dtype === 'int64' || x.dtype === 'bool') ? E.astype(x.t, 'float32') : x.t;
    return fn(src);
  });
  return result(t, gradFn, [x]);
}

function boundTensor(v: PyValue | undefined, like: TorchTensor): Tensor | null {
  if (v === undefined || v === None) return null;
  const o = operand(v);
  if (o === null) throw pyErr('TypeError', 'clamp(): argument \'min\' must be Number, not ' + (v as { cls?: { name: string } }).cls?.name);
  return o.t.dtype === like.dtype ? o.t : E.astype(o.t, like.dtype);
}

export function clamp(x: TorchTensor, min: PyValue | undefined, max: PyValue | undefined): TorchTensor {
  const lo = boundTensor(min, x);
  const hi = boundTensor(max, x);
  if (lo === null && hi === null) throw pyErr('RuntimeError', "torch.clamp: At least one of 'min' or 'max' must not be None");
  return result(graded(() => E.clip(x.t, lo, hi)), 'ClampBackward1', [x]);
}

export function where(cond: TorchTensor, a: PyValue, b: PyValue): TorchTensor {
  if (cond.dtype !== 'bool') throw pyErr('RuntimeError', `where expected condition to be a boolean tensor, but got a tensor with dtype ${cond.dtype === 'int64' ? 'Long' : cond.dtype === 'float32' ? 'Float' : 'Double'}`);
  const x = operand(a);
  const y = operand(b);
  if (x === null || y === null) throw pyErr('TypeError', 'where(): arguments must be tensors or numbers');
  const d = resultType([x, y]);
  const t = graded(() => {
    const [p, q] = unifyTo([x, y], d);
    return E.where(cond.t, p, q);
  });
  return result(t, 'WhereBackward0', sources([x, y]));
}
