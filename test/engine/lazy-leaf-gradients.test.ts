// Leaves' gradients on demand: backward may keep a leaf's contributions from matrix products
// pending until the gradient is read. Whatever is read, in whatever order and through whichever
// ReadonlyMap method, the result must be the bits an eager backward gives: an eager reference
// is written here from the nodes' VJPs alone, and random graphs (shared leaves, broadcasting,
// many uses, the same leaf on both sides of a product) are compared against it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { DType, Tensor } from '../../src/engine';
import { addSame, sumTo } from '../../src/engine/kernels';
import { sameShape } from '../../src/engine/shape';
import { rng } from './gradcheck';

/**
 * The eager backward, from the definition: nodes in descending id, each node's full VJP, a
 * tensor's gradients added in the order its consumers run (0-d ones as numbers, others as
 * float64 tensors summed back to the input's shape). Keyed by tensor id: a tensor may be
 * reached through several objects (a scalar tensor's handles).
 */
function eagerBackward(root: Tensor, seed: Tensor): IdMap {
  const seen = new Map<number, Tensor>([[root.id, root]]);
  const stack = [root];
  while (stack.length > 0) {
    const t = stack.pop()!;
    for (const x of t.node?.inputs ?? [])
      if (!seen.has(x.id)) {
        seen.set(x.id, x);
        stack.push(x);
      }
  }
  const order = [...seen.values()].sort((a, b) => b.id - a.id);
  const grads = new Map<number, Tensor>([[root.id, seed]]);
  const numbers = new Map<number, number>();
  const gradient = (t: Tensor): Tensor | undefined => (numbers.has(t.id) ? Tensor.scalar(numbers.get(t.id)!) : grads.get(t.id));
  E.withoutRecording(() => {
    for (const t of order) {
      const g = gradient(t);
      if (g === undefined || t.node === null) continue;
      const down = t.node.vjp(g);
      t.node.inputs.forEach((x, j) => {
        const d = down[j];
        if (d === null || d === undefined) return;
        if (x.ndim === 0) {
          const v = d.ndim === 0 ? d.item() : sumTo(d, []).item();
          const prev = numbers.has(x.id) ? numbers.get(x.id)! : grads.has(x.id) ? grads.get(x.id)!.item() : undefined;
          grads.delete(x.id);
          numbers.set(x.id, prev === undefined ? v : prev + v);
          return;
        }
        const s = sameShape(d.shape, x.shape) ? d : sumTo(d, x.shape);
        const f = s.dtype === 'float64' ? s : new Tensor(Float64Array.from(s.data), s.shape, 'float64');
        const prev = grads.get(x.id);
        grads.set(x.id, prev === undefined ? f : addSame(prev, f));
      });
    }
  });
  for (const [id, v] of numbers) grads.set(id, Tensor.scalar(v));
  return new IdMap(grads, seen);
}

/** Gradients by tensor id, read with any object of the tensor. */
class IdMap {
  constructor(
    private readonly byId: Map<number, Tensor>,
    private readonly tensors: Map<number, Tensor>,
  ) {}
  get size(): number {
    return this.byId.size;
  }
  has(t: Tensor): boolean {
    return this.byId.has(t.id);
  }
  get(t: Tensor): Tensor | undefined {
    return this.byId.get(t.id);
  }
  keys(): Tensor[] {
    return [...this.byId.keys()].map((id) => this.tensors.get(id)!);
  }
}

function expectSameBits(got: Tensor | undefined, want: Tensor, what: string): void {
  expect(got, what).toBeDefined();
  expect(got!.shape, what).toEqual(want.shape);
  expect(got!.dtype, what).toBe('float64');
  const [g, w] = [got!.data, want.data];
  for (let i = 0; i < w.length; i++) if (!Object.is(g[i], w[i]) && !(g[i] !== g[i] && w[i] !== w[i])) expect.fail(`${what} [${i}]: ${g[i]} != ${w[i]}`);
}

/** How many products with a leaf operand (contributions backward leaves pending) the random programs made. */
let productsOfLeaves = 0;

