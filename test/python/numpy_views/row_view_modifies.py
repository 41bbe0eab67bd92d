import numpy as np

x = np.zeros((3, 3))
y = x[0]
y[1] = 5
print(x)
col = x[:, 2]
col[:] = [1, 2, 3]
print(x)
s = x[1:, 1:]
s *= 10
print(x)
s[0, 0] = -1
print(x[1, 1], s.shape)
z = x[::2, ::2]
z += 0.5
print(x)
