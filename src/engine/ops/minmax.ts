// maximum, minimum, clip, where: ops that route each element from one input or another.
// Their gradient is a gate: the upstream gradient goes to the input that was chosen.
import { promote } from '../dtype';
import { sumTo } from '../kernels';
import { namedRule, record, withoutRecording, recordRule2 } from '../tape';
import { Tensor } from '../tensor';
import { binaryOp, gradOp, somePair, ternaryOp, unaryOp } from './loops';

// NaN from either side propagates; a tie returns b, as numpy's SIMD loops do (visible
// only in the sign of a zero). Gradient as torch: the larger input takes g, a tie splits
// it in halves, and with a NaN both inputs take g.
const maximumRule = namedRule({
  name: 'maximum',
  vjp: (g, [a, b]) => [
    sumTo(
      ternaryOp(g, a, b, 'float64', (gi, x, y, dx) => {
        for (let i = 0; i < dx.length; i++) dx[i] = x[i] < y[i] ? 0 : x[i] === y[i] ? gi[i] / 2 : gi[i];
      }),
      a.shape,
    ),
    sumTo(
      ternaryOp(g, a, b, 'float64', (gi, x, y, dy) => {
        for (let i = 0; i < dy.length; i++) dy[i] = x[i] > y[i] ? 0 : x[i] === y[i] ? gi[i] / 2 : gi[i];
      }),
      b.shape,
    ),
  ],
  scalar: (g, inputs, _, d) => {
    const x = inputs[0].item();
    const y = inputs[1].item();
    d[0] = x < y ? 0 : x === y ? g / 2 : g;
    d[1] = x > y ? 0 : x === y ? g / 2 : g;
    return 2;
  },
  nearKink: (eps, [a, b]) => somePair(a, b, (x, y) => Math.abs(x - y) <= eps),
});

export function maximum(a: Tensor, b: Tensor): Tensor {
  const out = binaryOp(a, b, promote(a.dtype, b.dtype), (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) {
      const u = x[i * sx];
      const v = y[i * sy];
      z[i] = u > v || u !== u ? u : v;
    }
  });
  return recordRule2(out, a, b, maximumRule);
}

const minimumRule = namedRule({
  name: 'minimum',
  vjp: (g, [a, b]) => [
    sumTo(
      ternaryOp(g, a, b, 'float64', (gi, x, y, dx) => {
        for (let i = 0; i < dx.length; i++) dx[i] = x[i] > y[i] ? 0 : x[i] === y[i] ? gi[i] / 2 : gi[i];
      }),
      a.shape,
    ),
    sumTo(
      ternaryOp(g, a, b, 'float64', (gi, x, y, dy) => {
        for (let i = 0; i < dy.length; i++) dy[i] = x[i] < y[i] ? 0 : x[i] === y[i] ? gi[i] / 2 : gi[i];
      }),
      b.shape,
    ),
  ],
  scalar: (g, inputs, _, d) => {
    const x = inputs[0].item();
    const y = inputs[1].item();
    d[0] = x > y ? 0 : x === y ? g / 2 : g;
    d[1] = x < y ? 0 : x === y ? g / 2 : g;
    return 2;
  },
  nearKink: (eps, [a, b]) => somePair(a, b, (x, y) => Math.abs(x - y) <= eps),
});

export function minimum(a: Tensor, b: Tensor): Tensor {
  const out = binaryOp(a, b, promote(a.dtype, b.dtype), (x, y, z, sx, sy) => {
    for (let i = 0; i < z.length; i++) {
      const u = x[i * sx];
      const v = y[i * sy];
      z[i] = u < v || u !== u ? u : v;
    }
  });
  return recordRule2(out, a, b, minimumRule);
}

/**
 * numpy's clip: min(max(a, lo), hi), so hi wins where lo > hi; NaN anywhere gives NaN.
 * With one bound it is numpy's maximum/minimum; with none, a copy. Gradient as torch's
 * clamp: a takes g where lo <= a <= hi (so at a bound too), a bound takes g where it was
 * the answer strictly.
 */
export function clip(a: Tensor, lo: Tensor | null, hi: Tensor | null): Tensor {
  if (lo !== null && hi !== null) return clipBoth(a, lo, hi);
  if (lo !== null) return clipOneSide(a, lo, 'lo');
  if (hi !== null) return clipOneSide(a, hi, 'hi');
  const out = unaryOp(a, a.dtype, (x, y) => y.set(x));
  return record(out, 'clip', [a], (g) => [g], { attrs: { lo: null, hi: null } });
}

