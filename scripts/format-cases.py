#!/usr/bin/env python3
"""Writes test/fixtures/format-*.json: inputs and the exact text CPython 3.11 + numpy 2.x print.

Run from the repository root with the reference interpreter: python3 scripts/format-cases.py
Floats travel as float.hex() strings or, in array data, as JSON numbers written with repr (both
exact); float32 values as their exact double.
Every case is generated deterministically (fixed seeds), so re-running gives the same files.
"""
import json
import math
import os
import random
import struct
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures')


def fhex(x):
    x = float(x)
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x.hex()


def outcome(fn):
    try:
        return {'out': fn()}
    except Exception as e:  # the error class and message are part of the contract
        return {'error': type(e).__name__, 'message': str(e)}


def random_double(rng):
    while True:
        bits = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isfinite(x):
            return x


# ----------------------------------------------------------------------------- float repr
def float_repr_cases():
    rng = random.Random(1)
    xs = [0.0, -0.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 1.5, 2.5, 0.5, 100.0, 1e-5, 1e-4,
          0.0001, 0.00011, 9.999e-5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1.5e300, -1.5e300,
          123456789012345.0, 1234567890123456.0, 12345678901234567.0, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, math.pi, math.e, 2.675, 0.125, 2.0 ** 53, 2.0 ** 53 + 2.0,
          2.0 ** 63, 2.0 ** 64, 1e-7, 1.1e-7, 4.35, 0.7, 1e100, 1e-100, 2e16 + 8, float('inf'), float('-inf'),
          float('nan')]
    for k in range(-20, 25):
        xs.append(10.0 ** k)
        xs.append(-(10.0 ** k) * 1.5)
    for _ in range(120):
        xs.append(random_double(rng))
    for _ in range(60):
        xs.append(rng.uniform(-1000, 1000))
    for _ in range(30):
        xs.append(rng.randint(-10 ** 6, 10 ** 6) + 0.5)
    for _ in range(30):
        xs.append(float(rng.randint(-2 ** 53, 2 ** 53)))
    for _ in range(20):  # subnormals
        xs.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52)))[0])
    for _ in range(20):
        xs.append(rng.gauss(0, 1) * 10 ** rng.randint(-12, 18))
    return [{'x': fhex(x), 'repr': repr(x), 'str': str(x)} for x in xs]


# ----------------------------------------------------------------------------- format specs
FLOAT_POOL = [0.0, -0.0, 1.5, -1.5, 2.675, 0.125, 0.375, 2.5, 3.5, 1e20, 1e-7, 123456.789, -98765.4321,
              1234567.0, 0.1, 1 / 3, 1e16, 1e15, 1e300, 5e-324, 100.0, 10.0, 0.000123456, 999.9995,
              float('inf'), float('-inf'), float('nan'), 7.0, -0.004, 1.0000000000000002]
INT_POOL = [0, 1, -1, 7, 42, -42, 255, 1000, -1234567, 65, 0x1F600, 123456789, 2 ** 40 + 3, -(2 ** 50), 2 ** 53]


