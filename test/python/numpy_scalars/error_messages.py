# Python's own error messages name numpy scalar types by numpy's type names ('numpy.float64').
import numpy as np

f, g, i, b = np.float64(1.5), np.float32(2.0), np.int64(3), np.bool_(True)
def unpack(pair):
    first, second = pair
    return first
attempts = [
    lambda: len(f), lambda: f(), lambda: iter(i), lambda: list(g), lambda: i.foo, lambda: b.append,
    lambda: f[0], lambda: 'a' + f, lambda: [1, 2][g], lambda: range(f), lambda: chr(f), lambda: hex(g),
    lambda: ''.join([f]), lambda: ord(i), lambda: 'x' in i, lambda: {}[[f]], lambda: i.bit_length(),
    lambda: f < 'a' if False else None, lambda: setattr(f, 'x', 1), lambda: int('x' + str(i)),
    lambda: round(f, g), lambda: [0].pop(f), lambda: 'abc'.index('b', g), lambda: unpack(f),
    lambda: {**i}, lambda: [1, 2][b:], lambda: sorted([f, 'a']), lambda: f < None, lambda: None > i,
]
for attempt in attempts:
    try:
        print('ok', attempt())
    except (TypeError, AttributeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ':', e)
