// The loops of max/min and their gradient: over any reduction plan (through the groups'
// member lists) and, faster, over one block of reduced axes. Both compare each group's elements
// in C order, so they give the same bits.
import type { ReductionBlock, ReductionPlan } from './reduction-plan';
import { groupMembers } from './reduction-plan';

export type Extremum = 'maximum' | 'minimum';

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

export function groupExtrema(which: Extremum, d: Float64Array, plan: ReductionPlan): Float64Array {
  const members = groupMembers(plan);
  const n = plan.groupSize;
  const values = new Float64Array(members.length / n);
  for (let o = 0; o < values.length; o++) {
    let best = d[members[o * n]];
    for (let j = 1; j < n; j++) {
      const x = d[members[o * n + j]];
      if (beats(which, x, best)) best = x;
    }
    values[o] = best;
  }
  return values;
}

/** groupExtrema for one block of reduced axes: each group's elements compared in the same order. */
export function blockExtrema(which: Extremum, d: Float64Array, { outer, reduced, inner }: ReductionBlock): Float64Array {
  const values = new Float64Array(outer * inner);
  const max = which === 'maximum';
  for (let o = 0; o < outer; o++) {
    if (inner === 1) {
      values[o] = max ? runMax(d, o * reduced, (o + 1) * reduced) : runMin(d, o * reduced, (o + 1) * reduced);
      continue;
    }
    // row by row: every element of the output row goes on from its own best so far
    const at = o * inner;
    values.set(d.subarray(o * reduced * inner, o * reduced * inner + inner), at);
    for (let r = 1; r < reduced; r++) {
      const row = (o * reduced + r) * inner;
      if (max)
        for (let c = 0; c < inner; c++) {
          const best = values[at + c];
          const x = d[row + c];
          if (!(x <= best) && best === best) values[at + c] = x;
        }
      else
        for (let c = 0; c < inner; c++) {
          const best = values[at + c];
          const x = d[row + c];
          if (!(x >= best) && best === best) values[at + c] = x;
        }
    }
  }
  return values;
}

// `!(x <= best)`: x is larger or NaN (`beats`); a NaN best ends the run.
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