const SHAPES: readonly number[][] = [[], [3], [1], [2, 3], [3, 2], [3, 3], [1, 3], [3, 1], [2, 3, 3], [4], [3, 4], [4, 3]];

/** A random program over a few leaves, most of them used many times; returns the root, the seed and every tensor made. */
function randomProgram(seed: number): { root: Tensor; seed: Tensor; leaves: Tensor[]; all: Tensor[] } {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const leafOf = (shape: number[], dtype: DType = 'float64'): Tensor => {
    const n = shape.reduce((a, b) => a * b, 1);
    const d = new Float64Array(n);
    // magnitudes far apart, so a change of summation order changes the bits
    for (let i = 0; i < n; i++) d[i] = (r() - 0.5) * 10 ** Math.floor(r() * 12 - 4);
    if (dtype === 'int64') for (let i = 0; i < n; i++) d[i] = Math.round(d[i]);
    return shape.length === 0 ? Tensor.scalar(d[0], dtype) : Tensor.of(d, shape, dtype);
  };
  const leaves: Tensor[] = [];
  for (let i = 0; i < 6; i++) leaves.push(leafOf(pick(SHAPES), r() < 0.15 ? 'float32' : r() < 0.1 ? 'int64' : 'float64'));
  const pool: Tensor[] = [...leaves];
  // leaves twice as likely as made tensors, so they have many consumers
  const operand = (): Tensor => (r() < 0.5 ? pick(leaves) : pick(pool));
  const tryOp = (f: () => Tensor): void => {
    try {
      pool.push(f());
    } catch {
      // shapes that do not fit this op: draw again
    }
  };
  const steps = 10 + Math.floor(r() * 30);
  for (let k = 0; k < steps; k++) {
    const a = operand();
    const b = operand();
    switch (Math.floor(r() * 11)) {
      case 0: tryOp(() => E.add(a, b)); break;
      case 1: tryOp(() => E.mul(a, b)); break;
      case 2: tryOp(() => E.sub(a, E.tanh(b))); break;
      case 3: tryOp(() => E.matmul(a, b)); break;
      case 4: tryOp(() => E.matmul(a, a)); break;
      case 5: tryOp(() => E.dot(a, b)); break;
      case 6: tryOp(() => E.outer(a, b)); break;
      case 7: tryOp(() => E.sum(a, r() < 0.5 ? 0 : -1, r() < 0.5)); break;
      case 8: tryOp(() => E.matmul(E.transpose(a), b)); break;
      case 9: tryOp(() => E.relu(E.mul(a, Tensor.scalar(r() - 0.5)))); break;
      default: tryOp(() => E.matmul(E.reshape(a, [-1]), b)); break;
    }
  }
  const made = pool.slice(leaves.length);
  for (const t of made) if (t.node?.gradientOf !== undefined && t.node.inputs.some((x) => x.node === null)) productsOfLeaves++;
  const scalarRoot = r() < 0.6;
  let root: Tensor;
  if (scalarRoot || made.length === 0) {
    root = E.sum(made.length === 0 ? leaves[0] : made[made.length - 1]);
    for (let i = made.length - 2; i >= 0; i -= 2) root = E.add(root, E.sum(made[i]));
  } else root = made[made.length - 1];
  const seedTensor = root.ndim === 0 ? Tensor.scalar(r() - 0.5) : leafOf([...root.shape]);
  return { root, seed: seedTensor, leaves, all: pool };
}

