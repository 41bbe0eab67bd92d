// x[items] with numpy's full semantics, as one model: an index resolves to the flat position
// in x of every element of the result. gather reads through it, scatter writes through it
// (x[items] = v), addAt accumulates through it (np.add.at). Their VJPs route gradients along
// the same positions, backwards.
import { DType, castFloat, castValue, isFloat, isInteger } from '../dtype';
import { EngineError, shapeText } from '../errors';
import { sumTo } from '../kernels';
import { Shape, broadcastIndex, broadcastShapes, sizeOf, stridesOf } from '../shape';
import { record } from '../tape';
import { Tensor } from '../tensor';

export type IndexItem =
  | { kind: 'int'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'newaxis' }
  | { kind: 'ellipsis' }
  | { kind: 'array'; index: Tensor }; // integer or bool tensor

export interface ResolvedIndex {
  /** The shape of x[items]. */
  shape: number[];
  /** For each element of x[items] (C order), its flat index in x. */
  flat: Int32Array;
  /** True when numpy would return a view (no array items; 0-d integer arrays count as integers). */
  basic: boolean;
}

// ---------------------------------------------------------------------------------------------
// Resolving an index

/** One output axis (or the block of broadcast advanced-index axes): its sides and the flat offset each position adds. */
interface OutputGroup {
  shape: number[];
  offsets: Int32Array;
}

/** An advanced (fancy) index component, before broadcasting. */
interface FancyPart {
  shape: number[];
  /** Shapes numpy lists in its broadcast error (none for integers, one per axis for a boolean mask). */
  reported: number[][];
  /** Fills `offsets` (flat offsets in x, one per element of `shape`), checking bounds. */
  offsets: () => Int32Array;
}

type Item =
  | { kind: 'int'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'newaxis' }
  | { kind: 'ellipsis' }
  | { kind: 'intArray'; index: Tensor }
  | { kind: 'boolArray'; index: Tensor };

function indexError(message: string): EngineError {
  return new EngineError('IndexError', message);
}

function outOfBounds(index: number, axis: number, size: number): EngineError {
  return indexError(`index ${index} is out of bounds for axis ${axis} with size ${size}`);
}

/** Python's slice.indices(n): [start, step, length]. */
export function sliceIndices(
  start: number | null,
  stop: number | null,
  step: number | null,
  n: number,
): [number, number, number] {
  const st = step ?? 1;
  if (st === 0) throw new EngineError('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, ifNull: number): number => {
    if (v === null) return ifNull;
    if (v < 0) {
      v += n;
      return v < 0 ? (st < 0 ? -1 : 0) : v;
    }
    return v >= n ? (st < 0 ? n - 1 : n) : v;
  };
  const lo = clamp(start, st < 0 ? n - 1 : 0);
  const hi = clamp(stop, st < 0 ? -1 : n);
  let length = 0;
  if (st < 0 ? hi < lo : lo < hi) length = Math.floor((st < 0 ? lo - hi - 1 : hi - lo - 1) / Math.abs(st)) + 1;
  return [lo, st, length];
}

/** Classifies the items, with numpy's errors for a second ellipsis and non-integer arrays (in item order). */
function classify(items: readonly IndexItem[]): Item[] {
  let ellipses = 0;
  return items.map((item): Item => {
    if (item.kind === 'ellipsis' && ++ellipses > 1)
      throw indexError("an index can only have a single ellipsis ('...')");
    if (item.kind === 'int' && !Number.isInteger(item.index))
      throw indexError(
        'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices',
      );
    if (item.kind === 'slice' && [item.start, item.stop, item.step].some((v) => v !== null && !Number.isInteger(v)))
      throw new EngineError('TypeError', 'slice indices must be integers or None or have an __index__ method');
    if (item.kind !== 'array') return item;
    const t = item.index;
    if (t.dtype === 'bool') return { kind: 'boolArray', index: t };
    if (!isInteger(t.dtype)) throw indexError('arrays used as indices must be of integer (or boolean) type');
    // numpy treats a 0-d integer array as a plain integer
    return t.ndim === 0 ? { kind: 'int', index: t.item() } : { kind: 'intArray', index: t };
  });
}

