#!/usr/bin/env python3
"""Writes test/fixtures/random-*.json: reference streams of CPython's `random` and numpy's
`np.random` (legacy RandomState and default_rng's Generator) that test/random/*.test.ts
compares against bit for bit.

Run with CPython 3.11 + numpy 2.x:  python3 scripts/random-cases.py

Encoding of values: ints are {"i": "<decimal>"}, floats {"f": "<float.hex()>"}, str {"s": ...},
bytes {"b": "<hex>"}, lists are JSON lists, None is null. A call that raises records
{"error": [<exception class>, <message>]} instead of "r".
"""
import json
import math
import os
import random
import sys

import warnings

import numpy as np

warnings.simplefilter("ignore", DeprecationWarning)

OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures')


def enc(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return {'i': str(int(v))}
    if isinstance(v, (float, np.floating)):
        return {'f': float(v).hex()}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, (bytes, bytearray)):
        return {'b': bytes(v).hex()}
    if isinstance(v, np.ndarray):
        return [enc(x) for x in v.ravel().tolist()]
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if v is None:
        return None
    raise TypeError(type(v))


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, method, fn, *args, **kwargs):
        entry = {'m': method, 'a': enc(list(args)), 'k': {k: enc(v) for k, v in kwargs.items()}}
        try:
            entry['r'] = enc(fn(*args, **kwargs))
        except Exception as e:  # the reference error class and text
            entry['error'] = [type(e).__name__, str(e)]
        self.calls.append(entry)


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, 'w') as f:
        json.dump(data, f, indent=None, separators=(',', ':'))
        f.write('\n')
    print('wrote', os.path.relpath(path), file=sys.stderr)


# ---------------------------------------------------------------- CPython random

PY_SEEDS = [0, 1, 42, 12345, 2**32 - 1, 2**40, -7, 2**100 + 5, 'gradlens', '', 'h\u00e9llo \u2603',
            b'bytes', 3.5, -2.25, 1e20, 1e-310, float('inf'), True]


def python_program(seed):
    r = random.Random(seed)
    rec = Recorder()

    def shuffled(n):
        x = list(range(n))
        r.shuffle(x)
        return x

    def bits(k):
        return r.getrandbits(k)

    for _ in range(5):
        rec('random', r.random)
    for k in [0, 1, 5, 31, 32, 33, 53, 54, 64, 100, 129]:
        rec('getrandbits', bits, k)
    for args in [(10,), (1,), (3, 17), (0, 100, 7), (50, 0, -3), (-5, 5), (2**40,), (2**53,), (2**60,),
                 (-2**70, 2**70, 3), (10**30, 10**30 + 5), (0, 2**52 + 7), (-(2**52), 2**52)]:
        rec('randrange', r.randrange, *args)
    for _ in range(5):
        rec('randint', r.randint, 1, 6)
    rec('randint', r.randint, -10**12, 10**12)
    rec('randint', r.randint, 2**64, 2**65)
    for n in [7, 1, 1000]:
        rec('choice', lambda n: r.choice(list(range(n))), n)
    for n in [10, 1, 0, 52]:
        rec('shuffle', shuffled, n)
    for n, k in [(10, 3), (1000, 10), (50, 50), (100, 0), (30, 6), (84, 10), (85, 10), (86, 10), (10**6, 100)]:
        rec('sample', lambda n, k: r.sample(range(n), k), n, k)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 5, k=4)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 5, weights=[1, 2, 3, 4, 5], k=6)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 3, cum_weights=[0.1, 0.5, 2.0], k=5)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 4, weights=[0.1, 0.0, 0.7, 0.2], k=8)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 4, weights=[0, 0, 5, 0], k=3)
    for a, b in [(-2.0, 3.0), (0.0, 1.0), (5.0, -1.0)]:
        rec('uniform', r.uniform, a, b)
    for _ in range(5):
        rec('gauss', r.gauss)
    rec('gauss', r.gauss, 10.0, 2.0)
    rec('seed', r.seed, seed)  # re-seeding must drop the cached gauss_next
    rec('gauss', r.gauss)
    rec('seed', r.seed, seed)
    rec('gauss', r.gauss)
    rec('gauss', r.gauss)
    for _ in range(5):
        rec('normalvariate', r.normalvariate)
    rec('normalvariate', r.normalvariate, -3.0, 0.5)
    for lambd in [1.0, 1.5, -2.0]:
        rec('expovariate', r.expovariate, lambd)
    # errors, with the state they leave behind checked by the next call
    rec('randrange', r.randrange, 5, 5)
    rec('randrange', r.randrange, 0)
    rec('randrange', r.randrange, 5, 1, 0)
    rec('randrange', r.randrange, 5, 10, -1)
    rec('randrange', r.randrange, 1.5)
    rec('randrange', r.randrange, 0, 4.5)
    rec('randrange', r.randrange, 2.0, 6.0)
    rec('randint', r.randint, 5, 4)
    rec('choice', lambda n: r.choice(list(range(n))), 0)
    rec('sample', lambda n, k: r.sample(range(n), k), 3, 4)
    rec('sample', lambda n, k: r.sample(range(n), k), 3, -1)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 0, k=2)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 2, weights=[0, 0], k=2)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 2, weights=[1], k=2)
    rec('choices', lambda n, **kw: r.choices(list(range(n)), **kw), 2, weights=[1, math.inf], k=2)
    rec('getrandbits', bits, -1)
    rec('expovariate', r.expovariate, 0.0)
    rec('random', r.random)
    return rec.calls


