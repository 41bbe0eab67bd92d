# np.median / percentile / quantile (linear): axes, keepdims, several q, NaN slices, range errors.
import numpy as np
a = np.array([[3.0, 1.0, 4.0, 1.5], [5.0, 9.0, 2.0, 6.0]])
print(np.median(a), np.median(a, axis=0), np.median(a, axis=1), np.median(a, axis=1, keepdims=True), np.median([1, 2, 3]), repr(np.median([1, 2, 3, 4])))
print(np.percentile(a, 50), np.percentile(a, [25, 75]), np.percentile(a, 90, axis=1), np.quantile(a, 0.25), np.quantile([1, 2, 3, 4], [0.1, 0.5]), repr(np.percentile([1, 2, 3], 50)))
print(np.median(np.array([1, np.nan, 3])), np.percentile(np.array([[1, np.nan], [2, 3]]), 50, axis=1))
try:
    np.percentile(a, 101)
except ValueError as e:
    print(e)
try:
    np.quantile(a, -0.1)
except ValueError as e:
    print(e)
print(np.median(np.arange(5)), np.percentile(np.arange(5), 30), np.quantile(np.arange(10.0), 0.33, axis=0), np.percentile(np.arange(7.0), [0, 100, 62.5]))
print(np.percentile(a, [10, 90], axis=0), np.percentile(a, 40, axis=0, keepdims=True), np.quantile(a, [0.5], axis=1, keepdims=True))
np.random.seed(0)
x = np.random.randn(101)
print(np.median(x), np.percentile(x, [5, 95]), np.quantile(x, 0.123456))
