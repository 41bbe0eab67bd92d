// softmax and logSoftmax along one axis, computed as scipy.special does: subtract the group's
// max (0 when the max is not finite), exponentiate, divide by the (pairwise) sum.
import { DType, castValue, floatResult } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { reduceSum } from './pairwise';
import { ReductionPlan, groupMembers, planReduction } from './reduction-plan';

interface Shifted {
  plan: ReductionPlan;
  dtype: DType;
  /** x - max(group), rounded to dtype. */
  shifted: Float64Array;
  /** exp(shifted), rounded to dtype. */
  exps: Float64Array;
  /** The sum of exps of each group. */
  sums: Float64Array;
}

function shiftedExps(a: Tensor, axis: number): Shifted {
  const plan = planReduction(a.shape, axis, true);
  const dtype = floatResult(a.dtype);
  const d = a.data;
  const members = groupMembers(plan);
  const n = plan.groupSize;
  const shift = new Float64Array(n === 0 ? 0 : members.length / n);
  for (let o = 0; o < shift.length; o++) {
    let best = d[members[o * n]];
    for (let j = 1; j < n && best === best; j++) {
      const x = d[members[o * n + j]];
      if (x > best || x !== x) best = x;
    }
    shift[o] = Number.isFinite(best) ? best : 0;
  }
  const shifted = new Float64Array(d.length);
  const exps = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    shifted[i] = castValue(dtype, d[i] - shift[plan.outIndex[i]]);
    exps[i] = castValue(dtype, Math.exp(shifted[i]));
  }
  return { plan, dtype, shifted, exps, sums: reduceSum(exps, plan, dtype === 'float32') };
}

function like(a: Tensor, data: Float64Array, dtype: DType): Tensor {
  return a.ndim === 0 ? Tensor.scalar(data[0], dtype) : Tensor.of(data, a.shape, dtype);
}

/** Per group, the sum of products of two arrays shaped like the input. */
function groupDot(x: Float64Array, y: Float64Array, plan: ReductionPlan, groups: number): Float64Array {
  const out = new Float64Array(groups);
  for (let i = 0; i < x.length; i++) out[plan.outIndex[i]] += x[i] * y[i];
  return out;
}

// d softmax: y * (g - sum(g * y))
export function softmax(a: Tensor, axis = -1): Tensor {
  const { plan, dtype, exps, sums } = shiftedExps(a, axis);
  const y = new Float64Array(exps.length);
  for (let i = 0; i < y.length; i++) y[i] = castValue(dtype, exps[i] / sums[plan.outIndex[i]]);
  const out = like(a, y, dtype);
  return record(
    out,
    'softmax',
    [a],
    (g) => {
      const gd = g.data;
      const gy = groupDot(gd, y, plan, sums.length);
      const grad = new Float64Array(y.length);
      for (let i = 0; i < y.length; i++) grad[i] = y[i] * (gd[i] - gy[plan.outIndex[i]]);
      return [like(a, grad, 'float64')];
    },
    { attrs: { axis } },
  );
}

// d logSoftmax: g - softmax * sum(g)
export function logSoftmax(a: Tensor, axis = -1): Tensor {
  const { plan, dtype, shifted, sums } = shiftedExps(a, axis);
  const logSums = sums.map((s) => castValue(dtype, Math.log(s)));
  const y = new Float64Array(shifted.length);
  for (let i = 0; i < y.length; i++) y[i] = castValue(dtype, shifted[i] - logSums[plan.outIndex[i]]);
  const out = like(a, y, dtype);
  return record(
    out,
    'logSoftmax',
    [a],
    (g) => {
      const gd = g.data;
      const gSum = groupDot(gd, new Float64Array(gd.length).fill(1), plan, sums.length);
      const grad = new Float64Array(y.length);
      for (let i = 0; i < y.length; i++) grad[i] = gd[i] - Math.exp(y[i]) * gSum[plan.outIndex[i]];
      return [like(a, grad, 'float64')];
    },
    { attrs: { axis } },
  );
}
