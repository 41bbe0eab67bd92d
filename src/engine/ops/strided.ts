// Reading and writing through a strided window onto a tensor's C-order storage: what a numpy view
// (basic slicing, a transpose, x[i], x[:, j]) is - a shape, strides and an offset, in elements.
// One recorded op each way, so a view costs one tape node per read or write instead of a chain of
// reshapes around an index-array gather. The VJPs route gradients along the same positions.
import { castValue } from '../dtype';
import { EngineError } from '../errors';
import { Shape, sizeOf } from '../shape';
import { record } from '../tape';
import { Tensor } from '../tensor';

/** A strided walk over a storage: element k (C order over `shape`) sits at
 *  offset + sum(index_k[axis] * strides[axis]). Strides may be 0 (new axes) or negative. */
export interface StridedWindow {
  readonly shape: Shape;
  readonly strides: readonly number[];
  readonly offset: number;
}

/** For each element of the window (C order), its flat position in a storage of `size` elements. */
export function windowPositions(w: StridedWindow, size: number): Int32Array {
  const { shape, strides } = w;
  const nd = shape.length;
  const n = sizeOf(shape);
  const out = new Int32Array(n);
  if (n === 0) return out;
  // rows of the last axis (a 0-d window: one row of one), the outer axes advanced once per row
  const inner = nd === 0 ? 1 : shape[nd - 1];
  const step = nd === 0 ? 0 : strides[nd - 1];
  const counter = new Array<number>(Math.max(nd - 1, 0)).fill(0);
  let rowStart = w.offset;
  for (let k = 0; k < n; ) {
    let p = rowStart;
    for (let j = 0; j < inner; j++, p += step) out[k++] = p;
    for (let ax = nd - 2; ax >= 0; ax--) {
      counter[ax]++;
      rowStart += strides[ax];
      if (counter[ax] < shape[ax]) break;
      rowStart -= strides[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  // the least and greatest positions: each axis at its first or last index
  let lo = w.offset;
  let hi = w.offset;
  for (let ax = 0; ax < nd; ax++) {
    const reach = (shape[ax] - 1) * strides[ax];
    if (reach < 0) lo += reach;
    else hi += reach;
  }
  if (lo < 0 || hi >= size) throw new EngineError('ValueError', `a strided window reaches position ${lo < 0 ? lo : hi} of a storage of ${size} elements`);
  return out;
}

/** The default display of a window: its shape, strides and offset. */
function windowText(w: StridedWindow): string {
  return `window shape (${w.shape.join(', ')}) strides (${w.strides.join(', ')}) offset ${w.offset}`;
}

/** Display attrs computed when read (graph, report), not on every op. */
function lazyIndexAttrs(describe: () => string): Readonly<Record<string, unknown>> {
  return {
    get index(): string {
      return describe();
    },
  };
}

function fromData(data: Float64Array, shape: Shape, dtype: Tensor['dtype']): Tensor {
  return shape.length === 0 ? new Tensor(data[0], shape, dtype) : new Tensor(data, shape, dtype);
}

/**
 * The elements of x's storage along the window, as a new tensor of the window's shape and x's
 * dtype (numpy: reading a view). Recorded as a 'gather' (`describe` gives its display index).
 * VJP: the gradient goes back to the positions read (repeated positions add up).
 */
export function gatherWindow(x: Tensor, w: StridedWindow, describe?: () => string): Tensor {
  const shape = [...w.shape];
  const at = windowPositions(w, x.size);
  const src = x.data;
  const out = new Float64Array(at.length);
  for (let k = 0; k < at.length; k++) out[k] = src[at[k]];
  const xShape = x.shape;
  const y = record(
    fromData(out, shape, x.dtype),
    'gather',
    [x],
    (g) => {
      const gd = g.data;
      const gx = new Float64Array(sizeOf(xShape));
      for (let k = 0; k < at.length; k++) gx[at[k]] += gd[k];
      return [fromData(gx, xShape, 'float64')];
    },
    { attrs: lazyIndexAttrs(describe ?? (() => windowText(w))) },
  );
  if (y.node !== null) windows.set(y.node, w);
  return y;
}

const windows = new WeakMap<object, StridedWindow>();

/** The window a 'gather' node of gatherWindow read (undefined for any other node): the analysis
 *  reads a view's gradient through it from its storage's. */
export function windowOf(node: object): StridedWindow | undefined {
  return windows.get(node);
}

/**
 * A copy of x with the window's elements replaced by v's (v: the window's size, C order; cast to
 * x's dtype). Where the window visits a position twice the later write wins. Recorded as a
 * 'scatter'. VJP: x gets g except at the written positions; v gets, through each surviving
 * write, the gradient of the position it wrote.
 */
export function scatterWindow(x: Tensor, w: StridedWindow, v: Tensor, describe?: () => string): Tensor {
  const at = windowPositions(w, x.size);
  if (v.size !== at.length) throw new EngineError('ValueError', `could not write ${v.size} values into a strided window of ${at.length} elements`);
  const dtype = x.dtype;
  const out = x.data.slice();
  if (at.length === 1) out[at[0]] = castValue(dtype, v.item()); // a 0-d v keeps no storage
  else {
    const vd = v.data;
    if (dtype === 'float64') for (let k = 0; k < at.length; k++) out[at[k]] = vd[k];
    else for (let k = 0; k < at.length; k++) out[at[k]] = castValue(dtype, vd[k]);
  }
  const xShape = x.shape;
  const vShape = v.shape;
  return record(
    fromData(out, xShape, dtype),
    'scatter',
    [x, v],
    (g) => {
      const gd = g.data;
      const gx = gd.slice();
      const gv = new Float64Array(at.length);
      const written = new Uint8Array(gd.length);
      for (let k = at.length - 1; k >= 0; k--) {
        const p = at[k];
        if (written[p] === 0) {
          written[p] = 1;
          gv[k] = gd[p];
        }
        gx[p] = 0;
      }
      return [fromData(gx, xShape, 'float64'), fromData(gv, vShape, 'float64')];
    },
    { attrs: lazyIndexAttrs(describe ?? (() => windowText(w))) },
  );
}
