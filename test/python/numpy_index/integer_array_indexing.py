import numpy as np

x = np.arange(10, 70, 10)
print(x[[0, 2, 4]], x[np.array([5, 0, 0])], x[[-1, -2]], x[np.array([], dtype=int)])
m = np.arange(12).reshape(3, 4)
print(m[[0, 2]], m[:, [1, 3]], m[[0, 1, 2], [3, 2, 1]], m[[2, 0], 1:3])
print(m[np.array([[0, 1], [2, 2]])].shape, m[np.array([[0, 1], [1, 2]]), 0])
rows = np.array([0, 2])
cols = np.array([1, 3])
print(m[rows[:, None], cols], m[rows, cols], m[1, [0, 0, 3]])
idx = m.argmax(axis=1)
print(idx, m[np.arange(3), idx])
y = m[[0, 1]]
y[0, 0] = 100
print(m[0, 0], y[0, 0])
