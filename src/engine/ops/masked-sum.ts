// numpy's sum with where= and initial=: every output starts at `initial` and adds the elements the
// mask keeps, in numpy's order - its masked inner loop hands the add loop each run of kept
// elements, so along a contiguous reduced run every such run is summed pairwise and added to the
// output; when the innermost axis is kept, elements are added one at a time. The gradient is the
// upstream gradient on kept elements, zero elsewhere.
import { DType, castValue } from '../dtype';
import { record } from '../tape';
import { Tensor } from '../tensor';
import { pairwiseSum, pairwiseSum32 } from './pairwise';
import { Axis, planReduction, reducedTensor, spreadToInput } from './reduction-plan';
import { broadcastTo } from './shape';

export function maskedSum(a: Tensor, mask: Tensor | null, axis: Axis, keepdims: boolean, initial: number | Tensor): Tensor {
  const plan = planReduction(a.shape, axis, true);
  const dtype: DType = a.dtype === 'bool' ? 'int64' : a.dtype;
  const float32 = dtype === 'float32';
  const keep = mask === null ? null : broadcastTo(mask, a.shape).data;
  const kept = (i: number): boolean => keep === null || keep[i] !== 0;
  const d = a.data;
  const start = castValue(dtype, typeof initial === 'number' ? initial : initial.item());
  const sums = new Float64Array(plan.outShape.reduce((p, q) => p * q, 1)).fill(start);
  const add = (o: number, v: number): void => {
    sums[o] = float32 ? Math.fround(sums[o] + v) : sums[o] + v;
  };
  const run = plan.innerRun;
  const outIndex = plan.outIndex;
  if (run > 0)
    for (let s = 0; s < d.length; s += run) {
      const end = s + run;
      for (let k = s; k < end; ) {
        while (k < end && !kept(k)) k++;
        const start = k;
        while (k < end && kept(k)) k++;
        if (k > start) add(outIndex[s], float32 ? pairwiseSum32(d, start, k - start) : pairwiseSum(d, start, k - start));
      }
    }
  else for (let i = 0; i < d.length; i++) if (kept(i)) add(outIndex[i], d[i]);
  const out = reducedTensor(sums, plan, keepdims, dtype);
  const inputs = typeof initial === 'number' ? [a] : [a, initial];
  return record(
    out,
    'sum',
    inputs,
    (g) => {
      const spread = spreadToInput(g.data, plan, a.shape);
      let da = spread;
      if (keep !== null) {
        const gd = spread.data.slice();
        for (let i = 0; i < gd.length; i++) if (keep[i] === 0) gd[i] = 0;
        da = a.ndim === 0 ? Tensor.scalar(gd[0]) : new Tensor(gd, a.shape, 'float64');
      }
      if (inputs.length === 1) return [da];
      let total = 0;
      for (const v of g.data) total += v;
      return [da, Tensor.scalar(total)];
    },
    { attrs: { axis, keepdims } },
  );
}
