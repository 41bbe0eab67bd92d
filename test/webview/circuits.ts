// The graphs the panel tests use: the lecture's circuits, a long loop, a nested repetition.
import type { GraphNode } from '../../src/analysis/report';
import { Tensor, add, div, exp, mul, neg, sum, tanh } from '../../src/engine';
import { GraphRecorder, s } from './engine-graph';

/**
 * The lecture's logistic neuron f = 1 / (1 + exp(-(w0 x0 + w1 x1 + w2))) at w = [2, -3, -3],
 * x = [-1, -2], one primitive op per node:
 *   1-5  w0 = 2.0 ... w2 = -3.0
 *   6    dot = w0 * x0 + w1 * x1 + w2
 *   7    f = 1.0 / (1.0 + exp(-dot))
 */
export function sigmoidNeuron(): GraphNode[] {
  const r = new GraphRecorder();
  const leaf = (line: number, name: string, v: number): Tensor => {
    r.at(line, 0, 10);
    return r.name(s(v), name);
  };
  const w0 = leaf(1, 'w0', 2);
  const x0 = leaf(2, 'x0', -1);
  const w1 = leaf(3, 'w1', -3);
  const x1 = leaf(4, 'x1', -2);
  const w2 = leaf(5, 'w2', -3);
  r.at(6, 6, 13);
  const p0 = mul(w0, x0);
  r.at(6, 16, 23);
  const p1 = mul(w1, x1);
  r.at(6, 6, 23);
  const sum01 = add(p0, p1);
  r.at(6, 6, 28);
  const dot = r.name(add(sum01, w2), 'dot');
  r.at(7, 22, 26);
  const negated = neg(dot);
  r.at(7, 18, 27);
  const e = exp(negated);
  r.at(7, 11, 14);
  const one = s(1);
  r.at(7, 11, 28);
  const denom = add(one, e);
  r.at(7, 4, 7);
  const numer = s(1);
  r.at(7, 4, 28);
  const f = r.name(div(numer, denom), 'f');
  return r.graph(f);
}

/**
 *   1  x = 0.5; w = 0.9; b = 0.1
 *   2  for i in range(n):
 *   3      x = tanh(x * w + b)
 *   4  loss = x
 */
export function loopGraph(n: number): GraphNode[] {
  const r = new GraphRecorder();
  r.at(1, 0, 7);
  let x = r.name(s(0.5), 'x0');
  r.at(1, 9, 16);
  const w = r.name(s(0.9), 'w');
  r.at(1, 18, 25);
  const b = r.name(s(0.1), 'b');
  for (let i = 0; i < n; i++) {
    r.at(3, 13, 18);
    const xw = mul(x, w);
    r.at(3, 13, 22);
    const z = add(xw, b);
    r.at(3, 8, 23);
    x = r.name(tanh(z), 'x');
  }
  return r.graph(x);
}

/**
 * A function with an inner loop, called from an outer loop (a tiny MLP-like sum):
 *   1  def neuron(x, w):
 *   2      act = 0.0
 *   3      for xi, wi in zip(x, w):
 *   4          act = act + xi * wi
 *   5      return tanh(act)
 *   6  h = 0.0
 *   7  for k in range(calls):
 *   8      h = h + neuron(xs, ws)
 *   9  loss = sum of h
 */
export function nestedGraph(calls: number, inner: number): GraphNode[] {
  const r = new GraphRecorder();
  const xs: Tensor[] = [];
  const ws: Tensor[] = [];
  for (let j = 0; j < inner; j++) {
    r.at(10 + j, 0, 5);
    xs.push(r.name(s(0.1 * (j + 1)), `x${j}`));
    r.at(20 + j, 0, 5);
    ws.push(r.name(s(-0.2 * (j - 1)), `w${j}`));
  }
  r.at(6, 0, 7);
  let h = r.name(s(0), 'h');
  for (let k = 0; k < calls; k++) {
    r.at(2, 10, 13);
    let act = r.name(s(0), 'act');
    for (let j = 0; j < inner; j++) {
      r.at(4, 20, 27);
      const p = mul(xs[j], ws[j]);
      r.at(4, 14, 27);
      act = r.name(add(act, p), 'act');
    }
    r.at(5, 11, 20);
    const out = tanh(act);
    r.at(8, 8, 26);
    h = r.name(add(h, out), 'h');
  }
  r.at(9, 7, 13);
  return r.graph(r.name(sum(h), 'loss'));
}
