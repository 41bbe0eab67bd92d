// torch.nn.functional: activations, losses, linear, dropout, one_hot, layer_norm, embedding, as
// compositions of engine ops (so the tape sees every step) carrying torch's grad_fn names.
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, toIndex, toNumber } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { Unsupported, indexError, pyErr, valueError } from '../../runtime/errors';
import { boolArg, sizeArgs, tensorArg } from './args';
import { torchRandom } from './creation';
import { unary } from './elementwise';
import { softmaxOp } from './ops';
import { dimIndex, matmul, runtimeError } from './shape-ops';
import { graded, result, TorchTensor } from './tensor';

const scalar = (v: number, like: Tensor): Tensor => Tensor.scalar(v, like.dtype);

/** erf in float64: its Taylor series near 0, a continued fraction for erfc in the tails. */
function erfValue(x: number): number {
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = x;
    let total = x;
    const x2 = x * x;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      total += add;
      if (Math.abs(add) < 1e-17 * Math.abs(total)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * total;
  }
  if (ax > 6) return Math.sign(x);
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))) (Lentz's algorithm)
  let f = ax;
  let c = ax;
  let d = 0;
  for (let k = 1; k < 300; k++) {
    const a = k / 2;
    d = ax + a * d;
    d = d === 0 ? 1e-300 : 1 / d;
    c = ax + a / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}

/** erf as an engine op (forward and its VJP, 2/sqrt(pi) exp(-x^2)). */
export function erf(a: Tensor): Tensor {
  const out = Tensor.of(a.data.map(erfValue), a.shape, a.dtype);
  return E.record(out, 'erf', [a], (g) => [E.mul(g, E.mul(E.exp(E.neg(E.square(a))), scalar(2 / Math.sqrt(Math.PI), a)))]);
}

function reduce(loss: Tensor, reduction: PyValue | undefined): Tensor {
  const r = reduction === undefined ? 'mean' : String(reduction);
  if (r === 'mean') return E.mean(loss);
  if (r === 'sum') return E.sum(loss);
  if (r === 'none') return loss;
  throw valueError(`${r} is not a valid value for reduction`);
}

function sameSize(x: TorchTensor, y: TorchTensor, what: string): void {
  if (x.shape.length !== y.shape.length || x.shape.some((d, i) => d !== y.shape[i]))
    throw valueError(`Using a target size (torch.Size([${y.shape.join(', ')}])) that is different to the input size (torch.Size([${x.shape.join(', ')}])) is deprecated. Please ensure they have the same size.${what}`);
}

/** nll_loss over (N, C) or (C,) log-probabilities with class-index targets. */
export function nllLoss(x: TorchTensor, target: TorchTensor, weight: TorchTensor | null, ignoreIndex: number, reduction: PyValue | undefined): TorchTensor {
  if (target.dtype !== 'int64') throw runtimeError(`expected scalar type Long but found ${target.dtype === 'float32' ? 'Float' : 'Double'}`);
  if (x.t.ndim > 2) throw new Unsupported('nll_loss/cross_entropy over inputs with more than 2 dimensions');
  const batched = x.t.ndim === 2;
  const n = batched ? x.shape[0] : 1;
  const c = batched ? x.shape[1] : x.shape[0];
  if ((batched ? target.t.ndim !== 1 : target.t.ndim !== 0) || (batched && target.shape[0] !== n))
    throw valueError(`Expected input batch_size (${n}) to match target batch_size (${target.t.ndim === 0 ? 1 : target.shape[0]}).`);
  const tg = target.t.data;
  const keep = new Float64Array(n);
  const cls = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = tg[i];
    if (k === ignoreIndex) continue;
    if (k < 0 || k >= c) throw indexError(`Target ${k} is out of bounds.`);
    keep[i] = 1;
    cls[i] = k;
  }
  const t = graded(() => {
    const rows = batched ? x.t : E.reshape(x.t, [1, c]);
    const picked = E.gather(rows, [
      { kind: 'array', index: new Tensor(Float64Array.from({ length: n }, (_, i) => i), [n], 'int64') },
      { kind: 'array', index: new Tensor(cls, [n], 'int64') },
    ]);
    let w = Tensor.of(keep.slice(), [n], x.dtype);
    if (weight !== null) w = E.mul(w, E.gather(weight.t, [{ kind: 'array', index: new Tensor(cls, [n], 'int64') }]));
    const losses = E.neg(E.mul(picked, w));
    const r = reduction === undefined ? 'mean' : String(reduction);
    if (r === 'mean') return E.div(E.sum(losses), E.sum(w));
    if (r === 'sum') return E.sum(losses);
    if (r === 'none') return batched ? losses : E.reshape(losses, []);
    throw valueError(`${r} is not a valid value for reduction`);
  });
  return result(t, 'NllLossBackward0', weight === null ? [x] : [x, weight]);
}

