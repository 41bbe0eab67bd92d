// backward's machinery: the traversal order, the order gradients add up in, the gradient
// table, and the 0-d fast path (scalar rules), which must give the bits of the general path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { TapeNode } from '../../src/engine/tape';
import { byDescendingId } from '../../src/engine/traversal';
import { DType, Tensor } from '../../src/engine';
import { rng } from './gradcheck';

const s = (v: number, dtype: DType = 'float64'): Tensor => Tensor.scalar(v, dtype);
const same = (a: number, b: number): boolean => Object.is(a, b) || (a !== a && b !== b);

describe('traversal order', () => {
  it('reachable lists every tensor once, by descending id, on random DAGs with dense and sparse ids', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3000 }), (seed, junkPerOp) => {
        const r = rng(seed);
        const pool = [s(r()), s(r()), E.tensor([r(), r()])];
        for (let k = 0; k < 40; k++) {
          // unrelated tensors between ops spread the graph's ids (the radix-sort path)
          for (let j = 0; j < junkPerOp; j++) s(j);
          const a = pool[Math.floor(r() * pool.length)];
          const b = pool[Math.floor(r() * pool.length)];
          pool.push(r() < 0.5 ? E.add(a, b) : E.mul(a, E.tanh(b)));
        }
        const root = pool[pool.length - 1];
        const order = E.reachable(root);
        // tensors are compared by id: a scalar tensor may be reached through several objects
        expect(new Set(order.map((t) => t.id)).size).toBe(order.length);
        for (let i = 1; i < order.length; i++) expect(order[i - 1].id).toBeGreaterThan(order[i].id);
        // exactly the tensors a plain depth-first search finds
        const seen = new Set<number>();
        const stack = [root];
        while (stack.length > 0) {
          const t = stack.pop()!;
          if (seen.has(t.id)) continue;
          seen.add(t.id);
          for (const x of t.node?.inputs ?? []) stack.push(x);
        }
        expect(new Set(order.map((t) => t.id))).toEqual(seen);
      }),
      { numRuns: 30 },
    );
  });

  it('sorts ids spread over more than 2^32 (the comparison-sort fallback) and over dense and sparse ranges', () => {
    for (const spread of [1, 1000, 2 ** 20, 2 ** 40]) {
      const r = rng(spread);
      const ids = new Set<number>();
      while (ids.size < 500) ids.add(Math.floor(r() * 500 * spread));
      const items = [...ids].map((id) => ({ id }));
      const order = byDescendingId(items, Math.max(...ids), Math.min(...ids));
      expect(Array.from(order, (i) => items[i].id)).toEqual([...ids].sort((a, b) => b - a));
    }
  });
});

describe('accumulation order', () => {
  // x feeds three ops, made in this order, whose gradients are 1, 1e16, -1e16: added in
  // descending creation order of the consumers they give -1e16 + 1e16 + 1 = 1 (in creation
  // order they would give 0).
  for (const shape of [[], [2]] as const) {
    it(`adds a tensor's gradients in descending id of its consumers (shape [${shape}])`, () => {
      const x = shape.length === 0 ? s(3) : E.tensor([3, 3]);
      const c1 = E.mul(x, s(1));
      const c2 = E.mul(x, s(1e16));
      const c3 = E.mul(x, s(-1e16));
      const root = E.sum(E.add(E.add(c1, c2), c3));
      const g = E.backward(root).get(x)!;
      expect(Array.from(g.data)).toEqual(shape.length === 0 ? [1] : [1, 1]);
    });
  }
});

describe('the gradient table', () => {
  it('answers get/has/size/iteration like a Map, also after a later backward reused the traversal slots', () => {
    const [a, b] = [s(2), s(-3)];
    const c = E.mul(a, b);
    const d = E.tanh(c);
    const unrelated = s(5);
    const g = E.backward(d);
    E.backward(E.mul(E.add(d, b), a)); // overwrites the slots of a, b, c, d
    expect(g.size).toBe(4);
    expect(g.has(a) && g.has(b) && g.has(c) && g.has(d)).toBe(true);
    expect(g.has(unrelated)).toBe(false);
    expect(g.get(unrelated)).toBeUndefined();
    const y = Math.tanh(-6);
    const dc = 1 - y * y;
    expect(g.get(c)!.item()).toBe(dc);
    expect(g.get(a)!.item()).toBe(dc * -3);
    expect(g.get(b)!.dtype).toBe('float64');
    expect(g.get(a)).toBe(g.get(a));
    expect([...g.keys()]).toEqual([d, c, b, a]);
    expect([...g].map(([t, v]) => [t, v.item()])).toEqual([...g.entries()].map(([t, v]) => [t, v.item()]));
    expect(g.size).toBe(4);
  });

  it('passes a float32 seed to the root VJP as given (the general path), and reports it as the root gradient', () => {
    const x = s(1.1, 'float32');
    const y = E.mul(x, s(3.3, 'float32'));
    const seed = s(0.7, 'float32');
    const g = E.backward(y, seed);
    expect(g.get(y)).toBe(seed);
    // float32 * float32 rounds to float32 in mul's VJP; the scalar path would not round
    expect(g.get(x)!.item()).toBe(Math.fround(Math.fround(0.7) * Math.fround(3.3)));
  });
});

