// Strided layouts of torch's view ops (strides in elements of the storage, as torch's): view's stride
// computation (ATen's computeStride: when a new shape can view the same memory), permutations,
// expand (stride 0), unsqueeze/squeeze, and the slices and selects of split/chunk/unbind.
import type { Layout } from '../numpy/ndarray';

/** The strides of `shape` viewing memory laid out as `from`, or null when no view can (torch's computeStride). */
export function viewStrides(from: Layout, shape: readonly number[]): number[] | null {
  const oldShape = from.shape.length === 0 ? [1] : from.shape;
  const oldStrides = from.strides.length === 0 ? [1] : from.strides;
  const numel = oldShape.reduce((p, d) => p * d, 1);
  if (numel === 0) return shape.map(() => 1);
  const strides = new Array<number>(shape.length).fill(1);
  let viewD = shape.length - 1;
  let chunkBase = oldStrides[oldStrides.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let d = oldShape.length - 1; d >= 0; d--) {
    tensorNumel *= oldShape[d];
    if (d === 0 || (oldShape[d - 1] !== 1 && oldStrides[d - 1] !== tensorNumel * chunkBase)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || shape[viewD] === 1)) {
        strides[viewD] = viewNumel * chunkBase;
        viewNumel *= shape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (d > 0) {
        chunkBase = oldStrides[d - 1];
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? strides : null;
}

export function permuted(l: Layout, axes: readonly number[]): Layout {
  return { shape: axes.map((a) => l.shape[a]), strides: axes.map((a) => l.strides[a]), offset: l.offset };
}

/** `l` broadcast to `target` (leading new dims and size-1 dims get stride 0). */
export function expanded(l: Layout, target: readonly number[]): Layout {
  const lead = target.length - l.shape.length;
  return {
    shape: [...target],
    strides: target.map((d, i) => (i < lead ? 0 : l.shape[i - lead] === d ? l.strides[i - lead] : 0)),
    offset: l.offset,
  };
}

/** A size-1 dim inserted at `d` (its stride as torch gives it). */
export function unsqueezed(l: Layout, d: number): Layout {
  const shape = [...l.shape];
  const strides = [...l.strides];
  const stride = d >= l.shape.length ? 1 : l.shape[d] * l.strides[d];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, stride);
  return { shape, strides, offset: l.offset };
}

/** The dims in `drop` (all of size 1) removed. */
export function squeezed(l: Layout, drop: readonly number[]): Layout {
  return { shape: l.shape.filter((_, i) => !drop.includes(i)), strides: l.strides.filter((_, i) => !drop.includes(i)), offset: l.offset };
}

/** Elements [start, start + length) along dim `d`. */
export function narrowed(l: Layout, d: number, start: number, length: number): Layout {
  const shape = [...l.shape];
  shape[d] = length;
  return { shape, strides: [...l.strides], offset: l.offset + (length > 0 ? start * l.strides[d] : 0) };
}

/** Index `i` of dim `d` (the dim removed). */
export function selected(l: Layout, d: number, i: number): Layout {
  return { shape: l.shape.filter((_, k) => k !== d), strides: l.strides.filter((_, k) => k !== d), offset: l.offset + i * l.strides[d] };
}