def python_cases():
    cases = [{'seed': enc(s), 'calls': python_program(s)} for s in PY_SEEDS]
    # Long runs of the transcendental-based draws, to measure agreement of JS's Math.log/cos/sin with glibc.
    bulk = {}
    r = random.Random(2024)
    bulk['gauss'] = [r.gauss() for _ in range(5000)]
    bulk['normalvariate'] = [r.normalvariate() for _ in range(5000)]
    bulk['expovariate'] = [r.expovariate(1.0) for _ in range(5000)]
    bulk['randomAfter'] = [r.random() for _ in range(3)]
    return {'nvMagicConst': enc(random.NV_MAGICCONST), 'cases': cases,
            'bulkSeed': enc(2024), 'bulk': {k: enc(v) for k, v in bulk.items()}}


# ---------------------------------------------------------------- numpy legacy RandomState

def call(calls, method, args, thunk, **kw):
    """Records one TS-side call: `method(*args, **kw)` must reproduce numpy's `thunk()` (flattened)."""
    entry = {'m': method, 'a': enc(list(args)), 'k': {k: enc(v) for k, v in kw.items()}}
    try:
        out = thunk()
        entry['r'] = enc(np.ravel(np.asarray(out)).tolist()) if method not in ('seed', 'shuffle') else enc(out)
    except Exception as e:
        entry['error'] = [type(e).__name__, str(e)]
    calls.append(entry)


LEGACY_SEEDS = [0, 1, 42, 12345, 2**32 - 1, [1, 2, 3], [0], [2**32 - 1] * 700]


