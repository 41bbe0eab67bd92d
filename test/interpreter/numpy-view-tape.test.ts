// What a numpy view puts on the tape: reading a strided view (a transpose, a column) is one
// 'gather' along its window of the root's tensor, writing through one is one 'scatter' of the
// root's tensor - no reshapes around an index array - and gradients still reach the root.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import { loadPython, runSource } from '../../src/python/run';
import type { RunResult } from '../../src/python/run';
import { NpScalar } from '../../src/python/modules/numpy';

beforeAll(async () => {
  await loadPython();
});

function run(lines: string[]): RunResult {
  const r = runSource(lines.join('\n'), { filename: 'views.py' });
  expect(r.stderr).toBe('');
  return r;
}

/** The tensor bound to `name` on `line` (arrays snapshot as tensors; numpy scalars hold one). */
function boundTensor(r: RunResult, name: string, line: number): Tensor {
  const b = r.log.entries().find((e) => e.name === name && e.line === line);
  const v = b?.value instanceof NpScalar ? b.value.t : b?.value;
  expect(v, `${name} bound on line ${line}`).toBeInstanceOf(Tensor);
  return v as Tensor;
}

describe('numpy views on the tape', () => {
  it('a transposed view is read with one gather of the root tensor', () => {
    const r = run(['import numpy as np', 'W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])', 'Wt = W.T', 'h = Wt * 2.0', 'loss = h.sum()', 'print(h)']);
    expect(r.stdout).toBe('[[ 2.  8.]\n [ 4. 10.]\n [ 6. 12.]]\n');
    const W = boundTensor(r, 'W', 2);
    const Wt = boundTensor(r, 'Wt', 3);
    expect(Wt.node?.op).toBe('gather');
    expect(Wt.node?.inputs).toEqual([W]);
    expect(Wt.shape).toEqual([3, 2]);
    const h = boundTensor(r, 'h', 4);
    expect(h.node?.inputs[0]).toBe(Wt); // the view's cached tensor is what the product used
    const g = backward(boundTensor(r, 'loss', 5)).get(W);
    expect(Array.from(g!.data)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('a write through a column view is one scatter of the root tensor', () => {
    const r = run([
      'import numpy as np',
      'W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])',
      'v = np.array([7.0, 8.0])',
      'col = W[:, 1]',
      'col[:] = v',
      'loss = (W * W).sum()',
      'print(W)',
    ]);
    expect(r.stdout).toBe('[[1. 7. 3.]\n [4. 8. 6.]]\n');
    const W0 = boundTensor(r, 'W', 2);
    const v = boundTensor(r, 'v', 3);
    // `col[:] = v` binds col: its snapshot is the view's contents after the write
    expect(Array.from(boundTensor(r, 'col', 5).data)).toEqual([7, 8]);
    const grads = backward(boundTensor(r, 'loss', 6));
    // loss = sum(W1^2) where W1 is W0 with column 1 replaced by v
    expect(Array.from(grads.get(W0)!.data)).toEqual([2, 0, 6, 8, 0, 12]);
    expect(Array.from(grads.get(v)!.data)).toEqual([14, 16]);
    const written = [...grads.keys()].find((t) => t.node?.op === 'scatter');
    expect(written?.node?.inputs[0]).toBe(W0);
  });

  it('a strided slice with a negative step reads and differentiates like numpy', () => {
    const r = run(['import numpy as np', 'x = np.arange(10.0)', 's = x[8:1:-3]', 'loss = (s * np.array([1.0, 2.0, 3.0])).sum()', 'print(s, loss)']);
    expect(r.stdout).toBe('[8. 5. 2.] 24.0\n');
    const g = backward(boundTensor(r, 'loss', 4)).get(boundTensor(r, 'x', 2));
    expect(Array.from(g!.data)).toEqual([0, 0, 3, 0, 0, 2, 0, 0, 1, 0]);
  });
});
