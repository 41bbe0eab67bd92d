// The ops that are both tensor methods and torch functions (x.sum(0) and torch.sum(x, 0)):
// one table, installed twice by methods.ts and module.ts.
import * as E from '../../../engine';
import { None, PyValue } from '../../runtime/object';
import { toIndex, toNumber } from '../../runtime/native';
import { pyErr } from '../../runtime/errors';
import { boolArg, intOr, sizeArgs, tensorArg } from './args';
import { operand, sources } from './coerce';
import { parseDType } from './dtypes';
import { BINARY, binary, binaryOperands, clamp, unary, UNARY, where } from './elementwise';
import { argExtremum, dimsArg, extremum, mean, prod, sum, varStd } from './reductions';
import { cat, checkBroadcast, dimIndex, expand, flatten, matmul, permute, reshape, squeeze, stack, transpose, unsqueeze, view } from './shape-ops';
import { graded, result, TorchTensor } from './tensor';

export interface TensorOp {
  /** Signature after `self`/`input`. */
  spec: string;
  impl: (x: TorchTensor, a: (PyValue | undefined)[]) => PyValue;
  /** Only a method (x.view), not a torch function. */
  methodOnly?: boolean;
}

function binaryOp(name: string): TensorOp {
  const spec = BINARY[name];
  return {
    spec: 'other, *, alpha=1',
    impl: (x, [other, alpha]) => {
      const o = operand(other!);
      if (o === null) throw pyErr('TypeError', `${name}(): argument 'other' (position 1) must be Tensor, not ${typeof other}`);
      if (o.source !== null) checkBroadcast(x.shape, o.t.shape);
      if (alpha !== undefined && alpha !== 1) {
        const scaled = binary(BINARY.mul, other!, alpha);
        return binary(spec, x, scaled);
      }
      return binaryOperands(spec, [{ t: x.t, rank: x.t.ndim > 0 ? 2 : 1, source: x }, o]);
    },
  };
}

const unaryOp = (name: string): TensorOp => ({ spec: '', impl: (x) => unary(name, x) });

const keep = (v: PyValue | undefined): boolean => boolArg(v, false);

