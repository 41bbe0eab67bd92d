// x[idx], x[idx] = v and np.add.at against numpy 2.x: the committed table that
// scripts/numpy-index-cases.py wrote (hand-picked cases plus seeded random ones), values,
// shapes, dtypes and error texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError, Tensor, addAt, gather, indexText, resolveIndex, scatter, sliceIndices } from '../../src/engine';
import type { DType, IndexItem } from '../../src/engine';

interface ArrayDescription {
  dtype: string;
  shape: number[];
  values: number[];
}
type ItemDescription =
  | { kind: 'int'; index: number }
  | { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { kind: 'newaxis' }
  | { kind: 'ellipsis' }
  | { kind: 'array'; dtype: string; shape: number[]; values: number[] };
interface Outcome {
  result?: ArrayDescription;
  error?: { type: string; message: string };
}
interface GatherCase extends Outcome {
  name: string;
  shape: number[];
  items: ItemDescription[];
}
interface AssignCase extends GatherCase {
  dtype: string;
  value: ArrayDescription;
}

const table = JSON.parse(readFileSync(join(__dirname, '../fixtures/numpy-index-cases.json'), 'utf8')) as {
  gather: GatherCase[];
  scatter: AssignCase[];
  addAt: AssignCase[];
};

/** numpy dtype names as the engine's. float64 index arrays stay float64 (numpy rejects them). */
function engineDType(name: string): DType {
  if (name === 'float64' || name === 'float32' || name === 'int64' || name === 'bool') return name;
  throw new Error(`fixture dtype ${name}`);
}

function toTensor(a: ArrayDescription): Tensor {
  const dtype = engineDType(a.dtype);
  return a.shape.length === 0 ? Tensor.scalar(a.values[0], dtype) : Tensor.of(Float64Array.from(a.values), a.shape, dtype);
}

function toItems(items: ItemDescription[]): IndexItem[] {
  return items.map((it): IndexItem => (it.kind === 'array' ? { kind: 'array', index: toTensor(it) } : it));
}

/** np.arange(size).reshape(shape).astype(dtype). */
function arange(shape: number[], dtype: DType = 'float64'): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = Float64Array.from({ length: n }, (_, i) => i);
  return shape.length === 0 ? Tensor.scalar(0, dtype) : Tensor.of(data, shape, dtype);
}

function expectOutcome(run: () => Tensor, c: Outcome, dtype: DType): void {
  if (c.error) {
    expect(run).toThrowError(new EngineError(c.error.type as EngineError['kind'], c.error.message));
    try {
      run();
    } catch (e) {
      expect((e as EngineError).kind).toBe(c.error.type);
    }
    return;
  }
  const out = run();
  expect(out.shape).toEqual(c.result!.shape);
  expect(out.dtype).toBe(dtype);
  expect(Array.from(out.data)).toEqual(c.result!.values);
}

describe('gather: x[idx] equals numpy', () => {
  for (const c of table.gather) {
    it(c.name, () => {
      const x = arange(c.shape);
      expectOutcome(() => gather(x, toItems(c.items)), c, 'float64');
    });
  }
});

describe('scatter: x[idx] = v equals numpy', () => {
  for (const c of table.scatter) {
    it(c.name, () => {
      const dtype = engineDType(c.dtype);
      expectOutcome(() => scatter(arange(c.shape, dtype), toItems(c.items), toTensor(c.value)), c, dtype);
    });
  }
});

describe('addAt: np.add.at equals numpy', () => {
  for (const c of table.addAt) {
    it(c.name, () => {
      const dtype = engineDType(c.dtype);
      expectOutcome(() => addAt(arange(c.shape, dtype), toItems(c.items), toTensor(c.value)), c, dtype);
    });
  }
});

describe('the index model', () => {
  const int = (index: number): IndexItem => ({ kind: 'int', index });
  const all: IndexItem = { kind: 'slice', start: null, stop: null, step: null };
  const arr = (values: number[]): IndexItem => ({ kind: 'array', index: Tensor.of(Float64Array.from(values), [values.length], 'int64') });

  it('flat positions and the view flag', () => {
    const basic = resolveIndex([3, 4], [all, int(1)]);
    expect(basic).toEqual({ shape: [3], flat: Int32Array.of(1, 5, 9), basic: true });
    const fancy = resolveIndex([3, 4], [arr([2, 0]), int(-1)]);
    expect(fancy).toEqual({ shape: [2], flat: Int32Array.of(11, 3), basic: false });
  });

  it('a 0-d int64 array is an integer (a view), a 0-d bool array is advanced', () => {
    expect(resolveIndex([3], [{ kind: 'array', index: Tensor.scalar(2, 'int64') }]).basic).toBe(true);
    expect(resolveIndex([3], [{ kind: 'array', index: Tensor.scalar(1, 'bool') }]).basic).toBe(false);
  });

  it('slice.indices as CPython computes them', () => {
    // values from CPython: slice(a, b, c).indices(n)
    expect(sliceIndices(null, null, -1, 5)).toEqual([4, -1, 5]);
    expect(sliceIndices(-10, 10, 3, 7)).toEqual([0, 3, 3]);
    expect(sliceIndices(5, -10, -2, 7)).toEqual([5, -2, 3]);
    expect(sliceIndices(2, 2, 1, 7)).toEqual([2, 1, 0]);
    expect(() => sliceIndices(null, null, 0, 3)).toThrowError(new EngineError('ValueError', 'slice step cannot be zero'));
  });

  it('non-integer positions are numpy\'s errors, not truncated', () => {
    // texts from numpy: x[1.5], x[0.5:2]
    expect(() => resolveIndex([3], [int(1.5)])).toThrowError(
      new EngineError(
        'IndexError',
        'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices',
      ),
    );
    expect(() => resolveIndex([3], [{ kind: 'slice', start: 0.5, stop: 2, step: null }])).toThrowError(
      new EngineError('TypeError', 'slice indices must be integers or None or have an __index__ method'),
    );
  });

  it('the display text of an index', () => {
    const mask = Tensor.of(Float64Array.of(1, 0, 1), [3], 'bool');
    expect(indexText([all, int(1)])).toBe('[:, 1]');
    expect(indexText([{ kind: 'slice', start: null, stop: null, step: -1 }, { kind: 'newaxis' }, { kind: 'ellipsis' }])).toBe(
      '[::-1, None, ...]',
    );
    expect(indexText([arr([0, 2]), { kind: 'array', index: mask }])).toBe('[[0, 2], [True, False, True]]');
    expect(indexText([{ kind: 'slice', start: 1, stop: -1, step: null }])).toBe('[1:-1]');
  });

  it('gather records its index for display', () => {
    const g = gather(arange([3, 4]), [all, int(1)]);
    expect(g.node?.op).toBe('gather');
    expect(g.node?.attrs).toEqual({ index: '[:, 1]' });
  });
});
