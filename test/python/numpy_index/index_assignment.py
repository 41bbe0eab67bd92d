import numpy as np

x = np.zeros((3, 4))
x[0] = 1
x[1, 2] = 5
x[2] = [1, 2, 3, 4]
x[:, 0] = -1
print(x)
x[1:, 1:3] = np.array([[7, 8], [9, 10]])
x[0, ::2] = 0.5
print(x)
x[:, -1] += np.array([1, 2, 3])
x[:, 1] *= 2
print(x)
i = np.arange(5)
i[i > 2] = 0
i[1] = 7.9
print(i)
r = np.arange(6).reshape(2, 3)
r[:] = 3
print(r)
r[0, :] = r[1, :] + np.array([1, 2, 3])
print(r)
r[...] = 0
print(r)
