// The backprop lecture's worked circuits, exactly, on the engine.
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { Tensor } from '../../src/engine';

const s = (v: number): Tensor => Tensor.scalar(v);

describe("the lecture's circuits", () => {
  it('f = (x + y) z at x=-2, y=5, z=-4', () => {
    const [x, y, z] = [s(-2), s(5), s(-4)];
    const q = E.add(x, y);
    const f = E.mul(q, z);
    const g = E.backward(f);
    expect([q.item(), f.item()]).toEqual([3, -12]);
    expect([x, y, z].map((t) => g.get(t)!.item())).toEqual([-4, -4, 3]);
  });

  it('the sigmoid neuron, as primitive gates and as one sigmoid node', () => {
    const [w0, x0, w1, x1, w2] = [s(2), s(-1), s(-3), s(-2), s(-3)];
    const dot = E.add(E.add(E.mul(w0, x0), E.mul(w1, x1)), w2);
    // primitive gates: *-1, exp, +1, 1/x
    const f = E.div(s(1), E.add(s(1), E.exp(E.neg(dot))));
    const g = E.backward(f);
    expect(f.item()).toBeCloseTo(0.7310585786, 10);
    const grads = [w0, x0, w1, x1, w2].map((t) => g.get(t)!.item());
    const want = [-0.1966119332, 0.3932238665, -0.3932238665, -0.5898357998, 0.1966119332];
    // the lecture rounds to 10 digits (dx1 = -0.58983579972 is printed -0.5898357998): compare to 9
    grads.forEach((v, i) => expect(v).toBeCloseTo(want[i], 9));
    // the same neuron with one sigmoid node: local gradient (1 - s) s
    const f2 = E.sigmoid(dot);
    const g2 = E.backward(f2);
    expect(f2.item()).toBeCloseTo(0.7310585786, 10);
    expect(g2.get(dot)!.item()).toBeCloseTo((1 - f2.item()) * f2.item(), 15);
    [w0, x0, w1, x1, w2].forEach((t, i) => expect(g2.get(t)!.item()).toBeCloseTo(want[i], 9));
  });

  it('f = ||W x||^2, vectorised', () => {
    const W = E.tensor([[0.1, 0.5], [-0.3, 0.8]]);
    const x = E.tensor([0.2, 0.4]);
    const q = E.matmul(W, x);
    const f = E.sum(E.mul(q, q));
    const g = E.backward(f);
    const close = (t: Tensor, want: number[]): void => want.forEach((w, i) => expect(t.data[i]).toBeCloseTo(w, 12));
    close(q, [0.22, 0.26]);
    expect(f.item()).toBeCloseTo(0.116, 12);
    close(g.get(q)!, [0.44, 0.52]);
    close(g.get(W)!, [0.088, 0.176, 0.104, 0.208]);
    close(g.get(x)!, [-0.112, 0.636]);
  });

  it('gate patterns: add distributes, mul swaps, max routes, copy adds', () => {
    const [x, y, z, w] = [s(3), s(-4), s(2), s(-1)];
    const f = E.mul(s(2), E.add(E.mul(x, y), E.maximum(z, w)));
    const g = E.backward(f);
    expect([x, y, z, w].map((t) => g.get(t)!.item())).toEqual([-8, 6, 2, 0]);
    // copy gate: a value used twice gets the sum of both branches' gradients
    const a = s(3);
    const h = E.add(E.mul(a, s(2)), E.mul(a, s(5)));
    expect(E.backward(h).get(a)!.item()).toBe(7);
  });

  it("micrograd's README expression", () => {
    const a = s(-4);
    const b = s(2);
    let c = E.add(a, b);
    let d = E.add(E.mul(a, b), E.pow(b, s(3)));
    c = E.add(c, E.add(c, s(1)));
    c = E.add(c, E.add(E.add(s(1), c), E.neg(a)));
    d = E.add(d, E.add(E.mul(d, s(2)), E.relu(E.add(b, a))));
    d = E.add(d, E.add(E.mul(s(3), d), E.relu(E.sub(b, a))));
    const e = E.sub(c, d);
    const f = E.pow(e, s(2));
    let g = E.div(f, s(2));
    g = E.add(g, E.div(s(10), f));
    const grads = E.backward(g);
    expect(g.item().toFixed(4)).toBe('24.7041');
    expect(grads.get(a)!.item().toFixed(4)).toBe('138.8338');
    expect(grads.get(b)!.item().toFixed(4)).toBe('645.5773');
  });

  it('backward over a chain of a million nodes does not overflow the stack', () => {
    let t = s(1);
    const x = t;
    for (let i = 0; i < 1_000_000; i++) t = E.mul(t, s(1));
    expect(E.backward(t).get(x)!.item()).toBe(1);
  });
});
