// np.split / diff / roll / triu / tril / meshgrid / moveaxis / column_stack / take / median /
// percentile / quantile are built from operations the tape records, so a loss through them has
// the gradient finite differences give.
import { beforeAll, describe, expect, it } from 'vitest';
import { Tensor, backward } from '../../src/engine';
import { tensorOf } from './run-helpers';
import { loadPython, runSource } from '../../src/python/run';

beforeAll(async () => {
  await loadPython();
});


/** Runs `loss = <expr of x>` with x a 3x4 float array; returns the loss and the array x. */
function lossAt(values: number[], expr: string): { loss: Tensor; x: Tensor } {
  const rows = [values.slice(0, 4), values.slice(4, 8), values.slice(8, 12)];
  const src = `import numpy as np\nx = np.array(${JSON.stringify(rows)})\nloss = ${expr}\n`;
  const r = runSource(src, { filename: 'x.py' });
  expect(r.stderr).toBe('');
  return { loss: tensorOf(r.log.last('loss')!.value), x: tensorOf(r.log.last('x')!.value) };
}

const X = [0.3, -1.2, 2.5, 0.7, 1.1, -0.4, 0.9, -2.0, 1.6, 0.05, -0.8, 1.3];

const CASES = [
  'sum(np.sum(p ** 2) * (i + 1) for i, p in enumerate(np.split(x, 2, axis=1)))',
  'np.sum(np.array_split(x, 3, axis=1)[0] * 3.0) + np.sum(np.array_split(x, 3, axis=1)[2] ** 3)',
  'np.sum(np.diff(x, axis=1) ** 2) + np.sum(np.diff(x, n=2, axis=0) ** 3)',
  'np.sum(np.roll(x, 1, axis=0) * np.arange(12.0).reshape(3, 4)) + np.sum(np.roll(x, -5) ** 2)',
  'np.sum(np.triu(x, 1) ** 2) + np.sum(np.tril(x) * 2.0)',
  'np.sum(np.meshgrid(x[0], x[1])[0] * np.meshgrid(x[0], x[1])[1] ** 2)',
  'np.sum(np.moveaxis(x.reshape(3, 2, 2), 0, -1) * np.arange(12.0).reshape(2, 2, 3))',
  'np.sum(np.column_stack([x[0], x[1] ** 2]) * np.array([[1.0, 2.0]]))',
  'np.sum(np.take(x, [0, 5, 5, 11]) ** 2) + np.sum(np.take(x, [1, 3], axis=1) * 2.0)',
  'np.median(x) * 3.0 + np.sum(np.median(x, axis=0) ** 2) + np.sum(np.median(x, axis=1) ** 3)',
  'np.sum(np.percentile(x, [30, 75], axis=1) ** 2) + np.quantile(x, 0.4) * 5.0',
];

describe('gradients through np.split, diff, roll, triu, meshgrid, moveaxis, column_stack, take, median, percentile', () => {
  for (const expr of CASES) {
    it(expr, () => {
      const { loss, x } = lossAt(X, expr);
      const grad = backward(loss).get(x);
      expect(grad, 'x reaches the loss').toBeDefined();
      const h = 1e-6;
      for (let i = 0; i < X.length; i++) {
        const up = X.slice();
        const down = X.slice();
        up[i] += h;
        down[i] -= h;
        const numeric = (lossAt(up, expr).loss.item() - lossAt(down, expr).loss.item()) / (2 * h);
        expect(grad!.data[i]).toBeCloseTo(numeric, 5);
      }
    });
  }
});
