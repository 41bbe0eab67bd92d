import numpy as np

x = np.arange(4)
x[0] = 2.9
x[1] = -2.9
x[2:] = [7.5, 8.5]
print(x, x.dtype)
x += 1
print(x)
y = np.zeros(3, dtype=np.int64)
y[:] = np.array([0.1, 1.9, -0.5])
print(y)
f = np.zeros(2, dtype=np.float32)
f[0] = 0.1
print(f, f[0], repr(f[0]), float(f[0]))
b = np.zeros(3, dtype=bool)
b[1] = 5
b[2] = 0.0
print(b)