def legacy_program(seed):
    rs = np.random.RandomState(seed)
    c = []

    def shuffled(n):
        x = np.arange(n)
        rs.shuffle(x)
        return x.tolist()

    def shuffled_rows(n):
        x = np.arange(n * 3).reshape(n, 3)
        rs.shuffle(x)
        return (x[:, 0] // 3).tolist()

    call(c, 'randomSample', [5], lambda: rs.rand(5))
    call(c, 'randomSample', [1], lambda: rs.random_sample())
    call(c, 'standardNormal', [7], lambda: rs.randn(7))
    call(c, 'standardNormal', [1], lambda: rs.randn())
    call(c, 'standardNormal', [3], lambda: rs.standard_normal(3))
    call(c, 'normal', [3.0, 2.0, 5], lambda: rs.normal(3.0, 2.0, 5))
    call(c, 'normal', [0.0, 0.0, 2], lambda: rs.normal(0.0, 0.0, 2))
    call(c, 'normal', [0.0, -1.0, 2], lambda: rs.normal(0.0, -1.0, 2))
    call(c, 'normal', [0.0, -0.0, 2], lambda: rs.normal(0.0, -0.0, 2))
    call(c, 'uniform', [-1.0, 1.0, 4], lambda: rs.uniform(-1.0, 1.0, 4))
    call(c, 'uniform', [5.0, 2.0, 2], lambda: rs.uniform(5.0, 2.0, 2))
    call(c, 'uniform', [0.0, math.inf, 2], lambda: rs.uniform(0.0, math.inf, 2))
    for low, high, n in [(0, 10, 10), (-3, 3, 5), (0, 2**32, 3), (0, 2**32 + 1, 3), (-2**40, 2**40, 3),
                         (0, 1, 3), (7, 2**31, 4), (0, 3, 0), (5, 5, 0)]:
        call(c, 'randint', [low, high, n], lambda: rs.randint(low, high, size=n))
    call(c, 'randint', [5, None, 1], lambda: rs.randint(5))
    call(c, 'randint', [10, None, 4, 'int32'], lambda: rs.randint(10, size=4, dtype=np.int32))
    call(c, 'randint', [-5, 2**31 - 1, 4, 'int32'], lambda: rs.randint(-5, 2**31 - 1, size=4, dtype=np.int32))
    for low, high, n in [(-2**63, 2**63 - 1, 2), (0, 2**63 - 1, 2), (2**62, 2**63 - 1, 2), (-2**63, 2**63, 2)]:
        call(c, 'randintBig', [low, high, n], lambda: rs.randint(low, high, size=n, dtype=np.int64))
    for low, high in [(5, 5), (0, 0), (-1, None), (0, 2**64), (-2**63 - 1, 0), (3, 2)]:
        call(c, 'randintBig', [low, high, 1], lambda: rs.randint(low, high))
    call(c, 'randint', [0, 2**31 + 1, 1, 'int32'], lambda: rs.randint(0, 2**31 + 1, dtype=np.int32))
    call(c, 'choice', [5, 10], lambda: rs.choice(5, 10))
    call(c, 'choice', [5, 1], lambda: rs.choice(5))
    call(c, 'choice', [5, 3], lambda: rs.choice(5, 3, replace=False), replace=False)
    call(c, 'choice', [10, 10], lambda: rs.choice(10, 10, replace=False), replace=False)
    call(c, 'choice', [4, 6], lambda: rs.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]), p=[0.1, 0.2, 0.3, 0.4])
    call(c, 'choice', [3, 5], lambda: rs.choice(3, 5, p=[0.0, 1.0, 0.0]), p=[0.0, 1.0, 0.0])
    call(c, 'choice', [5, 3], lambda: rs.choice(5, 3, replace=False, p=[0.1, 0, 0.3, 0.6, 0]),
         replace=False, p=[0.1, 0, 0.3, 0.6, 0])
    call(c, 'choice', [6, 5], lambda: rs.choice(6, 5, replace=False, p=[0.05, 0.05, 0.1, 0.2, 0.3, 0.3]),
         replace=False, p=[0.05, 0.05, 0.1, 0.2, 0.3, 0.3])
    call(c, 'choice', [0, 1], lambda: rs.choice(0))
    call(c, 'choice', [0, 0], lambda: rs.choice(0, 0))
    call(c, 'choice', [3, 1], lambda: rs.choice(3, p=[0.5, 0.6, 0.0]), p=[0.5, 0.6, 0.0])
    call(c, 'choice', [3, 1], lambda: rs.choice(3, p=[0.5, 0.5]), p=[0.5, 0.5])
    call(c, 'choice', [3, 1], lambda: rs.choice(3, p=[-0.5, 0.6, 0.9]), p=[-0.5, 0.6, 0.9])
    call(c, 'choice', [3, 1], lambda: rs.choice(3, p=[math.nan, 0.6, 0.9]), p=[math.nan, 0.6, 0.9])
    call(c, 'choice', [3, 1], lambda: rs.choice(3, p=[0.5, 0.5 + 1e-9, 0.0]), p=[0.5, 0.5 + 1e-9, 0.0])
    call(c, 'choice', [3, 4], lambda: rs.choice(3, 4, replace=False), replace=False)
    call(c, 'choice', [3, 2], lambda: rs.choice(3, 2, replace=False, p=[1, 0, 0]), replace=False, p=[1, 0, 0])
    for n in [10, 1, 0, 300]:
        call(c, 'permutation', [n], lambda: rs.permutation(n))
    for n in [12, 1, 0]:
        call(c, 'shuffle', [n], lambda: shuffled(n))
    call(c, 'shuffleRows', [6], lambda: shuffled_rows(6))
    call(c, 'randomSample', [3], lambda: rs.rand(3))
    call(c, 'seed', [seed], lambda: rs.seed(seed))  # re-seeding drops the cached gaussian
    call(c, 'standardNormal', [1], lambda: rs.randn())
    call(c, 'seed', [seed], lambda: rs.seed(seed))
    call(c, 'standardNormal', [2], lambda: rs.randn(2))
    return c


