// The recorded backward pass of create_graph=True (src/python/modules/torch/higher-order.ts): for
// every op it has a rule for, its first-order gradients equal the engine's own backward, and the
// gradients it records differentiate again to the second derivatives finite differences give.
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { Tensor } from '../../src/engine';
import { backwardWithGraph, gatherAt, scatterAt } from '../../src/python/modules/torch/higher-order';
import { readWindow, writeWindow } from '../../src/python/modules/torch/window-ops';

/** A float64 tensor of deterministic, non-round values (no ties, no zeros). */
function values(shape: number[], seed: number, lo = -1.5, hi = 1.5): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = lo + (hi - lo) * (((i + 1) * 0.6180339887498949 + seed * 0.41421356) % 1);
  return new Tensor(shape.length === 0 ? d[0] : d, shape, 'float64');
}

/** sum(f(x) * w) for a fixed weight w: a scalar loss whose gradient is f's VJP with w. */
type Loss = (x: Tensor) => Tensor;

interface Case {
  name: string;
  shape: number[];
  lo?: number;
  hi?: number;
  f: (x: Tensor) => Tensor;
}

const c = (v: number): Tensor => Tensor.scalar(v);
const other = (shape: number[]): Tensor => values(shape, 7, 0.5, 2);
const idx = (xs: number[]): Tensor => new Tensor(Float64Array.from(xs), [xs.length], 'int64');

const CASES: Case[] = [
  { name: 'add/sub/mul/div with broadcasting', shape: [2, 3], f: (x) => E.div(E.mul(E.sub(E.add(x, other([3])), c(0.5)), x), E.add(other([2, 1]), E.mul(x, x))) },
  { name: 'neg and pow by a scalar', shape: [4], f: (x) => E.neg(E.pow(x, c(3))) },
  { name: 'pow by a tensor exponent', shape: [3], lo: 0.5, hi: 2, f: (x) => E.pow(x, E.add(x, c(0.5))) },
  { name: 'square and sqrt', shape: [3], lo: 0.3, hi: 2, f: (x) => E.add(E.square(x), E.sqrt(x)) },
  { name: 'exp, expm1, log, log1p', shape: [3], lo: 0.2, hi: 1.5, f: (x) => E.add(E.add(E.exp(x), E.expm1(x)), E.add(E.log(x), E.log1p(x))) },
  { name: 'tanh and sigmoid', shape: [2, 2], f: (x) => E.mul(E.tanh(x), E.sigmoid(E.mul(x, c(2)))) },
  { name: 'relu and abs (away from 0)', shape: [5], f: (x) => E.mul(E.relu(x), E.abs(x)) },
  { name: 'sin and cos', shape: [3], f: (x) => E.mul(E.sin(x), E.cos(E.mul(x, x))) },
  { name: 'maximum and minimum', shape: [4], f: (x) => E.mul(E.maximum(x, c(0.2)), E.minimum(E.mul(x, x), other([4]))) },
  { name: 'clip with both bounds and one', shape: [6], f: (x) => E.mul(E.clip(E.mul(x, x), c(0.3), c(1.2)), E.clip(x, c(-0.5), null)) },
  { name: 'where', shape: [4], f: (x) => E.where(E.greater(x, c(0)), E.mul(x, x), E.exp(x)) },
  { name: 'astype, reshape, transpose, squeeze, expand_dims, broadcast_to', shape: [2, 3], f: (x) => E.mul(E.broadcastTo(E.expandDims(E.squeeze(E.reshape(E.transpose(E.astype(x, 'float64')), [3, 1, 2]), 1), 0), [2, 3, 2]), E.reshape(x, [1, 3, 2])) },
  { name: 'sum and mean along axes', shape: [2, 3], f: (x) => E.mul(E.sum(E.mul(x, x), [1], true), E.mean(E.exp(x), 0)) },
  { name: 'max and min', shape: [2, 3], f: (x) => E.mul(E.add(E.max(E.mul(x, x), 1), E.min(x)), E.sum(x, 1)) },
  { name: 'matmul (2-D, 1-D, batched) and dot', shape: [3, 3], f: (x) => E.add(E.matmul(E.matmul(x, x), other([3])), E.mul(E.dot(E.reshape(x, [9]), E.reshape(x, [9])), E.sum(E.matmul(E.stack([x, x]), x), [0, 1]))) },
  { name: 'softmax and log_softmax', shape: [2, 3], f: (x) => E.add(E.mul(E.softmax(E.mul(x, x), 1), x), E.logSoftmax(x, 0)) },
  { name: 'gather and scatter', shape: [5], f: (x) => E.mul(gatherAt(E.mul(x, x), [{ kind: 'array', index: idx([4, 0, 2]) }]), gatherAt(scatterAt(x, [{ kind: 'array', index: idx([1, 3]) }], E.mul(gatherAt(x, [{ kind: 'slice', start: 0, stop: 2, step: 1 }]), c(3))), [{ kind: 'slice', start: 1, stop: 4, step: 1 }])) },
  { name: 'view reads and writes (strided windows)', shape: [2, 3], f: (x) => E.mul(readWindow(writeWindow(E.exp(x), Int32Array.of(4, 0), E.mul(readWindow(x, Int32Array.of(1, 5), [2]), c(2))), Int32Array.of(5, 4, 0, 0), [2, 2]), readWindow(E.mul(x, x), Int32Array.of(2, 3, 1, 0), [2, 2])) },
  { name: 'concatenate and stack', shape: [2, 2], f: (x) => E.mul(E.concatenate([x, E.exp(x)], 1), E.reshape(E.stack([E.mul(x, x), x], 0), [2, 4])) },
];

function lossOf(f: Case['f'], w: Tensor): Loss {
  return (x) => E.sum(E.mul(f(x), w));
}

describe('create_graph=True: the recorded backward pass', () => {
  for (const k of CASES) {
    it(`${k.name}: first order as the engine's, second order as finite differences`, () => {
      const x0 = values(k.shape, 1, k.lo, k.hi);
      const wShape = E.withoutRecording(() => k.f(x0)).shape;
      const loss = lossOf(k.f, values([...wShape], 3, 0.5, 1.5));
      const v = values(k.shape, 5, -1, 1);

      // first order: the recorded pass gives the engine's gradient
      const x = new Tensor(Float64Array.from(x0.data), k.shape, 'float64');
      const root = loss(x);
      const exact = E.withoutRecording(() => E.backward(root)).get(x)!;
      const g = backwardWithGraph(root, E.full([], 1)).get(x)!;
      g.data.forEach((gi, i) => expect(gi).toBeCloseTo(exact.data[i], 10));

      // second order: d/dx <g(x), v> against central differences of the engine's first-order gradient
      const gv = E.sum(E.mul(g, v));
      const hv = E.withoutRecording(() => E.backward(gv)).get(x)!;
      const h = 1e-6;
      const gradAt = (shift: number): Float64Array => {
        const xs = new Tensor(Float64Array.from(x0.data, (xi, i) => xi + shift * v.data[i]), k.shape, 'float64');
        return Float64Array.from(E.backward(loss(xs)).get(xs)!.data);
      };
      const plus = gradAt(h);
      const minus = gradAt(-h);
      // H v (the Hessian is symmetric) from the gradient's change along v
      hv.data.forEach((hi, i) => expect(Math.abs(hi - (plus[i] - minus[i]) / (2 * h))).toBeLessThan(1e-5 * (1 + Math.abs(hi))));
    });
  }
});
