// concatenate, stack, pad: ops that build a bigger array out of pieces. Each VJP cuts the
// upstream gradient back into the pieces' shapes.
import { DType, castValue, promote } from '../dtype';
import { EngineError, shapeText } from '../errors';
import { Shape, normalizeAxis, sizeOf } from '../shape';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { resolveIndex } from './indexing';

function fromData(data: Float64Array, shape: Shape, dtype: DType): Tensor {
  return shape.length === 0 ? new Tensor(data[0], shape, dtype) : new Tensor(data, shape, dtype);
}

/** The elements before `axis` (outer) and from `axis` on (inner), for block copies along an axis. */
function blockSizes(shape: Shape, axis: number): [number, number] {
  return [sizeOf(shape.slice(0, axis)), sizeOf(shape.slice(axis))];
}

/** Joins tensors whose shapes agree except along `axis` (no checks, no recording). */
function joinAlong(pieces: readonly Tensor[], shapes: readonly Shape[], axis: number, dtype: DType): Tensor {
  const shape = [...shapes[0]];
  shape[axis] = shapes.reduce((n, s) => n + s[axis], 0);
  const out = new Float64Array(sizeOf(shape));
  const [outer] = blockSizes(shape, axis);
  let pos = 0;
  for (let o = 0; o < outer; o++)
    pieces.forEach((p, i) => {
      const inner = blockSizes(shapes[i], axis)[1];
      out.set(p.data.subarray(o * inner, (o + 1) * inner), pos);
      pos += inner;
    });
  return fromData(out, shape, dtype);
}

/** The inverse of joinAlong: g cut along `axis` into pieces of the given shapes (float64). */
function splitAlong(g: Tensor, shapes: readonly Shape[], axis: number, finalShapes: readonly Shape[]): Tensor[] {
  const outs = shapes.map((s) => new Float64Array(sizeOf(s)));
  const [outer] = blockSizes(g.shape, axis);
  const gd = g.data;
  let pos = 0;
  for (let o = 0; o < outer; o++)
    shapes.forEach((s, i) => {
      const inner = blockSizes(s, axis)[1];
      outs[i].set(gd.subarray(pos, pos + inner), o * inner);
      pos += inner;
    });
  return outs.map((d, i) => fromData(d, finalShapes[i], 'float64'));
}

const joinedDType = (ts: readonly Tensor[]): DType => ts.map((t) => t.dtype).reduce(promote);

/** np.concatenate; axis null joins the flattened inputs. The dtype is promoted across inputs. */
export function concatenate(ts: readonly Tensor[], axis: number | null = 0): Tensor {
  if (ts.length === 0) throw new EngineError('ValueError', 'need at least one array to concatenate');
  const dtype = joinedDType(ts);
  if (axis === null) {
    const flatShapes = ts.map((t) => [t.size]);
    const out = joinAlong(ts, flatShapes, 0, dtype);
    return record(out, 'concatenate', ts, (g) => splitAlong(g, flatShapes, 0, ts.map((t) => t.shape)), {
      attrs: { axis: null },
    });
  }
  const ndim = ts[0].ndim;
  if (ndim === 0) throw new EngineError('ValueError', 'zero-dimensional arrays cannot be concatenated');
  const ax = normalizeAxis(axis, ndim);
  ts.forEach((t, i) => {
    if (t.ndim !== ndim)
      throw new EngineError(
        'ValueError',
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${ndim} dimension(s) and the array at index ${i} has ${t.ndim} dimension(s)`,
      );
    t.shape.forEach((side, d) => {
      if (d !== ax && side !== ts[0].shape[d])
        throw new EngineError(
          'ValueError',
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${ts[0].shape[d]} and the array at index ${i} has size ${side}`,
        );
    });
  });
  const shapes = ts.map((t) => t.shape);
  const out = joinAlong(ts, shapes, ax, dtype);
  return record(out, 'concatenate', ts, (g) => splitAlong(g, shapes, ax, shapes), { attrs: { axis: ax } });
}

/** np.stack: joins same-shaped tensors along a new axis. */
export function stack(ts: readonly Tensor[], axis = 0): Tensor {
  if (ts.length === 0) throw new EngineError('ValueError', 'need at least one array to stack');
  const shape = ts[0].shape;
  if (ts.some((t) => t.ndim !== shape.length || t.shape.some((d, i) => d !== shape[i])))
    throw new EngineError('ValueError', 'all input arrays must have the same shape');
  const ax = normalizeAxis(axis, shape.length + 1);
  const expanded = [...shape.slice(0, ax), 1, ...shape.slice(ax)];
  const shapes = ts.map(() => expanded);
  const out = joinAlong(ts, shapes, ax, joinedDType(ts));
  return record(out, 'stack', ts, (g) => splitAlong(g, shapes, ax, ts.map(() => shape)), { attrs: { axis: ax } });
}

/**
 * np.pad in constant mode: padWidth is one (before, after) pair per axis, or a single pair for
 * every axis; `value` is cast to a's dtype. VJP: the gradient of the interior, cut back out.
 */
export function pad(a: Tensor, padWidth: readonly (readonly [number, number])[], value = 0): Tensor {
  if (padWidth.some(([b, e]) => !Number.isInteger(b) || !Number.isInteger(e)))
    throw new EngineError('TypeError', '`pad_width` must be of integral type.');
  if (padWidth.some(([b, e]) => b < 0 || e < 0))
    throw new EngineError('ValueError', "index can't contain negative values");
  if (padWidth.length !== 1 && padWidth.length !== a.ndim)
    throw new EngineError(
      'ValueError',
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText([padWidth.length, 2])}  and requested shape ${shapeText([a.ndim, 2])}`,
    );
  const pairs = a.shape.map((_, i) => padWidth[padWidth.length === 1 ? 0 : i]);
  const shape = a.shape.map((d, i) => d + pairs[i][0] + pairs[i][1]);
  const interior = resolveIndex(
    shape,
    pairs.map(([before], i) => ({ kind: 'slice', start: before, stop: before + a.shape[i], step: null }) as const),
  ).flat;
  const out = new Float64Array(sizeOf(shape)).fill(castValue(a.dtype, value));
  const src = a.data;
  for (let i = 0; i < interior.length; i++) out[interior[i]] = src[i];
  const result = fromData(out, shape, a.dtype);
  return record(
    result,
    'pad',
    [a],
    (g) => {
      const gd = g.data;
      const ga = new Float64Array(interior.length);
      for (let i = 0; i < interior.length; i++) ga[i] = gd[interior[i]];
      return [fromData(ga, a.shape, 'float64')];
    },
    { attrs: { padWidth: pairs.map((p) => [...p]), value } },
  );
}
