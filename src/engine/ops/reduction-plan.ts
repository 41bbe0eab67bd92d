// Which input elements a reduction folds into which output element, in numpy's order.
import { EngineError } from '../errors';
import { Shape, broadcastIndex, normalizeAxes, sizeOf } from '../shape';
import { Tensor } from '../tensor';

/** The `axis` argument of a reduction: one axis, several, or null/undefined for all of them. */
export type Axis = number | readonly number[] | null;

/**
 * The common layout of a reduction: the reduced axes form one contiguous block (size-1 axes
 * aside), so the input is, in C order, `outer` x `reduced` x `inner` and output element
 * o * inner + c folds the input elements (o * reduced + r) * inner + c, r = 0 .. reduced-1.
 * A full reduction, one over the last axes (inner 1) and one over the first axes (outer 1).
 */
export interface ReductionBlock {
  readonly outer: number;
  readonly reduced: number;
  readonly inner: number;
}

export interface ReductionPlan {
  /** The reduced axes, sorted, non-negative. */
  readonly axes: readonly number[];
  /** The result's shape without and with keepdims. */
  readonly outShape: readonly number[];
  readonly keptShape: readonly number[];
  /** How many input elements fold into each output element. */
  readonly groupSize: number;
  /** For each input element (C order), the flat index of the output element it folds into (made on first use). */
  readonly outIndex: Int32Array;
  /**
   * Length of the contiguous run of reduced elements numpy's inner loop sees (after it drops
   * size-1 axes and merges neighbouring axes of the same kind), or 0 when the innermost axis
   * is kept - then numpy adds whole rows into the output, element by element.
   */
  readonly innerRun: number;
  /** The layout when the reduced axes are one block, else null. */
  readonly block: ReductionBlock | null;
}

class Plan implements ReductionPlan {
  private index: Int32Array | null = null;

  constructor(
    private readonly shape: Shape,
    readonly axes: readonly number[],
    readonly outShape: readonly number[],
    readonly keptShape: readonly number[],
    readonly groupSize: number,
    readonly innerRun: number,
    readonly block: ReductionBlock | null,
  ) {}

  get outIndex(): Int32Array {
    if (this.index === null) this.index = this.block === null ? broadcastIndex(this.keptShape, this.shape) : blockIndex(this.block);
    return this.index;
  }
}

function blockIndex({ outer, reduced, inner }: ReductionBlock): Int32Array {
  const idx = new Int32Array(outer * reduced * inner);
  let k = 0;
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < reduced; r++) for (let c = 0; c < inner; c++) idx[k++] = o * inner + c;
  return idx;
}

/**
 * Plans the reduction of an array of `shape` over `axis`. With `scalarAxisOk`, a 0-d array
 * accepts axis 0 or -1 and reduces over nothing, as numpy's ufunc reductions do.
 */
export function planReduction(shape: Shape, axis: Axis | undefined, scalarAxisOk = false): ReductionPlan {
  if (typeof axis === 'number' && !Number.isInteger(axis))
    throw new EngineError('TypeError', "'float' object cannot be interpreted as an integer");
  const legacyScalar = scalarAxisOk && shape.length === 0 && (axis === 0 || axis === -1);
  const axes = legacyScalar ? [] : normalizeAxes(axis, shape.length);
  const reduced = new Array<boolean>(shape.length).fill(false);
  for (let k = 0; k < axes.length; k++) reduced[axes[k]] = true;
  const outShape: number[] = [];
  const keptShape = new Array<number>(shape.length);
  let groupSize = 1;
  for (let i = 0; i < shape.length; i++) {
    if (reduced[i]) {
      keptShape[i] = 1;
      groupSize *= shape[i];
    } else {
      keptShape[i] = shape[i];
      outShape.push(shape[i]);
    }
  }
  return new Plan(shape, axes, outShape, keptShape, groupSize, innerReducedRun(shape, reduced), reducedBlock(shape, reduced));
}

function innerReducedRun(shape: Shape, reduced: readonly boolean[]): number {
  let run = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] === 1) continue;
    if (!reduced[i]) break;
    run *= shape[i];
  }
  // run === 1 here means the innermost non-trivial axis is kept (or there is none)
  return run === 1 ? 0 : run;
}

/** outer x reduced x inner when the reduced axes of size > 1 are contiguous among the axes of size > 1. */
function reducedBlock(shape: Shape, reduced: readonly boolean[]): ReductionBlock | null {
  let outer = 1;
  let red = 1;
  let inner = 1;
  // 0: before the reduced block, 1: in it, 2: after it
  let phase = 0;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (d === 1) continue;
    if (reduced[i]) {
      if (phase === 2) return null;
      phase = 1;
      red *= d;
    } else if (phase === 0) outer *= d;
    else {
      phase = 2;
      inner *= d;
    }
  }
  return { outer, reduced: red, inner };
}

/**
 * The members of every group: members[o * groupSize + j] is the flat input index of the j-th
 * element (in C order) that folds into output o.
 */
export function groupMembers(plan: ReductionPlan): Int32Array {
  if (plan.block !== null) {
    const { outer, reduced, inner } = plan.block;
    const members = new Int32Array(outer * reduced * inner);
    let k = 0;
    for (let o = 0; o < outer; o++)
      for (let c = 0; c < inner; c++) for (let r = 0; r < reduced; r++) members[k++] = (o * reduced + r) * inner + c;
    return members;
  }
  const n = plan.outIndex.length;
  const members = new Int32Array(n);
  const fill = new Int32Array(sizeOf(plan.outShape));
  for (let i = 0; i < n; i++) {
    const o = plan.outIndex[i];
    members[o * plan.groupSize + fill[o]++] = i;
  }
  return members;
}

/** Wraps reduced values as the result tensor, with or without the kept axes of size 1. */
export function reducedTensor(values: Float64Array, plan: ReductionPlan, keepdims: boolean, dtype: Tensor['dtype']): Tensor {
  const shape = keepdims ? plan.keptShape : plan.outShape;
  if (shape.length === 0) return Tensor.scalar(values[0], dtype);
  return Tensor.of(values, shape, dtype);
}

/** Copies a per-group value (`perGroup`, one per output element) back to every input position. */
export function spreadToInput(perGroup: Float64Array, plan: ReductionPlan, inShape: Shape): Tensor {
  const out = new Float64Array(sizeOf(inShape));
  if (plan.block !== null) {
    const { outer, reduced, inner } = plan.block;
    let k = 0;
    for (let o = 0; o < outer; o++)
      for (let r = 0; r < reduced; r++) for (let c = 0; c < inner; c++) out[k++] = perGroup[o * inner + c];
  } else for (let i = 0; i < out.length; i++) out[i] = perGroup[plan.outIndex[i]];
  if (inShape.length === 0) return Tensor.scalar(out[0]);
  return new Tensor(out, inShape, 'float64');
}
