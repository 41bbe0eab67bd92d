// numpy's float summation, reproduced operation for operation so that sums print the same
// digits: pairwise summation (numpy/_core/src/umath/loops_utils.h.src) along the contiguous
// inner run of a reduction, plain row-by-row accumulation when the innermost axis is kept.
import type { ReductionBlock, ReductionPlan } from './reduction-plan';

const BLOCK = 128;

/** numpy's DOUBLE_pairwise_sum of data[start .. start+n). */
export function pairwiseSum(d: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += d[i];
    return res;
  }
  if (n <= BLOCK) {
    // eight partial sums, combined as a tree, then the tail one by one
    let r0 = d[start], r1 = d[start + 1], r2 = d[start + 2], r3 = d[start + 3];
    let r4 = d[start + 4], r5 = d[start + 5], r6 = d[start + 6], r7 = d[start + 7];
    const end8 = start + n - (n % 8);
    let i = start + 8;
    for (; i < end8; i += 8) {
      r0 += d[i];
      r1 += d[i + 1];
      r2 += d[i + 2];
      r3 += d[i + 3];
      r4 += d[i + 4];
      r5 += d[i + 5];
      r6 += d[i + 6];
      r7 += d[i + 7];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < start + n; i++) res += d[i];
    return res;
  }
  // split in two halves, the first a multiple of 8 long
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, start, n2) + pairwiseSum(d, start + n2, n - n2);
}

/** numpy's FLOAT_pairwise_sum: the same tree with every partial sum rounded to float32. */
export function pairwiseSum32(d: Float64Array, start: number, n: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res = f(res + d[i]);
    return res;
  }
  if (n <= BLOCK) {
    const r = [d[start], d[start + 1], d[start + 2], d[start + 3], d[start + 4], d[start + 5], d[start + 6], d[start + 7]];
    const end8 = start + n - (n % 8);
    let i = start + 8;
    for (; i < end8; i += 8) for (let j = 0; j < 8; j++) r[j] = f(r[j] + d[i + j]);
    let res = f(f(f(r[0] + r[1]) + f(r[2] + r[3])) + f(f(r[4] + r[5]) + f(r[6] + r[7])));
    for (; i < start + n; i++) res = f(res + d[i]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(d, start, n2) + pairwiseSum32(d, start + n2, n - n2));
}

/**
 * The sums of every group of the plan, in numpy's order of operations. `float32` rounds every
 * partial sum; other dtypes (int64, bool, float64) add in float64, which is exact for integers
 * below 2^53.
 */
export function reduceSum(d: Float64Array, plan: ReductionPlan, float32: boolean): Float64Array {
  const out = new Float64Array(plan.outShape.reduce((a, b) => a * b, 1));
  if (plan.block !== null) return blockSum(d, plan.block, float32, out);
  const { outIndex, innerRun } = plan;
  const n = outIndex.length;
  if (innerRun > 0) {
    for (let s = 0; s < n; s += innerRun) {
      const o = outIndex[s];
      out[o] = float32 ? Math.fround(out[o] + pairwiseSum32(d, s, innerRun)) : out[o] + pairwiseSum(d, s, innerRun);
    }
  } else if (float32) {
    for (let i = 0; i < n; i++) out[outIndex[i]] = Math.fround(out[outIndex[i]] + d[i]);
  } else {
    for (let i = 0; i < n; i++) out[outIndex[i]] += d[i];
  }
  return out;
}

/**
 * reduceSum for one contiguous block of reduced axes, without the index map: the same
 * operations in the same order (a pairwise sum per run when inner is 1, else row by row).
 */
function blockSum(d: Float64Array, { outer, reduced, inner }: ReductionBlock, float32: boolean, out: Float64Array): Float64Array {
  if (inner === 1) {
    for (let o = 0; o < outer; o++)
      out[o] = float32 ? Math.fround(0 + pairwiseSum32(d, o * reduced, reduced)) : 0 + pairwiseSum(d, o * reduced, reduced);
    return out;
  }
  const f = Math.fround;
  for (let o = 0; o < outer; o++) {
    const at = o * inner;
    let r = 0;
    // four rows per sweep: each element still adds its rows one at a time, in order
    for (; r + 4 <= reduced && !float32; r += 4) {
      const row = (o * reduced + r) * inner;
      for (let c = 0; c < inner; c++)
        out[at + c] = out[at + c] + d[row + c] + d[row + inner + c] + d[row + 2 * inner + c] + d[row + 3 * inner + c];
    }
    for (; r < reduced; r++) {
      const row = (o * reduced + r) * inner;
      if (float32) for (let c = 0; c < inner; c++) out[at + c] = f(out[at + c] + d[row + c]);
      else for (let c = 0; c < inner; c++) out[at + c] += d[row + c];
    }
  }
  return out;
}
