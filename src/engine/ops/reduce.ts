// sum, mean, prod, variance, std - computed in numpy's order of operations so results match it
// to the last digit. Their VJPs copy the upstream gradient back over each reduced group.
import { DType, castValue, floatResult, isInteger, isUnsigned } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { reduceSum } from './pairwise';
import { Axis, ReductionPlan, groupMembers, planReduction, reducedTensor, spreadToInput } from './reduction-plan';

export type { Axis } from './reduction-plan';

/** numpy's accumulator type: bool and the signed integers sum to int64, the unsigned ones to
 *  uint64, floats stay. */
export function sumDType(d: DType): DType {
  if (d === 'bool') return 'int64';
  if (isInteger(d)) return isUnsigned(d) ? 'uint64' : 'int64';
  return d;
}

function scaled(values: Float64Array, factor: (o: number) => number): Float64Array {
  const out = new Float64Array(values.length);
  for (let o = 0; o < out.length; o++) out[o] = values[o] * factor(o);
  return out;
}

// sum gate: a copy gate run backwards - every element of a group gets the group's gradient.
export function sum(a: Tensor, axis?: Axis, keepdims = false): Tensor {
  const plan = planReduction(a.shape, axis, true);
  const dtype = sumDType(a.dtype);
  const out = reducedTensor(reduceSum(a.data, plan, dtype === 'float32'), plan, keepdims, dtype);
  return record(out, 'sum', [a], (g) => [spreadToInput(g.data, plan, a.shape)], { attrs: { axis, keepdims } });
}

/** The group means as numpy computes them: the (float) sum, divided by the count, rounded to dtype. */
function groupMeans(a: Tensor, plan: ReductionPlan, dtype: DType): Float64Array {
  const sums = reduceSum(a.data, plan, dtype === 'float32');
  for (let o = 0; o < sums.length; o++) sums[o] = castValue(dtype, sums[o] / plan.groupSize);
  return sums;
}

export function mean(a: Tensor, axis?: Axis, keepdims = false): Tensor {
  const plan = planReduction(a.shape, axis);
  const dtype = floatResult(a.dtype);
  const out = reducedTensor(groupMeans(a, plan, dtype), plan, keepdims, dtype);
  const n = plan.groupSize;
  return record(out, 'mean', [a], (g) => [spreadToInput(scaled(g.data, () => 1 / n), plan, a.shape)], {
    attrs: { axis, keepdims },
  });
}

// d(prod)/dx_i is the product of the other elements of the group: prefix times suffix products,
// which stays right when the group holds zeros (dividing the product by x_i would not).
export function prod(a: Tensor, axis?: Axis, keepdims = false): Tensor {
  const plan = planReduction(a.shape, axis, true);
  const dtype = sumDType(a.dtype);
  const d = a.data;
  const values = new Float64Array(plan.outShape.reduce((x, y) => x * y, 1)).fill(1);
  for (let i = 0; i < d.length; i++) values[plan.outIndex[i]] = castValue(dtype, values[plan.outIndex[i]] * d[i]);
  const out = reducedTensor(values, plan, keepdims, dtype);
  return record(
    out,
    'prod',
    [a],
    (g) => {
      const gd = g.data;
      const members = groupMembers(plan);
      const n = plan.groupSize;
      const grad = new Float64Array(d.length);
      for (let o = 0; o * n < members.length; o++) {
        let before = 1;
        for (let j = 0; j < n; j++) {
          grad[members[o * n + j]] = before;
          before *= d[members[o * n + j]];
        }
        let after = gd[o];
        for (let j = n - 1; j >= 0; j--) {
          grad[members[o * n + j]] *= after;
          after *= d[members[o * n + j]];
        }
      }
      return [a.ndim === 0 ? Tensor.scalar(grad[0]) : new Tensor(grad, a.shape, 'float64')];
    },
    { attrs: { axis, keepdims } },
  );
}

/** Deviations from the group means and the (ddof-corrected) variances, as numpy's _var does them. */
function varianceParts(a: Tensor, plan: ReductionPlan, ddof: number, dtype: DType): { mean: Float64Array; variance: Float64Array; divisor: number } {
  const mean = groupMeans(a, plan, dtype);
  const d = a.data;
  const squares = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const dev = castValue(dtype, d[i] - mean[plan.outIndex[i]]);
    squares[i] = castValue(dtype, dev * dev);
  }
  const variance = reduceSum(squares, plan, dtype === 'float32');
  const divisor = Math.max(plan.groupSize - ddof, 0);
  for (let o = 0; o < variance.length; o++) variance[o] = castValue(dtype, variance[o] / divisor);
  return { mean, variance, divisor };
}

/** d var / d x_i = 2 (x_i - mean) / (n - ddof), times `perGroup` of the element's group. */
function deviationGradient(a: Tensor, plan: ReductionPlan, mean: Float64Array, perGroup: Float64Array): Tensor {
  const d = a.data;
  const grad = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const o = plan.outIndex[i];
    grad[i] = 2 * (d[i] - mean[o]) * perGroup[o];
  }
  return a.ndim === 0 ? Tensor.scalar(grad[0]) : new Tensor(grad, a.shape, 'float64');
}

/** np.var (named `variance` since `var` is a keyword). */
export function variance(a: Tensor, axis?: Axis, keepdims = false, ddof = 0): Tensor {
  const plan = planReduction(a.shape, axis);
  const dtype = floatResult(a.dtype);
  const { mean, variance: v, divisor } = varianceParts(a, plan, ddof, dtype);
  const out = reducedTensor(v, plan, keepdims, dtype);
  return record(out, 'variance', [a], (g) => [deviationGradient(a, plan, mean, scaled(g.data, () => 1 / divisor))], {
    attrs: { axis, keepdims, ddof },
  });
}

// d std = d var / (2 std)
export function std(a: Tensor, axis?: Axis, keepdims = false, ddof = 0): Tensor {
  const plan = planReduction(a.shape, axis);
  const dtype = floatResult(a.dtype);
  const { mean, variance: v, divisor } = varianceParts(a, plan, ddof, dtype);
  const s = v.map((x) => castValue(dtype, Math.sqrt(x)));
  const out = reducedTensor(s, plan, keepdims, dtype);
  return record(
    out,
    'std',
    [a],
    (g) => [deviationGradient(a, plan, mean, scaled(g.data, (o) => 1 / (2 * divisor * s[o])))],
    { attrs: { axis, keepdims, ddof } },
  );
}
