// The VJPs of gather, scatter and addAt against central differences, over every
// non-error case of the numpy index table (basic, advanced, masks, repeated indices...),
// plus repeated-index semantics: scatter keeps the last write, addAt adds them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tensor, add, addAt, backward, gather, scatter, tensor } from '../../src/engine';
import type { DType, IndexItem } from '../../src/engine';
import { expectVjpMatchesFiniteDifferences, randomTensor } from './gradcheck';

interface ArrayDescription {
  dtype: string;
  shape: number[];
  values: number[];
}
type ItemDescription = Exclude<IndexItem, { kind: 'array' }> | ({ kind: 'array' } & ArrayDescription);
interface Case {
  name: string;
  shape: number[];
  dtype?: string;
  items: ItemDescription[];
  value?: ArrayDescription;
  result?: ArrayDescription;
  error?: unknown;
}

const table = JSON.parse(readFileSync(join(__dirname, '../fixtures/numpy-index-cases.json'), 'utf8')) as {
  gather: Case[];
  scatter: Case[];
  addAt: Case[];
};

function toItems(items: ItemDescription[]): IndexItem[] {
  return items.map((it): IndexItem => {
    if (it.kind !== 'array') return it;
    const dtype = it.dtype as DType;
    const t = it.shape.length === 0 ? Tensor.scalar(it.values[0], dtype) : Tensor.of(Float64Array.from(it.values), it.shape, dtype);
    return { kind: 'array', index: t };
  });
}

const differentiable = (c: Case): boolean => c.error === undefined && (c.dtype ?? 'float64') === 'float64';

describe('VJPs over the numpy index table', () => {
  it('gather: the gradient goes back to the positions read (repeats add up)', () => {
    const cases = table.gather.filter(differentiable);
    expect(cases.length).toBeGreaterThan(250);
    cases.forEach((c, k) => {
      const items = toItems(c.items);
      expectVjpMatchesFiniteDifferences((x) => gather(x, items), [randomTensor(c.shape, k)], { seed: k });
    });
  });

  it('scatter: wrt x (written positions get nothing) and wrt v (only surviving writes)', () => {
    const cases = table.scatter.filter(differentiable);
    expect(cases.length).toBeGreaterThan(60);
    cases.forEach((c, k) => {
      const items = toItems(c.items);
      const x = randomTensor(c.shape, 2 * k);
      const v = randomTensor(c.value!.shape, 2 * k + 1);
      expectVjpMatchesFiniteDifferences((a, b) => scatter(a, items, b), [x, v], { seed: k });
    });
  });

  it('addAt: wrt x (identity) and wrt v (gathered, summed over broadcasting)', () => {
    const cases = table.addAt.filter(differentiable);
    expect(cases.length).toBeGreaterThan(60);
    cases.forEach((c, k) => {
      const items = toItems(c.items);
      const x = randomTensor(c.shape, 3 * k);
      const v = randomTensor(c.value!.shape, 3 * k + 1);
      expectVjpMatchesFiniteDifferences((a, b) => addAt(a, items, b), [x, v], { seed: k });
    });
  });
});

describe('repeated indices', () => {
  const idx: IndexItem[] = [{ kind: 'array', index: tensor([0, 0, 2], 'int64') }];
  const x = tensor([0, 1, 2, 3]);
  const v = tensor([1, 2, 3]);
  const upstream = tensor([10, 20, 30, 40]);

  it('scatter keeps the last write, addAt adds them all, x[i] += v is buffered (numpy)', () => {
    // numpy: x[[0,0,2]] = v -> [2,1,3,3]; np.add.at -> [3,1,5,3]; x[[0,0,2]] += v -> [2,1,5,3]
    expect(Array.from(scatter(x, idx, v).data)).toEqual([2, 1, 3, 3]);
    expect(Array.from(addAt(x, idx, v).data)).toEqual([3, 1, 5, 3]);
    expect(Array.from(scatter(x, idx, add(gather(x, idx), v)).data)).toEqual([2, 1, 5, 3]);
  });

  it('scatter sends v only the gradient of the surviving write; addAt sends it to every write', () => {
    const s = backward(scatter(x, idx, v), upstream);
    expect(Array.from(s.get(v)!.data)).toEqual([0, 10, 30]);
    expect(Array.from(s.get(x)!.data)).toEqual([0, 20, 0, 40]);
    const a = backward(addAt(x, idx, v), upstream);
    expect(Array.from(a.get(v)!.data)).toEqual([10, 10, 30]);
    expect(Array.from(a.get(x)!.data)).toEqual([10, 20, 30, 40]);
  });

  it('gather of a repeated index accumulates into one position', () => {
    const g = backward(gather(x, idx), tensor([1, 2, 4]));
    expect(Array.from(g.get(x)!.data)).toEqual([3, 0, 4, 0]);
  });

  it('a scattered scalar gets the sum of the gradients of every position it wrote', () => {
    const all: IndexItem[] = [{ kind: 'slice', start: 1, stop: null, step: null }];
    const s = Tensor.scalar(5);
    const g = backward(scatter(x, all, s), upstream);
    expect(g.get(s)!.shape).toEqual([]);
    expect(g.get(s)!.item()).toBe(90);
  });
});