function axesUsed(item: Item): number {
  switch (item.kind) {
    case 'int':
    case 'slice':
    case 'intArray':
      return 1;
    case 'boolArray':
      return item.index.ndim;
    default:
      return 0;
  }
}

const isFancy = (item: Item): boolean => item.kind === 'intArray' || item.kind === 'boolArray';

export function resolveIndex(shape: Shape, items: readonly IndexItem[]): ResolvedIndex {
  const fast = singleElement(shape, items) ?? leadingArrays(shape, items);
  if (fast !== null) return fast;
  const parsed = classify(items);
  const ndim = shape.length;
  const used = parsed.reduce((n, it) => n + axesUsed(it), 0);
  if (used > ndim)
    throw indexError(`too many indices for array: array is ${ndim}-dimensional, but ${used} were indexed`);
  // no ellipsis: one is implied at the end
  if (!parsed.some((it) => it.kind === 'ellipsis')) parsed.push({ kind: 'ellipsis' });
  const fill = ndim - used;

  // the x axis each item starts at
  const firstAxis: number[] = [];
  let axis = 0;
  for (const it of parsed) {
    firstAxis.push(axis);
    axis += it.kind === 'ellipsis' ? fill : axesUsed(it);
  }

  parsed.forEach((it, k) => {
    if (it.kind !== 'boolArray') return;
    it.index.shape.forEach((side, j) => {
      const ax = firstAxis[k] + j;
      if (side !== shape[ax])
        throw indexError(
          `boolean index did not match indexed array along axis ${ax}; size of axis is ${shape[ax]} but size of corresponding boolean axis is ${side}`,
        );
    });
  });

  const strides = stridesOf(shape);
  const fancy = parsed.some(isFancy);
  // with an array in the index, integers are advanced indices too (0-d ones)
  const advanced = (it: Item): boolean => isFancy(it) || (fancy && it.kind === 'int');

  let base = 0;
  if (!fancy)
    parsed.forEach((it, k) => {
      if (it.kind === 'int') base += normalizeIndex(it.index, firstAxis[k], shape[firstAxis[k]]) * strides[firstAxis[k]];
    });

  // the output groups in order; the advanced block's place is marked by `fancySlot`
  const groups: OutputGroup[] = [];
  let fancySlot = -1;
  let contiguous = true;
  let seenFancy = false;
  let gapAfterFancy = false;
  parsed.forEach((it, k) => {
    const ax = firstAxis[k];
    if (advanced(it)) {
      if (!seenFancy) fancySlot = groups.length;
      else if (gapAfterFancy) contiguous = false;
      seenFancy = true;
      return;
    }
    if (seenFancy) gapAfterFancy = true;
    if (it.kind === 'newaxis') groups.push({ shape: [1], offsets: Int32Array.of(0) });
    else if (it.kind === 'slice') groups.push(sliceGroup(it.start, it.stop, it.step, shape[ax], strides[ax]));
    else if (it.kind === 'ellipsis')
      for (let j = 0; j < fill; j++) groups.push(sliceGroup(null, null, null, shape[ax + j], strides[ax + j]));
  });

  if (fancy) {
    const block = fancyGroup(parsed, firstAxis, shape, strides);
    groups.splice(contiguous ? fancySlot : 0, 0, block);
  }

  let flat: Int32Array = Int32Array.of(base);
  const outShape: number[] = [];
  for (const g of groups) {
    outShape.push(...g.shape);
    flat = outerSum(flat, g.offsets);
  }
  return { shape: outShape, flat, basic: !fancy };
}

/** x[i, j, ...] with one integer per axis: the one position; null for any other index (and for a
 *  non-integer, which the general path rejects). Out-of-bounds errors axis by axis, as there. */
