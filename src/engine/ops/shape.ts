// reshape, transpose, broadcastTo, squeeze, expandDims: ops that move elements without
// changing them. Each VJP moves the upstream gradient back to where the elements came from;
// broadcasting copies, so its VJP sums the copies (sumTo).
import { EngineError, shapeText } from '../errors';
import { expandTo, sumTo } from '../kernels';
import { Shape, normalizeAxes, normalizeAxis, stridesOf } from '../shape';
import { record, recordRule } from '../tape';
import type { Rule } from '../tape';
import { Tensor } from '../tensor';
import type { DType } from '../dtype';

/** A tensor over existing storage (shared: tensors never write into their data). */
function withShape(data: Float64Array, shape: Shape, dtype: DType): Tensor {
  return shape.length === 0 ? new Tensor(data[0], shape, dtype) : new Tensor(data, shape, dtype);
}

/** numpy's convert_shape_to_string: negative sides print as `newaxis`, leading ones are dropped. */
function requestedShapeText(shape: Shape): string {
  let i = 0;
  while (i < shape.length && shape[i] < 0) i++;
  if (i === shape.length) return '()';
  const parts = [String(shape[i])];
  for (i++; i < shape.length; i++) parts.push(shape[i] < 0 ? 'newaxis' : String(shape[i]));
  return shape.length === 1 ? `(${parts[0]},)` : `(${parts.join(',')})`;
}

/** The shape `requested` means for `size` elements: one negative side is inferred, as numpy does. */
export function resolveReshape(size: number, requested: Shape): number[] {
  const n = requested.length;
  const shape = new Array<number>(n);
  let unknown = -1;
  let known = 1;
  for (let i = 0; i < n; i++) {
    const d = requested[i];
    shape[i] = d;
    if (d >= 0) known *= d;
    else if (unknown >= 0) throw new EngineError('ValueError', 'can only specify one unknown dimension');
    else unknown = i;
  }
  const mismatch = (): EngineError =>
    new EngineError('ValueError', `cannot reshape array of size ${size} into shape ${requestedShapeText(requested)}`);
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw mismatch();
    shape[unknown] = size / known;
  } else if (known !== size) throw mismatch();
  return shape;
}

/** reshape's VJP as a shared rule: the gradient takes the input's shape back (no closure per node). */
const RESHAPE_RULE: Rule = {
  vjp: (g, inputs) => [reshape(g, inputs[0].shape)],
};

export function reshape(a: Tensor, shape: Shape): Tensor {
  const newShape = resolveReshape(a.size, shape);
  const out = withShape(a.data, newShape, a.dtype);
  return recordRule(out, 'reshape', [a], RESHAPE_RULE, { shape: newShape });
}

/** Permutes axes (reverses them by default); out.shape[k] = a.shape[axes[k]]. */
export function transpose(a: Tensor, axes?: readonly number[] | null): Tensor {
  const perm = normalizePermutation(axes, a.ndim);
  const out = permuteAxes(a, perm);
  const inverse = new Array<number>(perm.length);
  perm.forEach((p, k) => (inverse[p] = k));
  return record(out, 'transpose', [a], (g) => [transpose(g, inverse)], { attrs: { axes: perm } });
}

function normalizePermutation(axes: readonly number[] | null | undefined, ndim: number): number[] {
  if (axes === null || axes === undefined) return Array.from({ length: ndim }, (_, i) => ndim - 1 - i);
  if (axes.length !== ndim) throw new EngineError('ValueError', "axes don't match array");
  const perm = axes.map((ax) => normalizeAxis(ax, ndim));
  if (new Set(perm).size !== perm.length) throw new EngineError('ValueError', 'repeated axis in transpose');
  return perm;
}

function permuteAxes(a: Tensor, perm: readonly number[]): Tensor {
  const shape = perm.map((p) => a.shape[p]);
  if (perm.every((p, k) => p === k)) return withShape(a.data, shape, a.dtype);
  const inStrides = stridesOf(a.shape);
  const step = perm.map((p) => inStrides[p]);
  const src = a.data;
  const out = new Float64Array(a.size);
  const nd = shape.length;
  const counter = new Array<number>(nd).fill(0);
  let cur = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = src[cur];
    for (let ax = nd - 1; ax >= 0; ax--) {
      counter[ax]++;
      cur += step[ax];
      if (counter[ax] < shape[ax]) break;
      cur -= step[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return withShape(out, shape, a.dtype);
}

/** np.broadcast_to, with numpy's error texts. The VJP sums the copies back (the copy gate). */
export function broadcastTo(a: Tensor, shape: Shape): Tensor {
  if (shape.some((d) => d < 0))
    throw new EngineError('ValueError', 'all elements of broadcast shape must be non-negative');
  if (a.ndim > shape.length)
    throw new EngineError('ValueError', 'input operand has more dimensions than allowed by the axis remapping');
  const off = shape.length - a.ndim;
  if (a.shape.some((d, i) => d !== 1 && d !== shape[off + i]))
    throw new EngineError(
      'ValueError',
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(a.shape)}  and requested shape ${shapeText(shape)}`,
    );
  const out = expandTo(a, shape);
  const result = out === a ? withShape(a.data, shape, a.dtype) : out;
  return record(result, 'broadcast_to', [a], (g) => [sumTo(g, a.shape)], { attrs: { shape: [...shape] } });
}

/** Removes axes of size 1: all of them, or the given ones (which must have size 1). */
export function squeeze(a: Tensor, axis?: number | readonly number[] | null): Tensor {
  let drop: number[];
  if (axis === null || axis === undefined) drop = a.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  else {
    drop = normalizeAxes(axis, a.ndim);
    if (drop.some((ax) => a.shape[ax] !== 1))
      throw new EngineError('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
  }
  const shape = a.shape.filter((_, i) => !drop.includes(i));
  const out = withShape(a.data, shape, a.dtype);
  return record(out, 'squeeze', [a], (g) => [reshape(g, a.shape)], { attrs: { axis: drop } });
}

/** Inserts axes of size 1 at the given positions of the result (np.expand_dims). */
export function expandDims(a: Tensor, axis: number | readonly number[]): Tensor {
  const list = typeof axis === 'number' ? [axis] : axis;
  const ndim = a.ndim + list.length;
  const axes = list.map((ax) => normalizeAxis(ax, ndim));
  if (new Set(axes).size !== axes.length) throw new EngineError('ValueError', 'repeated axis');
  const shape: number[] = [];
  let next = 0;
  for (let i = 0; i < ndim; i++) shape.push(axes.includes(i) ? 1 : a.shape[next++]);
  const out = withShape(a.data, shape, a.dtype);
  return record(out, 'expand_dims', [a], (g) => [reshape(g, a.shape)], { attrs: { axis: axes } });
}

