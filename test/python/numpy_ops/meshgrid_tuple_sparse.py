import numpy as np

x, y = np.arange(3), np.array([0.5, 1.5])
grids = np.meshgrid(x, y)
print(type(grids).__name__, len(grids), grids[0].shape, type(np.meshgrid()).__name__)
xx, yy = np.meshgrid(x, y, indexing='ij')
print(xx, yy, sep='\n')
sx, sy = np.meshgrid(x, y, sparse=True)
print(sx, sy, sx.shape, sy.shape, (sx + sy).shape)
print(np.meshgrid(x, sparse=True, indexing='ij'))
try:
    np.meshgrid(x, y, indexing='yx')
except ValueError as e:
    print(e)