function singleElement(shape: Shape, items: readonly IndexItem[]): ResolvedIndex | null {
  const n = items.length;
  if (n !== shape.length) return null;
  for (let k = 0; k < n; k++) {
    const it = items[k];
    if (it.kind !== 'int' || !Number.isInteger(it.index)) return null;
  }
  let flat = 0;
  for (let ax = 0; ax < n; ax++) flat = flat * shape[ax] + normalizeIndex((items[ax] as { index: number }).index, ax, shape[ax]);
  return { shape: [], flat: Int32Array.of(flat), basic: true };
}

/**
 * x[a, b, ...] where the items are integers and 1-d integer arrays of one length n (at least one
 * array), covering the first axes: numpy's most common advanced index (x[np.arange(N), y],
 * X[batch]). The result is (n, *rest); null for any other index, and when a position is out of
 * bounds, so that the general path raises numpy's error in numpy's order.
 */
function leadingArrays(shape: Shape, items: readonly IndexItem[]): ResolvedIndex | null {
  const k = items.length;
  if (k === 0 || k > shape.length) return null;
  let n = -1;
  for (let ax = 0; ax < k; ax++) {
    const it = items[ax];
    if (it.kind === 'int') {
      if (!Number.isInteger(it.index)) return null;
      continue;
    }
    if (it.kind !== 'array' || !isInteger(it.index.dtype) || it.index.ndim !== 1) return null;
    if (n === -1) n = it.index.size;
    else if (it.index.size !== n) return null;
  }
  if (n === -1) return null;
  const strides = stridesOf(shape);
  const inner = k === shape.length ? 1 : strides[k - 1];
  const flat = new Int32Array(n * inner);
  for (let i = 0; i < n; i++) {
    let base = 0;
    for (let ax = 0; ax < k; ax++) {
      const it = items[ax] as { kind: 'int'; index: number } | { kind: 'array'; index: Tensor };
      const v = it.kind === 'int' ? it.index : it.index.data[i];
      const side = shape[ax];
      if (v < -side || v >= side) return null;
      base += (v < 0 ? v + side : v) * strides[ax];
    }
    for (let j = 0; j < inner; j++) flat[i * inner + j] = base + j;
  }
  const outShape = [n];
  for (let ax = k; ax < shape.length; ax++) outShape.push(shape[ax]);
  return { shape: outShape, flat, basic: false };
}

function normalizeIndex(index: number, axis: number, size: number): number {
  if (index < -size || index >= size) throw outOfBounds(index, axis, size);
  return index < 0 ? index + size : index;
}

function sliceGroup(
  start: number | null,
  stop: number | null,
  step: number | null,
  size: number,
  stride: number,
): OutputGroup {
  const [lo, st, length] = sliceIndices(start, stop, step, size);
  const offsets = new Int32Array(length);
  for (let i = 0; i < length; i++) offsets[i] = (lo + i * st) * stride;
  return { shape: [length], offsets };
}

