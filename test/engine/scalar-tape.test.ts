// The columnar scalar tape (tensor.ts): a float64 0-d tensor is a handle of a tape entry. A walk
// of the graph meets fresh handles of an op's result, the same objects for leaves, closure nodes
// and pinned tensors; gradients are the ones a plain reverse sweep on numbers gives, across
// chunks and across tapes.
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { Tensor, pinTensor, startScalarTape } from '../../src/engine';
import { rng } from './gradcheck';

const s = (v: number): Tensor => Tensor.scalar(v);

/** A random chain of scalar ops over a pool of leaves, with the same chain on plain numbers and its reverse sweep. */
function randomChain(seed: number, steps: number) {
  const r = rng(seed);
  const leafValues = [r() + 0.5, r() + 0.5, -r() - 0.5];
  const leaves = leafValues.map(s);
  const ts: Tensor[] = [...leaves];
  const vs: number[] = [...leafValues];
  // each step: kind, operand indices
  const ops: { kind: number; a: number; b: number }[] = [];
  for (let k = 0; k < steps; k++) {
    const a = Math.floor(r() * ts.length);
    const b = Math.max(0, ts.length - 1 - Math.floor(r() * 3));
    const kind = Math.floor(r() * 4);
    ops.push({ kind, a, b });
    if (kind === 0) {
      ts.push(E.add(ts[a], ts[b]));
      vs.push(vs[a] + vs[b]);
    } else if (kind === 1) {
      ts.push(E.mul(ts[a], E.tanh(ts[b])));
      vs.push(vs[a] * Math.tanh(vs[b]));
    } else if (kind === 2) {
      ts.push(E.sub(ts[b], ts[a]));
      vs.push(vs[b] - vs[a]);
    } else {
      ts.push(E.neg(ts[b]));
      vs.push(-vs[b]);
    }
  }
  // the reverse sweep on numbers (mul's tanh input has its own slot: recompute it)
  const g = new Array<number>(vs.length).fill(0);
  g[vs.length - 1] = 1;
  for (let k = steps - 1; k >= 0; k--) {
    const out = leaves.length + k;
    const { kind, a, b } = ops[k];
    const go = g[out];
    if (kind === 0) {
      g[a] += go;
      g[b] += go;
    } else if (kind === 1) {
      const th = Math.tanh(vs[b]);
      g[a] += go * th;
      g[b] += go * vs[a] * (1 - th * th);
    } else if (kind === 2) {
      g[b] += go;
      g[a] -= go;
    } else g[b] -= go;
  }
  return { leaves, ts, vs, g };
}

describe('the scalar tape', () => {
  it('gives the reverse sweep on numbers over chains longer than a chunk, for every tensor held', () => {
    for (const seed of [1, 2, 3]) {
      const { leaves, ts, vs, g } = randomChain(seed, 9000);
      const root = ts[ts.length - 1];
      const grads = E.backward(root);
      expect(root.item()).toBe(vs[vs.length - 1]);
      for (let i = 0; i < ts.length; i += 97) {
        const got = grads.get(ts[i])?.item() ?? 0;
        expect(got === g[i], `#${i}: ${got} vs ${g[i]}`).toBe(true); // a first -0 contribution may stay -0
      }
      leaves.forEach((t, i) => expect(grads.get(t)!.item() === g[i]).toBe(true));
    }
  });

  it('gives the reverse sweep when every op takes a fresh leaf (walks mixing leaf objects with tape entries)', () => {
    const n = 5000;
    const leaves: Tensor[] = [];
    let t = s(1);
    for (let k = 0; k < n; k++) {
      const c = s(1 + k / n);
      leaves.push(c);
      t = k % 2 === 0 ? E.mul(t, c) : E.add(t, c);
    }
    // d t / d leaf k: the product of the later multipliers (adds pass the gradient through)
    const want = new Array<number>(n);
    let g = 1;
    for (let k = n - 1; k >= 0; k--) {
      if (k % 2 === 1) want[k] = g;
      else {
        // t_k = t_{k-1} c_k: d/dc_k = g t_{k-1}, d/dt_{k-1} = g c_k
        want[k] = g * valueBefore(k);
        g *= leaves[k].item();
      }
    }
    function valueBefore(k: number): number {
      let v = 1;
      for (let i = 0; i < k; i++) v = i % 2 === 0 ? v * leaves[i].item() : v + leaves[i].item();
      return v;
    }
    const grads = E.backward(t);
    expect(grads.size).toBe(2 * n + 1);
    for (let k = 0; k < n; k += 37) expect(grads.get(leaves[k])!.item()).toBe(want[k]);
  });

  it("meets fresh handles of an op's result, equal by id and value; leaves and pinned tensors as themselves", () => {
    const x = s(2);
    const y = s(3);
    const q = E.add(x, y);
    const f = E.mul(q, s(-4));
    const [qMet] = f.node!.inputs;
    expect(qMet).not.toBe(q);
    expect(qMet).toBeInstanceOf(Tensor);
    expect([qMet.id, qMet.item(), qMet.node!.op]).toEqual([q.id, 5, 'add']);
    expect(q.node!.inputs[0]).toBe(x); // a leaf is met as the object that was made
    pinTensor(q);
    expect(f.node!.inputs[0]).toBe(q);
    const grads = E.backward(f);
    expect([grads.get(q)!.item(), grads.get(qMet)!.item(), grads.get(x)!.item()]).toEqual([-4, -4, -4]);
    expect(E.reachable(f).map((t) => t.id)).toEqual([f.id, f.node!.inputs[1].id, q.id, y.id, x.id].sort((a, b) => b - a));
  });

  it('keeps a node attached by a closure as it was given, on the object that was made', () => {
    const x = s(1.5);
    const out = s(x.item() * 2);
    const node = { op: 'double', inputs: [x], vjp: (g: Tensor) => [E.mul(g, s(2))] };
    out.node = node;
    const y = E.exp(out);
    expect(y.node!.inputs[0]).toBe(out);
    expect(out.node).toBe(node);
    expect(E.backward(y).get(x)!.item()).toBe(Math.exp(3) * 2);
  });

  it('differentiates through tensors of an earlier tape and through arrays', () => {
    const a = E.mul(s(3), s(4)); // an op's result on the current tape
    startScalarTape();
    const w = E.tensor([1, 2, 3]);
    const b = E.mul(a, E.sum(w)); // a (earlier tape) and a 0-d sum of an array are external inputs
    const c = E.add(b, a);
    const grads = E.backward(c);
    expect(c.item()).toBe(84);
    expect(grads.get(a)!.item()).toBe(7);
    expect(Array.from(grads.get(w)!.data)).toEqual([12, 12, 12]);
  });

  it('reads and writes origins and traversal slots through any handle', () => {
    E.setOrigin(7);
    const t = E.add(s(1), s(2));
    E.setOrigin(0);
    expect(t.origin).toBe(7);
    const f = E.mul(t, t);
    const met = f.node!.inputs[0];
    expect(met.origin).toBe(7);
    met.origin = 9;
    expect(t.origin).toBe(9);
    expect(E.backward(f).get(t)!.item()).toBe(6);
  });
});