def legacy_cases():
    cases = [{'seed': enc(s), 'calls': legacy_program(s)} for s in LEGACY_SEEDS]
    seed_errors = []
    for s in [2**32, 2**40, -1, [], [1, 2**33], [1, -1], 1.5, [1.5]]:
        try:
            np.random.RandomState(s)
            seed_errors.append({'seed': enc(s), 'ok': True})
        except Exception as e:
            seed_errors.append({'seed': enc(s), 'error': [type(e).__name__, str(e)]})
    np.random.seed(0)  # the module-level functions share one RandomState
    module_level = [np.random.rand(3).tolist(), np.random.randn(3).tolist(), np.random.randint(0, 100, 5).tolist()]
    rs = np.random.RandomState(2024)
    bulk = rs.randn(5000)
    big = rs.permutation(70000)  # rows above 2**16 exercise wider masks; checked by a digest
    return {'cases': cases, 'seedErrors': seed_errors,
            'moduleLevelSeed0': enc(module_level),
            'bulkSeed': enc(2024), 'bulkRandn': enc(bulk),
            'bigPermutationHead': enc(big[:50]), 'bigPermutationSum': enc(int((big * np.arange(70000)).sum()))}


# ---------------------------------------------------------------- ziggurat tables for Generator.standard_normal

def ziggurat_tables():
    """numpy's 256-layer ziggurat for the normal density exp(-x*x/2) (Marsaglia & Tsang), built by
    the construction numpy's generator script uses: r = tail start, Vr = layer area,
    x[i] = sqrt(-2 log(f(x[i-1]) + Vr / x[i-1])), reversed; ki = round(x[i-1]/x[i] * 2**52),
    wi = x[i] / 2**52, fi = f(x[i]), with the base layer's ki/wi from the tail.
    Every step runs in float64 with correctly rounded exp and log (via decimal). numpy's committed
    header agrees with this for all but the narrowest top layers (the recursion is ill-conditioned
    there and numpy's tables were produced with a libm that rounded differently)."""
    from decimal import Decimal, getcontext
    getcontext().prec = 60

    def exp_cr(v):
        return float(Decimal(v).exp())

    def log_cr(v):
        return float(Decimal(v).ln())

    def pdf(v):
        return exp_cr(-0.5 * v * v)

    layers = 256
    r = 3.6541528853610087963519472518
    vr = 0.0049286732339746519
    x = [0.0] * layers
    x[0] = r
    for i in range(1, layers - 1):
        x[i] = math.sqrt(-2 * log_cr(pdf(x[i - 1]) + vr / x[i - 1]))
    x = x[::-1]
    top = max(x)
    ki = [round(((top * pdf(top)) / vr) * 2**52)] + [round(x[i - 1] / x[i] * 2**52) for i in range(1, layers)]
    wi = [vr / pdf(top) / 2**52] + [v / 2**52 for v in x[1:]]
    fi = [pdf(v) for v in x]
    return ki, wi, fi


def write_ziggurat_module():
    ki, wi, fi = ziggurat_tables()

    def rows(values, fmt):
        items = [fmt(v) for v in values]
        return '\n'.join('  ' + ', '.join(items[i:i + 4]) + ',' for i in range(0, len(items), 4))

    text = ('// GENERATED by scripts/random-cases.py (ziggurat_tables): do not edit.\n'
            '// numpy\'s 256-layer normal ziggurat, computed by its construction in float64 with correctly\n'
            '// rounded exp/log. ki < 2**52 are exact integers; wi, fi are exact doubles (repr round-trips).\n'
            'export const ZIGGURAT_NOR_R = %r;\nexport const ZIGGURAT_NOR_INV_R = %r;\n\n'
            'export const KI: readonly number[] = [\n%s\n];\n\n'
            'export const WI: readonly number[] = [\n%s\n];\n\n'
            'export const FI: readonly number[] = [\n%s\n];\n') % (
        3.6541528853610087963519472518, 0.27366123732975827203338247596,
        rows(ki, str), rows(wi, repr), rows(fi, repr))
    path = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'random', 'ziggurat-tables.ts')
    with open(path, 'w') as f:
        f.write(text)
    print('wrote', os.path.relpath(path), file=sys.stderr)


