// Shape ops (view, reshape, permute, transpose, unsqueeze, squeeze, flatten, expand, cat, stack),
// matmul and broadcasting checks, with torch's error texts. The view ops make views sharing storage
// (tensor.ts, layouts.ts).
import * as E from '../../../engine';
import { Tensor } from '../../../engine';
import { indexError, pyErr } from '../../runtime/errors';
import { result, graded, TorchTensor } from './tensor';
import { resultType, unifyTo } from './coerce';
import { expanded, permuted, squeezed, unsqueezed, viewStrides } from './layouts';

export const runtimeError = (m: string): ReturnType<typeof pyErr> => pyErr('RuntimeError', m);

/** A dim argument normalised, with torch's IndexError. */
export function dimIndex(dim: number, ndim: number): number {
  const n = Math.max(ndim, 1);
  if (dim < -n || dim >= n) throw indexError(`Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`);
  return dim < 0 ? dim + n : dim;
}

/** Checks two shapes broadcast, with torch's RuntimeError text. */
export function checkBroadcast(a: readonly number[], b: readonly number[]): void {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[a.length - 1 - i] ?? 1;
    const y = b[b.length - 1 - i] ?? 1;
    if (x !== y && x !== 1 && y !== 1)
      throw runtimeError(`The size of tensor a (${x}) must match the size of tensor b (${y}) at non-singleton dimension ${n - 1 - i}`);
  }
}

