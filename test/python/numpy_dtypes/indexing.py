# Integer arrays of every width as indices; writes into integer arrays cast and wrap.
import numpy as np

s = np.arange(12.0).reshape(4, 3)
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.uint64]:
    idx = np.array([2, 0, 1, 2], dtype=dt)
    print(dt.__name__, s[range(4), idx], s[idx[:2]].shape, s[np.uint8(1), dt(2)])
y = np.zeros(4, dtype='uint8')
y[2:] = 1
print(s[np.arange(4), y], repr(y), repr(y[y > 0]))
w = np.array([10, 20, 30], np.int16)
w[1:] = np.array([70000, -1])
w[0] = 3.9
print(repr(w))
v = w[::2]
v[:] = 7
v += 1
print(repr(w))
w[w > 7] = 0
print(repr(w))
u = np.zeros((2, 3), np.uint8)
u[:, 1] = [5, 6]
u[0] += 250
u[1] //= 2
np.add.at(u, ([0, 0], [1, 1]), 3)
print(repr(u))
print(repr(np.take(np.array([10, 20, 30], np.int32), np.array([0, 2], np.uint8))))
