import numpy as np

x = np.array([[-1.5, 2.0], [0.0, -3.0]])
print(np.where(x > 0, x, 0), np.where(x > 0, 1, -1), np.where(x < 0))
print(np.where([True, False], np.array([1, 2]), np.array([10.5, 20.5])))
relu = np.maximum(0, x)
grad = (x > 0).astype(float)
print(relu, grad)
dx = np.ones_like(x)
dx[x <= 0] = 0
print(dx)
print(np.where(x == x.max()), np.nonzero(x < 0))
mask = np.array([True, False, True])
print(np.where(mask)[0], np.where(mask, 1.5, -1))
print(np.logical_and(x > -2, x < 1), np.logical_or(x > 1, x < -2), np.logical_not(x > 0))
print(np.any(x > 1), np.all(x > -5), (x > 0).any(axis=0), (x < 0).all(axis=1))
print(np.count_nonzero(x), np.sum(x > 0), (x > -2).mean())
