// The history horizon (tape.ts): after it moves, an op reading a tensor made before it turns that
// tensor into a leaf; gradients reach it and stop there. Nothing made after the horizon is touched.
import { afterEach, describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { Tensor, backward, clearHistoryHorizon, moveHistoryHorizon, startScalarTape, tensor } from '../../src/engine';

afterEach(() => clearHistoryHorizon());

describe('the history horizon', () => {
  it('makes an array made before it a leaf when an op reads it, and leaves the rest of the graph whole', () => {
    const a = tensor([1, 2, 3]);
    const b = E.mul(a, tensor([2, 2, 2])); // made before the horizon
    const kept = E.exp(b); // made before, not read after: keeps its node
    moveHistoryHorizon();
    const c = E.mul(b, b);
    const d = E.add(c, tensor([1, 1, 1]));
    expect(b.node).toBeNull();
    expect(kept.node).not.toBeNull();
    expect(c.node).not.toBeNull();
    const g = backward(E.sum(d));
    expect([...g.get(b)!.data]).toEqual([4, 8, 12]); // 2b: the leaf's gradient is exact
    expect(g.get(a)).toBeUndefined(); // behind the horizon
    expect([...g.get(c)!.data]).toEqual([1, 1, 1]);
  });

  it("forgets a reduction's node held by the scalar tape (read by a later scalar op) when it moves", () => {
    startScalarTape();
    const w = tensor([1, 2, 3]);
    const s = E.sum(E.mul(w, w)); // a 0-d result with a general node
    const t = E.mul(s, Tensor.scalar(0.5)); // an inline entry reads it: the tape pins s
    expect(backward(t).get(w)).toBeDefined();
    moveHistoryHorizon();
    expect(s.node).toBeNull();
    expect(t.node).not.toBeNull(); // an inline entry: columns, kept
    const g = backward(t);
    expect(g.get(w)).toBeUndefined();
    expect(g.get(s)!.item()).toBe(0.5);
  });

  it('does nothing until it moves', () => {
    const a = tensor([1, 2]);
    const b = E.mul(a, a);
    clearHistoryHorizon();
    const c = E.add(b, b);
    expect(b.node).not.toBeNull();
    expect([...backward(E.sum(c)).get(a)!.data]).toEqual([4, 8]);
  });
});
