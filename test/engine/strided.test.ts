// gatherWindow / scatterWindow (numpy views' reads and writes) against a reference that walks
// the window's multi-indices, their VJPs against central differences, the last-write-wins rule
// where a window visits a position twice, and windows that leave the storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, Tensor, backward, gatherWindow, scatterWindow, windowPositions } from '../../src/engine';
import type { DType, StridedWindow } from '../../src/engine';
import { expectVjpMatchesFiniteDifferences, randomTensor } from './gradcheck';

interface Case {
  window: StridedWindow;
  size: number;
}

/** Every multi-index of `shape` in C order. */
function multiIndices(shape: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const side of shape) {
    const next: number[][] = [];
    for (const prefix of out) for (let i = 0; i < side; i++) next.push([...prefix, i]);
    out = next;
  }
  return out;
}

/** The reference positions: offset + sum(index * stride), multi-index by multi-index. */
function referencePositions(w: StridedWindow): number[] {
  return multiIndices(w.shape).map((ix) => ix.reduce((p, i, ax) => p + i * w.strides[ax], w.offset));
}

/** A window of rank 0..3 with strides in -5..5 (0 included) over a storage that just holds it (plus slack). */
const caseArb: fc.Arbitrary<Case> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: -5, max: 5 })), { minLength: 0, maxLength: 3 }),
    fc.nat(3),
    fc.nat(3),
  )
  .map(([axes, slackBefore, slackAfter]) => {
    const shape = axes.map(([side]) => side);
    const strides = axes.map(([, stride]) => stride);
    let lo = 0;
    let hi = 0;
    axes.forEach(([side, stride]) => {
      if (stride < 0) lo += (side - 1) * stride;
      else hi += (side - 1) * stride;
    });
    const offset = slackBefore - lo;
    return { window: { shape, strides, offset }, size: offset + hi + 1 + slackAfter };
  });

function storage(size: number, seed: number, dtype: DType = 'float64'): Tensor {
  const t = randomTensor([size], seed);
  if (dtype === 'float64') return t;
  const d = Float64Array.from(t.data, (v) => (dtype === 'bool' ? (v > 0 ? 1 : 0) : dtype === 'int64' ? Math.trunc(v * 10) : Math.fround(v)));
  return new Tensor(d, [size], dtype);
}

describe('windowPositions', () => {
  it('is offset + sum(index * stride) in C order', () => {
    fc.assert(
      fc.property(caseArb, ({ window, size }) => {
        expect(Array.from(windowPositions(window, size))).toEqual(referencePositions(window));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('rejects a window that leaves the storage', () => {
    expect(() => windowPositions({ shape: [3], strides: [2], offset: 1 }, 5)).toThrow(EngineError);
    expect(() => windowPositions({ shape: [2], strides: [-1], offset: 0 }, 5)).toThrow(EngineError);
    expect(Array.from(windowPositions({ shape: [3], strides: [2], offset: 0 }, 5))).toEqual([0, 2, 4]);
  });
});

describe('gatherWindow', () => {
  it('reads the window: values, shape and dtype', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<DType>('float64', 'float32', 'int64', 'bool'), fc.nat(1000), ({ window, size }, dtype, seed) => {
        const x = storage(size, seed, dtype);
        const out = gatherWindow(x, window);
        expect(out.shape).toEqual(window.shape);
        expect(out.dtype).toBe(dtype);
        expect(Array.from(out.data)).toEqual(referencePositions(window).map((p) => x.data[p]));
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('sends the gradient back to the positions read, repeats adding up', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(1000), ({ window, size }, seed) => {
        expectVjpMatchesFiniteDifferences((x) => gatherWindow(x, window), [storage(size, seed)], { seed });
      }),
      { seed: 13, numRuns: 150 },
    );
  });

  it("is recorded as a 'gather' whose index text is given or describes the window", () => {
    const x = storage(12, 1);
    expect(gatherWindow(x, { shape: [3, 2], strides: [1, 3], offset: 0 }).node).toMatchObject({ op: 'gather', attrs: { index: 'window shape (3, 2) strides (1, 3) offset 0' } });
    expect({ ...gatherWindow(x, { shape: [], strides: [], offset: 5 }, () => '[1, 2]').node!.attrs }).toEqual({ index: '[1, 2]' });
  });
});

describe('scatterWindow', () => {
  it('writes the window (cast to the storage dtype), later writes winning', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<DType>('float64', 'float32', 'int64', 'bool'), fc.nat(1000), ({ window, size }, dtype, seed) => {
        const x = storage(size, seed, dtype);
        const v = randomTensor(window.shape, seed + 1, -3, 3);
        const before = Array.from(x.data);
        const out = scatterWindow(x, window, v);
        const expected = before.slice();
        referencePositions(window).forEach((p, k) => {
          const value = v.data[k];
          expected[p] = dtype === 'float32' ? Math.fround(value) : dtype === 'int64' ? Math.trunc(value) + 0 : dtype === 'bool' ? (value !== 0 ? 1 : 0) : value;
        });
        expect(out.shape).toEqual(x.shape);
        expect(out.dtype).toBe(dtype);
        expect(Array.from(out.data)).toEqual(expected);
        expect(Array.from(x.data)).toEqual(before); // tensors are immutable: out is a new one
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('VJP: x gets g except where written, v only through its surviving writes', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(1000), ({ window, size }, seed) => {
        const x = storage(size, seed);
        const v = randomTensor(window.shape, seed + 1);
        expectVjpMatchesFiniteDifferences((a, b) => scatterWindow(a, window, b), [x, v], { seed });
      }),
      { seed: 15, numRuns: 150 },
    );
  });

  it('a window visiting one position twice: the last write is the one kept and differentiated', () => {
    const x = new Tensor(Float64Array.of(10, 20, 30), [3]);
    const v = new Tensor(Float64Array.of(1, 2, 3, 4), [2, 2]);
    const w: StridedWindow = { shape: [2, 2], strides: [0, 2], offset: 0 }; // positions 0, 2, 0, 2
    const out = scatterWindow(x, w, v);
    expect(Array.from(out.data)).toEqual([3, 20, 4]);
    const g = backward(out, new Tensor(Float64Array.of(5, 6, 7), [3]));
    expect(Array.from(g.get(x)!.data)).toEqual([0, 6, 0]);
    expect(Array.from(g.get(v)!.data)).toEqual([0, 0, 5, 7]);
  });

  it('needs one value per window element', () => {
    const x = new Tensor(Float64Array.of(1, 2, 3, 4), [4]);
    expect(() => scatterWindow(x, { shape: [2], strides: [2], offset: 0 }, new Tensor(Float64Array.of(1, 2, 3), [3]))).toThrow(EngineError);
  });
});
