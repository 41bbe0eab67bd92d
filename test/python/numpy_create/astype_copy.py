import numpy as np

x = np.array([1.7, -1.7, 2.5, -0.5, 0.0])
print(repr(x.astype(int)), repr(x.astype(np.int64)), repr(x.astype(bool)))
print(repr(x.astype(np.float32)), repr(x.astype(float) is x), x.astype(float).dtype)
i = np.array([0, 1, 2])
print(repr(i.astype(float)), repr(i.astype(bool)), repr((i > 0).astype(int)), repr((i > 0).astype(float)))
y = x.copy()
y[0] = 100
print(x[0], y[0])
z = np.copy(x)
z[1] = 0
print(x[1], z[1])
f32 = np.array([0.1, 0.2], dtype=np.float32)
print(repr(f32.astype(np.float64)), f32.astype(np.float64)[0])
print(repr(np.array([1e10, 3.99]).astype(np.int64)), repr(np.array([True, False]).astype(np.float32)))