describe('gradients of leaves on demand', () => {
  it('give the eager backward\'s bits, read in any order through get, has, entries, forEach and size', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, readMode) => {
        const { root, seed: seedTensor, all } = randomProgram(seed);
        const want = eagerBackward(root, seedTensor);
        const got = E.backward(root, seedTensor);
        const r = rng(seed ^ 0x5bd1e995);
        if (readMode === 0) {
          // size and has first (they must not need the pending work), then get in random order
          expect(got.size).toBe(want.size);
          for (const t of all) expect(got.has(t), `has #${t.id}`).toBe(want.has(t));
          const keys = [...want.keys()];
          for (let i = keys.length - 1; i > 0; i--) {
            const j = Math.floor(r() * (i + 1));
            [keys[i], keys[j]] = [keys[j], keys[i]];
          }
          for (const t of keys) expectSameBits(got.get(t), want.get(t)!, `get #${t.id}`);
        } else if (readMode === 1) {
          const seenKeys: Tensor[] = [];
          for (const [t, g] of got.entries()) {
            seenKeys.push(t);
            expectSameBits(g, want.get(t)!, `entries #${t.id}`);
          }
          expect(seenKeys.map((t) => t.id)).toEqual(want.keys().map((t) => t.id).sort((a, b) => b - a));
        } else if (readMode === 2) {
          let n = 0;
          got.forEach((g, t, map) => {
            n++;
            expect(map).toBe(got);
            expectSameBits(g, want.get(t)!, `forEach #${t.id}`);
          });
          expect(n).toBe(want.size);
        } else {
          // a later backward over an overlapping graph before anything is read
          const other = E.backward(E.sum(all[all.length - 1]));
          void other.size;
          for (const t of want.keys().reverse()) expectSameBits(got.get(t), want.get(t)!, `after another backward #${t.id}`);
          expect([...got.values()].length).toBe(want.size);
        }
        // a second read returns the same tensor
        for (const t of want.keys()) expect(got.get(t)).toBe(got.get(t));
      }),
      { numRuns: 300 },
    );
    // the programs do exercise the pending path, often
    expect(productsOfLeaves).toBeGreaterThan(300);
  });

  it('computes a product\'s gradient for a leaf only when that leaf\'s gradient is read', () => {
    const x = Tensor.of(Float64Array.of(1, 2, 3, 4), [2, 2]);
    const w = Tensor.of(Float64Array.of(0.5, -1, 2, 3), [2, 2]);
    const calls: number[] = [];
    const counted = E.record(E.withoutRecording(() => E.matmul(x, w)), 'probe', [x, w], (g) => [E.matmul(g, E.transpose(w)), E.matmul(E.transpose(x), g)], {
      gradientOf: (g, j) => {
        calls.push(j);
        return j === 0 ? E.matmul(g, E.transpose(w)) : E.matmul(E.transpose(x), g);
      },
    });
    const grads = E.backward(E.sum(E.tanh(counted)));
    expect(calls).toEqual([]);
    expect(grads.has(x) && grads.has(w)).toBe(true);
    expect(grads.size).toBe(5);
    expect(calls).toEqual([]);
    grads.get(w);
    expect(calls).toEqual([1]);
    grads.get(w);
    expect(calls).toEqual([1]);
    grads.get(x);
    expect(calls).toEqual([1, 0]);
  });

  it('evaluates pending contributions before a later eager one, keeping the order of addition', () => {
    // W's gradients: 1 from the product (run first: highest id), then 1e16 and -1e16 from
    // two multiplications: in consumer order they give (1 + 1e16) - 1e16 = 0, not 1.
    const W = Tensor.of(Float64Array.of(1), [1, 1]);
    const one = Tensor.of(Float64Array.of(1), [1, 1]);
    const c3 = E.mul(W, Tensor.scalar(-1e16));
    const c2 = E.mul(W, Tensor.scalar(1e16));
    const c1 = E.matmul(one, W);
    const root = E.sum(E.add(E.add(c3, c2), c1));
    const g = E.backward(root);
    expect(g.get(W)!.item()).toBe(eagerBackward(root, Tensor.scalar(1)).get(W)!.item());
    expect(g.get(W)!.item()).toBe(0);
  });

  it('makes the on-demand gradients without recording them and with the origin of the backward', () => {
    const x = Tensor.of(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    const w = Tensor.of(Float64Array.of(1, 0, -1, 2, 0.5, 0.25), [3, 2]);
    const prev = E.setOrigin(41);
    const grads = E.backward(E.sum(E.matmul(x, w)));
    E.setOrigin(7);
    const gw = grads.get(w)!;
    E.setOrigin(prev);
    expect(gw.node).toBeNull();
    expect(gw.origin).toBe(41);
    expect(E.isRecording()).toBe(true);
  });
});
