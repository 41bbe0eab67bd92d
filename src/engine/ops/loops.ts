// Drivers for the elementwise ops' inner loops. Each op passes its own loop, written out
// in its own function literal, so the loop's call sites stay monomorphic (one shared
// mapUnary(f) loop calling many different f's runs about 2.5x slower on large arrays).
// 0-d tensors, the bulk of an interpreted scalar program, go through one-element scratch
// arrays instead of allocating storage.
import { DType, castInPlace, castValue } from '../dtype';
import { EngineError } from '../errors';
import { expandTo, overwritable } from '../kernels';
import { broadcastShapes, sameShape, sizeOf } from '../shape';
import { Tensor, newScalar } from '../tensor';

/** Writes out[i] = f(x[i]) for every i (out comes uninitialised). */
export type UnaryLoop = (x: Float64Array, out: Float64Array) => void;
/** Writes out[i] = f(x[i * sx], y[i * sy]) for every i (out comes uninitialised); a stride is 0 for a broadcast scalar, else 1. */
export type BinaryLoop = (x: Float64Array, y: Float64Array, out: Float64Array, sx: number, sy: number) => void;
/**
 * The loops of one arithmetic op f, one per operand layout, each written out in the op's own
 * function literal (plain indexed loops: no stride multiplication, one value hoisted out of
 * the loop). Every form performs the same IEEE operation f(x, y) per element.
 */
export interface ArithmeticLoops {
  /** out[i] = f(x[i], y[i]): operands of one shape. */
  readonly both: (x: Float64Array, y: Float64Array, out: Float64Array) => void;
  /** out[i] = f(x[i], b): a single value on the right (a 0-d tensor, or one element). */
  readonly right: (x: Float64Array, b: number, out: Float64Array) => void;
  /** out[i] = f(a, y[i]): a single value on the left. */
  readonly left: (a: number, y: Float64Array, out: Float64Array) => void;
}
/** Writes out[i] = f(x[i], y[i], z[i]) for every i (out comes uninitialised). */
export type TernaryLoop = (x: Float64Array, y: Float64Array, z: Float64Array, out: Float64Array) => void;

const scratchX = new Float64Array(1);
const scratchY = new Float64Array(1);
const scratchZ = new Float64Array(1);
const scratchOut = new Float64Array(1);

/**
 * out = f(a) elementwise, rounded to dtype. A tensor of one element (0-d or not, so that both
 * agree) goes through `scalar` when one is given: ops whose array loop is not V8's Math.* keep
 * Math.* for Python floats, which CPython computes with glibc's algorithm. Anything else goes
 * through the loop (a 0-d tensor on one-element scratch arrays).
 */
export function unaryOp(a: Tensor, dtype: DType, loop: UnaryLoop, scalar?: (x: number) => number): Tensor {
  if (scalar !== undefined && a.size === 1) {
    const v = scalar(a.item());
    return a.ndim === 0 ? scalarResult(v, dtype) : arrayResult(Float64Array.of(v), a.shape, dtype);
  }
  if (a.ndim === 0) {
    scratchX[0] = a.item();
    loop(scratchX, scratchOut);
    return scalarResult(scratchOut[0], dtype);
  }
  const out = overwritable(a.size);
  loop(a.data, out);
  return arrayResult(out, a.shape, dtype);
}

// Rounds to the dtype; an int64 also loses the sign of a zero (0 * -3 is -0 in JavaScript
// and 1 / -0 would then be -inf where numpy gives inf).
function scalarResult(v: number, dtype: DType): Tensor {
  if (dtype === 'float64') return newScalar(v);
  return Tensor.scalar(dtype === 'int64' ? castValue(dtype, v) + 0 : v, dtype);
}

function arrayResult(out: Float64Array, shape: readonly number[], dtype: DType): Tensor {
  if (dtype === 'int64') for (let i = 0; i < out.length; i++) out[i] = castValue(dtype, out[i]) + 0;
  else castInPlace(dtype, out);
  return new Tensor(out, shape, dtype);
}

/** out = f(a, b) with numpy broadcasting, rounded to dtype. */
export function binaryOp(a: Tensor, b: Tensor, dtype: DType, loop: BinaryLoop): Tensor {
  if (a.ndim === 0 && b.ndim === 0) {
    scratchX[0] = a.item();
    scratchY[0] = b.item();
    loop(scratchX, scratchY, scratchOut, 0, 0);
    return scalarResult(scratchOut[0], dtype);
  }
  if (sameShape(a.shape, b.shape)) return run2(a.data, b.data, 1, 1, a.shape, dtype, loop);
  if (b.size === 1 && b.ndim <= a.ndim) return run2(a.data, b.data, 1, 0, a.shape, dtype, loop);
  if (a.size === 1 && a.ndim <= b.ndim) return run2(a.data, b.data, 0, 1, b.shape, dtype, loop);
  const shape = broadcastShapes(a.shape, b.shape);
  return run2(expandTo(a, shape).data, expandTo(b, shape).data, 1, 1, shape, dtype, loop);
}

