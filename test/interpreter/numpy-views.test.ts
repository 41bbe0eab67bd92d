// Views are strided windows onto a root array. Property: for random shapes and random basic
// indices applied twice (a view of a view), reading the view, transposing and flattening it, and
// writing through it agree with the engine's own gather/scatter applied to plain tensors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as E from '../../src/engine';
import { IndexItem, Tensor } from '../../src/engine';
import { getIndexed } from '../../src/python/modules/numpy/indexing';
import { NDArray } from '../../src/python/modules/numpy/ndarray';
import { ravelArray, reshapeArray, transposeArray } from '../../src/python/modules/numpy/shape-ops';
import { PySlice, PyTuple } from '../../src/python/runtime/collections';
import { None, PyValue } from '../../src/python/runtime/object';
import { randomTensor } from '../engine/gradcheck';

type Part = { kind: 'int'; at: number } | { kind: 'slice'; start: number | null; stop: number | null; step: number } | { kind: 'newaxis' };

/** One index part per axis of `shape` (ints within bounds, slices with assorted steps), sometimes a None. */
const indexArb = (shape: readonly number[]): fc.Arbitrary<Part[]> =>
  fc.tuple(
    ...shape.map((side) => {
      const slice = fc
          .tuple(fc.option(fc.integer({ min: -side - 1, max: side + 1 })), fc.option(fc.integer({ min: -side - 1, max: side + 1 })), fc.constantFrom(1, 2, 3, -1, -2))
          .map(([start, stop, step]): Part => ({ kind: 'slice', start, stop, step }));
      // an empty axis takes only slices
      return side === 0 ? slice : fc.oneof(fc.integer({ min: -side, max: side - 1 }).map((at): Part => ({ kind: 'int', at })), slice);
    }),
    fc.boolean(),
  ).map((parts) => {
    const items = parts.slice(0, -1) as Part[];
    return parts[parts.length - 1] ? [{ kind: 'newaxis' } as Part, ...items] : items;
  });

const toItem = (p: Part): IndexItem =>
  p.kind === 'int' ? { kind: 'int', index: p.at } : p.kind === 'newaxis' ? { kind: 'newaxis' } : { kind: 'slice', start: p.start, stop: p.stop, step: p.step };

const toKey = (parts: Part[]): PyValue =>
  new PyTuple(parts.map((p) => (p.kind === 'int' ? p.at : p.kind === 'newaxis' ? None : new PySlice(p.start ?? None, p.stop ?? None, p.step))));

const values = (t: Tensor): number[] => Array.from(t.data);

/** A shape, a first index into it, and a second index into the first view's shape. */
const caseArb = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), fc.nat(1000))
  .chain(([shape, seed]) =>
    indexArb(shape).chain((first) => {
      const viewShape = E.resolveIndex(shape, first.map(toItem)).shape;
      return fc.record({ shape: fc.constant(shape), seed: fc.constant(seed), first: fc.constant(first), second: indexArb(viewShape) });
    }),
  );

describe('array views', () => {
  it('read, transpose and flatten like gathers from the root', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, seed, first, second }) => {
        const t = randomTensor(shape, seed);
        const root = NDArray.of(t);
        const v1 = getIndexed(root, toKey(first));
        const expected1 = E.gather(t, first.map(toItem));
        if (!(v1 instanceof NDArray)) return; // all-integer index: a scalar, not a view
        expect(v1.owner).toBe(root);
        expect(values(v1.tensor)).toEqual(values(expected1));
        const v2 = getIndexed(v1, toKey(second));
        const expected2 = E.gather(expected1, second.map(toItem));
        if (!(v2 instanceof NDArray)) return;
        expect(v2.shape).toEqual([...expected2.shape]);
        expect(values(v2.tensor)).toEqual(values(expected2));
        expect(values(transposeArray(v2, null).tensor)).toEqual(values(E.transpose(expected2)));
        expect(values(ravelArray(v2).tensor)).toEqual(values(expected2));
        expect(values(reshapeArray(v2, [-1]).tensor)).toEqual(values(expected2));
      }),
      { numRuns: 300 },
    );
  });

  it('write through to the root, seen by every other view', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, seed, first, second }) => {
        const t = randomTensor(shape, seed);
        const root = NDArray.of(t);
        const v1 = getIndexed(root, toKey(first));
        if (!(v1 instanceof NDArray)) return;
        const v2 = getIndexed(v1, toKey(second));
        if (!(v2 instanceof NDArray)) return;
        const sibling = getIndexed(root, toKey(first)) as NDArray;
        const fresh = randomTensor(v2.shape, seed + 1);
        v2.write(fresh);
        const i1 = first.map(toItem);
        const expectedRoot = E.scatter(t, i1, E.scatter(E.gather(t, i1), second.map(toItem), fresh));
        expect(values(root.tensor)).toEqual(values(expectedRoot));
        expect(values(sibling.tensor)).toEqual(values(E.gather(expectedRoot, i1)));
        expect(values(v2.tensor)).toEqual(values(fresh));
      }),
      { numRuns: 300 },
    );
  });

  it('reshape to a view only when the strides allow it, as numpy', () => {
    const root = NDArray.of(randomTensor([4, 6], 1));
    const strided = getIndexed(root, new PySlice(None, None, 2)) as NDArray; // x[::2]
    expect(reshapeArray(strided, [2, 2, 3]).isView).toBe(true); // splitting the rows keeps the stride
    expect(reshapeArray(transposeArray(root, null), [-1]).isView).toBe(false); // x.T.reshape(-1) copies
    expect(reshapeArray(root, [3, 8]).isView).toBe(true);
    expect(ravelArray(transposeArray(root, null)).isView).toBe(false);
  });
});
