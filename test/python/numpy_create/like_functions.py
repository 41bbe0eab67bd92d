import numpy as np

x = np.array([[1.5, 2.0], [3.0, -4.0]])
i = np.arange(4).reshape(2, 2)
print(repr(np.zeros_like(x)), repr(np.ones_like(x)), repr(np.full_like(x, 9)))
print(repr(np.zeros_like(i)), repr(np.ones_like(i, dtype=float)), repr(np.full_like(i, 2.7)))
print(repr(np.zeros_like([1, 2, 3])), repr(np.ones_like(np.array(3.0))))
z = np.zeros_like(x)
z[0, 0] = 5
print(x[0, 0], z[0, 0], z.dtype, np.zeros_like(x, dtype=np.int64).dtype)
print(repr(np.full_like(np.array([True, False]), 1)))