/**
 * out = f(a, b) with numpy broadcasting, rounded to dtype, through the op's `ArithmeticLoops`:
 * the same results as `binaryOp` with the strided loop of the same f, faster on arrays.
 */
export function arithmeticOp(a: Tensor, b: Tensor, dtype: DType, loops: ArithmeticLoops): Tensor {
  if (a.ndim === 0 && b.ndim === 0) {
    scratchX[0] = a.item();
    loops.right(scratchX, b.item(), scratchOut);
    return scalarResult(scratchOut[0], dtype);
  }
  if (sameShape(a.shape, b.shape)) {
    const out = overwritable(a.size);
    loops.both(a.data, b.data, out);
    return arrayResult(out, a.shape, dtype);
  }
  if (b.size === 1 && b.ndim <= a.ndim) {
    const out = overwritable(a.size);
    loops.right(a.data, b.item(), out);
    return arrayResult(out, a.shape, dtype);
  }
  if (a.size === 1 && a.ndim <= b.ndim) {
    const out = overwritable(b.size);
    loops.left(a.item(), b.data, out);
    return arrayResult(out, b.shape, dtype);
  }
  const shape = broadcastShapes(a.shape, b.shape);
  const x = expandTo(a, shape).data;
  const out = overwritable(x.length);
  loops.both(x, expandTo(b, shape).data, out);
  return arrayResult(out, shape, dtype);
}

function run2(x: Float64Array, y: Float64Array, sx: number, sy: number, shape: readonly number[], dtype: DType, loop: BinaryLoop): Tensor {
  const out = overwritable(sx === 1 ? x.length : y.length);
  loop(x, y, out, sx, sy);
  return arrayResult(out, shape, dtype);
}

/** out = f(a, b, c) with numpy broadcasting of all three, rounded to dtype. */
export function ternaryOp(a: Tensor, b: Tensor, c: Tensor, dtype: DType, loop: TernaryLoop): Tensor {
  if (a.ndim === 0 && b.ndim === 0 && c.ndim === 0) {
    scratchX[0] = a.item();
    scratchY[0] = b.item();
    scratchZ[0] = c.item();
    loop(scratchX, scratchY, scratchZ, scratchOut);
    return scalarResult(scratchOut[0], dtype);
  }
  const shape = broadcastShapes(a.shape, b.shape, c.shape);
  const out = overwritable(sizeOf(shape));
  loop(expanded(a, shape, out.length), expanded(b, shape, out.length), expanded(c, shape, out.length), out);
  return arrayResult(out, shape, dtype);
}

/** t's data broadcast to `shape` (of n elements); a single value is filled in without an index map. */
function expanded(t: Tensor, shape: readonly number[], n: number): Float64Array {
  if (t.size === 1 && n !== 1) return new Float64Array(n).fill(t.item());
  return expandTo(t, shape).data;
}

/**
 * A float64 gradient computed from the upstream gradient g and one tensor of g's shape (the
 * input or the output of a unary op): out[i] = f(g[i], t[i]).
 */
export function gradOp(g: Tensor, t: Tensor, loop: (g: Float64Array, t: Float64Array, out: Float64Array) => void): Tensor {
  if (!sameShape(g.shape, t.shape)) throw new EngineError('ValueError', 'gradOp: the gradient and the tensor differ in shape');
  return binaryOp(g, t, 'float64', (gd, td, out) => loop(gd, td, out));
}

/** Whether pred holds for some element (for the ops' nearKink tests). */
export function someElement(t: Tensor, pred: (x: number) => boolean): boolean {
  const d = t.data;
  for (let i = 0; i < d.length; i++) if (pred(d[i])) return true;
  return false;
}

/** Whether pred holds for some pair of elements that broadcasting puts together. */
export function somePair(a: Tensor, b: Tensor, pred: (x: number, y: number) => boolean): boolean {
  const shape = broadcastShapes(a.shape, b.shape);
  const x = expandTo(a, shape).data;
  const y = expandTo(b, shape).data;
  for (let i = 0; i < x.length; i++) if (pred(x[i], y[i])) return true;
  return false;
}
