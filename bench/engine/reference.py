"""numpy's side of bench/engine: the same work as main.ts, timed here, printed as JSON (ms)."""
import json
import sys
import time

import numpy as np


def best(fn, repeat):
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


rng = np.random.default_rng(0)
out = {}
for n in (64, 256, 512):
    a = rng.standard_normal((n, n))
    b = rng.standard_normal((n, n))
    out[f"matmul {n}"] = best(lambda: a @ b, 20 if n < 512 else 5)

x = rng.standard_normal(1_000_000)


def chain():
    a = x * 1.5
    b = a + 0.3
    c = np.tanh(b)
    d = c * c
    e = d - 0.1
    f = np.exp(e)
    g = f / 3.0
    h = np.sqrt(g)
    i = h * x
    return i + a


out["elementwise chain 1e6"] = best(chain, 5)
m = rng.standard_normal((1000, 1000))
out["sum 1000x1000"] = best(lambda: m.sum(), 10)
out["sum axis=0 1000x1000"] = best(lambda: m.sum(axis=0), 10)
out["max axis=1 1000x1000"] = best(lambda: m.max(axis=1), 10)

N, D, H, C = 256, 784, 256, 10
X = rng.standard_normal((N, D))
y = rng.integers(0, C, N)
W1 = rng.standard_normal((D, H)) * 0.01
b1 = np.zeros(H)
W2 = rng.standard_normal((H, C)) * 0.01
b2 = np.zeros(C)


def forward():
    h = np.maximum(0, X @ W1 + b1)
    s = h @ W2 + b2
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s)
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(N), y]).mean()
    return h, p, loss


def forward_backward():
    h, p, loss = forward()
    ds = p.copy()
    ds[np.arange(N), y] -= 1
    ds /= N
    dW2 = h.T @ ds
    db2 = ds.sum(axis=0)
    dh = ds @ W2.T
    dh[h <= 0] = 0
    dW1 = X.T @ dh
    db1 = dh.sum(axis=0)
    return loss, dW1, db1, dW2, db2


out["mlp forward"] = best(forward, 10)
out["mlp forward+backward"] = best(forward_backward, 10)
json.dump(out, sys.stdout)