function boundAttrs(lo: Tensor | null, hi: Tensor | null): Record<string, number | null> | undefined {
  if ((lo !== null && lo.ndim !== 0) || (hi !== null && hi.ndim !== 0)) return undefined;
  return { lo: lo === null ? null : lo.item(), hi: hi === null ? null : hi.item() };
}

function clipBoth(a: Tensor, lo: Tensor, hi: Tensor): Tensor {
  const dtype = promote(promote(a.dtype, lo.dtype), hi.dtype);
  // on a tie the element itself is kept, as numpy's clip loop does
  const out = ternaryOp(a, lo, hi, dtype, (x, l, h, z) => {
    for (let i = 0; i < z.length; i++) {
      const v = x[i];
      const t = v < l[i] || l[i] !== l[i] ? l[i] : v;
      z[i] = t > h[i] || h[i] !== h[i] ? h[i] : t;
    }
  });
  return record(
    out,
    'clip',
    [a, lo, hi],
    (g) => [
      sumTo(
        times(
          g,
          ternaryOp(a, lo, hi, 'float64', (x, l, h, gate) => {
            for (let i = 0; i < gate.length; i++) gate[i] = x[i] >= l[i] && x[i] <= h[i] ? 1 : 0;
          }),
        ),
        a.shape,
      ),
      sumTo(
        times(
          g,
          ternaryOp(a, lo, hi, 'float64', (x, l, h, gate) => {
            for (let i = 0; i < gate.length; i++) gate[i] = x[i] < l[i] && l[i] < h[i] ? 1 : 0;
          }),
        ),
        lo.shape,
      ),
      sumTo(
        times(
          g,
          ternaryOp(a, lo, hi, 'float64', (x, l, h, gate) => {
            for (let i = 0; i < gate.length; i++) gate[i] = x[i] > h[i] || h[i] < l[i] ? 1 : 0;
          }),
        ),
        hi.shape,
      ),
    ],
    {
      nearKink: (eps) =>
        somePair(a, lo, (x, l) => Math.abs(x - l) <= eps) || somePair(a, hi, (x, h) => Math.abs(x - h) <= eps),
      attrs: boundAttrs(lo, hi),
    },
  );
}

function clipOneSide(a: Tensor, bound: Tensor, side: 'lo' | 'hi'): Tensor {
  const out = withoutRecording(() => (side === 'lo' ? maximum(a, bound) : minimum(a, bound)));
  // a passes where it is on the allowed side of the bound or on it; the bound where it won
  const aPasses = side === 'lo' ? (x: number, b: number) => x >= b : (x: number, b: number) => x <= b;
  const boundWins = side === 'lo' ? (x: number, b: number) => x < b : (x: number, b: number) => x > b;
  const gate = (test: (x: number, b: number) => boolean) =>
    binaryOp(a, bound, 'float64', (x, b, z, sx, sb) => {
      for (let i = 0; i < z.length; i++) z[i] = test(x[i * sx], b[i * sb]) ? 1 : 0;
    });
  return record(
    out,
    'clip',
    [a, bound],
    (g) => [sumTo(times(g, gate(aPasses)), a.shape), sumTo(times(g, gate(boundWins)), bound.shape)],
    {
      nearKink: (eps) => somePair(a, bound, (x, b) => Math.abs(x - b) <= eps),
      attrs: side === 'lo' ? boundAttrs(bound, null) : boundAttrs(null, bound),
    },
  );
}

/** g * gate, where the gate has g's shape. */
function times(g: Tensor, gate: Tensor): Tensor {
  return gradOp(g, gate, (gi, m, out) => {
    for (let i = 0; i < out.length; i++) out[i] = m[i] === 0 ? 0 : gi[i];
  });
}

// where(cond, a, b): a where cond is truthy (nonzero or NaN), else b. The gradient is
// routed the same way; cond gets none.
export function where(cond: Tensor, a: Tensor, b: Tensor): Tensor {
  const out = ternaryOp(cond, a, b, promote(a.dtype, b.dtype), (c, x, y, z) => {
    for (let i = 0; i < z.length; i++) z[i] = c[i] !== 0 ? x[i] : y[i];
  });
  return record(out, 'where', [cond, a, b], (g) => [
    null,
    sumTo(
      binaryOp(g, cond, 'float64', (gi, c, dx, sg, sc) => {
        for (let i = 0; i < dx.length; i++) dx[i] = c[i * sc] !== 0 ? gi[i * sg] : 0;
      }),
      a.shape,
    ),
    sumTo(
      binaryOp(g, cond, 'float64', (gi, c, dy, sg, sc) => {
        for (let i = 0; i < dy.length; i++) dy[i] = c[i * sc] !== 0 ? 0 : gi[i * sg];
      }),
      b.shape,
    ),
  ]);
}
