import numpy as np

x = np.arange(6).reshape(2, 3)
a = x[[0, 1], :]
a[0, 0] = -1
print(x[0, 0], a[0, 0])
b = x[x > 2]
b[:] = 0
print(x)
c = x[:, [0, 2]]
c += 100
print(x, c)
d = x[:, 0:2]
d += 100
print(x)
x[[0, 1], [1, 1]] = 7
print(x)
e = x[1]
f = x[[1]]
e[0] = 55
print(f, x[1])