# ---------------------------------------------------------------- numpy Generator (default_rng, PCG64)

GENERATOR_SEEDS = [0, 1, 42, 12345, 2**32 - 1, 2**40, 2**128 + 5, [1, 2**40], [], [3, 1, 4, 1, 5, 9, 2, 6]]


def generator_program(seed):
    g = np.random.default_rng(seed)
    c = []

    def shuffled(n):
        x = np.arange(n)
        g.shuffle(x)
        return x.tolist()

    call(c, 'random', [5], lambda: g.random(5))
    call(c, 'random', [1], lambda: g.random())
    call(c, 'standardNormal', [7], lambda: g.standard_normal(7))
    call(c, 'normal', [3.0, 2.0, 5], lambda: g.normal(3.0, 2.0, 5))
    call(c, 'normal', [0.0, -1.0, 2], lambda: g.normal(0.0, -1.0, 2))
    call(c, 'uniform', [-1.0, 1.0, 4], lambda: g.uniform(-1.0, 1.0, 4))
    call(c, 'uniform', [5.0, 2.0, 2], lambda: g.uniform(5.0, 2.0, 2))
    call(c, 'uniform', [0.0, math.inf, 2], lambda: g.uniform(0.0, math.inf, 2))
    for low, high, n in [(0, 10, 10), (-3, 3, 5), (0, 2**32, 3), (0, 2**32 + 1, 3), (-2**40, 2**40, 3),
                         (0, 1, 3), (7, 2**31, 4), (0, 3, 0), (0, 10, 3)]:
        call(c, 'integers', [low, high, n], lambda: g.integers(low, high, size=n))
    call(c, 'random', [1], lambda: g.random())  # does not touch the buffered half of a 64-bit draw
    call(c, 'integers', [0, 10, 1], lambda: g.integers(0, 10, size=1))
    call(c, 'integers', [5, None, 1], lambda: g.integers(5))
    call(c, 'integers', [0, 10, 4], lambda: g.integers(0, 10, size=4, endpoint=True), endpoint=True)
    call(c, 'integers', [10, None, 4], lambda: g.integers(10, size=4, dtype=np.int32), dtype='int32')
    for low, high, n, endpoint in [(-2**63, 2**63 - 1, 2, False), (-2**63, 2**63 - 1, 2, True),
                                   (0, 2**63 - 1, 2, False), (2**62, 2**63 - 1, 2, True)]:
        call(c, 'integersBig', [low, high, n], lambda: g.integers(low, high, size=n, endpoint=endpoint),
             endpoint=endpoint)
    for low, high, endpoint in [(5, 5, False), (0, 0, False), (0, -1, True), (5, 4, True), (0, 2**64, False)]:
        call(c, 'integersBig', [low, high, 1], lambda: g.integers(low, high, endpoint=endpoint), endpoint=endpoint)
    call(c, 'choice', [5, 10], lambda: g.choice(5, 10))
    call(c, 'choice', [5, 1], lambda: g.choice(5))
    call(c, 'choice', [5, 3], lambda: g.choice(5, 3, replace=False), replace=False)
    call(c, 'choice', [10, 10], lambda: g.choice(10, 10, replace=False), replace=False)
    call(c, 'choice', [100, 5], lambda: g.choice(100, 5, replace=False, shuffle=False), replace=False, shuffle=False)
    call(c, 'choice', [20000, 500], lambda: g.choice(20000, 500, replace=False), replace=False)
    call(c, 'choice', [20000, 300], lambda: g.choice(20000, 300, replace=False), replace=False)
    call(c, 'choice', [20000, 500], lambda: g.choice(20000, 500, replace=False, shuffle=False),
         replace=False, shuffle=False)
    call(c, 'choice', [20000, 1200], lambda: g.choice(20000, 1200, replace=False, shuffle=False),
         replace=False, shuffle=False)
    call(c, 'choice', [4, 6], lambda: g.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]), p=[0.1, 0.2, 0.3, 0.4])
    call(c, 'choice', [5, 3], lambda: g.choice(5, 3, replace=False, p=[0.1, 0, 0.3, 0.6, 0]),
         replace=False, p=[0.1, 0, 0.3, 0.6, 0])
    call(c, 'choice', [0, 1], lambda: g.choice(0))
    call(c, 'choice', [3, 1], lambda: g.choice(3, p=[0.5, 0.6, 0.0]), p=[0.5, 0.6, 0.0])
    call(c, 'choice', [3, 1], lambda: g.choice(3, p=[0.5, 0.5]), p=[0.5, 0.5])
    call(c, 'choice', [3, 1], lambda: g.choice(3, p=[-0.5, 0.6, 0.9]), p=[-0.5, 0.6, 0.9])
    call(c, 'choice', [3, 1], lambda: g.choice(3, p=[math.nan, 0.6, 0.9]), p=[math.nan, 0.6, 0.9])
    call(c, 'choice', [3, 4], lambda: g.choice(3, 4, replace=False), replace=False)
    call(c, 'choice', [3, 2], lambda: g.choice(3, 2, replace=False, p=[1, 0, 0]), replace=False, p=[1, 0, 0])
    for n in [10, 1, 0, 300]:
        call(c, 'permutation', [n], lambda: g.permutation(n))
    for n in [12, 1]:
        call(c, 'shuffle', [n], lambda: shuffled(n))
    call(c, 'random', [3], lambda: g.random(3))
    return c


