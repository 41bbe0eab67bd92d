"""Writes test/fixtures/numpy-reduce-cases.json: numpy's exact results for the engine's
reductions (sum, mean, prod, var, std, max, min, argmax, argmin), softmax/log_softmax (scipy),
matmul/dot/outer, and numpy's error texts for bad calls.

Inputs are not stored: each is made by `make_input`, a formula of correctly rounded float64
operations that the TypeScript test (test/engine/reduce-numpy.test.ts) reproduces bit for bit.
Results are float64 values written with repr (json), non-finite ones as "nan"/"inf"/"-inf".

Run: python3 scripts/numpy-sum-cases.py   (CPython 3.11, numpy 2.x, scipy)
"""
import json
import math
import os

import numpy as np
import scipy
import scipy.special

SCALES = [1e-3, 1.0, 1e3, 0.1, 1e5]


def make_input(shape, seed, dtype, kind):
    """The test's input generator; keep in sync with inputOf() in reduce-numpy.test.ts."""
    n = int(np.prod(shape, dtype=np.int64))
    vals = []
    for i in range(n):
        r = (i * 7919 + seed * 104729) % 2003
        if kind == 'mixed':  # spans 8 orders of magnitude: summation order shows in the digits
            v = (r - 1001) / 7.3 * SCALES[(i * 31 + seed) % 5]
        elif kind == 'unit':  # in [0.5, 1.5): products neither overflow nor vanish
            v = 0.5 + r / 2003
        elif kind == 'ties':  # few distinct values: ties for max/argmax
            v = float(r % 4)
        elif kind == 'int':
            v = float(r - 1001)
        else:
            raise ValueError(kind)
        vals.append(v)
    a = np.array(vals, dtype=np.float64).reshape(shape)
    if dtype == 'bool':
        return (a % 2) == 1
    return a.astype(dtype)


def encode(x):
    arr = np.asarray(x)
    flat = [float(v) for v in arr.ravel()]
    out = []
    for v in flat:
        if math.isnan(v):
            out.append('nan')
        elif math.isinf(v):
            out.append('inf' if v > 0 else '-inf')
        else:
            out.append(v)
    return {'shape': list(arr.shape), 'dtype': str(arr.dtype), 'values': out}


def axis_arg(axis):
    return list(axis) if isinstance(axis, tuple) else axis


cases = []


def add(op, inp, result, **args):
    cases.append({'op': op, 'input': inp, 'args': args, 'expected': encode(result)})


REDUCTION_SHAPES = [
    ((10,), [None, 0, -1]),
    ((7,), [None, 0]),
    ((129,), [None]),
    ((1000,), [None]),
    ((5000,), [None, 0]),
    ((3, 4, 5), [None, 0, 1, 2, -1, (0, 2), (1, 2), (0, 1), ()]),
    ((150, 3), [None, 0, 1]),
    ((3, 150), [None, 0, 1, (0, 1)]),
    ((2, 1, 130), [None, 0, 2, (0, 2), (1, 2)]),
    ((130, 1, 2), [0, (0, 1)]),
    ((3, 17, 8), [None, 0, 1, 2, (0, 2), (1, 2)]),
    ((1, 1, 1), [None, 1]),
    ((0, 3), [0, 1]),
]

for shape, axes in REDUCTION_SHAPES:
    for seed, axis in enumerate(axes):
        for dtype in ['float64', 'float32']:
            spec = {'shape': list(shape), 'seed': seed, 'dtype': dtype, 'kind': 'mixed'}
            a = make_input(shape, seed, dtype, 'mixed')
            add('sum', spec, a.sum(axis=axis), axis=axis_arg(axis))
            if a.size > 0 or axis is not None:
                with np.errstate(all='ignore'):
                    add('mean', spec, a.mean(axis=axis), axis=axis_arg(axis))
                    for ddof in (0, 1):
                        add('variance', spec, a.var(axis=axis, ddof=ddof), axis=axis_arg(axis), ddof=ddof)
                    add('std', spec, a.std(axis=axis, ddof=1), axis=axis_arg(axis), ddof=1)
            if dtype == 'float64' and a.size > 0 and all(shape[ax] > 0 for ax in ([axis] if isinstance(axis, int) else axis or range(len(shape)))):
                add('max', spec, a.max(axis=axis), axis=axis_arg(axis))
                add('min', spec, a.min(axis=axis), axis=axis_arg(axis))
            uspec = dict(spec, kind='unit')
            if dtype == 'float64' or a.size < 100:
                add('prod', uspec, make_input(shape, seed, dtype, 'unit').prod(axis=axis), axis=axis_arg(axis))
        for dtype in ['int64', 'bool']:
            spec = {'shape': list(shape), 'seed': seed, 'dtype': dtype, 'kind': 'int'}
            a = make_input(shape, seed, dtype, 'int')
            add('sum', spec, a.sum(axis=axis), axis=axis_arg(axis))
            if a.size > 0 and dtype == 'int64':
                add('mean', spec, a.mean(axis=axis), axis=axis_arg(axis))
                add('variance', spec, a.var(axis=axis), axis=axis_arg(axis), ddof=0)

