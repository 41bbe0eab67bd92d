// max, min (np.amax/np.amin) and argmax, argmin. The max gate routes: the upstream gradient goes
// to the element that won; tied winners share it evenly (as torch.amax does).
import { EngineError, axisError } from '../errors';
import { normalizeAxis } from '../shape';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { Extremum, beats, blockExtrema, blockRoute, groupExtrema, groupRoute } from './extrema-kernels';
import { Axis, ReductionPlan, groupMembers, planReduction, reducedTensor } from './reduction-plan';

function extremum(which: Extremum, a: Tensor, axis: Axis | undefined, keepdims: boolean): Tensor {
  const plan = planReduction(a.shape, axis, true);
  if (plan.groupSize === 0)
    throw new EngineError('ValueError', `zero-size array to reduction operation ${which} which has no identity`);
  const d = a.data;
  const lanes = a.dtype === 'float64' ? 8 : a.dtype === 'float32' ? 16 : null;
  const values = plan.block !== null ? blockExtrema(which, d, plan.block, lanes) : groupExtrema(which, d, plan, lanes);
  const out = reducedTensor(values, plan, keepdims, a.dtype);
  return record(
    out,
    which === 'maximum' ? 'max' : 'min',
    [a],
    (g) => {
      const grad = plan.block !== null ? blockRoute(d, plan.block, values, g.data) : groupRoute(d, plan, values, g.data);
      return [a.ndim === 0 ? Tensor.scalar(grad[0]) : new Tensor(grad, a.shape, 'float64')];
    },
    { nearKink: (eps) => runnerUpWithin(which, d, groupMembers(plan), plan, eps), attrs: { axis, keepdims } },
  );
}

/** Whether, in some group, the best and second-best elements are within eps of each other. */
function runnerUpWithin(which: Extremum, d: Float64Array, members: Int32Array, plan: ReductionPlan, eps: number): boolean {
  const n = plan.groupSize;
  const sign = which === 'maximum' ? 1 : -1;
  for (let o = 0; o * n < members.length; o++) {
    let first = -Infinity;
    let second = -Infinity;
    for (let j = 0; j < n; j++) {
      const x = sign * d[members[o * n + j]];
      if (x > first) {
        second = first;
        first = x;
      } else if (x > second) second = x;
    }
    if (n >= 2 && (first === second || first - second <= eps)) return true;
  }
  return false;
}

export function max(a: Tensor, axis?: Axis, keepdims = false): Tensor {
  return extremum('maximum', a, axis, keepdims);
}

export function min(a: Tensor, axis?: Axis, keepdims = false): Tensor {
  return extremum('minimum', a, axis, keepdims);
}

/** The index of the first winner along `axis` (of the flattened array when null). Not recorded. */
function argExtremum(which: Extremum, a: Tensor, axis: number | null | undefined, keepdims: boolean): Tensor {
  const name = which === 'maximum' ? 'argmax' : 'argmin';
  if (a.ndim === 0) {
    // numpy treats a 0-d array as 1-d here
    if (axis !== null && axis !== undefined) normalizeAxisOf1d(axis);
    return Tensor.scalar(0, 'int64');
  }
  const plan = planReduction(a.shape, axis === null || axis === undefined ? null : [normalizeAxis(axis, a.ndim)]);
  if (plan.groupSize === 0) throw new EngineError('ValueError', `attempt to get ${name} of an empty sequence`);
  const d = a.data;
  const members = groupMembers(plan);
  const n = plan.groupSize;
  const index = new Float64Array(members.length / n);
  for (let o = 0; o < index.length; o++) {
    let best = d[members[o * n]];
    let at = 0;
    for (let j = 1; j < n && best === best; j++) {
      const x = d[members[o * n + j]];
      if (beats(which, x, best)) {
        best = x;
        at = j;
      }
    }
    index[o] = at;
  }
  return reducedTensor(index, plan, keepdims, 'int64');
}

function normalizeAxisOf1d(axis: number): void {
  if (axis !== 0 && axis !== -1) throw axisError(axis, 1);
}

export function argmax(a: Tensor, axis: number | null = null, keepdims = false): Tensor {
  return argExtremum('maximum', a, axis, keepdims);
}

export function argmin(a: Tensor, axis: number | null = null, keepdims = false): Tensor {
  return argExtremum('minimum', a, axis, keepdims);
}
