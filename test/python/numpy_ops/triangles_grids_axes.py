# np.triu / tril (attention-style masks), meshgrid (a grid of points), moveaxis, column_stack,
# take, finfo (the epsilon numeric code divides by).
import numpy as np

M = np.arange(12).reshape(3, 4)
print(np.triu(M), np.tril(M, -1), np.triu(np.ones((3, 3)), 1), np.tril([1, 2, 3]))
scores = np.ones((3, 3)) * 0.5
masked = np.where(np.triu(np.ones((3, 3)), 1) == 1, -np.inf, scores)
print(masked)
xx, yy = np.meshgrid(np.arange(3), np.arange(2.0))
print(xx, yy, xx.dtype, yy.dtype)
xx, yy = np.meshgrid(np.arange(3), np.arange(2.0), indexing='ij')
print(xx.shape, yy)
grid = np.column_stack([xx.ravel(), yy.ravel()])
print(grid.shape, grid[:2])
print(np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape, np.moveaxis(np.zeros((2, 3, 4)), [0, 1], [-1, -2]).shape)
print(np.column_stack([np.arange(3), np.arange(3.0)]), np.column_stack([np.ones((2, 2)), [5, 6]]))
print(np.take([4, 3, 5], [0, 2]), np.take(M, [0, 2], axis=1), np.take(M, 5))
f = np.finfo(np.float64)
print(f.eps, f.max, f.min, f.tiny, f.resolution, f.bits, f.dtype, np.finfo(float).eps, np.finfo(np.float32).eps)
print(repr(f.eps), np.finfo(np.float32).max, repr(np.finfo(np.float32)), repr(f))
print(1.0 + f.eps > 1.0, 1.0 + f.eps / 2 == 1.0)