# The brief's example and a few classic float sums.
for lit in [list(np.arange(1, 11) * 0.1), [0.1] * 10, [1e16, 1.0, -1e16], [-0.0], [-0.0, -0.0], [0.1, 0.2, 0.3]]:
    a = np.array(lit, dtype=np.float64)
    add('sum', {'literal': [float(v) for v in a]}, a.sum(), axis=None)
    add('mean', {'literal': [float(v) for v in a]}, a.mean(), axis=None)

# arg-extrema: ties pick the first occurrence; NaN wins.
for shape, axes in [((12,), [None, 0]), ((3, 4, 5), [None, 0, 1, 2, -1]), ((6, 7), [None, 0, 1])]:
    for seed, axis in enumerate(axes):
        spec = {'shape': list(shape), 'seed': seed, 'dtype': 'float64', 'kind': 'ties'}
        a = make_input(shape, seed, 'float64', 'ties')
        for keepdims in (False, True):
            add('argmax', spec, a.argmax(axis=axis, keepdims=keepdims), axis=axis, keepdims=keepdims)
            add('argmin', spec, a.argmin(axis=axis, keepdims=keepdims), axis=axis, keepdims=keepdims)
        add('max', spec, a.max(axis=axis), axis=axis)
for lit in [[1.0, float('nan'), 2.0, float('nan')], [3.0, 1.0, 3.0, 1.0]]:
    a = np.array(lit)
    enc = ['nan' if math.isnan(v) else v for v in lit]
    add('argmax', {'literal': enc}, a.argmax(), axis=None, keepdims=False)
    add('argmin', {'literal': enc}, a.argmin(), axis=None, keepdims=False)
    add('max', {'literal': enc}, a.max(), axis=None)
    add('min', {'literal': enc}, a.min(), axis=None)

# softmax / log_softmax as scipy computes them.
for shape, axes in [((4, 5), [-1, 0]), ((2, 3, 4), [1, -1]), ((200,), [0])]:
    for seed, axis in enumerate(axes):
        for dtype in ['float64', 'float32']:
            spec = {'shape': list(shape), 'seed': seed, 'dtype': dtype, 'kind': 'mixed'}
            a = make_input(shape, seed, dtype, 'mixed') / 1000  # divided in its own dtype
            spec['divide'] = 1000
            with np.errstate(all='ignore'):
                add('softmax', spec, scipy.special.softmax(a, axis=axis), axis=axis)
                add('logSoftmax', spec, scipy.special.log_softmax(a, axis=axis), axis=axis)

# matmul / dot / outer (OpenBLAS adds in its own order: the test compares to ~1 ulp of the inputs' scale).
pairs = [
    ('matmul', (3, 4), (4, 5)), ('matmul', (4,), (4, 5)), ('matmul', (3, 4), (4,)), ('matmul', (4,), (4,)),
    ('matmul', (2, 3, 4), (4, 5)), ('matmul', (2, 1, 3, 4), (5, 4, 2)), ('matmul', (4,), (2, 4, 3)),
    ('matmul', (2, 3, 4), (4,)), ('matmul', (9, 70), (70, 11)), ('matmul', (0, 3), (3, 2)), ('matmul', (2, 0), (0, 3)),
    ('dot', (3, 4), (4, 5)), ('dot', (4,), (4,)), ('dot', (2, 3, 4), (5, 4, 2)), ('dot', (2, 3, 4), (4,)),
    ('dot', (4,), (2, 4, 3)), ('dot', (3,), ()), ('outer', (3,), (4,)), ('outer', (2, 2), (3,)),
]
for seed, (op, sa, sb) in enumerate(pairs):
    specs = [{'shape': list(s), 'seed': seed + j, 'dtype': 'float64', 'kind': 'unit'} for j, s in enumerate((sa, sb))]
    a = make_input(sa, seed, 'float64', 'unit')
    b = make_input(sb, seed + 1, 'float64', 'unit')
    res = {'matmul': np.matmul, 'dot': np.dot, 'outer': np.outer}[op](a, b)
    cases.append({'op': op, 'inputs': specs, 'args': {}, 'expected': encode(res)})
