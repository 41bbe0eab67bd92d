// torch's creation functions: tensor/as_tensor/from_numpy, zeros/ones/full/empty, arange, linspace,
// eye, the *_like family, and random tensors (randn, rand, randint, randperm) from a seeded stream.
// torch.manual_seed makes runs deterministic; the stream is numpy's MT19937 RandomState, not
// torch's own generator, so values differ from real torch (as the issue allows).
import * as E from '../../../engine';
import { DType, Tensor } from '../../../engine';
import { PyBuiltin } from '../../runtime/functions';
import { builtinFunction, toIndex, toNumber } from '../../runtime/native';
import { None, PyValue } from '../../runtime/object';
import { pyErr, typeError, valueError } from '../../runtime/errors';
import { RandomState } from '../../random';
import { NDArray } from '../numpy';
import { boolArg, sizeArgs, tensorArg } from './args';
import { dataTensor } from './coerce';
import { parseDType, torchDTypeOf } from './dtypes';
import { Storage } from './storage';
import { cut, leaf, numpyTensor, TorchTensor, torchState } from './tensor';

let rng = new RandomState(0);

export function resetRandom(): void {
  rng = new RandomState(0);
}

export function torchRandom(): RandomState {
  return rng;
}

const FACTORY = 'dtype=None, layout=None, device=None, requires_grad=False';

function made(t: Tensor, requiresGrad: PyValue | undefined): TorchTensor {
  const rg = boolArg(requiresGrad);
  if (rg && t.dtype !== 'float32' && t.dtype !== 'float64') throw pyErr('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients');
  return leaf(t, rg);
}

const varSizes = (a: PyValue | undefined): number[] => sizeArgs((a as unknown as { items: PyValue[] }).items);

function isFloatValue(v: PyValue): boolean {
  return v instanceof Tensor || (v instanceof TorchTensor && (v.dtype === 'float32' || v.dtype === 'float64'));
}

function num(v: PyValue): number {
  if (v instanceof TorchTensor) return v.t.item();
  if (v instanceof Tensor) return v.item();
  return toNumber(v);
}

function arange(args: PyValue[], dtypeArg: PyValue | undefined): Tensor {
  if (args.length === 0 || args.length > 3) throw typeError('arange() received an invalid combination of arguments');
  const [a, b, c] = args.length === 1 ? [0, args[0], 1] : args.length === 2 ? [args[0], args[1], 1] : args;
  const [start, end, step] = [num(a), num(b), num(c)];
  if (step === 0) throw pyErr('RuntimeError', 'step must be nonzero');
  if ((step > 0 && start > end) || (step < 0 && start < end)) throw pyErr('RuntimeError', 'upper bound and larger bound inconsistent with step sign');
  const d: DType = parseDType(dtypeArg) ?? ([a, b, c].some(isFloatValue) ? torchState.defaultFloat : 'int64');
  const n = Math.ceil((end - start) / step);
  return Tensor.of(Float64Array.from({ length: n }, (_, i) => start + i * step), [n], d);
}

function linspace(startV: PyValue, endV: PyValue, steps: number, dtypeArg: PyValue | undefined): Tensor {
  if (steps < 0) throw pyErr('RuntimeError', 'number of steps must be non-negative');
  const d = parseDType(dtypeArg) ?? torchState.defaultFloat;
  const r = d === 'float32' ? Math.fround : (x: number): number => x;
  const start = r(num(startV));
  const end = r(num(endV));
  const step = r((end - start) / Math.max(steps - 1, 1));
  const half = Math.floor(steps / 2);
  const out = Float64Array.from({ length: steps }, (_, i) => (i < half ? r(start + r(step * i)) : r(end - r(step * (steps - i - 1)))));
  return Tensor.of(out, [steps], d);
}

/** torch.from_numpy: a tensor sharing the array's memory (writes on either side are seen by the other). */
function fromNumpy(a: NDArray): TorchTensor {
  torchDTypeOf(a.dtype);
  if (a.layout.strides.some((s) => s < 0))
    throw valueError(
      'At least one stride in the given numpy array is negative, and tensors with negative strides are not currently supported. (You can probably work around this by making a copy of your array  with array.copy().) ',
    );
  return numpyTensor(Storage.ofNumpy(a.owner), a.layout, !a.isView);
}

function likeDType(x: TorchTensor, v: PyValue | undefined): DType {
  return parseDType(v) ?? x.dtype;
}

