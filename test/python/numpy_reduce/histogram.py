# np.histogram: equal bins over the data's range or a given range, explicit edges, density (a CS231n\n# colour-histogram feature), weights, a constant array, and the monotonic-edges error.
import numpy as np
np.random.seed(1)
x = np.random.randn(1000)
counts, edges = np.histogram(x, bins=10)
print(counts, counts.dtype, counts.sum(), edges)
print(np.histogram([1, 2, 2, 3, 3, 3], bins=3))
print(np.histogram([1, 2, 2, 3, 3, 3], bins=[0, 1.5, 2.5, 3]))
print(np.histogram(x, bins=5, range=(-1, 1)))
print(np.histogram(x, bins=4, density=True))
print(np.histogram([5, 5, 5]), np.histogram([0.1, 0.2, 0.7], bins=2, weights=[1.0, 2.0, 0.5]))
hsv = np.random.rand(8, 8) * 255
imhist, bin_edges = np.histogram(hsv, bins=10, range=(0, 255), density=True)
print(imhist * np.diff(bin_edges))
try:
    np.histogram(x, bins=[1, 0])
except ValueError as e:
    print(e)
