// The cost model of README.md: checking a function with a 512 x 512 weight costs the program's own
// forward, one backward and the sampled finite differences - not 2 x 262,144 forwards.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RunInvoker } from '../../src/analysis/checks/run-invoker';
import { ready, run } from './helpers';

beforeAll(ready);
afterEach(() => vi.restoreAllMocks());

const program = (dW: string): string =>
  [
    'import numpy as np',
    'def loss_fn(W, x):',
    '    y = x @ W',
    '    loss = np.sum(y * y)',
    `    dW = ${dW}`,
    '    return loss, dW',
    'np.random.seed(0)',
    'W = np.random.randn(512, 512) * 0.01',
    'x = np.random.randn(4, 512)',
    'loss, dW = loss_fn(W, x)',
  ].join('\n');

describe('cost of a check', () => {
  for (const [verdict, dW] of [
    ['pass', '2 * x.T @ y'],
    ['mismatch', 'x.T @ y'],
  ] as const) {
    it(`a 512x512 weight (${verdict}): at most 1 + 2 x 8 re-evaluations`, () => {
      const calls = vi.spyOn(RunInvoker.prototype, 'call');
      const r = run(program(dW));
      const c = r.checks.find((x) => x.function === 'loss_fn');
      expect(c?.status).toBe(verdict);
      expect(c?.total).toBe(512 * 512);
      expect(calls.mock.calls.length).toBeGreaterThan(0);
      expect(calls.mock.calls.length).toBeLessThanOrEqual(17);
    });
  }
});
