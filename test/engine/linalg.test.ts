import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, Tensor, backward, dot, matmul, outer, sum, tensor } from '../../src/engine';
import { Operand, blockJs, gemm, gemmPacked } from '../../src/engine/ops/gemm';
import { simdTileKernel } from '../../src/engine/ops/gemm-simd';
import { broadcastPairArb, expectVjpMatchesFiniteDifferences, randomTensor, rng } from './gradcheck';

/** Operand shapes for matmul: each side 1-D, 2-D or batched, batch axes broadcastable. */
const matmulShapesArb: fc.Arbitrary<[number[], number[]]> = fc
  .record({
    n: fc.integer({ min: 1, max: 4 }),
    k: fc.integer({ min: 1, max: 4 }),
    m: fc.integer({ min: 1, max: 4 }),
    aKind: fc.constantFrom('1d', '2d', 'batched'),
    bKind: fc.constantFrom('1d', '2d', 'batched'),
    batches: broadcastPairArb(2, 3),
  })
  .map(({ n, k, m, aKind, bKind, batches: [ba, bb] }) => [
    aKind === '1d' ? [k] : aKind === '2d' ? [n, k] : [...ba, n, k],
    bKind === '1d' ? [k] : bKind === '2d' ? [k, m] : [...bb, k, m],
  ]);

/** Reference matmul by definition, for stacks already broadcast: loops over every index. */
function naiveMatmul(a: Tensor, b: Tensor): number[] {
  const [n, k] = a.shape.slice(-2);
  const m = b.shape[b.ndim - 1];
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.data[i * k + p] * b.data[p * m + j];
      out.push(s);
    }
  return out;
}

describe('matmul, dot, outer: VJPs against central differences', () => {
  it('matmul over 1-D, 2-D, batched and broadcast shapes', () => {
    fc.assert(
      fc.property(matmulShapesArb, fc.integer(), ([sa, sb], seed) => {
        expectVjpMatchesFiniteDifferences(matmul, [randomTensor(sa, seed), randomTensor(sb, seed + 1)], { seed });
      }),
      { numRuns: 120 },
    );
  });

  it('dot over scalar, 1-D, 2-D and N-D operands', () => {
    const shapes: [number[], number[]][] = [
      [[], [3]],
      [[2, 3], []],
      [[4], [4]],
      [[3, 4], [4]],
      [[4], [4, 2]],
      [[2, 3, 4], [4]],
      [[4], [2, 4, 3]],
      [[2, 3, 4], [5, 4, 2]],
      [[2, 4], [3, 2, 4, 2]],
    ];
    shapes.forEach(([sa, sb], i) => {
      expectVjpMatchesFiniteDifferences(dot, [randomTensor(sa, i), randomTensor(sb, i + 100)], { seed: i });
    });
  });

  it('outer of any two shapes (flattened)', () => {
    fc.assert(
      fc.property(broadcastPairArb(2, 3), fc.integer(), ([sa, sb], seed) => {
        const y = outer(randomTensor(sa, seed), randomTensor(sb, seed + 1));
        expect(y.shape).toEqual([sa.reduce((x, d) => x * d, 1), sb.reduce((x, d) => x * d, 1)]);
        expectVjpMatchesFiniteDifferences(outer, [randomTensor(sa, seed), randomTensor(sb, seed + 1)], { seed });
      }),
      { numRuns: 40 },
    );
  });

  it('batch broadcasting sums the gradient of a shared matrix over the batch', () => {
    const a = randomTensor([5, 2, 3], 1);
    const w = randomTensor([3, 4], 2);
    const g = backward(sum(matmul(a, w))).get(w)!;
    // dW = sum over the batch of A_b^T 1
    for (let p = 0; p < 3; p++)
      for (let j = 0; j < 4; j++) {
        let s = 0;
        for (let b = 0; b < 5; b++) for (let i = 0; i < 2; i++) s += a.data[b * 6 + i * 3 + p];
        expect(g.data[p * 4 + j]).toBeCloseTo(s, 12);
      }
  });
});