function optTensor(v: PyValue | undefined, fname: string, name: string): TorchTensor | null {
  return v === undefined || v === None ? null : tensorArg(v, fname, name);
}

export function linear(x: TorchTensor, w: TorchTensor, b: TorchTensor | null): TorchTensor {
  const wt = result(graded(() => E.transpose(w.t)), 'TBackward0', [w]);
  if (b === null) return matmul(x, wt, x.t.ndim === 2 ? 'MmBackward0' : undefined);
  const t = graded(() => E.add(E.matmul(x.t, wt.t), b.t));
  return result(t, x.t.ndim === 2 ? 'AddmmBackward0' : x.t.ndim === 1 ? 'AddBackward0' : 'ViewBackward0', [x, w, b]);
}

export function dropout(x: TorchTensor, p: number, training: boolean): TorchTensor {
  if (p < 0 || p > 1) throw valueError(`dropout probability has to be between 0 and 1, but got ${p}`);
  if (!training || p === 0) return x;
  const u = torchRandom().randomSample(x.t.size);
  const scale = p === 1 ? 0 : 1 / (1 - p);
  const mask = Tensor.of(u.map((v) => (v >= p ? scale : 0)), x.shape, x.dtype);
  return result(graded(() => E.mul(x.t, mask)), 'MulBackward0', [x]);
}

export function layerNorm(x: TorchTensor, shape: number[], w: TorchTensor | null, b: TorchTensor | null, eps: number): TorchTensor {
  const k = shape.length;
  const tail = x.shape.slice(x.t.ndim - k);
  if (k > x.t.ndim || tail.some((d, i) => d !== shape[i]))
    throw runtimeError(
      `Given normalized_shape=[${shape.join(', ')}], expected input with shape [*, ${shape.join(', ')}], but got input of size[${x.shape.join(', ')}]`,
    );
  const axes = Array.from({ length: k }, (_, i) => x.t.ndim - k + i);
  const t = graded(() => {
    const m = E.mean(x.t, axes, true);
    const centered = E.sub(x.t, m);
    const v = E.mean(E.square(centered), axes, true);
    let y = E.div(centered, E.sqrt(E.add(v, scalar(eps, x.t))));
    if (w !== null) y = E.mul(y, w.t);
    if (b !== null) y = E.add(y, b.t);
    return y;
  });
  return result(t, 'NativeLayerNormBackward0', [x, ...(w ? [w] : []), ...(b ? [b] : [])]);
}

export function embedding(idx: TorchTensor, w: TorchTensor): TorchTensor {
  if (idx.dtype !== 'int64') throw runtimeError(`Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.${idx.dtype === 'float32' ? 'FloatTensor' : 'DoubleTensor'} instead (while checking arguments for embedding)`);
  const n = w.shape[0];
  for (const i of idx.t.data) if (i < -n || i >= n) throw indexError('index out of range in self');
  return result(graded(() => E.gather(w.t, [{ kind: 'array', index: idx.t }])), 'EmbeddingBackward0', [w]);
}

