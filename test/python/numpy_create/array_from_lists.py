import numpy as np

a = np.array([1, 2, 3])
b = np.array([1.0, 2, 3])
c = np.array([[1, 2], [3, 4]])
d = np.array([True, False])
e = np.array([1, 2.5, True])
for x in (a, b, c, d, e):
    print(repr(x), x.dtype, x.shape, x.ndim, x.size)
f = np.array([[1.5], [2.5]], dtype=np.float32)
print(repr(f), f.dtype, f.itemsize)
g = np.array([1, 2, 3], dtype=float)
h = np.array([1.9, -1.9], dtype=np.int64)
print(repr(g), repr(h), np.array(5), np.array(5).shape, np.array(2.5).ndim)
print(repr(np.array([])), np.array([]).dtype, repr(np.array([[]])), np.array([[]]).shape)
print(repr(np.array([a, a * 2])), repr(np.array((1, 2))))
print(repr(np.array([1, 0, 2], dtype=bool)), repr(np.array([0.0, 1.0]).astype(int)))