describe('matmul, dot, outer: values, shapes, dtypes, errors', () => {
  it('shapes follow numpy: 1-D operands are promoted then removed', () => {
    const sh = (a: number[], b: number[]): readonly number[] => matmul(randomTensor(a, 1), randomTensor(b, 2)).shape;
    expect(sh([4], [4])).toEqual([]);
    expect(sh([4], [4, 5])).toEqual([5]);
    expect(sh([3, 4], [4])).toEqual([3]);
    expect(sh([2, 1, 3, 4], [5, 4, 2])).toEqual([2, 5, 3, 2]);
    expect(sh([4], [2, 4, 3])).toEqual([2, 3]);
    expect(sh([0, 3], [3, 2])).toEqual([0, 2]);
    expect([...matmul(new Tensor(new Float64Array(0), [2, 0]), new Tensor(new Float64Array(0), [0, 3])).data]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('large products (packed kernel) equal the definition bit for bit, ragged edges included', () => {
    for (const [n, k, m] of [[37, 70, 41], [64, 64, 64], [5, 300, 7], [130, 9, 3]]) {
      const a = randomTensor([n, k], n);
      const b = randomTensor([k, m], m);
      expect([...matmul(a, b).data]).toEqual(naiveMatmul(a, b));
    }
  });

  it('the kernel writes only its block and works at offsets', () => {
    const r = rng(5);
    const a = Float64Array.from({ length: 3 + 20 * 30 }, r);
    const b = Float64Array.from({ length: 2 + 30 * 10 }, r);
    const c = new Float64Array(4 + 20 * 10 + 4).fill(-7);
    gemm(a, 3, b, 2, c, 4, 20, 30, 10);
    expect([...c.slice(0, 4), ...c.slice(204)]).toEqual(Array(8).fill(-7));
    const ref = naiveMatmul(new Tensor(a.slice(3), [20, 30]), new Tensor(b.slice(2), [30, 10]));
    expect([...c.slice(4, 204)]).toEqual(ref);
  });

  it('the WebAssembly SIMD block kernel and its JavaScript twin agree bit for bit, continuing from C', () => {
    const simd = simdTileKernel();
    expect(simd, 'Node 20 has WebAssembly SIMD').not.toBeNull();
    for (const [strips, panels, k] of [[1, 1, 1], [3, 5, 37], [2, 1, 256], [1, 4, 3]]) {
      const r = rng(strips * 100 + panels * 10 + k);
      const cAt = (strips + panels) * 4 * k;
      const js = new Float64Array(cAt + strips * 4 * panels * 4);
      for (let i = 0; i < js.length; i++) js[i] = (r() - 0.5) * 10 ** Math.floor(r() * 8 - 4);
      if (simd!.memory.buffer.byteLength < js.length * 8) simd!.memory.grow(Math.ceil((js.length * 8) / 65536));
      new Float64Array(simd!.memory.buffer, 0, js.length).set(js);
      blockJs(js, panels * 4 * k, 0, cAt, strips, panels, k, panels * 4);
      simd!.block(panels * 4 * k * 8, 0, cAt * 8, strips, panels, k, panels * 4 * 8);
      const wasm = new Float64Array(simd!.memory.buffer, 0, js.length);
      expect([...wasm]).toEqual([...js]);
    }
  });

  it('products of transposed operands, across blocks of rows and of k, equal the definition bit for bit (SIMD and JS)', () => {
    for (const [m, k, n] of [[70, 300, 9], [5, 513, 6], [130, 3, 67], [4, 1, 1100], [9, 40, 300]]) {
      const r = rng(m * k * n);
      const a = Float64Array.from({ length: m * k }, () => (r() - 0.5) * 10 ** Math.floor(r() * 6 - 3));
      const b = Float64Array.from({ length: k * n }, () => (r() - 0.5) * 10 ** Math.floor(r() * 6 - 3));
      for (const [aT, bT] of [[false, false], [true, false], [false, true], [true, true]]) {
        const A: Operand = { data: a, off: 0, rowStride: aT ? 1 : k, colStride: aT ? m : 1 };
        const B: Operand = { data: b, off: 0, rowStride: bT ? 1 : n, colStride: bT ? k : 1 };
        const want: number[] = [];
        for (let i = 0; i < m; i++)
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let p = 0; p < k; p++) s += a[i * A.rowStride + p * A.colStride] * b[p * B.rowStride + j * B.colStride];
            want.push(s);
          }
        const viaGemm = new Float64Array(m * n);
        gemm(a, 0, b, 0, viaGemm, 0, m, k, n, aT, bT);
        expect([...viaGemm]).toEqual(want);
        const viaJs = new Float64Array(m * n);
        gemmPacked(A, B, viaJs, 0, m, k, n, null);
        expect([...viaJs]).toEqual(want);
      }
    }
  });

  it('dtypes: int64 stays int64, bool stays bool, mixed promotes', () => {
    const i = tensor([[1, 2], [3, 4]], 'int64');
    const f = tensor([[0.5, 0], [0, 0.5]], 'float32');
    expect(matmul(i, i).dtype).toBe('int64');
    expect([...matmul(i, i).data]).toEqual([7, 10, 15, 22]);
    expect(matmul(i, f).dtype).toBe('float64');
    const b = tensor([[true, false], [false, false]], 'bool');
    expect(matmul(b, b).dtype).toBe('bool');
    expect([...matmul(b, b).data]).toEqual([1, 0, 0, 0]);
    expect(dot(Tensor.scalar(3), tensor([1, 2])).data).toEqual(new Float64Array([3, 6]));
  });

  it('raises numpy errors', () => {
    const err = (f: () => unknown): EngineError => {
      try {
        f();
      } catch (e) {
        return e as EngineError;
      }
      throw new Error('no error');
    };
    const e0 = err(() => matmul(Tensor.scalar(2), randomTensor([3], 1)));
    expect(e0.kind).toBe('ValueError');
    expect(e0.message).toBe(
      'matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)',
    );
    expect(err(() => matmul(randomTensor([3, 4], 1), randomTensor([5, 2], 1))).message).toBe(
      'matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 5 is different from 4)',
    );
    expect(err(() => dot(randomTensor([2, 3, 4], 1), randomTensor([5, 2], 1))).message).toBe(
      'shapes (2,3,4) and (5,2) not aligned: 4 (dim 2) != 5 (dim 0)',
    );
  });
});
