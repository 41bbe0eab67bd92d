// The loops of max/min and their gradient: over any reduction plan (through the groups'
// member lists) and, faster, over one block of reduced axes. Both meet each group's elements in
// numpy's order (extrema-order.ts), so they give the same bits, signed zeros included.
import { Extremum, pick, simdExtremum } from './extrema-order';
import type { ReductionBlock, ReductionPlan } from './reduction-plan';
import { groupMembers } from './reduction-plan';

export type { Extremum } from './extrema-order';

/** Whether x beats the current best (NaN beats everything, so it propagates). */
export function beats(which: Extremum, x: number, best: number): boolean {
  if (best !== best) return false;
  if (x !== x) return true;
  return which === 'maximum' ? x > best : x < best;
}

/** Whether x and best are the same winner (NaN ties with NaN). */
export function ties(x: number, best: number): boolean {
  return x === best || (x !== x && best !== best);
}

/** The extremum of every group, meeting the elements in C order as numpy's iterator does: a
 *  contiguous inner run of floats through the SIMD kernel, anything else one element at a time. */
export function groupExtrema(which: Extremum, d: Float64Array, plan: ReductionPlan, lanes: 8 | 16 | null): Float64Array {
  const values = new Float64Array(plan.outShape.reduce((a, b) => a * b, 1));
  const seen = new Uint8Array(values.length);
  const outIndex = plan.outIndex;
  const n = outIndex.length;
  const run = plan.innerRun;
  if (run > 0 && lanes !== null)
    for (let s = 0; s < n; s += run) {
      const o = outIndex[s];
      values[o] = seen[o] ? simdExtremum(which, values[o], d, s, s + run, lanes) : simdExtremum(which, d[s], d, s + 1, s + run, lanes);
      seen[o] = 1;
    }
  else
    for (let i = 0; i < n; i++) {
      const o = outIndex[i];
      values[o] = seen[o] ? pick(which, values[o], d[i]) : d[i];
      seen[o] = 1;
    }
  return values;
}

/** groupExtrema for one block of reduced axes. A contiguous run of floats goes through numpy's
 *  SIMD order (`lanes` per vector); integers and bools tie only with equal values. */
export function blockExtrema(which: Extremum, d: Float64Array, { outer, reduced, inner }: ReductionBlock, lanes: 8 | 16 | null): Float64Array {
  const values = new Float64Array(outer * inner);
  const max = which === 'maximum';
  for (let o = 0; o < outer; o++) {
    if (inner === 1) {
      const start = o * reduced;
      const end = start + reduced;
      values[o] = lanes !== null ? simdExtremum(which, d[start], d, start + 1, end, lanes) : max ? runMax(d, start, end) : runMin(d, start, end);
      continue;
    }
    // row by row: every element of the output row goes on from its own best so far (numpy's
    // elementwise maximum: the new row's element on a tie)
    const at = o * inner;
    values.set(d.subarray(o * reduced * inner, o * reduced * inner + inner), at);
    for (let r = 1; r < reduced; r++) {
      const row = (o * reduced + r) * inner;
      if (max)
        for (let c = 0; c < inner; c++) {
          const best = values[at + c];
          const x = d[row + c];
          if (!(best > x) && best === best) values[at + c] = x;
        }
      else
        for (let c = 0; c < inner; c++) {
          const best = values[at + c];
          const x = d[row + c];
          if (!(best < x) && best === best) values[at + c] = x;
        }
    }
  }
  return values;
}

// Runs of integers or bools, where a tie is between equal values: `!(x <= best)`: x is larger
// or NaN (`beats`); a NaN best ends the run.
function runMax(d: Float64Array, start: number, end: number): number {
  let best = d[start];
  if (best !== best) return best;
  for (let i = start + 1; i < end; i++) {
    const x = d[i];
    if (!(x <= best)) {
      best = x;
      if (x !== x) break;
    }
  }
  return best;
}

function runMin(d: Float64Array, start: number, end: number): number {
  let best = d[start];
  if (best !== best) return best;
  for (let i = start + 1; i < end; i++) {
    const x = d[i];
    if (!(x >= best)) {
      best = x;
      if (x !== x) break;
    }
  }
  return best;
}

// The max gate routes g[o] to the elements equal to the group's winner, split evenly among ties.
export function groupRoute(d: Float64Array, plan: ReductionPlan, values: Float64Array, gd: Float64Array): Float64Array {
  const members = groupMembers(plan);
  const n = plan.groupSize;
  const grad = new Float64Array(d.length);
  for (let o = 0; o < values.length; o++) {
    let count = 0;
    for (let j = 0; j < n; j++) if (ties(d[members[o * n + j]], values[o])) count++;
    for (let j = 0; j < n; j++) if (ties(d[members[o * n + j]], values[o])) grad[members[o * n + j]] = gd[o] / count;
  }
  return grad;
}

export function blockRoute(d: Float64Array, { outer, reduced, inner }: ReductionBlock, values: Float64Array, gd: Float64Array): Float64Array {
  const grad = new Float64Array(d.length);
  const count = new Float64Array(values.length);
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < reduced; r++)
      for (let c = 0; c < inner; c++) if (ties(d[(o * reduced + r) * inner + c], values[o * inner + c])) count[o * inner + c]++;
  for (let o = 0; o < outer; o++)
    for (let r = 0; r < reduced; r++)
      for (let c = 0; c < inner; c++) {
        const i = (o * reduced + r) * inner + c;
        const k = o * inner + c;
        if (ties(d[i], values[k])) grad[i] = gd[k] / count[k];
      }
  return grad;
}