def generator_cases():
    cases = [{'seed': enc(s), 'calls': generator_program(s)} for s in GENERATOR_SEEDS]
    seed_errors = []
    for s in [-1, 1.5, [1, -1], [1.5]]:
        try:
            np.random.default_rng(s)
            seed_errors.append({'seed': enc(s), 'ok': True})
        except Exception as e:
            seed_errors.append({'seed': enc(s), 'error': [type(e).__name__, str(e)]})
    g = np.random.default_rng(2024)
    bulk = g.standard_normal(5000)
    after = g.random(3)
    return {'cases': cases, 'seedErrors': seed_errors, 'bulkSeed': enc(2024),
            'bulkStandardNormal': enc(bulk), 'randomAfterBulk': enc(after)}


# ---------------------------------------------------------------- log / sin / cos reference values

def libm_cases():
    """glibc's log/sin/cos (what CPython and numpy call) and the correctly rounded values (decimal),
    on the argument ranges the gaussian samplers use plus some wider ones."""
    from decimal import Decimal, getcontext
    getcontext().prec = 70

    def sin_cr(x):
        x = Decimal(x)
        term, total, n = x, x, 1
        while abs(term) > Decimal(10) ** -68:
            term = -term * x * x / ((2 * n) * (2 * n + 1))
            total += term
            n += 1
        return float(total)

    def cos_cr(x):
        x = Decimal(x)
        term, total, n = Decimal(1), Decimal(1), 1
        while abs(term) > Decimal(10) ** -68:
            term = -term * x * x / ((2 * n - 1) * (2 * n))
            total += term
            n += 1
        return float(total)

    r = random.Random(7)
    xs = ([r.random() for _ in range(1200)] + [1 - r.random() * 1e-9 for _ in range(200)] +
          [r.random() * 1e-300 for _ in range(100)] + [math.ldexp(r.random() + 0.5, r.randint(-1074, 1023)) for _ in range(500)] +
          [1 + r.random() * 1e-6 for _ in range(200)] + [5e-324, 1.0, 2.0, 0.5, math.sqrt(2), 1 / math.sqrt(2)])
    xs = [x for x in xs if x > 0]
    angles = [r.random() * math.tau for _ in range(1200)] + [r.uniform(-50, 50) for _ in range(300)] + \
             [r.random() * 1e-8 for _ in range(50)] + [math.pi / 4, math.pi / 2, math.pi, 3 * math.pi / 2, 0.0]
    return {
        'log': [[enc(x), enc(math.log(x)), enc(float(Decimal(x).ln()))] for x in xs],
        'sin': [[enc(x), enc(math.sin(x)), enc(sin_cr(x))] for x in angles],
        'cos': [[enc(x), enc(math.cos(x)), enc(cos_cr(x))] for x in angles],
    }


if __name__ == '__main__':
    print(sys.version.split()[0], 'numpy', np.__version__, file=sys.stderr)
    write('random-python.json', python_cases())
    write('random-legacy.json', legacy_cases())
    write('random-generator.json', generator_cases())
    write('random-libm.json', libm_cases())
    write_ziggurat_module()
