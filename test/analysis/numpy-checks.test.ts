// Returned-gradient and forward/backward-pair checks on numpy code: both verdicts, kinks, and the
// first wrong intermediate.
import { beforeAll, describe, expect, it } from 'vitest';
import { binding, example, ready, run } from './helpers';

beforeAll(ready);

const lineOf = (src: string, text: string): number => src.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('returned gradients', () => {
  const svm = example('cs231n/svm.py');

  it('flags the classic missing factor 2 of the L2 gradient, on the line that assigned dW', () => {
    const r = run(svm);
    const c = r.checks.find((x) => x.kind === 'returned-gradient' && x.function === 'svm_loss');
    expect(c).toMatchObject({ status: 'mismatch', wrt: 'W' });
    const d = r.diagnostics.find((x) => x.code === 'gradient-mismatch');
    expect(d?.line).toBe(lineOf(svm, 'dW += reg * W'));
    expect(d?.message).toMatch(/^dW disagrees with the gradient of the loss w\.r\.t\. W: \d+ of 24 elements differ/);
    // finite differences agree with the exact gradient at the worst element, not with the user's
    expect(Math.abs((c!.numeric - c!.autograd) / c!.autograd)).toBeLessThan(1e-5);
    expect(Math.abs(c!.analytic - c!.autograd)).toBeGreaterThan(1e-3);
  });

  it('passes the corrected code', () => {
    const r = run(svm.replace('dW += reg * W  #', 'dW += 2 * reg * W  #'));
    const c = r.checks.find((x) => x.kind === 'returned-gradient');
    expect(c?.status).toBe('pass');
    expect(c!.maxRelError).toBeLessThan(1e-6);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('checks (loss, grads) dicts keyed like self.params', () => {
    const net = example('cs231n/two_layer_net.py');
    const r = run(net);
    const keys = r.checks.filter((c) => c.function === 'TwoLayerNet.loss').map((c) => c.wrt).sort();
    expect(keys).toEqual(["params['W1']", "params['W2']", "params['b1']", "params['b2']"]);
    expect(r.checks.every((c) => c.status === 'pass')).toBe(true);
    const broken = run(net.replace("grads['W2'] = h.T @ dscores + 2 * reg * W2", "grads['W2'] = h.T @ dscores + reg * W2"));
    const d = broken.diagnostics.find((x) => x.code === 'gradient-mismatch');
    expect(d?.line).toBe(lineOf(net, "grads['W2'] = h.T @ dscores"));
    expect(broken.checks.filter((c) => c.status === 'mismatch').map((c) => c.wrt)).toEqual(["params['W2']"]);
  });

  it('gives the gradient of every binding, arrays included', () => {
    const r = run(example('lecture/vectorized.py'));
    expect(r.root?.name).toBe('f');
    const dW = binding(r, 'W').grad as number[][];
    [[0.088, 0.176], [0.104, 0.208]].forEach((row, i) => row.forEach((v, j) => expect(dW[i][j]).toBeCloseTo(v, 12)));
    const dx = binding(r, 'x').grad as number[];
    expect(dx[0]).toBeCloseTo(-0.112, 12);
    expect(dx[1]).toBeCloseTo(0.636, 12);
    expect(binding(r, 'q').shape).toEqual([2]);
  });
});

describe("the user's own modules", () => {
  it('checks an imported function returning (loss, dW) at the call, naming the gradient and the argument as the call binds them', () => {
    const svm = [
      'import numpy as np',
      'def svm_loss(W, X, y, reg):',
      '    scores = X.dot(W)',
      '    margins = np.maximum(0, scores - scores[np.arange(X.shape[0]), y][:, None] + 1.0)',
      '    margins[np.arange(X.shape[0]), y] = 0',
      '    mask = (margins > 0).astype(float)',
      '    mask[np.arange(X.shape[0]), y] = -mask.sum(axis=1)',
      '    return margins.sum() / X.shape[0] + reg * np.sum(W * W), X.T.dot(mask) / X.shape[0] + reg * W',
      '',
    ].join('\n');
    const main = ['import numpy as np', 'from svm import svm_loss', 'np.random.seed(0)', 'W = np.random.randn(5, 3) * 0.01', 'X = np.random.randn(8, 5)', 'y = np.random.randint(3, size=8)', 'loss, dW = svm_loss(W, X, y, 0.1)', ''].join('\n');
    const r = run(main, { moduleFiles: { readText: (p) => (p === 'svm.py' ? svm : null), isDirectory: () => false } });
    const c = r.checks.find((x) => x.kind === 'returned-gradient');
    expect(c).toMatchObject({ function: 'svm_loss', wrt: 'W', status: 'mismatch', line: 7 }); // reg * W: the factor 2 is missing
    expect(r.diagnostics.find((d) => d.code === 'gradient-mismatch')?.message).toMatch(/^dW disagrees with the gradient of the loss w\.r\.t\. W/);
  });
});

describe('forward/backward pairs', () => {
  const layers = example('cs231n/layers.py');

  it('pairs through the cache; the wrong batchnorm backward is reported at dx with dvar as the first wrong intermediate', () => {
    const r = run(layers);
    const pairs = r.checks.filter((c) => c.kind === 'forward-backward-pair');
    const status = (fn: string, wrt: string): string | undefined => pairs.find((c) => c.function === fn && c.wrt === wrt)?.status;
    expect(status('affine_backward', 'x')).toBe('pass');
    expect(status('affine_backward', 'w')).toBe('pass');
    expect(status('affine_backward', 'b')).toBe('pass');
    expect(status('relu_backward', 'x')).toBe('pass');
    expect(status('batchnorm_backward', 'x')).toBe('mismatch');
    expect(status('batchnorm_backward', 'gamma')).toBe('pass');
    expect(status('batchnorm_backward', 'beta')).toBe('pass');
    const mismatches = r.diagnostics.filter((d) => d.code === 'gradient-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0].line).toBe(lineOf(layers, 'dx = dxhat / np.sqrt(var + eps)'));
    expect(mismatches[0].message).toContain('first wrong intermediate is dvar');
    expect(mismatches[0].relatedInformation?.[0].line).toBe(lineOf(layers, 'dvar = np.sum('));
    // softmax_loss returns (loss, dx): a returned gradient that is right
    expect(r.checks.find((c) => c.function === 'softmax_loss')?.status).toBe('pass');
  });

  it('a correct intermediate up to a constant factor (not yet divided by N) is no culprit', () => {
    const src = [
      'import numpy as np',
      'def square_forward(x):',
      '    out = x * x',
      '    return out, x',
      'def square_backward(dout, cache):',
      '    x = cache',
      '    dout2 = dout * 2.0',
      '    dx = dout2 * x * 0.5',
      '    return dx',
      'np.random.seed(0)',
      'o, c = square_forward(np.random.randn(3))',
      'dx = square_backward(np.random.randn(3), c)',
    ].join('\n');
    const r = run(src);
    const c = r.checks.find((x) => x.kind === 'forward-backward-pair');
    expect(c?.status).toBe('mismatch');
    const d = r.diagnostics.find((x) => x.code === 'gradient-mismatch');
    expect(d?.line).toBe(8);
    expect(d?.relatedInformation).toBeUndefined();
  });

  it('holds dout fixed when the backward pass chains (dout computed from the forward it checks)', () => {
    // dscores comes from scores = affine_forward(a, ...): the pair check is of affine_forward alone
    const chain = (db: string): string =>
      [
        'import numpy as np',
        'def affine_forward(x, w, b):',
        '    return x @ w + b, (x, w, b)',
        'def affine_backward(dout, cache):',
        '    x, w, b = cache',
        `    return dout @ w.T, x.T @ dout, ${db}`,
        'np.random.seed(1)',
        'a, W, b, y = np.random.randn(5, 4), np.random.randn(4, 3), np.random.randn(3), np.array([0, 1, 2, 1, 0])',
        'scores, cache = affine_forward(a, W, b)',
        'p = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)',
        'loss = -np.log(p[np.arange(5), y]).mean()',
        'dscores = p.copy()',
        'dscores[np.arange(5), y] -= 1',
        'da, dW, db = affine_backward(dscores / 5, cache)',
      ].join('\n');
    const good = run(chain('dout.sum(axis=0)'));
    const pairs = good.checks.filter((c) => c.kind === 'forward-backward-pair');
    expect(pairs.map((c) => [c.wrt, c.status])).toEqual([['x', 'pass'], ['w', 'pass'], ['b', 'pass']]);
    const bad = run(chain('dout.sum(axis=0) * 2'));
    expect(bad.checks.filter((c) => c.kind === 'forward-backward-pair').map((c) => c.status)).toEqual(['pass', 'pass', 'mismatch']);
  });

  it('a relu exactly at 0 is a kink, not a mismatch', () => {
    const src = [
      'import numpy as np',
      'def relu_forward(x):',
      '    return np.maximum(0, x), x',
      'def relu_backward(dout, cache):',
      '    x = cache',
      '    dx = dout * (x >= 0)',
      '    return dx',
      'x = np.array([-1.0, 0.0, 2.0])',
      'out, cache = relu_forward(x)',
      'dx = relu_backward(np.array([0.5, 0.7, -1.2]), cache)',
    ].join('\n');
    const r = run(src);
    const c = r.checks.find((x) => x.kind === 'forward-backward-pair');
    expect(c?.status).toBe('kink');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['gradient-kink']);
    expect(r.diagnostics[0].severity).toBe('information');
  });

  it("checks a max-pool backward that routes dout with np.unravel_index(np.argmax(window), window.shape)", () => {
    const src = (route: string): string =>
      [
        'import numpy as np',
        'def max_pool_forward(x, s):',
        '    N, H, W = x.shape',
        '    out = np.zeros((N, H // s, W // s))',
        '    for i in range(H // s):',
        '        for j in range(W // s):',
        '            out[:, i, j] = x[:, i * s:(i + 1) * s, j * s:(j + 1) * s].max(axis=(1, 2))',
        '    return out, (x, s)',
        'def max_pool_backward(dout, cache):',
        '    x, s = cache',
        '    dx = np.zeros_like(x)',
        '    for n in range(x.shape[0]):',
        '        for i in range(dout.shape[1]):',
        '            for j in range(dout.shape[2]):',
        '                window = x[n, i * s:(i + 1) * s, j * s:(j + 1) * s]',
        '                r, c = np.unravel_index(np.argmax(window), window.shape)',
        `                ${route}`,
        '    return dx',
        'x = np.arange(32.0).reshape(2, 4, 4) % 7 + np.arange(32.0).reshape(2, 4, 4) / 100',
        'out, cache = max_pool_forward(x, 2)',
        'dx = max_pool_backward(np.arange(8.0).reshape(2, 2, 2) - 3, cache)',
      ].join('\n');
    const good = run(src('dx[n, i * s + r, j * s + c] += dout[n, i, j]'));
    expect(good.checks.find((x) => x.kind === 'forward-backward-pair')?.status).toBe('pass');
    const bad = run(src('dx[n, i * s + c, j * s + r] += dout[n, i, j]'));
    expect(bad.checks.find((x) => x.kind === 'forward-backward-pair')?.status).toBe('mismatch');
  });
});
