import { EngineError, axisError, shapeText } from './errors';

export type Shape = readonly number[];

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** C-order strides in elements. */
export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** numpy's broadcasting of any number of shapes, with numpy's error text. */
export function broadcastShapes(...shapes: Shape[]): number[] {
  if (shapes.length === 2 && sameShape(shapes[0], shapes[1])) return shapes[0].slice();
  let nd = 0;
  for (const s of shapes) if (s.length > nd) nd = s.length;
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = nd - s.length + i;
      const d = s[i];
      if (d === out[o] || d === 1) continue;
      if (out[o] === 1) out[o] = d;
      else
        throw new EngineError(
          'ValueError',
          `operands could not be broadcast together with shapes ${shapes.map(shapeText).join(' ')} `,
        );
    }
  }
  return out;
}

/**
 * For each element of `outShape` (C order), the flat index into an array of shape `inShape`
 * that broadcasts to it. inShape must be broadcastable to outShape.
 */
export function broadcastIndex(inShape: Shape, outShape: Shape): Int32Array {
  const n = sizeOf(outShape);
  const idx = new Int32Array(n);
  // one element repeated (all zeros), or the same shape (the identity)
  if (sizeOf(inShape) === 1) return idx;
  if (sameShape(inShape, outShape)) {
    for (let k = 0; k < n; k++) idx[k] = k;
    return idx;
  }
  const nd = outShape.length;
  const off = nd - inShape.length;
  const inStrides = stridesOf(inShape);
  // effective stride per output axis: 0 where the input is broadcast
  const eff = new Array<number>(nd).fill(0);
  for (let i = 0; i < inShape.length; i++) eff[off + i] = inShape[i] === 1 ? 0 : inStrides[i];
  const counter = new Array<number>(nd).fill(0);
  let cur = 0;
  for (let k = 0; k < n; k++) {
    idx[k] = cur;
    for (let ax = nd - 1; ax >= 0; ax--) {
      counter[ax]++;
      cur += eff[ax];
      if (counter[ax] < outShape[ax]) break;
      cur -= eff[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return idx;
}

/** Normalises an axis argument (negative allowed) against ndim, with numpy's AxisError. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) throw axisError(axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}

/** Normalises `axis=None | int | tuple` into a sorted list of distinct axes. */
export function normalizeAxes(axis: number | readonly number[] | null | undefined, ndim: number): number[] {
  if (axis === null || axis === undefined) {
    const all = new Array<number>(ndim);
    for (let i = 0; i < ndim; i++) all[i] = i;
    return all;
  }
  if (typeof axis === 'number') return [normalizeAxis(axis, ndim)];
  const list = axis;
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new EngineError('ValueError', 'duplicate value in \'axis\'');
  return out.sort((a, b) => a - b);
}
