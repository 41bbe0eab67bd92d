// numpy arrays live on the engine's tape: writes through views, in-place operators, np.add.at and
// arrays built from Python floats all keep the path from the loss back to every input, so the
// engine's backward gives numpy programs' true gradients. Also: the bindings log snapshots arrays
// as their tensor at bind time, and unsupported numpy names stop the run with an honest error.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import { NDArray } from '../../src/python/modules/numpy';
import { runClean as run, tensorOf } from './run-helpers';
import { loadPython, runSource } from '../../src/python/run';
import type { RunResult } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});



/** The value bound to `name` on `line` (snapshot). */
function bound(r: RunResult, name: string, line: number): Tensor {
  const b = r.log.entries().find((e) => e.name === name && e.line === line);
  expect(b, `${name} bound on line ${line}`).toBeDefined();
  return tensorOf(b!.value);
}

function gradient(r: RunResult, root: string, wrt: Tensor): number[] {
  const grads = backward(tensorOf(r.log.last(root)!.value));
  const g = grads.get(wrt);
  expect(g, 'the input is reachable from the root').toBeDefined();
  return Array.from(g!.data);
}

describe('gradients through numpy programs', () => {
  it('flow through a write made via a row view (row *= 2)', () => {
    const r = run(
      [
        'import numpy as np',
        'W = np.array([[1.0, 2.0], [3.0, 4.0]])',
        'x = np.array([0.5, -1.0])',
        'row = W[0]',
        'row *= 2',
        'h = W @ x',
        'loss = (h ** 2).sum()',
      ].join('\n'),
    );
    expect(tensorOf(r.log.last('loss')!.value).item()).toBe(9 + 6.25);
    // W1 = W0 with row 0 doubled; dL/dW1 = 2 h x^T with h = [-3, -2.5]
    expect(gradient(r, 'loss', bound(r, 'W', 2))).toEqual([-6, 12, -2.5, 5]);
    expect(gradient(r, 'loss', bound(r, 'x', 3))).toEqual([2 * -3 * 2 + 2 * -2.5 * 3, 2 * -3 * 4 + 2 * -2.5 * 4]);
  });

  it('reach the Python floats an array was built from', () => {
    const r = run(['import numpy as np', 'a = 1.5', 'b = -2.0', 'v = np.array([a, b])', 'loss = (v * v).sum()'].join('\n'));
    expect(gradient(r, 'loss', bound(r, 'a', 2))).toEqual([3]);
    expect(gradient(r, 'loss', bound(r, 'b', 3))).toEqual([-4]);
  });

  it('reach a weak Python float used with a float32 array (cast on the tape)', () => {
    const r = run(['import numpy as np', 'lr = 0.5', 'w = np.ones(3, dtype=np.float32)', 'w2 = w * lr', 'loss = w2.sum()'].join('\n'));
    expect(tensorOf(r.log.last('w2')!.value).dtype).toBe('float32');
    expect(gradient(r, 'loss', bound(r, 'lr', 2))).toEqual([3]);
  });

  it('give a view the base version it reads, not a stale one', () => {
    const r = run(['import numpy as np', 'x = np.array([1.0, 2.0, 3.0])', 'y = x[1:]', 'x[2] = 10.0', 's = y.sum()'].join('\n'));
    expect(tensorOf(r.log.last('s')!.value).item()).toBe(12);
    // position 2 was overwritten by a constant: its old value no longer matters
    expect(gradient(r, 's', bound(r, 'x', 2))).toEqual([0, 1, 0]);
  });

  it('accumulate through np.add.at and through x[idx] += v (buffered)', () => {
    const r = run(
      [
        'import numpy as np',
        'v = np.array([1.0, 2.0, 3.0])',
        'g = np.zeros(3)',
        'np.add.at(g, [0, 0, 2], v)',
        'b = np.zeros(3)',
        'b[[0, 0, 2]] += v',
        'w = np.array([1.0, 10.0, 100.0])',
        'loss = (g * w).sum() + (b * w).sum()',
      ].join('\n'),
    );
    // np.add.at binds nothing: read the arrays' final contents
    expect(Array.from((r.log.last('g')!.live as NDArray).tensor.data)).toEqual([3, 0, 3]);
    // buffered: the last write to position 0 wins (v[1] = 2)
    expect(Array.from((r.log.last('b')!.live as NDArray).tensor.data)).toEqual([2, 0, 3]);
    expect(gradient(r, 'loss', bound(r, 'v', 2))).toEqual([1, 1 + 1, 100 + 100]);
  });

  it('pass through transposes, reshapes and column writes (x[:, j] += v)', () => {
    const r = run(
      [
        'import numpy as np',
        'a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])',
        'c = np.zeros((2, 3))',
        'for j in range(3):',
        '    c[:, j] += a.T[j] * j',
        'loss = (c.reshape(-1) ** 2).sum()',
      ].join('\n'),
    );
    // c = a * [0, 1, 2] per column; dL/da = 2 c [0, 1, 2] = 2 a [0, 1, 4]
    expect(gradient(r, 'loss', bound(r, 'a', 2))).toEqual([0, 4, 24, 0, 10, 48]);
  });

  it('leave the tape pointing at the source line of each op', () => {
    const r = run(['import numpy as np', 'x = np.arange(3.0)', 'y = x * 2', 'z = np.exp(y).sum()'].join('\n'));
    expect(r.spans[tensorOf(r.log.last('y')!.value).origin].line).toBe(3);
    expect(r.spans[tensorOf(r.log.last('z')!.value).origin].line).toBe(4);
  });
});

describe('the bindings log and the run', () => {
  it('snapshots an array as its tensor at bind time', () => {
    const r = run(['import numpy as np', 'x = np.zeros(2)', 'x[0] = 5', 'x += 1'].join('\n'));
    expect(Array.from(bound(r, 'x', 2).data)).toEqual([0, 0]);
    expect(Array.from(bound(r, 'x', 3).data)).toEqual([5, 0]);
    expect(Array.from(bound(r, 'x', 4).data)).toEqual([6, 1]);
  });

  it('stops at an unsupported numpy name with its line', () => {
    const r = runSource('import numpy as np\nx = np.ones(3)\ny = np.convolve(x, x)\n', { filename: 'x.py' });
    expect(r.exitCode).toBe(1);
    expect(r.error).toMatchObject({ kind: 'unsupported', message: 'numpy.convolve is not supported by gradlens yet' });
    expect(r.error!.span.line).toBe(3);
  });

  it('stops at an unsupported submodule function too', () => {
    const r = runSource('import numpy as np\nA = np.eye(2)\nB = np.linalg.svd(A)\n', { filename: 'x.py' });
    expect(r.error).toMatchObject({ kind: 'unsupported', message: 'numpy.linalg.svd is not supported by gradlens yet' });
  });
});