export function functionalFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  const T = (v: PyValue | undefined, fname: string): TorchTensor => tensorArg(v, fname);
  return [
    f('relu', 'input, inplace=False', ([x]) => unary('relu', T(x, 'relu'))),
    f('sigmoid', 'input', ([x]) => unary('sigmoid', T(x, 'sigmoid'))),
    f('tanh', 'input', ([x]) => unary('tanh', T(x, 'tanh'))),
    f('gelu', "input, approximate='none'", ([xv, approx]) => {
      const x = T(xv, 'gelu');
      if (approx !== undefined && approx !== 'none') throw new Unsupported(`gelu(approximate='${String(approx)}')`);
      const t = graded(() => E.mul(E.mul(x.t, scalar(0.5, x.t)), E.add(scalar(1, x.t), erf(E.mul(x.t, scalar(Math.SQRT1_2, x.t))))));
      return result(t, 'GeluBackward0', [x]);
    }),
    f('softmax', 'input, dim=None, _stacklevel=3, dtype=None', ([x, d]) => softmaxOp(T(x, 'softmax'), dimArg(d, T(x, 'softmax')), false)),
    f('log_softmax', 'input, dim=None, _stacklevel=3, dtype=None', ([x, d]) => softmaxOp(T(x, 'log_softmax'), dimArg(d, T(x, 'log_softmax')), true)),
    f('nll_loss', "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'", ([x, tg, w, , ig, , red]) =>
      nllLoss(T(x, 'nll_loss'), tensorArg(tg, 'nll_loss', 'target'), optTensor(w, 'nll_loss', 'weight'), toIndex(ig ?? -100), red),
    ),
    f(
      'cross_entropy',
      "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0",
      ([x, tg, w, , ig, , red, ls]) => {
        if (ls !== undefined && toNumber(ls) !== 0) throw new Unsupported('cross_entropy(label_smoothing=...)');
        const target = tensorArg(tg, 'cross_entropy', 'target');
        if (target.dtype !== 'int64') throw new Unsupported('cross_entropy with class-probability targets');
        const input = T(x, 'cross_entropy');
        return nllLoss(softmaxOp(input, input.t.ndim === 1 ? 0 : 1, true), target, optTensor(w, 'cross_entropy', 'weight'), toIndex(ig ?? -100), red);
      },
    ),
    f('mse_loss', "input, target, size_average=None, reduce=None, reduction='mean'", ([x, y, , , red]) => {
      const a = T(x, 'mse_loss');
      const b = tensorArg(y, 'mse_loss', 'target');
      if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) throw new Unsupported('mse_loss with broadcasting input and target sizes');
      return result(graded(() => reduce(E.square(E.sub(a.t, b.t)), red)), 'MseLossBackward0', [a, b]);
    }),
    f('binary_cross_entropy', "input, target, weight=None, size_average=None, reduce=None, reduction='mean'", ([x, y, w, , , red]) => {
      const a = T(x, 'binary_cross_entropy');
      const b = tensorArg(y, 'binary_cross_entropy', 'target');
      sameSize(a, b, '');
      for (const v of a.t.data) if (!(v >= 0 && v <= 1)) throw runtimeError('all elements of input should be between 0 and 1');
      const weight = optTensor(w, 'binary_cross_entropy', 'weight');
      const t = graded(() => {
        const floor = scalar(-100, a.t);
        const logx = E.maximum(E.log(a.t), floor);
        const log1mx = E.maximum(E.log(E.sub(scalar(1, a.t), a.t)), floor);
        let loss = E.neg(E.add(E.mul(b.t, logx), E.mul(E.sub(scalar(1, a.t), b.t), log1mx)));
        if (weight !== null) loss = E.mul(loss, weight.t);
        return reduce(loss, red);
      });
      return result(t, 'BinaryCrossEntropyBackward0', [a, b]);
    }),
    f(
      'binary_cross_entropy_with_logits',
      "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
      ([x, y, w, , , red, pw]) => {
        if (pw !== undefined && pw !== None) throw new Unsupported('binary_cross_entropy_with_logits(pos_weight=...)');
        const a = T(x, 'binary_cross_entropy_with_logits');
        const b = tensorArg(y, 'binary_cross_entropy_with_logits', 'target');
        sameSize(a, b, '');
        const weight = optTensor(w, 'binary_cross_entropy_with_logits', 'weight');
        const t = graded(() => {
          // max(x, 0) - x*y + log(1 + exp(-|x|)), stable for large |x|
          const zero = scalar(0, a.t);
          let loss = E.add(E.sub(E.maximum(a.t, zero), E.mul(a.t, b.t)), E.log1p(E.exp(E.neg(E.abs(a.t)))));
          if (weight !== null) loss = E.mul(loss, weight.t);
          return reduce(loss, red);
        });
        return result(t, 'BinaryCrossEntropyWithLogitsBackward0', [a, b]);
      },
    ),
    f('linear', 'input, weight, bias=None', ([x, w, b]) => linear(T(x, 'linear'), tensorArg(w, 'linear', 'weight'), optTensor(b, 'linear', 'bias'))),
    f('dropout', 'input, p=0.5, training=True, inplace=False', ([x, p, tr]) => dropout(T(x, 'dropout'), toNumber(p ?? 0.5), boolArg(tr, true))),
    f('one_hot', 'tensor, num_classes=-1', ([x, nc]) => {
      const idx = T(x, 'one_hot');
      if (idx.dtype !== 'int64') throw runtimeError('one_hot is only applicable to index tensor.');
      const data = idx.t.data;
      let c = toIndex(nc ?? -1);
      if (c === -1) c = data.length === 0 ? 0 : Math.max(...data) + 1;
      const out = new Float64Array(data.length * c);
      data.forEach((k, i) => {
        if (k < 0) throw runtimeError('Class values must be non-negative.');
        if (k >= c) throw runtimeError('Class values must be smaller than num_classes.');
        out[i * c + k] = 1;
      });
      return new TorchTensor(new Tensor(out, [...idx.shape, c], 'int64'));
    }),
    f('layer_norm', 'input, normalized_shape, weight=None, bias=None, eps=1e-05', ([x, s, w, b, eps]) =>
      layerNorm(T(x, 'layer_norm'), sizeArgs([s!]), optTensor(w, 'layer_norm', 'weight'), optTensor(b, 'layer_norm', 'bias'), toNumber(eps ?? 1e-5)),
    ),
    f('embedding', 'input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False', ([x, w]) =>
      embedding(T(x, 'embedding'), tensorArg(w, 'embedding', 'weight')),
    ),
  ];
}

function dimArg(d: PyValue | undefined, x: TorchTensor): number {
  if (d === undefined || d === None) return x.t.ndim === 0 || x.t.ndim === 1 || x.t.ndim === 3 ? 0 : 1;
  return dimIndex(toIndex(d), x.t.ndim);
}

export { pyErr };