/** The advanced indices, broadcast together: one group whose offsets sum every component's. */
function fancyGroup(parsed: readonly Item[], firstAxis: readonly number[], shape: Shape, strides: readonly number[]): OutputGroup {
  const parts: FancyPart[] = [];
  parsed.forEach((it, k) => {
    const ax = firstAxis[k];
    if (it.kind === 'int') parts.push(intPart(it.index, ax, shape[ax], strides[ax]));
    else if (it.kind === 'intArray') parts.push(intArrayPart(it.index, ax, shape[ax], strides[ax]));
    else if (it.kind === 'boolArray') parts.push(boolArrayPart(it.index, strides.slice(ax, ax + it.index.ndim)));
  });
  // numpy checks the integers' bounds first, then broadcasts the arrays, then checks their
  // bounds - only when the broadcast block has elements.
  const own = parts.map((p) => (p.shape.length === 0 ? p.offsets() : null));
  let blockShape: number[];
  try {
    blockShape = broadcastShapes(...parts.map((p) => p.shape));
  } catch {
    const listed = parts.flatMap((p) => p.reported).map(shapeText);
    throw indexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${listed.join(' ')} `);
  }
  const offsets = new Int32Array(sizeOf(blockShape));
  if (offsets.length === 0) return { shape: blockShape, offsets };
  parts.forEach((p, k) => {
    const values = own[k] ?? p.offsets();
    if (values.length === offsets.length) {
      for (let i = 0; i < offsets.length; i++) offsets[i] += values[i];
      return;
    }
    const at = broadcastIndex(p.shape, blockShape);
    for (let i = 0; i < offsets.length; i++) offsets[i] += values[at[i]];
  });
  return { shape: blockShape, offsets };
}

function intPart(index: number, axis: number, size: number, stride: number): FancyPart {
  return { shape: [], reported: [], offsets: () => Int32Array.of(normalizeIndex(index, axis, size) * stride) };
}

function intArrayPart(index: Tensor, axis: number, size: number, stride: number): FancyPart {
  return {
    shape: [...index.shape],
    reported: [[...index.shape]],
    offsets: () => {
      const d = index.data;
      const out = new Int32Array(d.length);
      for (let i = 0; i < d.length; i++) out[i] = normalizeIndex(d[i], axis, size) * stride;
      return out;
    },
  };
}

/**
 * A boolean mask over the axes it covers: the flat offsets of its true positions (C order).
 * A 0-d mask covers no axis: it acts on a new axis of size 1, selecting it (True) or nothing.
 */
function boolArrayPart(mask: Tensor, strides: readonly number[]): FancyPart {
  const m = mask.data;
  const nd = mask.ndim;
  const step = contiguousStep(mask.shape, strides);
  if (step !== null) {
    // (the mask covers whole trailing-contiguous axes, as `x[x > 0]`: position i is at i * step)
    const found = new Int32Array(m.length);
    let n = 0;
    for (let i = 0; i < m.length; i++) if (m[i] !== 0) found[n++] = i * step;
    return { shape: [n], reported: Array.from({ length: Math.max(nd, 1) }, () => [n]), offsets: () => found.slice(0, n) };
  }
  const counter = new Array<number>(nd).fill(0);
  const hits: number[] = [];
  let off = 0; // the offset in x of mask position i
  for (let i = 0; i < m.length; i++) {
    if (m[i] !== 0) hits.push(off);
    for (let ax = nd - 1; ax >= 0; ax--) {
      counter[ax]++;
      off += strides[ax];
      if (counter[ax] < mask.shape[ax]) break;
      off -= strides[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  const n = hits.length;
  return {
    shape: [n],
    reported: Array.from({ length: Math.max(mask.ndim, 1) }, () => [n]),
    offsets: () => Int32Array.from(hits),
  };
}

/** The stride of position i of a C-order walk over `shape` with these strides, if it is one. */
function contiguousStep(shape: readonly number[], strides: readonly number[]): number | null {
  const nd = shape.length;
  if (nd === 0) return null;
  const step = strides[nd - 1];
  let span = step;
  for (let ax = nd - 1; ax >= 0; ax--) {
    if (strides[ax] !== span) return null;
    span *= shape[ax];
  }
  return step;
}

function outerSum(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 1 && a[0] === 0) return b;
  const out = new Int32Array(a.length * b.length);
  let k = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[k++] = a[i] + b[j];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Python-like text of an index, for display: [:, 1], [::-1, None], [[0, 2], ...]

export function indexText(items: readonly IndexItem[]): string {
  const part = (it: IndexItem): string => {
    switch (it.kind) {
      case 'int':
        return String(it.index);
      case 'newaxis':
        return 'None';
      case 'ellipsis':
        return '...';
      case 'slice': {
        const s = `${it.start ?? ''}:${it.stop ?? ''}`;
        return it.step === null ? s : `${s}:${it.step}`;
      }
      case 'array': {
        const t = it.index;
        const show = (v: number): string => (t.dtype === 'bool' ? (v ? 'True' : 'False') : String(v));
        if (t.ndim === 0) return show(t.item());
        if (t.ndim === 1 && t.size <= 6) return `[${Array.from(t.data, show).join(', ')}]`;
        return `<${t.dtype} array ${shapeText(t.shape)}>`;
      }
    }
  };
  return `[${items.map(part).join(', ')}]`;
}

/** An op's display attrs: `index` is its text, built only when someone reads it (the graph, the
 *  report), not on every op. The items are the caller's and are never modified afterwards. */
function indexAttrs(items: readonly IndexItem[]): Readonly<Record<string, unknown>> {
  return {
    get index(): string {
      return indexText(items);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Raw loops over resolved positions (no recording)

function fromData(data: Float64Array, shape: Shape, dtype: DType): Tensor {
  return shape.length === 0 ? new Tensor(data[0], shape, dtype) : new Tensor(data, shape, dtype);
}

function take(x: Tensor, flat: Int32Array, shape: Shape): Tensor {
  const src = x.data;
  const out = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) out[i] = src[flat[i]];
  return fromData(out, shape, x.dtype);
}

/** zeros(shape) with g's elements added at `flat` (repeated positions add up); float64. */
function scatterAddInto(shape: Shape, flat: Int32Array, g: Tensor): Tensor {
  const out = new Float64Array(sizeOf(shape));
  const gd = g.data;
  for (let i = 0; i < flat.length; i++) out[flat[i]] += gd[i];
  return fromData(out, shape, 'float64');
}

/** For each write i, whether it is the last one to its position (the one numpy's result keeps). */
function survivingWrites(flat: Int32Array): Uint8Array {
  const seen = new Set<number>();
  const keep = new Uint8Array(flat.length);
  for (let i = flat.length - 1; i >= 0; i--) {
    if (seen.has(flat[i])) continue;
    seen.add(flat[i]);
    keep[i] = 1;
  }
  return keep;
}

/** v's shape without the leading 1-sides it has beyond `ndim` (numpy drops them on assignment). */
function dropLeadingOnes(shape: Shape, ndim: number): number[] {
  const s = [...shape];
  while (s.length > ndim && s[0] === 1) s.shift();
  return s;
}

function broadcastsTo(from: Shape, to: Shape): boolean {
  if (from.length > to.length) return false;
  const off = to.length - from.length;
  return from.every((d, i) => d === 1 || d === to[off + i]);
}

// ---------------------------------------------------------------------------------------------
// The ops

/** x[items], as a new tensor. VJP: the gradient goes back to the positions read (repeats add up). */
export function gather(x: Tensor, items: readonly IndexItem[]): Tensor {
  const r = resolveIndex(x.shape, items);
  const out = take(x, r.flat, r.shape);
  return record(out, 'gather', [x], (g) => [scatterAddInto(x.shape, r.flat, g)], {
    attrs: indexAttrs(items),
  });
}

/**
 * A copy of x with x[items] = v: v broadcast to the indexed shape and cast to x's dtype; where a
 * position is written several times, the last write wins. VJP: x gets g except at the written
 * positions; v gets, through each surviving write, the gradient of the position it wrote.
 */
export function scatter(x: Tensor, items: readonly IndexItem[], v: Tensor): Tensor {
  const r = resolveIndex(x.shape, items);
  const vShape = assignedValueShape(x, items, r, v);
  const out = x.data.slice();
  const fromFloat = isFloat(v.dtype) && isInteger(x.dtype);
  if (v.size === 1) {
    // one value for every position (x[i, j] = 0.5): no broadcast plan, and a 0-d v keeps no storage
    const value = fromFloat ? castFloat(x.dtype, v.item()) : castValue(x.dtype, v.item());
    for (let i = 0; i < r.flat.length; i++) out[r.flat[i]] = value;
  } else {
    const at = broadcastIndex(vShape, r.shape);
    const vd = v.data;
    if (fromFloat) for (let i = 0; i < r.flat.length; i++) out[r.flat[i]] = castFloat(x.dtype, vd[at[i]]);
    else for (let i = 0; i < r.flat.length; i++) out[r.flat[i]] = castValue(x.dtype, vd[at[i]]);
  }
  const result = fromData(out, x.shape, x.dtype);
  return record(
    result,
    'scatter',
    [x, v],
    (g) => {
      const gd = g.data;
      const gx = gd.slice();
      for (let i = 0; i < r.flat.length; i++) gx[r.flat[i]] = 0;
      const keep = survivingWrites(r.flat);
      const gWritten = new Float64Array(r.flat.length);
      for (let i = 0; i < r.flat.length; i++) if (keep[i]) gWritten[i] = gd[r.flat[i]];
      const gv = sumTo(fromData(gWritten, r.shape, 'float64'), vShape);
      return [fromData(gx, x.shape, 'float64'), fromData(gv.data, v.shape, 'float64')];
    },
    { attrs: indexAttrs(items) },
  );
}

/**
 * The shape v takes part in `x[items] = v` with (its leading 1-sides beyond the result's rank
 * dropped), with numpy's error for each of its assignment paths.
 */
function assignedValueShape(x: Tensor, items: readonly IndexItem[], r: ResolvedIndex, v: Tensor): number[] {
  const only = items.length === 1 ? items[0] : null;
  if (only?.kind === 'array' && only.index.dtype === 'bool' && sameSides(only.index.shape, x.shape)) {
    // numpy's single-mask assignment: v is 0-d, 1-d of one element, or one value per true position
    if (v.ndim > 1)
      throw new EngineError(
        'TypeError',
        `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`,
      );
    const n = r.flat.length;
    if (v.size !== 1 && v.size !== n)
      throw new EngineError(
        'ValueError',
        `NumPy boolean array indexing assignment cannot assign ${v.size} input values to the ${n} output values where the mask is true`,
      );
    return [...v.shape]; // (), (1,) or (n,): each broadcasts to (n,)
  }
  const fullInteger =
    items.length === x.ndim &&
    items.every((it) => it.kind === 'int' || (it.kind === 'array' && it.index.ndim === 0 && isInteger(it.index.dtype)));
  if (fullInteger && v.ndim > 0) throw new EngineError('ValueError', 'setting an array element with a sequence.');
  const vShape = dropLeadingOnes(v.shape, r.shape.length);
  if (!broadcastsTo(vShape, r.shape))
    throw new EngineError(
      'ValueError',
      r.basic
        ? `could not broadcast input array from shape ${shapeText(v.shape)} into shape ${shapeText(r.shape)}`
        : `shape mismatch: value array of shape ${shapeText(v.shape)} could not be broadcast to indexing result of shape ${shapeText(r.shape)}`,
    );
  return vShape;
}

function sameSides(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * np.add.at(x, items, v) as a new tensor: unbuffered, so repeated positions accumulate; each
 * addition is rounded to x's dtype, as numpy's loop does. VJP: x gets g; v gets g gathered at
 * the positions it was added to, summed over broadcasting.
 */
export function addAt(x: Tensor, items: readonly IndexItem[], v: Tensor): Tensor {
  const r = resolveIndex(x.shape, items);
  if (!broadcastsTo(v.shape, r.shape))
    throw new EngineError('ValueError', 'array is not broadcastable to correct shape');
  const at = broadcastIndex(v.shape, r.shape);
  const vd = v.data;
  const out = x.data.slice();
  for (let i = 0; i < r.flat.length; i++) out[r.flat[i]] = castValue(x.dtype, out[r.flat[i]] + vd[at[i]]);
  const result = fromData(out, x.shape, x.dtype);
  return record(result, 'add_at', [x, v], (g) => [g, sumTo(take(g, r.flat, r.shape), v.shape)], {
    attrs: indexAttrs(items),
  });
}