export const TENSOR_OPS: Record<string, TensorOp> = {
  add: binaryOp('add'),
  sub: binaryOp('sub'),
  mul: { spec: 'other', impl: (x, [o]) => binary(BINARY.mul, x, o!) },
  div: { spec: 'other', impl: (x, [o]) => binary(BINARY.div, x, o!) },
  true_divide: { spec: 'other', impl: (x, [o]) => binary(BINARY.div, x, o!) },
  pow: { spec: 'exponent', impl: (x, [o]) => binary(BINARY.pow, x, o!) },
  maximum: { spec: 'other', impl: (x, [o]) => binary(BINARY.maximum, x, tensorArg(o, 'maximum', 'other')) },
  minimum: { spec: 'other', impl: (x, [o]) => binary(BINARY.minimum, x, tensorArg(o, 'minimum', 'other')) },
  eq: { spec: 'other', impl: (x, [o]) => binary(BINARY.eq, x, o!) },
  ne: { spec: 'other', impl: (x, [o]) => binary(BINARY.ne, x, o!) },
  lt: { spec: 'other', impl: (x, [o]) => binary(BINARY.lt, x, o!) },
  le: { spec: 'other', impl: (x, [o]) => binary(BINARY.le, x, o!) },
  gt: { spec: 'other', impl: (x, [o]) => binary(BINARY.gt, x, o!) },
  ge: { spec: 'other', impl: (x, [o]) => binary(BINARY.ge, x, o!) },
  matmul: { spec: 'other', impl: (x, [o]) => matmul(x, tensorArg(o, 'matmul', 'other')) },
  mm: {
    spec: 'mat2',
    impl: (x, [o]) => {
      const m = tensorArg(o, 'mm', 'mat2');
      if (x.t.ndim !== 2) throw pyErr('RuntimeError', 'self must be a matrix');
      if (m.t.ndim !== 2) throw pyErr('RuntimeError', 'mat2 must be a matrix');
      return matmul(x, m, 'MmBackward0');
    },
  },
  bmm: {
    spec: 'mat2',
    impl: (x, [o]) => {
      const m = tensorArg(o, 'bmm', 'mat2');
      if (x.t.ndim !== 3) throw pyErr('RuntimeError', `batch1 must be a 3D tensor`);
      if (m.t.ndim !== 3) throw pyErr('RuntimeError', `batch2 must be a 3D tensor`);
      return matmul(x, m, 'BmmBackward0');
    },
  },
  dot: { spec: 'other', impl: (x, [o]) => matmul(x, tensorArg(o, 'dot', 'tensor')) },
  sum: { spec: 'dim=None, keepdim=False, *, dtype=None', impl: (x, [d, k, dt]) => sum(x, dimsArg(d, x.t.ndim), keep(k), parseDType(dt)) },
  mean: { spec: 'dim=None, keepdim=False, *, dtype=None', impl: (x, [d, k]) => mean(x, dimsArg(d, x.t.ndim), keep(k)) },
  prod: { spec: 'dim=None, keepdim=False, *, dtype=None', impl: (x, [d, k]) => prod(x, d === undefined || d === None ? null : dimIndex(toIndex(d), x.t.ndim), keep(k)) },
  var: { spec: 'dim=None, unbiased=True, keepdim=False, *, correction=None', impl: (x, a) => varLike(x, 'var', a) },
  std: { spec: 'dim=None, unbiased=True, keepdim=False, *, correction=None', impl: (x, a) => varLike(x, 'std', a) },
  max: { spec: 'dim=None, keepdim=False', impl: (x, [d, k]) => maxMin(x, 'max', d, k) },
  min: { spec: 'dim=None, keepdim=False', impl: (x, [d, k]) => maxMin(x, 'min', d, k) },
  amax: { spec: 'dim=None, keepdim=False', impl: (x, [d, k]) => result(graded(() => E.max(x.t, dimsArg(d, x.t.ndim) ?? null, keep(k))), 'AmaxBackward0', [x]) },
  argmax: { spec: 'dim=None, keepdim=False', impl: (x, [d, k]) => argExtremum(x, 'argmax', d, keep(k)) },
  argmin: { spec: 'dim=None, keepdim=False', impl: (x, [d, k]) => argExtremum(x, 'argmin', d, keep(k)) },
  clamp: { spec: 'min=None, max=None', impl: (x, [lo, hi]) => clamp(x, lo, hi) },
  clip: { spec: 'min=None, max=None', impl: (x, [lo, hi]) => clamp(x, lo, hi) },
  reshape: { spec: '*shape', impl: (x, [s]) => reshape(x, sizeArgs((s as unknown as { items: PyValue[] }).items)) },
  view: { spec: '*shape', impl: (x, [s]) => view(x, sizeArgs((s as unknown as { items: PyValue[] }).items)), methodOnly: true },
  permute: { spec: '*dims', impl: (x, [s]) => permute(x, sizeArgs((s as unknown as { items: PyValue[] }).items)) },
  transpose: { spec: 'dim0, dim1', impl: (x, [a, b]) => transpose(x, toIndex(a!), toIndex(b!)) },
  t: {
    spec: '',
    impl: (x) => {
      if (x.t.ndim > 2) throw pyErr('RuntimeError', `t() expects a tensor with <= 2 dimensions, but self is ${x.t.ndim}D`);
      return x.t.ndim < 2 ? x : transpose(x, 0, 1, 'TBackward0');
    },
  },
  unsqueeze: { spec: 'dim', impl: (x, [d]) => unsqueeze(x, toIndex(d!)) },
  squeeze: { spec: 'dim=None', impl: (x, [d]) => squeeze(x, d === undefined || d === None ? null : toIndex(d)) },
  flatten: { spec: 'start_dim=0, end_dim=-1', impl: (x, [s, e]) => flatten(x, intOr(s, 0), intOr(e, -1)) },
  expand: { spec: '*sizes', impl: (x, [s]) => expand(x, sizeArgs((s as unknown as { items: PyValue[] }).items)), methodOnly: true },
  softmax: { spec: 'dim, dtype=None', impl: (x, [d]) => softmaxOp(x, toIndex(d!), false) },
  log_softmax: { spec: 'dim, dtype=None', impl: (x, [d]) => softmaxOp(x, toIndex(d!), true) },
  where: {
    spec: 'condition, other',
    impl: (x, [c, o]) => where(tensorArg(c, 'where', 'condition'), x, o!),
    methodOnly: true,
  },
  masked_fill: {
    spec: 'mask, value',
    impl: (x, [m, v]) => {
      const mask = tensorArg(m, 'masked_fill', 'mask');
      const val = operand(v!);
      if (val === null) throw pyErr('TypeError', 'masked_fill(): argument \'value\' must be Number');
      const t = graded(() => E.where(mask.t, E.astype(val.t, x.dtype), x.t));
      return result(t, 'MaskedFillBackward0', [x, ...sources([val])]);
    },
  },
  isnan: { spec: '', impl: (x) => new TorchTensor(E.isnan(x.t)) },
  isfinite: { spec: '', impl: (x) => new TorchTensor(E.isfinite(x.t)) },
  logical_not: { spec: '', impl: (x) => new TorchTensor(E.logicalNot(x.t)) },
  ...Object.fromEntries(Object.keys(UNARY).map((n) => [n, unaryOp(n)])),
};

function varLike(x: TorchTensor, which: 'var' | 'std', [d, unbiased, k, correction]: (PyValue | undefined)[]): TorchTensor {
  if (x.dtype === 'int64' || x.dtype === 'bool')
    throw pyErr('RuntimeError', `std and var only support floating point and complex dtypes`);
  // var(unbiased) positional booleans: x.var(False)
  let dims = d;
  let unb = unbiased;
  if (typeof d === 'boolean') {
    unb = d;
    dims = None;
  }
  const corr = correction !== undefined && correction !== None ? toNumber(correction) : boolArg(unb, true) ? 1 : 0;
  return varStd(x, which, dimsArg(dims, x.t.ndim), corr, keep(k));
}

function maxMin(x: TorchTensor, which: 'max' | 'min', d: PyValue | undefined, k: PyValue | undefined): PyValue {
  if (d instanceof TorchTensor) return binary(which === 'max' ? BINARY.maximum : BINARY.minimum, x, d);
  return extremum(x, which, d, keep(k));
}

export function softmaxOp(x: TorchTensor, dim: number, log: boolean): TorchTensor {
  const d = dimIndex(dim, x.t.ndim);
  const src = x.dtype === 'int64' || x.dtype === 'bool' ? null : x.t;
  if (src === null) throw pyErr('RuntimeError', `"${log ? 'log_softmax' : 'softmax'}_lastdim_kernel_impl" not implemented for 'Long'`);
  const t = graded(() => (x.t.ndim === 0 ? (log ? E.logSoftmax(E.reshape(src, [1]), 0) : E.softmax(E.reshape(src, [1]), 0)) : log ? E.logSoftmax(src, d) : E.softmax(src, d)));
  return result(x.t.ndim === 0 ? graded(() => E.reshape(t, [])) : t, log ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0', [x]);
}

export { cat, stack };
