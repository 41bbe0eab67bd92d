// A numpy view is an alias of its root's storage: the loss can reach the storage through another
// view (x[0] of x = a.reshape(...) or of x = data[:, 1:]) without passing through x's own tensor,
// and x's gradient is then the storage's, read the same way. torch views keep autograd's meaning.
import { beforeAll, describe, expect, it } from 'vitest';
import { binding, ready, run } from './helpers';

beforeAll(ready);

describe('gradients of views', () => {
  it('a reshaped array read through a view of it gets its elements\' gradients', () => {
    const r = run('import numpy as np\nx = np.array([1.0, 2.0, 3.0, 4.0]).reshape(2, 2)\nrow = x[0]\nloss = np.sum(row ** 2)\n', { root: 'loss' });
    expect(binding(r, 'row').grad).toEqual([2, 4]);
    expect(binding(r, 'x').grad).toEqual([
      [2, 4],
      [0, 0],
    ]);
  });

  it('so does a strided view (a column slice) read through a view of it', () => {
    const r = run('import numpy as np\ndata = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])\nX = data[:, 1:]\nrow = X[1]\nloss = np.sum(row ** 2)\n', { root: 'loss' });
    expect(binding(r, 'X').grad).toEqual([
      [0, 0],
      [10, 12],
    ]);
    expect(binding(r, 'data').grad).toEqual([
      [0, 0, 0],
      [0, 10, 12],
    ]);
  });

  it('a torch view the loss does not use has none', () => {
    const r = run('import torch\nw = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)\ny = w.reshape(4)\nloss = (w ** 2).sum()\n', { root: 'loss' });
    expect(binding(r, 'w').grad).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(binding(r, 'y').grad).toBeNull();
  });
});