for op, dt in [('matmul', 'int64'), ('matmul', 'bool')]:
    specs = [{'shape': [3, 4], 'seed': 1, 'dtype': dt, 'kind': 'int'}, {'shape': [4, 2], 'seed': 2, 'dtype': dt, 'kind': 'int'}]
    a = make_input((3, 4), 1, dt, 'int')
    b = make_input((4, 2), 2, dt, 'int')
    cases.append({'op': op, 'inputs': specs, 'args': {}, 'expected': encode(a @ b)})

# numpy's error texts.
errors = []


def err(op, shapes, args, fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - we record whatever numpy raises
        kind = type(e).__name__
        errors.append({'op': op, 'shapes': [list(s) for s in shapes], 'args': args, 'kind': kind, 'message': str(e)})
        return
    raise AssertionError(f'{op} {shapes} {args} did not raise')


z = np.zeros
err('matmul', [(3, 4), (5, 2)], {}, lambda: z((3, 4)) @ z((5, 2)))
err('matmul', [(4,), (5,)], {}, lambda: z(4) @ z(5))
err('matmul', [(5,), (4, 2)], {}, lambda: z(5) @ z((4, 2)))
err('matmul', [(), (3,)], {}, lambda: np.matmul(z(()), z(3)))
err('matmul', [(3,), ()], {}, lambda: np.matmul(z(3), z(())))
err('matmul', [(2, 3, 4), (3, 4, 5)], {}, lambda: z((2, 3, 4)) @ z((3, 4, 5)))
err('matmul', [(2, 3, 4), (5, 3, 4, 5)], {}, lambda: z((2, 3, 4)) @ z((5, 3, 4, 5)))
err('dot', [(2, 3, 4), (5, 2)], {}, lambda: np.dot(z((2, 3, 4)), z((5, 2))))
err('dot', [(3,), (4,)], {}, lambda: np.dot(z(3), z(4)))
err('dot', [(3, 4), (5,)], {}, lambda: np.dot(z((3, 4)), z(5)))
err('dot', [(4,), (2, 5, 5)], {}, lambda: np.dot(z(4), z((2, 5, 5))))
err('max', [(0, 3)], {'axis': 0}, lambda: z((0, 3)).max(axis=0))
err('max', [(0, 3)], {'axis': None}, lambda: z((0, 3)).max())
err('max', [(0, 0)], {'axis': 0}, lambda: z((0, 0)).max(axis=0))
err('min', [(2, 0)], {'axis': [0, 1]}, lambda: z((2, 0)).min(axis=(0, 1)))
err('argmax', [(0, 3)], {'axis': None}, lambda: z((0, 3)).argmax())
err('argmin', [(0, 2)], {'axis': 0}, lambda: z((0, 2)).argmin(axis=0))
err('argmax', [(3, 3)], {'axis': 2}, lambda: z((3, 3)).argmax(axis=2))
err('argmax', [()], {'axis': 1}, lambda: z(()).argmax(axis=1))
err('sum', [(3, 3)], {'axis': [0, 0]}, lambda: z((3, 3)).sum(axis=(0, 0)))
err('sum', [(3, 3)], {'axis': [0, -2]}, lambda: z((3, 3)).sum(axis=(0, -2)))
err('sum', [(3, 3)], {'axis': 3}, lambda: z((3, 3)).sum(axis=3))
err('sum', [(3, 3)], {'axis': -3}, lambda: z((3, 3)).sum(axis=-3))
err('sum', [()], {'axis': 1}, lambda: z(()).sum(axis=1))
err('mean', [()], {'axis': 0}, lambda: z(()).mean(axis=0))
err('std', [()], {'axis': -1}, lambda: z(()).std(axis=-1))
err('prod', [(2, 2)], {'axis': [0, 2]}, lambda: z((2, 2)).prod(axis=(0, 2)))
err('softmax', [(2, 2)], {'axis': 2}, lambda: scipy.special.softmax(z((2, 2)), axis=2))

# Scalars (0-d) accept axis 0 / -1 in ufunc reductions and in argmax.
for op, axis in [('sum', 0), ('sum', -1), ('prod', 0), ('max', -1), ('min', 0)]:
    add(op, {'literal0d': 3.5}, getattr(np.array(3.5), op)(axis=axis), axis=axis)
add('argmax', {'literal0d': 3.5}, np.array(3.5).argmax(axis=0), axis=0, keepdims=False)

out = {
    'generator': 'scripts/numpy-sum-cases.py',
    'numpy': np.__version__,
    'scipy': scipy.__version__,
    'cases': cases,
    'errors': errors,
}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'numpy-reduce-cases.json')
with open(path, 'w') as f:
    json.dump(out, f, separators=(',', ':'))
    f.write('\n')
print(f'{len(cases)} cases, {len(errors)} errors -> {os.path.normpath(path)}')
