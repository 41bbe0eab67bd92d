import numpy as np

a = np.arange(6)
b = a.reshape(2, 3)
b[0, 0] = 100
print(a)
t = b.T
t[2, 1] = -5
print(b)
print(a)
c = a.reshape(3, 2).T
print(c, c.shape)
e = np.expand_dims(a, 0)
e[0, 1] = 42
print(a, e.shape)
sq = e.squeeze()
sq[2] = 7
print(a, sq.shape)
r = a.reshape(-1, 1)
r += 1
print(a)
