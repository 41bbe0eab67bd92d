// A training loop keeps every step's graph (the weights of step t are made from those of step t-1);
// past half the memory budget the run moves the history horizon and older steps are freed. The last
// step's values and gradients must be those of a run that kept everything.
import { beforeAll, describe, expect, it } from 'vitest';
import { runSource } from '../../src/python/run';
import { binding, ready, run } from './helpers';

// A two-layer net trained by hand-written SGD (CS231n's spiral case study, smaller): each step keeps
// ~190,000 elements of arrays through its graph.
const TRAINING = (steps: number): string => `import numpy as np
np.random.seed(0)
X = np.random.randn(600, 2)
y = np.arange(600) % 3
W = 0.01 * np.random.randn(2, 50)
W2 = 0.01 * np.random.randn(50, 3)
for i in range(${steps}):
    hidden = np.maximum(0, X.dot(W))
    scores = hidden.dot(W2)
    exp_scores = np.exp(scores)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
    loss = np.sum(-np.log(probs[range(600), y])) / 600 + 0.5 * 1e-3 * np.sum(W * W)
    dscores = probs.copy()
    dscores[range(600), y] -= 1
    dscores /= 600
    dW2 = hidden.T.dot(dscores)
    dhidden = dscores.dot(W2.T)
    dhidden[hidden <= 0] = 0
    dW = X.T.dot(dhidden) + 1e-3 * W
    W = W - 1.0 * dW
    W2 = W2 - 1.0 * dW2
print(round(float(loss), 6))
`;

beforeAll(ready);

describe('the history horizon', () => {
  it('lets a long training loop finish under a memory budget its whole graph exceeds, with the last step exact', () => {
    // ~34M elements kept in all (well under half the first run's budget: it keeps everything); the
    // bounded run's budget is 10M
    const steps = 150;
    const kept = run(TRAINING(steps), { maxElements: 100_000_000, root: 'loss' });
    const bounded = run(TRAINING(steps), { maxElements: 10_000_000, root: 'loss' });
    expect(kept.exitCode).toBe(0);
    expect(bounded.diagnostics.map((d) => d.message)).toEqual([]);
    expect(bounded.exitCode).toBe(0);
    expect(bounded.diagnostics.filter((d) => d.code === 'budget-exceeded')).toEqual([]);
    expect(bounded.stdout).toBe(kept.stdout);
    // the last step's graph is whole: the same gradient of the last loss for each of its values
    // (unless the horizon moved inside the last step, which this loop's sizes make unlikely but possible)
    for (const name of ['hidden', 'scores', 'probs', 'exp_scores']) {
      expect(binding(bounded, name).grad, name).not.toBeNull();
      expect(binding(bounded, name).grad, name).toEqual(binding(kept, name).grad);
    }
    // (and the bounded run did move the horizon, the other did not)
    expect(runSource(TRAINING(steps), { filename: 't.py', maxElements: 10_000_000 }).historyHorizon).toBeGreaterThan(0);
    expect(runSource(TRAINING(steps), { filename: 't.py', maxElements: 100_000_000 }).historyHorizon).toBe(0);
  });

  it('still stops at the memory budget when what is live exceeds it', () => {
    const r = run('import numpy as np\nkeep = []\nfor i in range(200):\n    keep.append(np.ones(20000) * i)\n', { maxElements: 1_000_000 });
    expect(r.diagnostics.map((d) => d.code)).toContain('budget-exceeded');
  });
});