export function creationFunctions(): PyBuiltin[] {
  const f = builtinFunction;
  const dflt = (v: PyValue | undefined): DType => parseDType(v) ?? torchState.defaultFloat;
  const filled = (fill: number) => (a: (PyValue | undefined)[]) => made(E.full(varSizes(a[0]), fill, dflt(a[2])), a[5]);
  return [
    f('tensor', 'data, *, dtype=None, device=None, requires_grad=False, pin_memory=False', ([data, dt, , rg]) => {
      return made(dataTensor(data!, parseDType(dt)), rg);
    }),
    f('as_tensor', 'data, dtype=None, device=None', ([data, dt]) => {
      if (data instanceof TorchTensor) {
        const d = parseDType(dt);
        return d === null || d === data.dtype ? data : new TorchTensor(E.astype(cut(data.t), d));
      }
      const d = parseDType(dt);
      // an array of the requested dtype is shared, as torch.as_tensor shares it
      if (data instanceof NDArray && (d === null || d === data.dtype)) return fromNumpy(data);
      return leaf(dataTensor(data!, d));
    }),
    f('from_numpy', 'ndarray', ([a]) => {
      if (!(a instanceof NDArray)) throw typeError(`expected np.ndarray (got ${typeof a === 'object' ? (a as { cls: { name: string } }).cls.name : typeof a})`);
      return fromNumpy(a);
    }),
    f('zeros', `*size, out=None, ${FACTORY}`, filled(0)),
    f('ones', `*size, out=None, ${FACTORY}`, filled(1)),
    f('empty', `*size, out=None, ${FACTORY}`, filled(0)),
    f('full', `size, fill_value, *, out=None, ${FACTORY}`, ([s, v, , dt, , , rg]) => {
      const value = v!;
      const d = parseDType(dt) ?? (typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'int64' : torchState.defaultFloat);
      return made(E.full(sizeArgs([s!]), num(value), d), rg);
    }),
    f('arange', `*args, out=None, ${FACTORY}`, ([args, , dt, , , rg]) => made(arange((args as unknown as { items: PyValue[] }).items, dt), rg)),
    f('linspace', `start, end, steps, *, out=None, ${FACTORY}`, ([s, e, n, , dt, , , rg]) => made(linspace(s!, e!, toIndex(n!), dt), rg)),
    f('eye', `n, m=None, *, out=None, ${FACTORY}`, ([n, m, , dt, , , rg]) => {
      const rows = toIndex(n!);
      const cols = m === undefined || m === None ? rows : toIndex(m);
      const d = new Float64Array(rows * cols);
      for (let i = 0; i < Math.min(rows, cols); i++) d[i * cols + i] = 1;
      return made(Tensor.of(d, [rows, cols], dflt(dt)), rg);
    }),
    f('zeros_like', `input, *, ${FACTORY}, memory_format=None`, ([x, dt, , , rg]) => made(E.zeros(tensorArg(x, 'zeros_like').shape, likeDType(x as TorchTensor, dt)), rg)),
    f('ones_like', `input, *, ${FACTORY}, memory_format=None`, ([x, dt, , , rg]) => made(E.ones(tensorArg(x, 'ones_like').shape, likeDType(x as TorchTensor, dt)), rg)),
    f('empty_like', `input, *, ${FACTORY}, memory_format=None`, ([x, dt, , , rg]) => made(E.zeros(tensorArg(x, 'empty_like').shape, likeDType(x as TorchTensor, dt)), rg)),
    f('full_like', `input, fill_value, *, ${FACTORY}, memory_format=None`, ([x, v, dt, , , rg]) =>
      made(E.full(tensorArg(x, 'full_like').shape, num(v!), likeDType(x as TorchTensor, dt)), rg),
    ),
    f('randn_like', `input, *, ${FACTORY}, memory_format=None`, ([x, dt, , , rg]) => {
      const shape = [...tensorArg(x, 'randn_like').shape];
      return made(Tensor.of(rng.standardNormal(count(shape)), shape, likeDType(x as TorchTensor, dt)), rg);
    }),
    f('rand_like', `input, *, ${FACTORY}, memory_format=None`, ([x, dt, , , rg]) => {
      const shape = [...tensorArg(x, 'rand_like').shape];
      return made(Tensor.of(rng.randomSample(count(shape)), shape, likeDType(x as TorchTensor, dt)), rg);
    }),
    f('randn', `*size, generator=None, out=None, ${FACTORY}`, ([s, , , dt, , , rg]) => {
      const shape = varSizes(s);
      return made(Tensor.of(rng.standardNormal(count(shape)), shape, dflt(dt)), rg);
    }),
    f('rand', `*size, generator=None, out=None, ${FACTORY}`, ([s, , , dt, , , rg]) => {
      const shape = varSizes(s);
      return made(Tensor.of(rng.randomSample(count(shape)), shape, dflt(dt)), rg);
    }),
    f('randint', `*args, generator=None, out=None, ${FACTORY}`, ([args, , , dt, , , rg]) => {
      const items = (args as unknown as { items: PyValue[] }).items;
      if (items.length < 2) throw typeError('randint() received an invalid combination of arguments');
      const [low, high, size] = items.length === 2 ? [0, toIndex(items[0]), items[1]] : [toIndex(items[0]), toIndex(items[1]), items[2]];
      const shape = sizeArgs([size]);
      if (low >= high) throw pyErr('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
      return made(Tensor.of(rng.randint(low, high, count(shape)), shape, parseDType(dt) ?? 'int64'), rg);
    }),
    f('randperm', `n, *, generator=None, out=None, ${FACTORY}`, ([n, , , dt]) => {
      const k = toIndex(n!);
      return leaf(Tensor.of(rng.permutation(k), [k], parseDType(dt) ?? 'int64'));
    }),
    f('manual_seed', 'seed', ([s]) => {
      rng = new RandomState(toIndex(s!) % 2 ** 32);
      return None;
    }),
  ];
}

function count(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}