/** A shape request with one -1 resolved, with torch's errors. */
export function resolveShape(size: number, shape: readonly number[]): number[] {
  const infer = shape.filter((d) => d === -1).length;
  if (infer > 1) throw runtimeError('only one dimension can be inferred');
  const known = shape.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const bad = (): never => {
    throw runtimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${size}`);
  };
  if (infer === 0) return known === size ? [...shape] : bad();
  if (known === 0 || size % known !== 0) bad();
  return shape.map((d) => (d === -1 ? size / known : d));
}

const VIEW_ERROR =
  "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.";

export function view(x: TorchTensor, shape: readonly number[]): TorchTensor {
  const s = resolveShape(x.t.size, shape);
  const l = x.layout;
  const strides = viewStrides(l, s);
  if (strides === null) throw runtimeError(VIEW_ERROR);
  return x.makeView({ shape: s, strides, offset: l.offset }, 'ViewBackward0');
}

/** A view when the memory allows one (torch's _reshape_alias), else a copy. */
function reshapeTo(x: TorchTensor, s: number[], viewName: string): TorchTensor {
  const l = x.layout;
  const strides = viewStrides(l, s);
  if (strides !== null) return x.makeView({ shape: s, strides, offset: l.offset }, viewName);
  return result(graded(() => E.reshape(x.t, s)), 'UnsafeViewBackward0', [x]);
}

export function reshape(x: TorchTensor, shape: readonly number[]): TorchTensor {
  return reshapeTo(x, resolveShape(x.t.size, shape), 'ReshapeAliasBackward0');
}

export function flatten(x: TorchTensor, start: number, end: number): TorchTensor {
  const nd = x.t.ndim;
  if (nd === 0) return reshapeTo(x, [1], 'ViewBackward0');
  const s = dimIndex(start, nd);
  const e = dimIndex(end, nd);
  if (s > e) throw runtimeError('flatten() has invalid args: start_dim cannot come after end_dim');
  if (s === e) return x;
  const shape = x.shape;
  const mid = shape.slice(s, e + 1).reduce((p, d) => p * d, 1);
  return reshapeTo(x, [...shape.slice(0, s), mid, ...shape.slice(e + 1)], 'ReshapeAliasBackward0');
}

export function permute(x: TorchTensor, dims: readonly number[], gradFn = 'PermuteBackward0'): TorchTensor {
  const nd = x.t.ndim;
  if (dims.length !== nd)
    throw runtimeError(
      `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${nd} is not equal to len(dims) = ${dims.length}`,
    );
  const axes = dims.map((d) => dimIndex(d, nd));
  if (new Set(axes).size !== nd) throw runtimeError('permute(): duplicate dims are not allowed.');
  return x.makeView(permuted(x.layout, axes), gradFn);
}

export function transpose(x: TorchTensor, d0: number, d1: number, gradFn = 'TransposeBackward0'): TorchTensor {
  const nd = x.t.ndim;
  if (nd === 0) return x;
  const a = dimIndex(d0, nd);
  const b = dimIndex(d1, nd);
  const axes = Array.from({ length: nd }, (_, i) => (i === a ? b : i === b ? a : i));
  return x.makeView(permuted(x.layout, axes), gradFn);
}

export function unsqueeze(x: TorchTensor, dim: number): TorchTensor {
  return x.makeView(unsqueezed(x.layout, dimIndex(dim, x.t.ndim + 1)), 'UnsqueezeBackward0');
}

export function squeeze(x: TorchTensor, dim: number | null): TorchTensor {
  const l = x.layout;
  if (dim === null) return x.makeView(squeezed(l, x.shape.flatMap((d, i) => (d === 1 ? [i] : []))), 'SqueezeBackward0');
  const d = dimIndex(dim, x.t.ndim);
  if (x.t.ndim === 0 || x.shape[d] !== 1) return x.makeView(l, 'SqueezeBackward1');
  return x.makeView(squeezed(l, [d]), 'SqueezeBackward1');
}

export function expand(x: TorchTensor, sizes: readonly number[]): TorchTensor {
  const nd = x.t.ndim;
  if (sizes.length < nd)
    throw runtimeError(
      `expand(torch.FloatTensor{[${x.shape.join(', ')}]}, size=[${sizes.join(', ')}]): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${nd})`,
    );
  const lead = sizes.length - nd;
  const target = sizes.map((s, i) => (s === -1 && i >= lead ? x.shape[i - lead] : s));
  for (let i = 0; i < nd; i++) {
    const have = x.shape[i];
    const want = target[i + lead];
    if (have !== want && have !== 1)
      throw runtimeError(
        `The expanded size of the tensor (${want}) must match the existing size (${have}) at non-singleton dimension ${i + lead}.  Target sizes: [${sizes.join(', ')}].  Tensor sizes: [${x.shape.join(', ')}]`,
      );
  }
  return x.makeView(expanded(x.layout, target), 'ExpandBackward0');
}

const sameShape = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

function unified(xs: readonly TorchTensor[]): Tensor[] {
  const ops = xs.map((x) => ({ t: x.t, rank: 2 as const, source: x }));
  return unifyTo(ops, resultType(ops));
}

export function cat(xs: readonly TorchTensor[], dim: number): TorchTensor {
  if (xs.length === 0) throw runtimeError('torch.cat(): expected a non-empty list of Tensors');
  const first = xs[0].shape;
  const d = dimIndex(dim, first.length);
  xs.forEach((x, k) => {
    if (x.t.ndim !== first.length)
      throw runtimeError(`Tensors must have same number of dimensions: got ${first.length} and ${x.t.ndim}`);
    for (let i = 0; i < first.length; i++)
      if (i !== d && x.shape[i] !== first[i])
        throw runtimeError(`Sizes of tensors must match except in dimension ${d}. Expected size ${first[i]} but got size ${x.shape[i]} for tensor number ${k} in the list.`);
  });
  return result(graded(() => E.concatenate(unified(xs), d)), 'CatBackward0', xs);
}

export function stack(xs: readonly TorchTensor[], dim: number): TorchTensor {
  if (xs.length === 0) throw runtimeError('stack expects a non-empty TensorList');
  const first = xs[0].shape;
  xs.forEach((x, k) => {
    if (!sameShape(x.shape, first))
      throw runtimeError(`stack expects each tensor to be equal size, but got [${first.join(', ')}] at entry 0 and [${x.shape.join(', ')}] at entry ${k}`);
  });
  const d = dimIndex(dim, first.length + 1);
  return result(graded(() => E.stack(unified(xs), d)), 'StackBackward0', xs);
}

const MATMUL_NAMES: Record<string, string> = { '1,1': 'DotBackward0', '2,1': 'MvBackward0', '2,2': 'MmBackward0', '1,2': 'SqueezeBackward3' };

export function matmul(a: TorchTensor, b: TorchTensor, gradFn?: string): TorchTensor {
  const na = a.t.ndim;
  const nb = b.t.ndim;
  if (na === 0 || nb === 0)
    throw runtimeError(`both arguments to matmul need to be at least 1D, but they are ${na}D and ${nb}D`);
  if (na === 1 && nb === 1 && a.shape[0] !== b.shape[0])
    throw runtimeError(
      `inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`,
    );
  if (na === 2 && nb === 1 && a.shape[1] !== b.shape[0]) throw runtimeError(`size mismatch, got ${a.shape[0]}, ${a.shape[0]}x${a.shape[1]},${b.shape[0]}`);
  const inner = nb === 1 ? b.shape[0] : b.shape[nb - 2];
  if (na >= 2 && a.shape[na - 1] !== inner) {
    const rows = a.shape.slice(0, -1).reduce((p, d) => p * d, 1);
    throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (${rows}x${a.shape[na - 1]} and ${b.shape[nb - 2]}x${b.shape[nb - 1]})`);
  }
  if (a.dtype !== b.dtype)
    throw runtimeError(`expected scalar type ${scalarName(a.dtype)} but found ${scalarName(b.dtype)}`);
  const name = gradFn ?? MATMUL_NAMES[`${na},${nb}`] ?? (nb === 2 ? 'UnsafeViewBackward0' : na === 3 && nb === 3 ? 'UnsafeViewBackward0' : 'UnsafeViewBackward0');
  return result(graded(() => E.matmul(a.t, b.t)), name, [a, b]);
}

export function scalarName(d: string): string {
  return d === 'float32' ? 'Float' : d === 'float64' ? 'Double' : d === 'int64' ? 'Long' : 'Bool';
}
