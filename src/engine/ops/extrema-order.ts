// The order in which numpy's max/min loops meet the elements, which decides one thing only: the
// sign of a zero result when -0.0 and 0.0 tie (NaN propagates and larger values win whatever the
// order). numpy's maximum/minimum keep the second operand on a tie (x86's maxpd/minpd and the
// scalar loops both do), and a contiguous reduction runs numpy's SIMD kernel
// (loops_minmax.dispatch.c.src, simd_reduce_c): every lane starts at the first element, blocks
// of 8 vectors fold into the lanes, single vectors next, then the lanes fold into one (halving
// above 128 bits keeping the lower half on ties, within 128 bits keeping the upper) and the
// leftover elements follow one by one. The lane counts are AVX-512's, as numpy dispatches on the
// reference machine (8 float64, 16 float32); other CPUs can differ in the sign of a zero.
export type Extremum = 'maximum' | 'minimum';

/** numpy's maximum(a, b) / minimum(a, b): a NaN in a stays, otherwise b unless a strictly wins. */
export function pick(which: Extremum, a: number, b: number): number {
  if (a !== a) return a;
  return (which === 'maximum' ? a > b : a < b) ? a : b;
}

const LANES_128 = { 8: 2, 16: 4 } as const;

/** The maximum/minimum of `init` and d[from .. end) as numpy's contiguous reduction gives it
 *  (`init` is what the output holds: the group's first element, copied there, on a first visit). */
export function simdExtremum(which: Extremum, init: number, d: Float64Array, from: number, end: number, lanes: 8 | 16): number {
  let ip = from;
  let n = end - ip;
  if (n < lanes) return scalarTail(which, init, d, ip, end);
  const acc = new Float64Array(lanes).fill(init);
  const wide = 8 * lanes;
  for (; n >= wide; n -= wide, ip += wide)
    for (let j = 0; j < lanes; j++) {
      const v = (k: number): number => d[ip + k * lanes + j];
      const r01 = pick(which, v(0), v(1));
      const r23 = pick(which, v(2), v(3));
      const r45 = pick(which, v(4), v(5));
      const r67 = pick(which, v(6), v(7));
      acc[j] = pick(which, acc[j], pick(which, pick(which, r01, r23), pick(which, r45, r67)));
    }
  for (; n >= lanes; n -= lanes, ip += lanes) for (let j = 0; j < lanes; j++) acc[j] = pick(which, acc[j], d[ip + j]);
  const r = acc.some((x) => x !== x) ? NaN : foldLanes(which, acc, LANES_128[lanes]);
  return scalarTail(which, r, d, ip, end);
}

function scalarTail(which: Extremum, r: number, d: Float64Array, from: number, end: number): number {
  for (let i = from; i < end; i++) r = pick(which, r, d[i]);
  return r;
}

function foldLanes(which: Extremum, acc: Float64Array, lanes128: number): number {
  let v = Array.from(acc);
  while (v.length > lanes128) {
    const h = v.length / 2;
    v = v.slice(0, h).map((lo, j) => pick(which, v[j + h], lo));
  }
  while (v.length > 1) {
    const h = v.length / 2;
    v = v.slice(0, h).map((lo, j) => pick(which, lo, v[j + h]));
  }
  return v[0];
}