// Every op with a scalar rule, and inputs that reach its edge cases.
const unaryRules: [string, (a: Tensor) => Tensor][] = [
  ['neg', E.neg], ['exp', E.exp], ['log', E.log], ['log1p', E.log1p], ['expm1', E.expm1], ['tanh', E.tanh],
  ['sigmoid', E.sigmoid], ['relu', E.relu], ['sin', E.sin], ['cos', E.cos], ['sqrt', E.sqrt], ['square', E.square],
  ['abs', E.abs],
];
const binaryRules: [string, (a: Tensor, b: Tensor) => Tensor][] = [
  ['add', E.add], ['sub', E.sub], ['mul', E.mul], ['div', E.div], ['pow', E.pow], ['maximum', E.maximum], ['minimum', E.minimum],
];
const special = [0, -0, 1, -1, 2, 0.5, -2.5, 3, 1e-300, 1e300, -1e300, Infinity, -Infinity, NaN, 16777217, 3.3];
const valueArb = fc.oneof(fc.constantFrom(...special), fc.double({ noNaN: false }), fc.double({ min: -5, max: 5, noNaN: true }));
const dtypeArb = fc.constantFrom<DType>('float64', 'float64', 'float32', 'int64', 'bool');
const safe = <T,>(f: () => T): T | null => {
  try {
    return f();
  } catch {
    return null; // dtype errors (bool input of exp, negative int powers...) are not the point here
  }
};

/** The rule's numbers and the node's general VJP for upstream g, compared bit for bit. */
function expectScalarRuleMatchesVjp(out: Tensor, g: number): void {
  const node = out.node as TapeNode;
  const rule = node.rule!;
  expect(rule.scalar).toBeDefined();
  const d = new Float64Array(4);
  const k = rule.scalar!(g, node.inputs, out, d);
  const general = node.vjp(Tensor.scalar(g));
  for (let j = 0; j < node.inputs.length; j++) {
    const want = general[j];
    if (j >= k) {
      expect(want).toBeNull();
      continue;
    }
    expect(want!.ndim).toBe(0);
    if (!same(d[j], want!.item())) expect.fail(`${node.op} input ${j}: scalar rule ${d[j]}, vjp ${want!.item()}`);
  }
}

describe('scalar rules give the bits of the general VJP', () => {
  for (const [name, op] of unaryRules)
    it(name, () => {
      fc.assert(
        fc.property(valueArb, dtypeArb, valueArb, (v, dtype, g) => {
          const out = safe(() => op(s(v, dtype)));
          if (out !== null) expectScalarRuleMatchesVjp(out, g);
        }),
        { numRuns: 300 },
      );
    });
  for (const [name, op] of binaryRules)
    it(name, () => {
      fc.assert(
        fc.property(valueArb, dtypeArb, valueArb, dtypeArb, valueArb, (u, du, v, dv, g) => {
          const out = safe(() => op(s(u, du), s(v, dv)));
          if (out !== null) expectScalarRuleMatchesVjp(out, g);
        }),
        { numRuns: 300 },
      );
    });
});

describe('backward over 0-d tensors (scalar rules) equals backward over the same program on 1-element arrays', () => {
  // The same random program runs on 0-d leaves (the scalar fast path) and on shape-[1] leaves
  // (the general path, with tensors): values and gradients must agree to the bit.
  const ops = [...binaryRules.map(([, f]) => f), ...unaryRules.map(([, f]) => (a: Tensor) => f(a))];
  it('on random programs with shared subexpressions', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const run = (shape: number[]): number[] => {
          const r = rng(seed);
          const leaf = (v: number, dtype: DType): Tensor => (shape.length === 0 ? s(v, dtype) : Tensor.of(Float64Array.of(v), shape, dtype));
          const pool: Tensor[] = [];
          for (let i = 0; i < 5; i++) pool.push(leaf((r() - 0.5) * 6, r() < 0.2 ? 'float32' : r() < 0.1 ? 'int64' : 'float64'));
          const leaves = pool.length;
          for (let k = 0; k < 60; k++) {
            const f = ops[Math.floor(r() * ops.length)];
            const a = pool[Math.floor(r() * pool.length)];
            const b = pool[Math.floor(r() * pool.length)];
            const t = safe(() => (f.length === 2 ? (f as (x: Tensor, y: Tensor) => Tensor)(a, b) : (f as (x: Tensor) => Tensor)(a)));
            if (t !== null) pool.push(t);
          }
          let root = pool[pool.length - 1];
          for (let i = pool.length - 2; i >= leaves; i -= 3) root = E.add(root, pool[i]);
          const g = E.backward(root);
          return pool.flatMap((t) => [t.data[0], g.get(t)?.data[0] ?? 12345]);
        };
        const scalar = run([]);
        const arrays = run([1]);
        expect(scalar.length).toBe(arrays.length);
        scalar.forEach((v, i) => {
          if (!same(v, arrays[i])) expect.fail(`entry ${i}: 0-d ${v}, [1] ${arrays[i]}`);
        });
      }),
      { numRuns: 60 },
    );
  });
});
