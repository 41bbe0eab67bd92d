// Which input elements a reduction folds into which output element, in numpy's order.
import { EngineError } from '../errors';
import { Shape, broadcastIndex, normalizeAxes, sizeOf } from '../shape';
import { Tensor } from '../tensor';

/** The `axis` argument of a reduction: one axis, several, or null/undefined for all of them. */
export type Axis = number | readonly number[] | null;

export interface ReductionPlan {
  /** The reduced axes, sorted, non-negative. */
  readonly axes: readonly number[];
  /** The result's shape without and with keepdims. */
  readonly outShape: readonly number[];
  readonly keptShape: readonly number[];
  /** How many input elements fold into each output element. */
  readonly groupSize: number;
  /** For each input element (C order), the flat index of the output element it folds into. */
  readonly outIndex: Int32Array;
  /**
   * Length of the contiguous run of reduced elements numpy's inner loop sees (after it drops
   * size-1 axes and merges neighbouring axes of the same kind), or 0 when the innermost axis
   * is kept - then numpy adds whole rows into the output, element by element.
   */
  readonly innerRun: number;
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
  const reduced = new Set(axes);
  const outShape = shape.filter((_, i) => !reduced.has(i));
  const keptShape = shape.map((d, i) => (reduced.has(i) ? 1 : d));
  let groupSize = 1;
  for (const a of axes) groupSize *= shape[a];
  return {
    axes,
    outShape,
    keptShape,
    groupSize,
    outIndex: broadcastIndex(keptShape, shape),
    innerRun: innerReducedRun(shape, reduced),
  };
}

function innerReducedRun(shape: Shape, reduced: Set<number>): number {
  let run = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] === 1) continue;
    if (!reduced.has(i)) break;
    run *= shape[i];
  }
  // run === 1 here means the innermost non-trivial axis is kept (or there is none)
  return run === 1 ? 0 : run;
}

/**
 * The members of every group: members[o * groupSize + j] is the flat input index of the j-th
 * element (in C order) that folds into output o.
 */
export function groupMembers(plan: ReductionPlan): Int32Array {
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
  const out = new Float64Array(plan.outIndex.length);
  for (let i = 0; i < out.length; i++) out[i] = perGroup[plan.outIndex[i]];
  if (inShape.length === 0) return Tensor.scalar(out[0]);
  return new Tensor(out, inShape, 'float64');
}
