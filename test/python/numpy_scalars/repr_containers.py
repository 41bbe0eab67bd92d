# repr and str of numpy scalars alone and inside containers (numpy 2 prints np.float64(1.0) in
# a list), for values that come out of arrays.
import numpy as np

x = np.array([1.0, 2.5, -3.25])
k = np.array([4, 5])
print(x[0], x.sum(), k[1], x > 0)
print([x[0], x[1]], (k[0],), {'total': x.sum(), 'n': k.size}, {x.max()})
print(list(x), list(k), list(x > 0), x.tolist(), k.tolist())
print(str([np.float32(0.1)]), repr(np.float32(0.1)), str(np.float32(0.1)), repr([np.float32(1e20)]))
print([np.float64(1e16), np.float64(1e-5), np.float64(-0.0), np.float64('inf')])
print([np.int64(-5), np.bool_(True), np.bool_(False), np.float32(3.0)])
print(repr(np.float64(0.1) + np.float64(0.2)), repr(np.float32(0.1) + np.float32(0.2)))
pairs = list(zip(k, x))
print(pairs, dict(pairs))
print(repr(x.mean()), str(x.mean()), repr(k.mean()), repr(k.sum()), repr(np.float64(7)))
nested = {'losses': [np.float64(0.5), np.float64(0.25)], 'best': (np.int64(1), np.float32(0.25))}
print(nested)
print('%s | %r' % ([x[2]], [x[2]]), '{} | {!r}'.format([k[0]], (k[0],)))
