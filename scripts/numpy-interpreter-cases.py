#!/usr/bin/env python3
"""Expected outputs for test/interpreter/numpy-module.test.ts: small numpy programs run by
CPython 3.11 + numpy 2.x, beyond the differential corpus (views of views, NEP 50 promotion,
numpy scalars, error texts, default_rng, nditer, the less common np.* functions).

Writes test/fixtures/numpy-interpreter-cases.json: a list of
  { "name", "source", "stdout", "exitCode", "stderrLast" (only when exitCode is 1) }.
Usage: python3 scripts/numpy-interpreter-cases.py   (CI does not run it; the JSON is committed)
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / 'test' / 'fixtures' / 'numpy-interpreter-cases.json'

CASES = {}

CASES['views_of_views'] = '''
import numpy as np
x = np.arange(12.0).reshape(3, 4)
v = x[::2, 1::2]
v[...] = 7
print(x)
print(x[1:, ::-1].reshape(-1))
r = x[:, 1].reshape(3, 1)
r[0, 0] = -3
print(x)
t = x.T
u = t.reshape(12)
u[0] = 99
print(x[0, 0])
a = np.arange(6)
b = a[::2].reshape(3, 1)
b[1, 0] = 50
print(a)
c = np.arange(8.0)
d = c[1::2]
e = d[::-1]
e[0] = -1
print(c, d.base is c, e.base is c)
'''

CASES['nep50_promotion'] = '''
import numpy as np
f = np.zeros(3, dtype=np.float32)
f += 0.1
print(f, f.dtype, (f * 2.0).dtype, (f + np.float64(1)).dtype, (f + 1).dtype)
i = np.arange(3)
print((i + 1.5).dtype, (i * True).dtype, (np.array([True]) + 1).dtype, (np.array([True]) + True).dtype)
print(np.float32(0.1) == 0.1, np.float64(0.1) == 0.1, (np.float32(2) * 3).dtype, (np.int64(2) * 1.5).dtype)
print(type(np.float64(1.5) + 1).__name__, isinstance(np.float64(2), float), isinstance(np.int64(2), int))
print(np.maximum(0, np.array([-1.5, 2.0])), np.where(np.array([True, False]), 1, 2.5), np.clip(np.arange(4), 0.5, 2).dtype)
'''

CASES['numpy_scalars'] = '''
import numpy as np
s = np.float64(2.5)
print(s * np.arange(3), s > 2, -s, abs(np.float64(-3)), s ** 2)
print(f"{s:.3f} {np.int64(42):5d} {np.float32(1.5)!r} {s!s} {np.bool_(True)}")
print(int(np.float64(3.9)), float(np.int64(3)), bool(np.float64(0.0)), round(np.float64(2.5)), round(np.float64(3.14159), 2))
print(np.exp(1), np.log(2.0), type(np.exp(1)).__name__, np.sqrt(np.int64(4)), np.float64("-inf"), np.int64(7) % 3)
print(np.float64(3).sum(), np.float64(2.5).max(), np.int64(4).mean(), np.float64(1.5).item(), np.int64(2).dtype)
print(sorted([np.float64(2), np.float64(-1)]), max(np.arange(4)), sum(np.arange(4) * 0.5))
'''

CASES['indexing_and_assignment'] = '''
import numpy as np
x = np.arange(12).reshape(3, 4)
print(x[1], x[:, 2], x[1, 1:3], x[[0, 2]][:, [1]], x[x % 5 == 0], x[np.array([2, 0]), np.array([1, 3])])
y = np.array([1.0, 2.0])
y[0] += 5
y[[1, 1]] += 1
print(y)
z = np.zeros((2, 2))
z[0] = [1, 2]
z[:, 1] = 9
print(z, z.sum(), z.ravel())
m = np.zeros((3, 3))
for row in m:
    row += 1
m[1][1] = 5
print(m)
print(np.array([[1, 2], [3, 4]])[:, None, :].shape, np.ones((2, 3))[..., None].shape)
print(len(np.zeros((4, 2))), list(np.arange(3)), [r for r in np.eye(2)])
'''

CASES['functions_misc'] = '''
import numpy as np
x = np.arange(6.0).reshape(2, 3)
print(np.repeat(x, 2), np.repeat(x, 2, axis=0), np.tile(np.arange(3), 2), np.tile(x, (2, 1)))
print(np.diag(np.array([1, 2])), np.diag(x), np.diag(x, 1), np.trace(np.eye(3)))
print(np.log10(1000.0), np.log2(8), np.log10(np.array([1, 10, 100])))
print(np.atleast_2d(np.arange(3)).shape, np.flatnonzero(np.array([0, 1, 0, 2])), np.isscalar(3.0), np.isscalar(x))
print(np.sort(np.array([3, 1, 2])), np.sort(np.array([[3, 1], [0, 2]]), axis=0), np.argsort([3, 1, 2]), np.unique([3, 1, 3, 2]))
print(np.bincount(np.array([0, 1, 1, 4])), np.count_nonzero([0, 1, 2]), np.cumsum([[1, 2], [3, 4]]))
print(np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=1, keepdims=True), np.linalg.norm([1, -2, 3], ord=1), np.linalg.norm([1, -5], np.inf))
print(np.linspace(0, 1, 3, retstep=True), np.linspace(1, 10, 4, dtype=int), np.arange(0, 5, 1.5), np.arange(5, dtype=float))
print(np.full((2, 2), np.float32(1.5)).dtype, np.full(2, True), np.eye(3, 2, k=-1), np.identity(2, dtype=int))
print(np.ones(3)[::-1].sum(), np.array_equal([1, 2], [1, 2]), np.array([1, 2]) == [1, 3])
print(np.dot([1, 2], [3, 4]), np.dot(np.eye(2), [1, 2]), np.round(np.array([1.2345, 2.5]), 2), np.around(np.array([15, 25]), -1))
'''

CASES['nditer_and_rng'] = '''
import numpy as np
x = np.arange(6.0).reshape(2, 3)
it = np.nditer(x, flags=['multi_index'])
while not it.finished:
    print(it.multi_index, x[it.multi_index], end='; ')
    it.iternext()
print()
for v in np.nditer(np.arange(3)):
    print(v, end=' ')
print()
r = np.random.default_rng(42)
print(r.integers(0, 10, size=4), r.random((2, 2)), r.choice([1, 2, 3]), r.permutation(4))
np.random.seed(7)
print(np.random.rand(2, 2), np.random.randint(10), np.random.choice([0.5, 1.5, 2.5], size=3))
'''

CASES['strided_reductions'] = '''
import numpy as np
m = np.full((10, 3), 0.1)
print(repr(m.T.sum(axis=1)[0]), repr(m.T.sum()), repr(m.T.mean(axis=1, keepdims=True)[2, 0]))
a = np.arange(1, 31) / 7
b = a.reshape(5, 6).T
print(repr(b.sum(axis=1)[3]), repr(b.var(axis=0)[1]), b.sum(axis=(0, 1)))
'''

CASES['errors_caught'] = '''
import numpy as np
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.arange(6).reshape(2, 3)
t(lambda: x[0, 0, 0])
t(lambda: x[..., ...])
t(lambda: x[1.0])
t(lambda: x[np.array([1.0])])
t(lambda: x.transpose(0))
t(lambda: x.transpose(0, 0))
t(lambda: np.array([[1, 2], [3]]))
t(lambda: np.zeros(2.5))
t(lambda: np.expand_dims(x, 5))
t(lambda: x.astype('foo'))
t(lambda: x[:, [0, 5]])
t(lambda: x[[True, False, True]])
t(lambda: int(np.array([1, 2])))
t(lambda: np.arange(3) ** -1)
t(lambda: np.array([True]) - np.array([False]))
t(lambda: np.concatenate([]))
t(lambda: np.stack([np.ones(2), np.ones(3)]))
t(lambda: np.mean([]))
t(lambda: np.zeros((2, 2)).item(3))
t(lambda: np.random.choice(3, 5, replace=False))
t(lambda: np.random.choice(3, p=[0.5, 0.5, 0.5]))
t(lambda: np.random.randint(5, 2))
a = np.zeros(3, dtype=int)
t(lambda: np.add(a, 1.5, out=a))
t(lambda: np.array(5)[0])
'''

CASES['casting_error_uncaught'] = '''
import numpy as np
x = np.arange(3)
x *= 2
print(x)
x /= 2
'''


def run(source):
    p = subprocess.run([sys.executable, '-c', source], capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        raise SystemExit(f'exit {p.returncode}: {p.stderr}')
    lines = [l for l in p.stderr.split('\n') if l != '']
    out = {'stdout': p.stdout, 'exitCode': p.returncode}
    if p.returncode == 1:
        out['stderrLast'] = lines[-1]
    return out


def main():
    cases = []
    for name, source in CASES.items():
        src = source.lstrip('\n')
        cases.append({'name': name, 'source': src, **run(src)})
    OUT.write_text(json.dumps(cases, indent=2) + '\n')
    print(f'wrote {len(cases)} cases to {OUT.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