def spec_from(rng, types):
    fill_align = rng.choice(['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0>', 'x^', '0='])
    sign = rng.choice(['', '', '+', '-', ' '])
    z = 'z' if rng.random() < 0.06 else ''
    alt = '#' if rng.random() < 0.15 else ''
    zero = '0' if rng.random() < 0.2 else ''
    width = rng.choice(['', '', '1', '5', '8', '10', '12', '20'])
    grouping = rng.choice(['', '', '', ',', '_'])
    precision = rng.choice(['', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25'])
    typ = rng.choice(types)
    return fill_align + sign + z + alt + zero + width + grouping + precision + typ


def format_spec_cases():
    rng = random.Random(2)
    cases = []

    def add(kind, value, spec):
        if kind == 'float':
            enc = fhex(value)
        elif kind == 'str':
            enc = value
        else:
            enc = str(int(value))
        v = value if kind != 'bool' else bool(value)
        cases.append({'kind': kind, 'value': enc, 'spec': spec, **outcome(lambda: format(v, spec))})

    fixed = [('float', 2.675, '.2f'), ('float', 0.125, '.2f'), ('float', 0.375, '.2f'), ('float', 1.5, '.3'),
             ('float', 1e20, ''), ('float', 1.5, ''), ('float', 0.1, '.60f'), ('float', 0.1, '.30e'),
             ('float', 1e300, 'f'), ('float', 5e-324, '.1100f'), ('float', 5e-324, 'e'), ('float', 1.5, '.0'),
             ('float', 100.0, '.3'), ('float', 10.0, '.3'), ('float', 1e16, '.17'), ('float', 1e16, '.16'),
             ('float', 1234.5, ','), ('float', 1234567.891, ',.2f'), ('float', 1234567.891, '_.3e'),
             ('float', -0.0, 'z.1f'), ('float', -0.0001, 'z.2f'), ('float', -0.0001, '.2f'),
             ('float', float('inf'), '010'), ('float', float('nan'), '+f'), ('float', 0.5, '%'),
             ('float', 0.123456, '.2%'), ('float', 1.5, 'd'), ('float', 1.5, '.x'), ('float', 1.5, 'ab'),
             ('float', 123.456, '#.0f'), ('float', 123.456, '#g'), ('float', 123.0, '#.3g'),
             ('float', 0.0, 'g'), ('float', 0.0, 'e'), ('float', 1e-5, 'g'), ('float', 0.0001, 'g'),
             ('float', 123456.0, 'g'), ('float', 1234567.0, 'g'), ('float', 1234567.0, 'n'),
             ('float', 12.5, '.1f'), ('float', 13.5, '.0f'), ('float', 14.5, '.0f'), ('float', -2.5, '.0f'),
             ('float', 1e-7, ''), ('float', 1.5, '=+10.2f'), ('float', 1.5, '*^12.3e'), ('float', 1234.5, '012,.2f'),
             ('float', 1234.5, '08,'), ('float', 1.5, '\x01'), ('float', 1.5, ',_'), ('float', 1.5, '_,'),
             ('int', 1234, '08,'), ('int', 1234, '010,d'), ('int', 255, '#x'), ('int', 255, '#X'),
             ('int', 255, '#010b'), ('int', 255, '_b'), ('int', 2 ** 40, '_x'), ('int', 1234567, '_'),
             ('int', 65, 'c'), ('int', 65, '+c'), ('int', 65, '#c'), ('int', -1, 'c'), ('int', 5, '.2'),
             ('int', 5, 'z'), ('int', 5, 's'), ('int', 5, ',x'), ('int', 5, ',c'), ('int', 5, '=^10'),
             ('int', 5, '.2f'), ('int', 10 ** 15, 'e'), ('int', 7, '%'), ('int', -42, '0=8'), ('int', -42, ' 08'),
             ('int', 42, 'n'), ('int', 123456, 'n'), ('int', 5, 'z.2f'), ('int', 5, '99999999999'), ('int', 5, '99999999999999999999'), ('float', 1.5, '.99999999999999999999f'),
             ('bool', True, ''), ('bool', False, ''), ('bool', True, '>5'), ('bool', True, 'd'),
             ('bool', True, '^7'), ('bool', True, 's'), ('bool', False, '.2f'), ('bool', True, 'x'),
             ('str', 'abc', ''), ('str', 'abc', '>10'), ('str', 'abc', '*^9'), ('str', 'abc', '.2'),
             ('str', 'abc', '<5.1'), ('str', 'abc', '05'), ('str', 'abc', '+'), ('str', 'abc', ' '),
             ('str', 'abc', '#'), ('str', 'abc', '=5'), ('str', 'abc', 'z'), ('str', 'abc', ','),
             ('str', 'abc', 'd'), ('str', 'héllo', '^9'), ('str', '😀x', '>4'), ('str', 'abc', 'ss'),
             ('str', 'abc', 's'), ('str', 'abc', '.0'), ('str', '', '3')]
    for kind, value, spec in fixed:
        add(kind, value, spec)
    float_types = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'f', 'e', 'g']
    int_types = ['', '', 'b', 'c', 'd', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%']
    for _ in range(260):
        v = rng.choice(FLOAT_POOL) if rng.random() < 0.7 else rng.choice([random_double(rng), rng.uniform(-1e6, 1e6)])
        add('float', v, spec_from(rng, float_types))
    for _ in range(180):
        add('int', rng.choice(INT_POOL), spec_from(rng, int_types))
    for _ in range(20):
        add('bool', rng.random() < 0.5, spec_from(rng, int_types))
    for _ in range(40):
        add('str', rng.choice(['abc', '', 'hello world', 'x']), spec_from(rng, ['', 's']))
    return cases


# ----------------------------------------------------------------------------- %-formatting
class Arg:
    def __init__(self, value):
        self.value = value

    def encode(self):
        v = self.value
        if isinstance(v, bool):
            kind, enc = 'bool', str(int(v))
        elif isinstance(v, int):
            kind, enc = 'int', str(v)
        elif isinstance(v, float):
            kind, enc = 'float', fhex(v)
        elif isinstance(v, str):
            kind, enc = 'str', v
        else:
            kind, enc = 'other', None
        return {'kind': kind, 'value': enc, 'str': str(v), 'repr': repr(v), 'typeName': type(v).__name__}


def percent_cases():
    rng = random.Random(3)
    cases = []

    def add(template, args):
        if isinstance(args, dict):
            enc = {'mapping': {k: Arg(v).encode() for k, v in args.items()}, 'self': Arg(args).encode()}
        else:
            enc = [Arg(v).encode() for v in args]
        cases.append({'template': template, 'args': enc, **outcome(lambda: template % args)})

    fixed = [('%.3f', (3.14159,)), ('%d', (42,)), ('%d', (-3.7,)), ('%s', ('abc',)), ('%r', ('abc',)),
             ('%5.2e', (12345.678,)), ('%-10s|', ('hi',)), ('100%%', ()), ('%(name)s is %(age)d', {'name': 'Bob', 'age': 30}),
             ('%i', (7,)), ('%x', (255,)), ('%X', (255,)), ('%#x', (255,)), ('%#o', (8,)), ('%o', (8,)),
             ('%g', (0.0001234,)), ('%g', (123456789.0,)), ('%G', (1e-10,)), ('%e', (0.0,)), ('%E', (1.5,)),
             ('%f', (1e300,)), ('%.2f', (2.675,)), ('%.2f', (0.125,)), ('%+d', (5,)), ('% d', (5,)), ('%05d', (-42,)),
             ('%-5d|', (42,)), ('%5s|', ('ab',)), ('%.1s', ('abc',)), ('%c', (65,)), ('%c', ('z',)), ('%c', ('ab',)),
             ('%c', (-1,)), ('%s %s', (1,)), ('%s', (1, 2)), ('%d', ('a',)), ('%x', (3.0,)), ('%f', ('a',)),
             ('%q', (1,)), ('%', (1,)), ('%(a', {'a': 1}), ('%(a)s', (1,)), ('%(b)s', {'a': 1}), ('%*d', (5, 42)),
             ('%-*d|', (-5, 42)), ('%.*f', (2, 3.14159)), ('%*.*f', (8, 3, 2.5)), ('%*d', ('a', 1)),
             ('%d', (float('nan'),)), ('%d', (float('inf'),)), ('%f', (float('nan'),)), ('%05f', (float('inf'),)),
             ('%+.2f', (-0.0,)), ('%#.0f', (2.0,)), ('%#.3g', (1.0,)), ('%.0e', (2.5,)), ('%.3d', (5,)),
             ('%#.3x', (5,)), ('%+#07x', (-5,)), ('%ld', (3,)), ('%s', (True,)), ('%d', (True,)), ('%f', (True,)),
             ('%s', (None,)), ('%r', (None,)), ('%d', (None,)), ('%a', ('é',)), ('%s', ({'a': 1},)),
             ('%s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%5%', (1,)), ('x%sy%sz', ('a', 'b')), ('%3c|', ('x',)),
             ('%10.4f|%-10.2e|%+g', (3.14159265, 0.000123, 1e20)), ('%(x).2f', {'x': 1.005}), ('%.2f%%', (50.0,)),
             ('%s', (1.5,)), ('%s', (0.1 + 0.2,)), ('%r', (1e-5,)), ('%.15g', (0.1,)), ('%.17g', (0.1,)),
             ('%-+8.3f|', (3.14159,)), ('% 08.3f', (3.14159,)), ('%08.3f', (-3.14159,)), ('%x', (-255,)),
             ('%o', (-8,)), ('%u', (7,)), ('%é', (1,)), ('%.100f', (0.1,))]
    for t, a in fixed:
        add(t, a)
    convs = ['d', 'i', 'f', 'e', 'g', 'x', 's', 'r', 'E', 'G', 'o']
    for _ in range(40):
        flags = ''.join(rng.sample(['-', '+', ' ', '#', '0'], rng.randint(0, 2)))
        width = rng.choice(['', '3', '8', '12'])
        prec = rng.choice(['', '.0', '.2', '.5'])
        conv = rng.choice(convs)
        v = rng.choice([rng.uniform(-1e4, 1e4), rng.randint(-10 ** 6, 10 ** 6), 0.5, -0.0, 'text', 1e-9])
        add('<%' + flags + width + prec + conv + '>', (v,))
    return cases


# ----------------------------------------------------------------------------- round(x, n)
def round_cases():
    rng = random.Random(6)
    cases = []
    fixed = [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (1.005, 2), (1234.5678, -2),
             (1.7976931348623157e308, -308), (5e-324, 330), (5e-324, 323), (0.5, 0), (-0.0, 1), (1e300, -300),
             (123.456, 400), (123.456, -400), (float('inf'), 2), (float('nan'), 2), (0.285, 2), (1.15, 1)]
    for _ in range(100):
        fixed.append((rng.uniform(-1000, 1000), rng.randint(-3, 12)))
    for _ in range(30):
        fixed.append((random_double(rng), rng.randint(-20, 20)))
    for x, n in fixed:
        cases.append({'x': fhex(x), 'ndigits': n, **outcome(lambda: fhex(round(x, n)))})
    return cases


# ----------------------------------------------------------------------------- numpy
def encode_array(a):
    if a.dtype == np.bool_:
        data = [int(v) for v in a.ravel()]
    elif a.dtype == np.int64:
        data = [int(v) for v in a.ravel()]
    else:  # finite values as JSON numbers (repr: exact round trip), others as 'nan'/'inf'/'-inf'
        data = [float(v) if math.isfinite(v) else fhex(v) for v in a.ravel()]
    return {'dtype': str(a.dtype), 'shape': list(a.shape), 'data': data, 'str': str(a), 'repr': repr(a)}


def numpy_array_cases():
    r = np.random.RandomState(4)
    arrays = []
    f64 = lambda x: np.array(x, dtype=np.float64)
    def f32(x):
        with np.errstate(over='ignore'):  # float32 overflow to inf is intended
            return np.array(x, dtype=np.float32)
    i64 = lambda x: np.array(x, dtype=np.int64)
    b = lambda x: np.array(x, dtype=np.bool_)
    basics = [[1.0, 2.0], [1.5, 2.25, -3.125], [0.1, 0.2, 0.1 + 0.2], [1 / 3, 2 / 3], [0.0, -0.0, 1.5], [0.0, 0.0],
              [1e-5, 1.0], [1e8, 1.0], [9.9e7, 2e7], [1e7, 1.0], [1001.0, 1.0], [1000.0, 1.0], [1e-4, 0.05],
              [9.99e-5, 1.0], [123456.789, 0.001], [np.nan, 1.5, -np.inf], [np.nan, np.inf], [np.nan, -np.inf],
              [1e-5, np.nan, -np.inf], [np.inf, 1e10], [1e300, 1e-300], [-1e-100, 1.0], [5e-324, 1.0],
              [1.23456789012, 2.0], [0.999999999, 1.0], [99999999.5, 1.0], [12345678.9], [-1.0, -2.5],
              [1e16, 1.0], [3.14159265358979, -2.718281828459045], [0.5], [np.nan], [-np.inf], [1e100],
              [0.00012345, 0.5], [2.675, 0.125], [1.0, 10.0, 100.0, 1000.0], [1e-3, 1e-2, 1e-1]]
    for x in basics:
        arrays.append(f64(x))
        arrays.append(f32(x))
    arrays += [f64(r.randn(n)) for n in (1, 3, 5, 8, 13, 20, 30)]
    arrays += [f32(r.randn(n)) for n in (4, 9, 25)]
    arrays += [f64(r.randn(3, 4)), f64(r.randn(5, 10)), f64(r.randn(2, 3, 4)), f64(r.randn(2, 2, 2, 2)),
               f32(r.randn(3, 4)), f32(r.randn(2, 3, 5)), f64(r.randn(4, 3) * 1e-6), f64(r.randn(3, 3) * 1e9),
               f64(r.rand(6, 6) * 100), f64(np.arange(50.0)), f64(np.linspace(0, 1, 11)), f64(np.linspace(-5, 5, 40)),
               f64(np.arange(12.0).reshape(3, 4)), f64(np.arange(24.0).reshape(2, 3, 4) / 7),
               f64(r.randn(1, 1)), f64(r.randn(1, 5)), f64(r.randn(5, 1)), f64(r.randn(3, 1, 2)),
               f64(np.exp(r.randn(10) * 10)), f32(np.exp(r.randn(10) * 10)), f64(r.randn(20) * 1e5),
               f64([[np.nan, 1.0], [2.0, -np.inf]]), f64(r.randn(8, 12)), f64(r.randn(2, 40))]
    # summarised (> 1000 elements)
    arrays += [f64(np.arange(2000.0)), f64(r.randn(1001)), f64(r.randn(40, 30)), f64(r.randn(10, 10, 11)),
               f32(r.randn(1200)), i64(np.arange(1001)), i64(np.arange(1500).reshape(30, 50)), b(r.rand(1200) > 0.5),
               f64(np.linspace(0, 1, 1001)), f64(r.randn(3, 500)), f64(r.randn(500, 3)), f64(r.randn(5, 5, 5, 9)),
               f64(np.arange(1001.0) / 1000), i64(r.randint(-10 ** 9, 10 ** 9, size=(100, 20))),
               f64(r.randn(1001) * 1e-6), f64(np.concatenate([r.randn(1000), [np.nan, np.inf]]))]
    # integers
    arrays += [i64([1, 2, 3]), i64([-1, 20, 300]), i64([0]), i64([2 ** 53, -(2 ** 53)]), i64(r.randint(-1000, 1000, 30)),
               i64(r.randint(0, 10, (3, 4))), i64(r.randint(-5, 5, (2, 3, 4))), i64(np.arange(100)),
               i64(r.randint(-10 ** 12, 10 ** 12, 12)), i64([[1, -1], [10, 100]])]
    # booleans
    arrays += [b([True, False]), b([True]), b([False]), b(r.rand(4, 5) > 0.5), b(r.rand(30) > 0.5), b(r.rand(2, 2, 3) > 0.5)]
    # 0-d
    arrays += [f64(1.5), f64(1e-5), f64(-0.0), f64(np.nan), f64(1e16), f32(0.1), f32(1e6), f32(1e-5), i64(3), i64(-7),
               b(True), b(False), f64(123456789.0), f64(0.1 + 0.2)]
    # empty
    arrays += [f64([]), f32([]), i64([]), b([]), np.zeros((2, 0)), np.zeros((0, 3), dtype=np.int64),
               np.zeros((0,), dtype=np.float32), np.zeros((1, 0, 2), dtype=np.bool_)]
    # extras
    for _ in range(20):
        shape = tuple(int(s) for s in r.randint(1, 6, size=r.randint(1, 4)))
        scale = 10.0 ** r.randint(-8, 10)
        arrays.append(f64(r.randn(*shape) * scale))
        arrays.append(f32(r.randn(*shape) * scale))
    # random mixes: every dtype, shapes that wrap and summarise, values that stress the digit cut
    def values(n, kind):
        if kind == 0:
            return r.randn(n) * 10.0 ** r.randint(-9, 12)
        if kind == 1:
            return np.round(r.randn(n) * 100, r.randint(0, 4))
        if kind == 2:
            return r.randint(-50, 50, n) + r.choice([0.5e-8, 1e-9, 0.999999995, 0.25, 1 / 3], n)
        if kind == 3:
            v = r.randn(n)
            v[r.rand(n) < 0.2] = np.nan
            v[r.rand(n) < 0.1] = -np.inf
            v[r.rand(n) < 0.1] = -0.0
            return v
        return np.exp(r.randn(n) * 8)
    for k in range(90):
        dtype = [np.float64, np.float32, np.int64, np.bool_][k % 4]
        if k % 9 == 0:
            shape = (int(r.randint(1001, 1100)),)
        elif k % 9 == 1:
            shape = (int(r.randint(2, 4)), int(r.randint(340, 400)))
        else:
            shape = tuple(int(x) for x in r.randint(1, 9, size=r.randint(1, 4)))
        n = int(np.prod(shape))
        with np.errstate(over='ignore', invalid='ignore'):
            if dtype == np.int64:
                a = (r.randn(n) * 10.0 ** r.randint(0, 12)).astype(np.int64)
            elif dtype == np.bool_:
                a = r.rand(n) > 0.5
            else:
                a = values(n, k % 5).astype(dtype)
        arrays.append(np.asarray(a, dtype=dtype).reshape(shape))
    return [encode_array(a) for a in arrays]


def numpy_scalar_cases():
    rng = random.Random(5)
    cases = []
    f64s = [0.0, -0.0, 1.0, 1.5, 0.1, 0.1 + 0.2, 1e16, 1e15, 9999999999999998.0, 1e-4, 9.99e-5, 1e-5, 123456.789,
            1e300, 5e-324, float('nan'), float('inf'), float('-inf'), -2.5]
    f32s = [0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 0.7, 1e6, 999999.0, 999999.94, 1e7, 123456.0, 1e-4, 1.0001e-4, 9.99e-5,
            1e-5, 3.4028235e38, 1e-45, 1.17549435e-38, 16777216.0, 16777217.0, 3.14159265, float('nan'),
            float('inf'), float('-inf'), -2.5, 1e16]
    for e in range(-1074, 1024, 31):
        f64s.append(2.0 ** e)
    for _ in range(60):
        f64s.append(random_double(rng))
        f32s.append(float(np.float32(rng.gauss(0, 1) * 10 ** rng.randint(-10, 12))))
    for e in range(-149, 128, 7):  # powers of two: unequal rounding margins
        f32s.append(float(np.float32(2.0 ** e)))
    for _ in range(200):
        bits = rng.getrandbits(32)
        x = struct.unpack('<f', struct.pack('<I', bits))[0]
        if math.isfinite(x):
            f32s.append(x)
    for x in f64s:
        s = np.float64(x)
        cases.append({'dtype': 'float64', 'value': fhex(x), 'str': str(s), 'repr': repr(s)})
    for x in f32s:
        s = np.float32(x)
        cases.append({'dtype': 'float32', 'value': fhex(float(s)), 'str': str(s), 'repr': repr(s)})
    for x in [0, 3, -7, 2 ** 53, -(2 ** 53), 123456789012]:
        s = np.int64(x)
        cases.append({'dtype': 'int64', 'value': str(x), 'str': str(s), 'repr': repr(s)})
    for x in [True, False]:
        s = np.bool_(x)
        cases.append({'dtype': 'bool', 'value': str(int(x)), 'str': str(s), 'repr': repr(s)})
    return cases


def numpy_printoptions_cases():
    """Arrays printed under random print options (np.printoptions): str, repr and array2string."""
    r = np.random.RandomState(6)
    rng = random.Random(6)

    def array():
        kind = rng.randrange(12)
        dtype = [np.float64, np.float32, np.int64, np.bool_][rng.randrange(4) if kind < 4 else 0 if kind < 9 else 1]
        if rng.random() < 0.15:
            shape = ()
        elif rng.random() < 0.2:
            shape = (rng.randint(8, 60),)
        else:
            shape = tuple(rng.randint(1, 6) for _ in range(rng.randint(1, 3)))
        n = int(np.prod(shape))
        with np.errstate(over='ignore', invalid='ignore'):
            if dtype == np.int64:
                v = (r.randn(n) * 10.0 ** r.randint(0, 7)).astype(np.int64)
            elif dtype == np.bool_:
                v = r.rand(n) > 0.5
            else:
                mode = rng.randrange(6)
                if mode == 0:
                    v = r.randn(n) * 10.0 ** r.randint(-12, 12)
                elif mode == 1:
                    v = np.round(r.randn(n) * 100, r.randint(0, 4))
                elif mode == 2:
                    v = r.randint(-50, 50, n) + r.choice([0.5e-8, 1e-9, 0.999999995, 0.25, 1 / 3, 0.125, 2.5e-4], n)
                elif mode == 3:
                    v = r.randn(n)
                    v[r.rand(n) < 0.25] = np.nan
                    v[r.rand(n) < 0.15] = np.inf
                    v[r.rand(n) < 0.15] = -np.inf
                    v[r.rand(n) < 0.1] = -0.0
                elif mode == 4:
                    v = np.abs(r.randn(n)) * 10.0 ** r.randint(-3, 5)
                else:
                    v = np.exp(r.randn(n) * 8)
                v = v.astype(dtype)
        return np.asarray(v, dtype=dtype).reshape(shape)

    def options():
        o = {}
        if rng.random() < 0.7:
            o['precision'] = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 17])
        if rng.random() < 0.6:
            o['floatmode'] = rng.choice(['fixed', 'unique', 'maxprec', 'maxprec_equal'])
        if rng.random() < 0.5:
            o['suppress'] = rng.random() < 0.6
        if rng.random() < 0.5:
            o['sign'] = rng.choice(['-', '+', ' '])
        if rng.random() < 0.25:
            o['nanstr'] = rng.choice(['NaN', 'n', 'not a number'])
        if rng.random() < 0.25:
            o['infstr'] = rng.choice(['Inf', 'i', 'infinity'])
        if rng.random() < 0.4:
            o['threshold'] = rng.choice([0, 3, 10, 30, 2000])
        if rng.random() < 0.4:
            o['edgeitems'] = rng.choice([0, 1, 2, 4])
        if rng.random() < 0.4:
            o['linewidth'] = rng.choice([10, 20, 40, 60, 100, 150])
        return o

    cases = []
    for k in range(420):
        a = array()
        o = options()
        if k % 60 == 7:
            o['precision'] = -1  # numpy's ValueError when a float array is formatted
        case = encode_array(a)
        del case['str'], case['repr']
        case['options'] = o
        with np.printoptions(**o):
            case['str'] = outcome(lambda: str(a))
            case['repr'] = outcome(lambda: repr(a))
            case['array2string'] = outcome(lambda: np.array2string(a, separator=';', prefix='xy', suffix='zzz'))
        cases.append(case)
    return cases


def write(name, payload):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        # one case per line: small diffs when cases change
        head = json.dumps({'generator': 'scripts/format-cases.py', 'python': sys.version.split()[0],
                           'numpy': np.__version__})
        f.write(head[:-1] + ', "cases": [\n')
        f.write(',\n'.join(json.dumps(c, ensure_ascii=False) for c in payload))
        f.write('\n]}\n')
    print(f'{path}: {len(payload)} cases')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    write('format-float-repr.json', float_repr_cases())
    write('format-spec.json', format_spec_cases())
    write('format-percent.json', percent_cases())
    write('format-round.json', round_cases())
    write('format-numpy-array.json', numpy_array_cases())
    write('format-numpy-scalar.json', numpy_scalar_cases())
    write('format-numpy-printoptions.json', numpy_printoptions_cases())
