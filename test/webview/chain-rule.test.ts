// The panel's chain-rule arithmetic against the engine: for each op, the downstream gradient the
// panel derives from the recorded values (local x upstream, or the named VJP) must equal the
// gradient the engine's backward pass recorded on the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import type { Tensor } from '../../src/engine';
import { buildModel } from '../../webview/model';
import { randomTensor } from '../engine/gradcheck';
import { GraphRecorder } from './engine-graph';

type Case = { name: string; shapes: number[][]; op: (xs: Tensor[]) => Tensor; positive?: boolean; computed?: boolean };

const cases: Case[] = [
  { name: 'add (broadcast)', shapes: [[3, 4], [4]], op: ([a, b]) => E.add(a, b) },
  { name: 'sub (broadcast)', shapes: [[2, 1], [1, 3]], op: ([a, b]) => E.sub(a, b) },
  { name: 'mul (broadcast)', shapes: [[3, 4], [3, 1]], op: ([a, b]) => E.mul(a, b) },
  { name: 'div', shapes: [[3], [3]], op: ([a, b]) => E.div(a, b), positive: true },
  { name: 'neg', shapes: [[2, 2]], op: ([a]) => E.neg(a) },
  { name: 'exp', shapes: [[4]], op: ([a]) => E.exp(a) },
  { name: 'log', shapes: [[4]], op: ([a]) => E.log(a), positive: true },
  { name: 'log1p', shapes: [[4]], op: ([a]) => E.log1p(a), positive: true },
  { name: 'expm1', shapes: [[4]], op: ([a]) => E.expm1(a) },
  { name: 'tanh', shapes: [[2, 3]], op: ([a]) => E.tanh(a) },
  { name: 'sigmoid', shapes: [[2, 3]], op: ([a]) => E.sigmoid(a) },
  { name: 'relu', shapes: [[5]], op: ([a]) => E.relu(a) },
  { name: 'sin', shapes: [[3]], op: ([a]) => E.sin(a) },
  { name: 'cos', shapes: [[3]], op: ([a]) => E.cos(a) },
  { name: 'square', shapes: [[3]], op: ([a]) => E.square(a) },
  { name: 'sqrt', shapes: [[3]], op: ([a]) => E.sqrt(a), positive: true },
  { name: 'abs', shapes: [[4]], op: ([a]) => E.abs(a) },
  { name: 'pow x^3', shapes: [[4]], op: ([a]) => E.pow(a, E.Tensor.scalar(3)) },
  { name: 'pow a^b', shapes: [[4], [4]], op: ([a, b]) => E.pow(a, b), positive: true },
  { name: 'maximum', shapes: [[3, 2], [2]], op: ([a, b]) => E.maximum(a, b) },
  { name: 'minimum', shapes: [[4], [4]], op: ([a, b]) => E.minimum(a, b) },
  { name: 'sum axis 0', shapes: [[3, 4]], op: ([a]) => E.sum(a, 0) },
  { name: 'sum all', shapes: [[3, 4]], op: ([a]) => E.sum(a) },
  { name: 'mean axis -1 keepdims', shapes: [[3, 4]], op: ([a]) => E.mean(a, -1, true) },
  { name: 'max axis 1', shapes: [[3, 4]], op: ([a]) => E.max(a, 1) },
  { name: 'min all', shapes: [[5]], op: ([a]) => E.min(a) },
  { name: 'matmul 2x3 @ 3x4', shapes: [[2, 3], [3, 4]], op: ([a, b]) => E.matmul(a, b) },
  { name: 'matmul vector @ matrix', shapes: [[3], [3, 2]], op: ([a, b]) => E.matmul(a, b) },
  { name: 'matmul matrix @ vector', shapes: [[2, 3], [3]], op: ([a, b]) => E.matmul(a, b) },
  { name: 'dot vector . vector', shapes: [[3], [3]], op: ([a, b]) => E.dot(a, b) },
  { name: 'outer', shapes: [[3], [2]], op: ([a, b]) => E.outer(a, b) },
  { name: 'softmax', shapes: [[2, 4]], op: ([a]) => E.softmax(a, -1) },
  { name: 'softmax axis 0', shapes: [[3, 2]], op: ([a]) => E.softmax(a, 0) },
  { name: 'logSoftmax', shapes: [[2, 4]], op: ([a]) => E.logSoftmax(a, 1) },
  { name: 'reshape', shapes: [[2, 3]], op: ([a]) => E.reshape(a, [3, 2]) },
  { name: 'transpose', shapes: [[2, 3, 4]], op: ([a]) => E.transpose(a, [2, 0, 1]) },
  { name: 'broadcast_to', shapes: [[3, 1]], op: ([a]) => E.broadcastTo(a, [2, 3, 4]) },
  { name: 'matmul batched (named only)', shapes: [[2, 2, 3], [3, 2]], op: ([a, b]) => E.matmul(a, b), computed: false },
];

describe('chain rule at each step equals the engine backward pass', () => {
  for (const c of cases)
    it(c.name, () => {
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          const r = new GraphRecorder();
          r.at(1);
          const xs = c.shapes.map((s, i) => r.name(randomTensor(s, seed + i, c.positive ? 0.2 : -2, 2), `x${i}`));
          r.at(2);
          const out = c.op(xs);
          r.at(3);
          // a non-trivial upstream: loss = sum(out * R)
          const weights = randomTensor(out.shape, seed + 99);
          const loss = E.sum(E.mul(out, weights));
          const model = buildModel({ graph: r.graph(loss) });
          const step = model.walk.steps.find((s) => s.node === out.id)!;
          expect(step).toBeDefined();
          for (const t of step.terms) {
            if (t.rule.kind === 'none') continue;
            if (c.computed === false) {
              expect(t.downstream).toBeNull();
              continue;
            }
            expect(t.downstream, `${c.name}: input ${t.slot}`).not.toBeNull();
            expect(t.matchesRecorded, `${c.name}: input ${t.slot}`).toBe(true);
          }
        }),
        { numRuns: 15 },
      );
    });

  it('fan-out: contributions add up and are checked once the last one arrives', () => {
    const r = new GraphRecorder();
    r.at(1);
    const x = r.name(E.Tensor.scalar(3), 'x');
    r.at(2);
    const y = r.name(E.mul(x, x), 'y');
    r.at(3);
    const z = r.name(E.add(y, x), 'z');
    const model = buildModel({ graph: r.graph(z) });
    const [addStep, mulStep] = model.walk.steps;
    expect(addStep.fanOut).toEqual(['x']);
    const fromAdd = addStep.terms.find((t) => t.name === 'x')!;
    expect([fromAdd.arrived, fromAdd.uses, fromAdd.matchesRecorded]).toEqual([1, 3, null]);
    // mul(x, x): the same value in both slots, each gets upstream x the other (= x)
    expect(mulStep.terms.map((t) => t.downstream!.data[0])).toEqual([3, 3]);
    expect(mulStep.terms[1].accumulated!.data[0]).toBe(7);
    expect(mulStep.terms[1].matchesRecorded).toBe(true);
  });

  it('a wrong recorded gradient is reported as a mismatch, not hidden', () => {
    const r = new GraphRecorder();
    r.at(1);
    const a = r.name(E.Tensor.scalar(2), 'a');
    r.at(2);
    const b = r.name(E.exp(a), 'b');
    const graph = r.graph(b).map((n) => (n.name === 'a' ? { ...n, grad: 1 } : n));
    const [step] = buildModel({ graph }).walk.steps;
    expect(step.terms[0].matchesRecorded).toBe(false);
  });
});
